"""Career histories: pangkat, jabatan, pendidikan, KGB, PMK, angka kredit (domain.md §2–4).

Each kind is an input dataclass (attribute names = model columns) and a validator that
normalises codes (golongan ``III/b``, jenis/jenjang jabatan, eselon ``II.b``, education
``S1``) and records every problem. Registered with :mod:`app.services.history_engine`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.histories import (
    AngkaKreditHistory,
    JabatanHistory,
    KgbHistory,
    PangkatHistory,
    PendidikanHistory,
    PmkHistory,
)
from app.db.org import OrgUnit
from app.db.personnel import EmployeeRecord, JenisPegawai
from app.db.reference import Jabatan
from app.domain.dates import full_months_between
from app.domain.golongan import InvalidGolongan, parse_golongan
from app.domain.jabatan import InvalidJabatan, parse_eselon, parse_jenis_jabatan, parse_jenjang
from app.domain.pendidikan import InvalidPendidikan, parse_pendidikan
from app.errors import message, register_messages
from app.services.history_engine import HistoryCheck, HistoryKind, RecordInput, adult_from, register
from app.services.roles import PROVINCE_OFFICE

FUTURE_SLACK = timedelta(days=366)  # an SK may be recorded up to a year before its TMT


@dataclass(frozen=True, kw_only=True)
class PangkatInput(RecordInput):
    golongan_code: str | None = None
    tmt: date | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    sk_pejabat: str | None = None
    pertek_nomor: str | None = None
    pertek_tanggal: date | None = None
    jenis_kp: str | None = None
    mkg_tahun: int | None = None
    mkg_bulan: int | None = None
    gaji_pokok: int | None = None
    angka_kredit_utama: Decimal | None = None
    angka_kredit_tambahan: Decimal | None = None
    peraturan: str | None = None


@dataclass(frozen=True, kw_only=True)
class JabatanInput(RecordInput):
    """``jabatan_id`` picks a catalogue entry (its name, kind, jenjang and eselon are then
    taken from it); ``unit_id`` a unit of our tree (its name is kept in ``unit_name``)."""

    jabatan_id: str | None = None
    jabatan_name: str | None = None
    jabatan_kind: str | None = None
    jenjang: str | None = None
    eselon: str | None = None
    unit_id: str | None = None
    unit_name: str | None = None
    instansi: str | None = None
    tmt: date | None = None
    tmt_selesai: date | None = None
    tmt_pelantikan: date | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    sk_pejabat: str | None = None
    jenis_mutasi: str | None = None


@dataclass(frozen=True, kw_only=True)
class PendidikanInput(RecordInput):
    level_code: str | None = None
    school: str | None = None
    jurusan: str | None = None
    ijazah_nomor: str | None = None
    tanggal_lulus: date | None = None
    tahun_lulus: int | None = None
    tempat: str | None = None
    kepala_nama: str | None = None
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    luar_negeri: bool = False
    is_first: bool = False
    is_last: bool = False


@dataclass(frozen=True, kw_only=True)
class KgbInput(RecordInput):
    tmt: date | None = None
    golongan_code: str | None = None
    mkg_tahun: int | None = None
    mkg_bulan: int | None = None
    gaji_pokok_lama: int | None = None
    gaji_pokok_baru: int | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    sk_pejabat: str | None = None


@dataclass(frozen=True, kw_only=True)
class PmkInput(RecordInput):
    pengalaman: str | None = None
    tanggal_mulai: date | None = None
    tanggal_selesai: date | None = None
    mkg_tahun: int | None = None
    mkg_bulan: int | None = None
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    bkn_nomor: str | None = None
    bkn_tanggal: date | None = None


@dataclass(frozen=True, kw_only=True)
class AngkaKreditInput(RecordInput):
    sk_nomor: str | None = None
    sk_tanggal: date | None = None
    periode_mulai: date | None = None
    periode_selesai: date | None = None
    jabatan_name: str | None = None
    kredit_utama: Decimal | None = None
    kredit_penunjang: Decimal | None = None
    kredit_total: Decimal | None = None
    is_first: bool = False
    is_integrasi: bool = False
    is_konversi: bool = False


# --- shared pieces ----------------------------------------------------------------------------

def _golongan(check: HistoryCheck, field: str) -> None:
    value = check.values.get(field)
    if value is None:
        return
    kind = "PPPK" if check.employee.jenis_pegawai == JenisPegawai.PPPK else "PNS"
    try:
        check.values[field] = parse_golongan(value, kind).code
    except InvalidGolongan as exc:
        check.invalid(field, exc)


def _tmt(check: HistoryCheck, field: str, *, first_of_month: bool) -> None:
    """A TMT: on the 1st when the rule says so, after the 18th birthday and TMT CPNS, and not
    more than a year ahead."""
    if first_of_month:
        check.first_of_month(field)
    check.not_before(field, adult_from(check.employee), "history.before_adult")
    check.not_before(field, check.employee.tmt_cpns, "history.before_tmt_cpns")
    check.not_after(field, check.today + FUTURE_SLACK)


def _mkg(check: HistoryCheck) -> None:
    check.int_range("mkg_tahun", 0, 50)
    check.int_range("mkg_bulan", 0, 11)


# --- validators -------------------------------------------------------------------------------

def _validate_pangkat(check: HistoryCheck) -> None:
    check.required("golongan_code", "tmt")
    _golongan(check, "golongan_code")
    _tmt(check, "tmt", first_of_month=True)
    check.not_future("sk_tanggal", "pertek_tanggal")
    _mkg(check)
    check.number_min("gaji_pokok")
    check.number_min("angka_kredit_utama")
    check.number_min("angka_kredit_tambahan")


def _validate_jabatan(check: HistoryCheck) -> None:
    values = check.values
    _from_catalogue(check)
    check.required("jabatan_name", "jabatan_kind", "tmt")
    try:
        if values["jabatan_kind"] is not None:
            values["jabatan_kind"] = parse_jenis_jabatan(values["jabatan_kind"]).value
    except InvalidJabatan as exc:
        check.invalid("jabatan_kind", exc)
    _jenjang(check)
    try:
        found = parse_eselon(values["eselon"])
        values["eselon"] = found.code if found else None
    except InvalidJabatan as exc:
        check.invalid("eselon", exc)
    _unit(check)
    _tmt(check, "tmt", first_of_month=False)
    check.date_order("tmt", "tmt_selesai")
    check.date_order("tmt", "tmt_pelantikan")
    check.not_future("sk_tanggal")


def _from_catalogue(check: HistoryCheck) -> None:
    values = check.values
    if values["jabatan_id"] is None:
        return
    row = check.session.get(Jabatan, values["jabatan_id"])
    if row is None or row.deleted or row.office_code not in (
            PROVINCE_OFFICE, check.employee.office_code):
        check.error("jabatan_id", "field.not_found", what=message("history.jabatan"))
        return
    values.update(jabatan_name=row.name, jabatan_kind=row.kind, jenjang=row.jenjang,
                  eselon=row.eselon)


def _jenjang(check: HistoryCheck) -> None:
    values = check.values
    kind = values["jabatan_kind"] if not check.has_error("jabatan_kind") else None
    if values["jenjang"] is None:
        if kind is not None and kind.startswith("fungsional_"):
            check.error("jenjang", "history.jenjang_required")
        return
    try:
        jenjang = parse_jenjang(values["jenjang"])
    except InvalidJabatan as exc:
        check.invalid("jenjang", exc)
        return
    values["jenjang"] = jenjang.value
    if kind is not None and jenjang.jenis.value != kind:
        check.error("jenjang", "history.jenjang_kind", jenjang=jenjang.label,
                    kind=parse_jenis_jabatan(kind).label)


def _unit(check: HistoryCheck) -> None:
    values = check.values
    if values["unit_id"] is None:
        return
    unit = check.session.get(OrgUnit, values["unit_id"])
    if unit is None or unit.deleted or unit.office_code != check.employee.office_code:
        check.error("unit_id", "field.not_found", what=message("history.unit"))
    elif values["unit_name"] is None:
        values["unit_name"] = unit.name


def _validate_pendidikan(check: HistoryCheck) -> None:
    values = check.values
    check.required("level_code")
    if values["level_code"] is not None:
        try:
            values["level_code"] = parse_pendidikan(values["level_code"]).value
        except InvalidPendidikan as exc:
            check.invalid("level_code", exc)
    check.not_future("tanggal_lulus")
    birth = check.employee.tanggal_lahir
    check.not_before("tanggal_lulus", birth, "history.before_birth")
    check.year("tahun_lulus", low=birth.year + 5 if birth else 1900)
    lulus, tahun = values["tanggal_lulus"], values["tahun_lulus"]
    if isinstance(lulus, date) and not check.has_error("tanggal_lulus"):
        if tahun is None:
            values["tahun_lulus"] = lulus.year
        elif tahun != lulus.year and not check.has_error("tahun_lulus"):
            check.error("tahun_lulus", "history.year_mismatch", year=tahun, date_year=lulus.year)
    for flag in ("luar_negeri", "is_first", "is_last"):
        values[flag] = bool(values[flag])


def _only_one_last(session: Session, record: EmployeeRecord) -> None:
    """Only one pendidikan row is the recognised last education (pendidikan terakhir)."""
    if not getattr(record, "is_last", False):
        return
    others = session.scalars(select(PendidikanHistory).where(
        PendidikanHistory.employee_id == record.employee_id, PendidikanHistory.id != record.id,
        PendidikanHistory.is_last.is_(True), PendidikanHistory.deleted.is_(False)))
    for other in others:
        other.is_last = False


def _validate_kgb(check: HistoryCheck) -> None:
    check.required("tmt", "mkg_tahun")
    _golongan(check, "golongan_code")
    _tmt(check, "tmt", first_of_month=True)
    check.not_future("sk_tanggal")
    _mkg(check)
    check.number_min("gaji_pokok_lama")
    check.number_min("gaji_pokok_baru")
    old, new = check.values["gaji_pokok_lama"], check.values["gaji_pokok_baru"]
    if old is not None and new is not None and new < old and not check.has_error(
            "gaji_pokok_baru"):
        check.error("gaji_pokok_baru", "history.gaji_lower", old=old, new=new)


def _validate_pmk(check: HistoryCheck) -> None:
    values = check.values
    check.required("pengalaman")
    values["mkg_tahun"] = values["mkg_tahun"] or 0
    values["mkg_bulan"] = values["mkg_bulan"] or 0
    _mkg(check)
    check.not_future("tanggal_mulai", "tanggal_selesai", "sk_tanggal", "bkn_tanggal")
    check.date_order("tanggal_mulai", "tanggal_selesai")
    start, end = values["tanggal_mulai"], values["tanggal_selesai"]
    if check.ok("tanggal_mulai", "tanggal_selesai", "mkg_tahun", "mkg_bulan"):
        served = full_months_between(start, end + timedelta(days=1))
        credited = values["mkg_tahun"] * 12 + values["mkg_bulan"]
        if credited > served:
            check.error("mkg_tahun", "history.pmk_exceeds", credited=credited, served=served)


def _validate_angka_kredit(check: HistoryCheck) -> None:
    values = check.values
    check.not_future("sk_tanggal")
    check.date_order("periode_mulai", "periode_selesai")
    for name in ("kredit_utama", "kredit_penunjang", "kredit_total"):
        check.number_min(name)
    parts = [values["kredit_utama"], values["kredit_penunjang"]]
    known = [Decimal(p) for p in parts if p is not None]
    if values["kredit_total"] is None and known:
        values["kredit_total"] = sum(known, Decimal(0))
    elif values["kredit_total"] is not None and len(known) == 2 and not check.has_error(
            "kredit_total") and Decimal(values["kredit_total"]) != sum(known, Decimal(0)):
        check.error("kredit_total", "history.ak_total", total=values["kredit_total"],
                    sum=sum(known, Decimal(0)))
    check.required("kredit_total")
    for flag in ("is_first", "is_integrasi", "is_konversi"):
        values[flag] = bool(values[flag])


PANGKAT = register(HistoryKind(
    "pangkat", PangkatHistory, PangkatInput, _validate_pangkat, ("tmt",),
    ("riwayat pangkat/golongan", "rank history"), unique=("golongan_code", "tmt"),
    recompute=frozenset({"grade"}),
))
JABATAN = register(HistoryKind(
    "jabatan", JabatanHistory, JabatanInput, _validate_jabatan, ("tmt",),
    ("riwayat jabatan", "position history"), unique=("jabatan_name", "tmt"),
    recompute=frozenset({"position"}),
))
PENDIDIKAN = register(HistoryKind(
    "pendidikan", PendidikanHistory, PendidikanInput, _validate_pendidikan,
    ("tahun_lulus", "tanggal_lulus"), ("riwayat pendidikan", "education history"),
    unique=("level_code", "school", "tahun_lulus"), recompute=frozenset({"education"}),
    after_save=_only_one_last,
))
KGB = register(HistoryKind(
    "kgb", KgbHistory, KgbInput, _validate_kgb, ("tmt",),
    ("riwayat kenaikan gaji berkala", "periodic raise history"), unique=("tmt",),
    recompute=frozenset({"grade"}),
))
PMK = register(HistoryKind(
    "pmk", PmkHistory, PmkInput, _validate_pmk, ("tanggal_mulai",),
    ("peninjauan masa kerja", "recognised prior service"),
))
ANGKA_KREDIT = register(HistoryKind(
    "angka_kredit", AngkaKreditHistory, AngkaKreditInput, _validate_angka_kredit,
    ("periode_mulai", "sk_tanggal"), ("riwayat angka kredit", "credit point history"),
    unique=("sk_nomor", "periode_mulai"),
))

register_messages(
    {
        "history.jabatan": ("jabatan", "position"),
        "history.unit": ("unit kerja", "org unit"),
        "history.jenjang_required": (
            "Jabatan fungsional wajib diisi jenjangnya (mis. Ahli Pertama, Terampil).",
            "A jabatan fungsional needs its level (e.g. Ahli Pertama, Terampil).",
        ),
        "history.jenjang_kind": (
            "Jenjang {jenjang} tidak cocok dengan jenis jabatan {kind}.",
            "The level {jenjang} does not fit the jabatan kind {kind}.",
        ),
        "history.year_mismatch": (
            "Tahun lulus {year} berbeda dengan tahun pada tanggal lulus ({date_year}).",
            "The graduation year {year} differs from the graduation date's year ({date_year}).",
        ),
        "history.gaji_lower": (
            "Gaji pokok baru ({new}) lebih kecil dari gaji pokok lama ({old}).",
            "The new basic salary ({new}) is below the old one ({old}).",
        ),
        "history.pmk_exceeds": (
            "Masa kerja yang diakui ({credited} bulan) melebihi lama pengalaman kerja "
            "({served} bulan).",
            "The credited service ({credited} months) exceeds the time worked "
            "({served} months).",
        ),
        "history.ak_total": (
            "Jumlah angka kredit {total} tidak sama dengan utama + penunjang ({sum}).",
            "The total credit {total} is not main + supporting ({sum}).",
        ),
    }
)

__all__ = [
    "ANGKA_KREDIT", "JABATAN", "KGB", "PANGKAT", "PENDIDIKAN", "PMK", "AngkaKreditInput",
    "JabatanInput", "KgbInput", "PangkatInput", "PendidikanInput", "PmkInput",
]
