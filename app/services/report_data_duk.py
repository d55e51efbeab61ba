"""DUK (Daftar Urut Kepangkatan) data: the PNS of an office or unit in rank order.

The order is :func:`app.domain.duk.rank_duk` (PP 15/1979; domain.md §8.1). Only PNS with an
active status are ranked (CPNS and PPPK have no place in the DUK); a PNS whose golongan is
missing or unreadable cannot be ranked and is listed in :attr:`DukReport.skipped` so the clerk
can complete the data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.personnel import JenisPegawai
from app.domain.common import InvalidValue
from app.domain.duk import DukEntry, rank_duk
from app.domain.golongan import parse_golongan
from app.domain.jabatan import parse_eselon
from app.domain.masa_kerja import ZERO
from app.domain.pendidikan import parse_pendidikan
from app.services.report_data import (
    OfficeHeader,
    UnitRef,
    default_as_of,
    load_units,
    office_header,
    subtree,
    unit_ref,
)
from app.services.report_data_personnel import PersonnelRow, Scope, load_personnel
from app.services.roles import CurrentUser, Permission, require


@dataclass(frozen=True)
class DukRow:
    rank: int
    person: PersonnelRow


@dataclass(frozen=True)
class Skipped:
    """An employee left out of a list, and why (a ``report.*`` message code)."""

    nama: str
    nip: str | None
    reason: str


@dataclass(frozen=True)
class DukReport:
    office: OfficeHeader
    unit: UnitRef | None
    as_of: date
    rows: tuple[DukRow, ...]
    skipped: tuple[Skipped, ...] = ()


def _eselon(text: str | None) -> str | None:
    try:
        found = parse_eselon(text)
    except InvalidValue:
        return None
    return found.code if found else None


def _pendidikan(text: str | None) -> str | None:
    try:
        return parse_pendidikan(text).value if text else None
    except InvalidValue:
        return None


def duk_entry(key: int, p: PersonnelRow) -> DukEntry | None:
    """The DUK entry of one PNS; ``None`` when the golongan cannot be read as a PNS golongan."""
    try:
        golongan = parse_golongan(p.golongan or "", "PNS")
    except InvalidValue:
        return None
    return DukEntry(
        key=key, nip=p.nip or "", golongan=golongan, tmt_golongan=p.tmt_golongan,
        eselon=_eselon(p.eselon), tmt_jabatan=p.tmt_jabatan,
        masa_kerja=p.masa_kerja or ZERO, latihan=p.latihan_level,
        tanggal_latihan=p.latihan_tanggal, pendidikan=_pendidikan(p.pendidikan),
        tahun_lulus=p.tahun_lulus, birth_date=p.tanggal_lahir,
    )


def rank_people(people: list[PersonnelRow]) -> tuple[list[DukRow], list[Skipped]]:
    """Rank PNS in DUK order; those without a readable PNS golongan come back as skipped."""
    entries, skipped = [], []
    for i, p in enumerate(people):
        entry = duk_entry(i, p)
        if entry is None:
            skipped.append(Skipped(p.nama, p.nip, "report.skip_no_golongan"))
        else:
            entries.append(entry)
    ranked = [DukRow(rank, people[e.key]) for rank, e in rank_duk(entries)]  # type: ignore[index]
    skipped.sort(key=lambda s: s.nama.casefold())
    return ranked, skipped


def duk_list(session: Session, actor: CurrentUser, *, as_of: date | None = None,
             unit_id: str | None = None, office_code: str | None = None) -> DukReport:
    """The DUK of the office (or of a unit and its sub-units) as of ``as_of`` (default
    31 December of this year)."""
    require(actor, Permission.REPORT_PRINT)
    office = office_header(session, actor, office_code)
    when = as_of or default_as_of()
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    scope = Scope(office.code, frozenset(subtree(units, unit.id)) if unit else None,
                  jenis=(JenisPegawai.PNS.value,))
    people = load_personnel(session, scope, when, units)
    ranked, skipped = rank_people(people)
    return DukReport(office, unit, when, tuple(ranked), tuple(skipped))
