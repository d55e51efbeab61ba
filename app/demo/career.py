"""Pangkat and gaji histories simulated with the domain rules, so every date agrees with them.

From the TMT CPNS at the entry golongan of the appointment education (``golongan-awal.csv``):

* **KP** on a KP period date (:func:`~app.domain.kenaikan_pangkat.next_period_on_or_after`: 1 Apr
  / 1 Oct before 2024, six periods from 2024) at least four years after the last one, sometimes
  later (a file not proposed in time), never above the cap of the jabatan held then — the
  KP reguler cap of the education for pelaksana (``kp-reguler-batas.csv``), the top of the
  jenjang range for JF, the eselon's range for structural posts; **penyesuaian ijazah** lifts a
  pelaksana to the entry golongan of a degree obtained in service;
* **KGB** whenever :func:`~app.domain.kgb.next_kgb` says the MKG reaches the next row of the gaji
  table (every two years; II/a after one); the MKG on a KP SK is
  :func:`~app.domain.masa_kerja.mkg_on` from the last gaji SK, with the −6/−5 years of a
  golongan-group change.

Events before ``horizon`` (the first of the current month, or the TMT pensiun) are recorded;
later ones are what the KP and KGB lists of the app will show as due.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from app.domain.dates import add_months, add_years
from app.domain.golongan import Golongan, next_golongan
from app.domain.kenaikan_pangkat import next_period_on_or_after
from app.domain.kgb import next_kgb
from app.domain.masa_kerja import ZERO, MasaKerja, mkg_on

CPNS, REGULER, PILIHAN_JF, PILIHAN_STRUKTURAL, IJAZAH = (
    "cpns", "reguler", "pilihan_jf", "pilihan_struktural", "penyesuaian_ijazah")
_DELAYS = ((0, 55), (6, 20), (12, 12), (24, 8), (36, 5))
_FAST = ((0, 80), (6, 20))


@dataclass(frozen=True)
class Phase:
    """A stretch of a career under one kind of jabatan: from ``start``, KPs of ``kp_kind`` up
    to ``cap``."""

    start: date
    cap: Golongan
    kp_kind: str


@dataclass(frozen=True)
class GradeEvent:
    tmt: date
    golongan: Golongan
    jenis: str
    mkg: MasaKerja


@dataclass(frozen=True)
class KgbEvent:
    tmt: date
    golongan: Golongan
    mkg: MasaKerja


@dataclass(frozen=True)
class Ijazah:
    """A degree finished in service: from ``earliest`` a KP penyesuaian ijazah to ``target``."""

    earliest: date
    target: Golongan


def _delay(rng: random.Random, fast: bool, delays: bool = True) -> int:
    if not delays:
        return 0
    table = _FAST if fast else _DELAYS
    return rng.choices([m for m, _ in table], [w for _, w in table])[0]


def simulate_grades(
    tmt: date, entry: Golongan, phases: list[Phase], horizon: date, rng: random.Random,
    *, ijazah: Ijazah | None = None, fast: bool = False, with_kp: bool = True,
    delays: bool = True,
) -> tuple[list[GradeEvent], list[KgbEvent]]:
    """Every pangkat SK (the CPNS one first) and KGB before ``horizon``. ``fast``: a head's
    career, rarely late; ``delays=False``: every KP on the first period it is due."""
    g = entry
    grades = [GradeEvent(tmt, g, CPNS, ZERO)]
    kgbs: list[KgbEvent] = []
    sk_tmt, sk_mkg, sk_g = tmt, ZERO, entry
    earliest = add_months(add_years(tmt, 4), _delay(rng, fast, delays))
    while True:
        step = next_kgb(g, sk_tmt, sk_mkg)
        kp, target, kind = (_next_kp(g, earliest, phases, ijazah) if with_kp
                            else (None, None, ""))
        kgb_at = step.tmt if step is not None else None
        if kp is not None and (kgb_at is None or kp <= kgb_at) and kp < horizon:
            mkg = mkg_on(kp, sk_tmt=sk_tmt, sk_mkg=sk_mkg, sk_golongan=sk_g, golongan=target)
            grades.append(GradeEvent(kp, target, kind, mkg))  # type: ignore[arg-type]
            g = sk_g = target  # type: ignore[assignment]
            sk_tmt, sk_mkg = kp, mkg
            if ijazah is not None and kind == IJAZAH:
                ijazah = None
            earliest = add_months(add_years(kp, 4), _delay(rng, fast, delays))
        elif step is not None and kgb_at is not None and kgb_at < horizon:
            kgbs.append(KgbEvent(step.tmt, g, step.mkg))
            sk_tmt, sk_mkg, sk_g = step.tmt, step.mkg, g
        else:
            return grades, kgbs


def _phase_at(phases: list[Phase], when: date) -> Phase:
    current = phases[0]
    for p in phases:
        if p.start <= when:
            current = p
    return current


def _next_kp(g: Golongan, earliest: date, phases: list[Phase],
             ijazah: Ijazah | None) -> tuple[date | None, Golongan | None, str]:
    """The date, new golongan and kind of the next KP (None when capped for good): the
    earlier of the next regular KP and a pending penyesuaian ijazah."""
    best: tuple[date | None, Golongan | None, str] = (None, None, "")
    nxt = next_golongan(g)
    for phase in phases if nxt is not None else ():
        end_ok = phase is phases[-1] or _next_start(phases, phase) > earliest
        if not end_ok or nxt > phase.cap:
            continue
        when = next_period_on_or_after(max(earliest, phase.start))
        if _phase_at(phases, when).cap >= nxt:  # type: ignore[operator]
            best = (when, nxt, _phase_at(phases, when).kp_kind)
            break
    if ijazah is not None and ijazah.target > g:
        when = next_period_on_or_after(ijazah.earliest)
        if best[0] is None or when < best[0]:
            return when, ijazah.target, IJAZAH
    return best


def _next_start(phases: list[Phase], phase: Phase) -> date:
    return phases[phases.index(phase) + 1].start


def golongan_on(grades: list[GradeEvent], when: date) -> GradeEvent | None:
    """The pangkat SK in force on ``when`` (None before the first)."""
    found = None
    for e in grades:
        if e.tmt <= when:
            found = e
    return found
