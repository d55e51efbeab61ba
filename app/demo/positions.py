"""Jabatan of a demo person over time, and the pangkat caps each stretch of career allows.

* Staff keep their track (a JF or a jabatan pelaksana) from TMT on. A JF holder's jenjang is the
  one whose golongan range holds the golongan (:func:`app.demo.tracks.jenjang_for`): a new
  jabatan row starts at the KP that crosses into the next range (``kenaikan_jenjang``).
  Pelaksana got the PermenPANRB 45/2022 names by a ``penyesuaian_nomenklatur`` in 2023.
* Some staff moved once (``mutasi``) from a unit of the same kind.
* Structural heads climbed pengawas → administrator → JPT; their earlier posts are real units of
  the tree with a head of that eselon.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, timedelta

from app.db.reference import JabatanKind
from app.demo.career import PILIHAN_JF, PILIHAN_STRUKTURAL, REGULER, GradeEvent, Phase
from app.demo.org import ESELON_POSTS, HeadPost, Unit
from app.demo.timeline import Study
from app.demo.tracks import (
    KEAHLIAN,
    NOMENCLATURE_CHANGE,
    OLD_GURU,
    PELAKSANA,
    TRACKS,
    Track,
    jabatan_code,
    jenjang_for,
    jf_name,
    old_guru_code,
)
from app.domain.golongan import Golongan, parse_golongan
from app.domain.kenaikan_pangkat import kp_reguler_cap

_CHAIN = {"II.a": ("IV.a", "III.a", "II.b"), "II.b": ("IV.a", "III.a"), "III.a": ("IV.a",),
          "III.b": ("IV.a",), "IV.a": (), "IV.b": ()}


@dataclass(frozen=True)
class JabatanEvent:
    tmt: date
    unit: Unit
    name: str
    kind: str
    jenjang: str | None = None
    eselon: str | None = None
    code: str | None = None  # catalogue code (None for structural posts)
    mutasi: str = "pengangkatan_pertama"
    notes: str | None = None
    pelantikan: date | None = None


@dataclass(frozen=True)
class StructuralStep:
    start: date
    unit: Unit
    head: HeadPost


def level_rank(level: str) -> int:
    order = ("SD", "SMP", "SMA", "D-I", "D-II", "D-III", "D-IV", "S1", "S2", "S3")
    return order.index("S1") if level == "D-IV" else order.index(level)


def staff_cap(track: Track, level: str) -> Golongan:
    """Highest golongan a holder of ``track`` with education ``level`` reaches by KP."""
    if track.kind == PELAKSANA:
        return kp_reguler_cap(level)
    if track.kind == KEAHLIAN:
        return parse_golongan("IV/c" if level_rank(level) >= level_rank("S2") else "IV/b")
    return parse_golongan("III/d" if level_rank(level) >= level_rank("D-III") else "III/b")


def staff_phases(track: Track, studies: list[Study], tmt: date) -> list[Phase]:
    kind = REGULER if track.kind == PELAKSANA else PILIHAN_JF
    entry = next(s for s in studies if s.first)
    phases = [Phase(tmt, staff_cap(track, entry.level), kind)]
    for s in studies:
        if s.graduated > tmt and level_rank(s.level) > level_rank(entry.level):
            phases.append(Phase(s.graduated, staff_cap(track, s.level), kind))
    return phases


def clerk_track(level: str) -> Track:
    """The pelaksana track of a future head's early years, by education."""
    if level_rank(level) >= level_rank("S1"):
        return TRACKS["penata_layanan"]
    if level_rank(level) >= level_rank("D-III"):
        return TRACKS["pengolah_data"]
    return TRACKS["pengadministrasi"]


def structural_steps(rng: random.Random, today: date, unit: Unit, head: HeadPost,
                     candidates: dict[str, list[Unit]]) -> list[StructuralStep]:
    """The posts a head held, oldest first, ending with the current one."""
    assert head.eselon is not None
    start = today - timedelta(days=rng.randint(120, 1600))
    steps = [StructuralStep(start, unit, head)]
    for eselon in reversed(_CHAIN[head.eselon]):
        start = start - timedelta(days=rng.randint(3 * 365, 6 * 365))
        pool = [u for u in candidates.get(eselon, ()) if u.opd is unit.opd] or \
            candidates.get(eselon, [])
        if not pool:
            continue
        past = rng.choice(pool)
        steps.append(StructuralStep(start, past, past.head))  # type: ignore[arg-type]
    return list(reversed(steps))


def head_phases(first: list[Phase], steps: list[StructuralStep]) -> list[Phase]:
    phases = list(first)
    for step in steps:
        _kind, _low, cap, _age = ESELON_POSTS[step.head.eselon]  # type: ignore[index]
        phases.append(Phase(step.start, parse_golongan(cap), PILIHAN_STRUKTURAL))
    return phases


def jf_events(track: Track, unit: Unit, grades: list[GradeEvent],
              notes: str | None = None) -> list[JabatanEvent]:
    """A JF holder's rows: one at TMT, one at each KP that changes the jenjang."""
    out: list[JabatanEvent] = []
    last = None
    for e in grades:
        jenjang = jenjang_for(track, e.golongan)
        if jenjang is not None:
            key, name, code = jenjang.value, jf_name(track, jenjang), jabatan_code(track, jenjang)
        elif e.golongan.code in OLD_GURU and track.khusus == "guru":
            key, name, code = e.golongan.code, OLD_GURU[e.golongan.code], old_guru_code(
                e.golongan.code)
        else:
            continue
        if key == last:
            continue
        mutasi = "pengangkatan_pertama" if not out else "kenaikan_jenjang"
        out.append(JabatanEvent(e.tmt, unit, name, track.kind,
                                jenjang.value if jenjang else None, None, code, mutasi, notes))
        last = key
    return out


def pelaksana_events(track: Track, unit: Unit, tmt: date, until: date) -> list[JabatanEvent]:
    change = date(*NOMENCLATURE_CHANGE)
    new = JabatanEvent(tmt, unit, track.name, PELAKSANA, code=jabatan_code(track, None),
                       mutasi="pengangkatan_pertama")
    if tmt >= change:
        return [new]
    old = JabatanEvent(tmt, unit, track.old_name or track.name, PELAKSANA,
                       code=jabatan_code(track, None, old=True))
    if change >= until:
        return [old]
    return [old, replace(new, tmt=change, mutasi="penyesuaian_nomenklatur")]


def structural_event(step: StructuralStep, first: bool) -> JabatanEvent:
    kind, *_ = ESELON_POSTS[step.head.eselon]  # type: ignore[index]
    return JabatanEvent(step.start, step.unit, step.head.title, kind, None, step.head.eselon,
                        None, "pengangkatan_pertama" if first else "promosi",
                        pelantikan=step.start)


def with_move(rng: random.Random, events: list[JabatanEvent], unit: Unit, others: list[Unit],
              tmt: date, horizon: date) -> list[JabatanEvent]:
    """Place the rows before a mutasi date in another unit, and add the mutasi row."""
    pool = [u for u in others if u is not unit]
    years = (horizon - tmt).days // 365
    if not pool or years < 6:
        return events
    moved = date(tmt.year + rng.randint(3, years - 2), rng.randint(1, 12), 1)
    if any(e.tmt == moved for e in events):
        return events
    old = rng.choice(pool)
    out = [replace(e, unit=old) if e.tmt < moved else e for e in events]
    current = [e for e in out if e.tmt < moved][-1:]
    if current:
        out.append(replace(current[0], tmt=moved, unit=unit, mutasi="mutasi"))
    return sorted(out, key=lambda e: e.tmt)


STRUCTURAL_KINDS = frozenset({JabatanKind.JPT_PRATAMA.value, JabatanKind.ADMINISTRATOR.value,
                              JabatanKind.PENGAWAS.value})
