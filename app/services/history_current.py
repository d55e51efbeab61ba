"""Keep the employee's ``current_*`` columns in step with the histories.

After every change of pangkat, jabatan, pendidikan or KGB the affected group is recomputed from
the live (non-deleted) rows:

* ``grade`` — the pangkat with the latest TMT (the higher golongan on the same TMT) gives
  golongan, its ordinal and TMT golongan.
  ``mkg_tahun``/``mkg_bulan`` are the MKG on that TMT, taken from the latest SK that states an
  MKG — that pangkat, or a later (or earlier) KGB — by the zero-date method with the group
  reduction when the golongan group rose since (domain.md §4.4, :mod:`app.domain.masa_kerja`).
  No pangkat left: the group is cleared.
* ``position`` — the jabatan with the latest TMT gives jabatan, kind, jenjang, eselon, TMT and
  the unit when it names one of our tree (otherwise the placement ``current_unit_id`` stays).
  No jabatan left: the jabatan columns are cleared and the placement is kept.
* ``education`` — the row marked "pendidikan terakhir" if any, else the highest level (latest
  graduation among equals).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.histories import JabatanHistory, KgbHistory, PangkatHistory, PendidikanHistory
from app.db.personnel import Employee
from app.domain import masa_kerja
from app.domain.golongan import Golongan, InvalidGolongan, parse_golongan
from app.domain.masa_kerja import MasaKerja
from app.domain.pendidikan import InvalidPendidikan, parse_pendidikan

GROUPS = ("grade", "position", "education")


def recompute_current(session: Session, employee: Employee, groups: Iterable[str]) -> None:
    """Refresh the named groups of ``current_*`` columns from the live history rows."""
    session.flush()
    wanted = set(groups)
    if "grade" in wanted:
        _grade(session, employee)
    if "position" in wanted:
        _position(session, employee)
    if "education" in wanted:
        _education(session, employee)


def _live(session: Session, model: Any, employee: Employee) -> list[Any]:
    return list(session.scalars(
        select(model).where(model.employee_id == employee.id, model.deleted.is_(False))
    ))


def _set(employee: Employee, **values: Any) -> None:
    """Assign only what changed, so an unchanged group writes nothing (and logs nothing)."""
    for key, value in values.items():
        if getattr(employee, key) != value:
            setattr(employee, key, value)


def _golongan(code: str | None) -> Golongan | None:
    try:
        return parse_golongan(code) if code else None
    except InvalidGolongan:
        return None


def _grade(session: Session, employee: Employee) -> None:
    ranks = sorted(_live(session, PangkatHistory, employee), key=_rank_order)
    if not ranks:
        _set(employee, current_golongan_code=None, current_golongan_ordinal=None,
             tmt_golongan=None, mkg_tahun=None, mkg_bulan=None)
        return
    latest = ranks[-1]
    golongan = _golongan(latest.golongan_code)
    mkg = _mkg_on_tmt(latest.tmt, golongan, ranks, _live(session, KgbHistory, employee))
    _set(employee, current_golongan_code=latest.golongan_code,
         current_golongan_ordinal=golongan.ordinal if golongan else None,
         tmt_golongan=latest.tmt,
         mkg_tahun=mkg.years if mkg else None, mkg_bulan=mkg.months if mkg else None)


def _rank_order(r: PangkatHistory) -> tuple[date, int, str]:
    """Latest TMT last; on the same TMT the higher golongan is the later SK."""
    g = _golongan(r.golongan_code)
    return (r.tmt, g.ordinal if g else 0, r.id)


def _mkg_on_tmt(
    tmt: date, golongan: Golongan | None, ranks: list[PangkatHistory], raises: list[KgbHistory]
) -> MasaKerja | None:
    """MKG on ``tmt`` from the latest SK (pangkat or KGB) that states one."""
    sks: list[tuple[date, str, MasaKerja, Golongan | None]] = []
    for r in ranks:
        if r.mkg_tahun is not None:
            sks.append((r.tmt, r.id, MasaKerja(r.mkg_tahun, r.mkg_bulan or 0),
                        _golongan(r.golongan_code)))
    for k in raises:
        if k.mkg_tahun is not None:
            g = _golongan(k.golongan_code) or _golongan_on(ranks, k.tmt)
            sks.append((k.tmt, k.id, MasaKerja(k.mkg_tahun, k.mkg_bulan or 0), g))
    if not sks or golongan is None:
        return None
    sk_tmt, _, sk_mkg, sk_golongan = max(sks, key=lambda s: (s[0], s[1]))
    rises = (sk_golongan is not None and golongan.kind == "PNS" and sk_golongan.kind == "PNS"
             and (sk_golongan.group or 0) < (golongan.group or 0))
    return masa_kerja.mkg_on(tmt, sk_tmt=sk_tmt, sk_mkg=sk_mkg,
                             sk_golongan=sk_golongan or golongan,
                             golongan=golongan if rises else None)


def _golongan_on(ranks: list[PangkatHistory], when: date) -> Golongan | None:
    before = [r for r in ranks if r.tmt <= when]
    return _golongan(before[-1].golongan_code) if before else None


def _position(session: Session, employee: Employee) -> None:
    posts = sorted(_live(session, JabatanHistory, employee), key=lambda r: (r.tmt, r.id))
    if not posts:
        _set(employee, current_jabatan_id=None, current_jabatan_name=None,
             current_jabatan_kind=None, current_jabatan_jenjang=None, current_eselon=None,
             tmt_jabatan=None)
        return
    p = posts[-1]
    _set(employee, current_jabatan_id=p.jabatan_id, current_jabatan_name=p.jabatan_name,
         current_jabatan_kind=p.jabatan_kind, current_jabatan_jenjang=p.jenjang,
         current_eselon=p.eselon, tmt_jabatan=p.tmt)
    if p.unit_id is not None:
        _set(employee, current_unit_id=p.unit_id)


def _education(session: Session, employee: Employee) -> None:
    rows = []
    for r in _live(session, PendidikanHistory, employee):
        try:
            level = parse_pendidikan(r.level_code)
        except InvalidPendidikan:
            continue
        graduated = r.tanggal_lulus or (date(r.tahun_lulus, 12, 31) if r.tahun_lulus else None)
        rows.append((bool(r.is_last), level.level, graduated or date.min, r.id, level))
    if not rows:
        _set(employee, current_pendidikan_code=None, current_pendidikan_ordinal=None)
        return
    best = max(rows, key=lambda x: x[:4])[4]
    _set(employee, current_pendidikan_code=best.value, current_pendidikan_ordinal=best.level)
