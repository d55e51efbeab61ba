"""Due lists: KGB due in a month, KP due in a period, retirements in a year (domain §3–4, §8.3).

The dates come from the domain rules (:mod:`app.domain.kgb`, :mod:`app.domain.kenaikan_pangkat`,
:mod:`app.domain.pensiun`); this module gathers the inputs set-based and says who could not be
computed (missing TMT, MKG, golongan or jabatan) so the list is never silently short.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.histories import KgbHistory
from app.db.personnel import JenisPegawai
from app.domain.common import InvalidValue
from app.domain.gaji import GajiTable, default_table, gaji_pokok
from app.domain.golongan import parse_golongan
from app.domain.kenaikan_pangkat import KpInput, is_period_date, kp_due_in_period, period_dates
from app.domain.kgb import KgbInput, kgb_due_in_month
from app.domain.masa_kerja import MasaKerja
from app.domain.pensiun import bup_reached_on
from app.errors import FieldError, ValidationError, register_messages
from app.services.report_data import (
    OfficeHeader,
    UnitRef,
    load_units,
    office_header,
    subtree,
    unit_ref,
)
from app.services.report_data_duk import Skipped
from app.services.report_data_personnel import PersonnelRow, Scope, load_personnel, scope_ids
from app.services.roles import CurrentUser, Permission, require

STRUKTURAL = frozenset({"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas"})
FUNGSIONAL = frozenset({"fungsional_keahlian", "fungsional_keterampilan"})
RowT = TypeVar("RowT")


@dataclass(frozen=True)
class KgbDueRow:
    person: PersonnelRow
    golongan: str
    tmt_lama: date
    mkg_lama: MasaKerja
    sk_lama: str | None
    gaji_lama: int | None
    tmt_baru: date
    mkg_baru: MasaKerja
    gaji_baru: int | None = None  # None: not in the gaji pokok table (app.domain.gaji)


@dataclass(frozen=True)
class KpDueRow:
    person: PersonnelRow
    golongan_lama: str
    golongan_baru: str
    pangkat_baru: str | None
    tmt_kp: date
    jenis_kp: str  # reguler / pilihan_struktural / pilihan_fungsional
    overdue: bool


@dataclass(frozen=True)
class PensiunRow:
    person: PersonnelRow
    bup: int
    bup_date: date
    tmt_pensiun: date


@dataclass(frozen=True)
class DueReport(Generic[RowT]):
    office: OfficeHeader
    unit: UnitRef | None
    rows: tuple[RowT, ...]
    skipped: tuple[Skipped, ...]
    year: int
    month: int | None = None  # KGB
    periods: tuple[date, ...] = ()  # KP


def _people(session: Session, actor: CurrentUser, unit_id: str | None,
            office_code: str | None, jenis: tuple[str, ...], as_of: date
            ) -> tuple[OfficeHeader, UnitRef | None, list[PersonnelRow], Scope]:
    office = office_header(session, actor, office_code)
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    scope = Scope(office.code, frozenset(subtree(units, unit.id)) if unit else None, jenis=jenis)
    return office, unit, load_personnel(session, scope, as_of, units), scope


def _check_year(year: int) -> None:
    if not 1950 <= year <= 2100:
        raise ValidationError([FieldError("year", "report.bad_year", {"year": year})])


# --- KGB --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _LastSk:
    tmt: date
    mkg: MasaKerja
    nomor: str | None
    gaji: int | None


def _last_kgb(session: Session, scope: Scope) -> dict[str, _LastSk]:
    rows = session.execute(
        select(KgbHistory.employee_id, KgbHistory.tmt, KgbHistory.mkg_tahun, KgbHistory.mkg_bulan,
               KgbHistory.sk_nomor, KgbHistory.gaji_pokok_baru)
        .where(KgbHistory.employee_id.in_(scope_ids(scope)), KgbHistory.deleted.is_(False),
               KgbHistory.mkg_tahun.is_not(None))
        .order_by(KgbHistory.employee_id, KgbHistory.tmt)
    ).all()
    return {r[0]: _LastSk(r[1], MasaKerja(r[2], r[3] or 0), r[4], r[5]) for r in rows}


def kgb_due_list(session: Session, actor: CurrentUser, *, year: int, month: int,
                 unit_id: str | None = None, office_code: str | None = None
                 ) -> DueReport[KgbDueRow]:
    """Who has a KGB due in ``year``-``month``: the last gaji SK (KGB or pangkat, whichever is
    later) and the next MKG step of the gaji table (:func:`app.domain.kgb.kgb_due_in_month`)."""
    require(actor, Permission.REPORT_PRINT)
    _check_year(year)
    if not 1 <= month <= 12:
        raise ValidationError([FieldError("month", "report.bad_month", {"month": month})])
    jenis = tuple(j.value for j in JenisPegawai)
    office, unit, people, scope = _people(session, actor, unit_id, office_code, jenis,
                                          date(year, month, 1))
    kgb = _last_kgb(session, scope)
    inputs, last, skipped = [], {}, []
    for i, p in enumerate(people):
        sk = _last_sk(p, kgb.get(p.id))
        if sk is None or not p.golongan:
            skipped.append(Skipped(p.nama, p.nip, "report.skip_no_mkg"))
            continue
        last[i] = sk
        inputs.append(KgbInput(i, p.golongan, sk.tmt, sk.mkg))
    rows, table = [], default_table()
    for due in _kgb_due(inputs, year, month, skipped, people):
        p, sk = people[due.key], last[due.key]  # type: ignore[index]
        cpns = p.jenis_pegawai == JenisPegawai.CPNS.value
        baru = gaji_pokok(due.golongan, due.mkg_baru.years, due.tmt, cpns=cpns, table=table)
        rows.append(KgbDueRow(p, due.golongan.code, sk.tmt, sk.mkg, sk.nomor,
                              _gaji_lama(due.golongan.code, sk, due.tmt, cpns, table),
                              due.tmt, due.mkg_baru, baru))
    rows.sort(key=lambda r: (r.person.unit_order, -(r.person.golongan_ordinal or 0),
                             r.person.nama.casefold()))
    return DueReport(office, unit, tuple(rows), tuple(skipped), year, month)


def _gaji_lama(golongan: str, sk: _LastSk, tmt_baru: date, cpns: bool,
               table: GajiTable) -> int | None:
    """The gaji pokok before the KGB: the amount on the last SK while the gaji table it was
    made under is still in force on the new TMT; after a new table (PP 5/2024 replaced
    PP 15/2019) the new table's amount for the old MKG, which is what is paid now (``None``
    when that table has no amount for it: an old SK amount is not what is paid any more)."""
    peraturan = table.in_force(tmt_baru)
    if sk.gaji is not None and (peraturan is None or sk.tmt >= peraturan.berlaku_mulai):
        return sk.gaji
    return gaji_pokok(golongan, sk.mkg.years, tmt_baru, cpns=cpns, table=table)


def _last_sk(p: PersonnelRow, kgb: _LastSk | None) -> _LastSk | None:
    """The later of the last KGB SK and the current pangkat SK (both carry TMT and MKG)."""
    pangkat = None
    if p.tmt_golongan is not None and p.mkg_sk_tahun is not None:
        pangkat = _LastSk(p.tmt_golongan, MasaKerja(p.mkg_sk_tahun, p.mkg_sk_bulan or 0),
                          None, None)
    if kgb is not None and (pangkat is None or kgb.tmt >= pangkat.tmt):
        return kgb
    return pangkat


def _kgb_due(inputs: list[KgbInput], year: int, month: int, skipped: list[Skipped],
             people: list[PersonnelRow]) -> list:  # type: ignore[type-arg]
    try:
        return kgb_due_in_month(inputs, year, month)
    except (InvalidValue, ValueError):
        pass
    due = []  # one bad golongan must not hide everyone else: check one at a time
    for item in inputs:
        try:
            due += kgb_due_in_month([item], year, month)
        except (InvalidValue, ValueError):
            p = people[item.key]  # type: ignore[index]
            skipped.append(Skipped(p.nama, p.nip, "report.skip_no_golongan"))
    return due


# --- KP ---------------------------------------------------------------------------------------

def jenis_kp(kind: str | None) -> str:
    """KP reguler for pelaksana; KP pilihan for struktural and fungsional posts (domain §4.2)."""
    if kind in STRUKTURAL:
        return "pilihan_struktural"
    if kind in FUNGSIONAL:
        return "pilihan_fungsional"
    return "reguler"


def kp_periods(period: date | None, year: int | None) -> tuple[date, ...]:
    """The period asked for, or every KP period of ``year``; a non-period date is an error."""
    if period is not None:
        if not is_period_date(period):
            months = ", ".join(f"{d.month:02d}" for d in period_dates(period.year))
            raise ValidationError([FieldError("period", "report.bad_period",
                                              {"date": period.isoformat(), "months": months})])
        return (period,)
    if year is None:
        raise ValidationError([FieldError("period", "report.period_needed")])
    _check_year(year)
    return tuple(period_dates(year))


def kp_due_list(session: Session, actor: CurrentUser, *, period: date | None = None,
                year: int | None = None, unit_id: str | None = None,
                office_code: str | None = None, include_overdue: bool = False
                ) -> DueReport[KpDueRow]:
    """PNS due a kenaikan pangkat in a period (or in every period of a year): first period date
    ≥ TMT pangkat + 4 years (:func:`app.domain.kenaikan_pangkat.kp_due_in_period`). The
    education cap applies to KP reguler only; for KP pilihan the date is the earliest
    possible one (angka kredit / jabatan requirements are checked by the clerk).
    ``include_overdue`` adds, to the first period, those due earlier and not yet promoted."""
    require(actor, Permission.REPORT_PRINT)
    periods = kp_periods(period, year)
    office, unit, people, _scope = _people(session, actor, unit_id, office_code,
                                           (JenisPegawai.PNS.value,), periods[0])
    inputs, skipped = [], []
    for i, p in enumerate(people):
        if not p.golongan or p.tmt_golongan is None or not _is_pns_golongan(p.golongan):
            skipped.append(Skipped(p.nama, p.nip, "report.skip_no_tmt_golongan"))
            continue
        reguler = jenis_kp(p.jabatan_kind) == "reguler"
        inputs.append(KpInput(i, p.golongan, p.tmt_golongan,
                              _cap_education(p.pendidikan) if reguler else None))
    rows = []
    for n, when in enumerate(periods):
        for due in kp_due_in_period(inputs, when, include_overdue=include_overdue and n == 0):
            p = people[due.key]  # type: ignore[index]
            rows.append(KpDueRow(p, due.golongan_lama.code, due.golongan_baru.code,
                                 due.golongan_baru.pangkat, due.tmt_kp,
                                 jenis_kp(p.jabatan_kind), due.overdue))
    rows.sort(key=lambda r: (r.tmt_kp, r.person.unit_order, -(r.person.golongan_ordinal or 0),
                             r.person.nama.casefold()))
    return DueReport(office, unit, tuple(rows), tuple(skipped), periods[0].year,
                     periods=periods)


def _is_pns_golongan(code: str) -> bool:
    try:
        return parse_golongan(code, "PNS").kind == "PNS"
    except InvalidValue:
        return False


def _cap_education(code: str | None) -> str | None:
    """The education for the KP reguler cap; unknown levels mean no cap (listed, checked by
    hand) rather than an error."""
    from app.domain.kenaikan_pangkat import kp_reguler_cap

    if not code:
        return None
    try:
        kp_reguler_cap(code)
    except InvalidValue:
        return None
    return code


# --- pensiun ----------------------------------------------------------------------------------

def pensiun_list(session: Session, actor: CurrentUser, *, year: int,
                 unit_id: str | None = None, office_code: str | None = None
                 ) -> DueReport[PensiunRow]:
    """PNS and CPNS whose TMT pensiun falls in ``year`` (BUP of the current jabatan,
    PP 11/2017 Pasal 239; TMT = the 1st of the month after BUP is reached, domain §3)."""
    require(actor, Permission.REPORT_PRINT)
    _check_year(year)
    jenis = (JenisPegawai.PNS.value, JenisPegawai.CPNS.value)
    office, unit, people, _scope = _people(session, actor, unit_id, office_code, jenis,
                                           date(year, 12, 31))
    rows, skipped = [], []
    for p in people:
        if p.tanggal_lahir is None or p.bup is None or p.tmt_pensiun is None:
            reason = "report.skip_no_birth" if p.tanggal_lahir is None else "report.skip_no_bup"
            skipped.append(Skipped(p.nama, p.nip, reason))
            continue
        if p.tmt_pensiun.year == year:
            rows.append(PensiunRow(p, p.bup, bup_reached_on(p.tanggal_lahir, p.bup),
                                   p.tmt_pensiun))
    rows.sort(key=lambda r: (r.tmt_pensiun, r.person.tanggal_lahir, r.person.nama.casefold()))
    return DueReport(office, unit, tuple(rows), tuple(skipped), year)


register_messages({
    "report.bad_year": ("Tahun {year} tidak masuk akal.", "Year {year} is not plausible."),
    "report.bad_month": ("Bulan harus 1–12, bukan {month}.",
                         "The month must be 1–12, not {month}."),
    "report.bad_period": (
        "Tanggal {date} bukan periode kenaikan pangkat; periode tahun itu jatuh pada tanggal 1 "
        "bulan {months}.",
        "{date} is not a KP period; that year's periods are on the 1st of months {months}.",
    ),
    "report.period_needed": (
        "Sebutkan periode (--period YYYY-MM) atau tahun (--year).",
        "Give a period (--period YYYY-MM) or a year (--year).",
    ),
})
