"""The employee form's data (:class:`EmployeeInput`) and every rule it must pass.

:func:`check_input` returns *all* problems at once — errors (the record is refused) and
warnings (shown, the record may be kept) — and the normalised values to store (NIP and NIK as
bare digits). Field names are :class:`EmployeeInput` attribute names, which are also the
``Employee`` column names.

Rules (domain.md §1): the NIP by :func:`app.domain.nip.parse_nip` (the message names the wrong
part) of the layout that fits ``jenis_pegawai`` (an NI PPPK for a PPPK); birth date, gender and
TMT CPNS must agree with what the NIP encodes; the NIK by :func:`app.domain.nik.parse_nik`;
NIP ↔ NIK disagreements are warnings (the NIK's own data may be the wrong one). TMT CPNS on
the 1st of a month and not before the 18th birthday; TMT PNS not before TMT CPNS. NIP and NIK
are unique: the message names the record that already has it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Office, OrgUnit
from app.db.personnel import Employee, EmployeeStatus, JenisPegawai
from app.db.reference import MaritalStatus, Religion
from app.domain.dates import add_years
from app.domain.nik import InvalidNik, cross_check_nip_nik, nik_warnings, parse_nik
from app.domain.nip import InvalidNip, NipInfo, default_rules, nip_warnings, parse_nip
from app.errors import FieldError, message, register_messages
from app.services.support import Checks, as_field_error, clean_values

BLOOD_TYPES = ("A", "B", "AB", "O", "A+", "A-", "B+", "B-", "AB+", "AB-", "O+", "O-")


@dataclass(frozen=True, kw_only=True)
class EmployeeInput:
    """What the employee form edits. Every field may be left empty; the rules say which
    must not be. ``current_unit_id`` is the placement before any jabatan is recorded."""

    # Identity
    nip: str | None = None
    nip_lama: str | None = None
    nik: str | None = None
    nama: str | None = None
    gelar_depan: str | None = None
    gelar_belakang: str | None = None
    tempat_lahir: str | None = None
    tanggal_lahir: date | None = None
    jenis_kelamin: str | None = None
    agama_id: str | None = None
    status_perkawinan_id: str | None = None
    golongan_darah: str | None = None
    npwp: str | None = None
    bpjs: str | None = None
    tinggi_badan: int | None = None
    berat_badan: int | None = None
    rambut: str | None = None
    bentuk_muka: str | None = None
    warna_kulit: str | None = None
    ciri_khas: str | None = None
    cacat_tubuh: str | None = None
    hobi: str | None = None
    # Contact
    alamat: str | None = None
    rt: str | None = None
    rw: str | None = None
    kelurahan: str | None = None
    kecamatan: str | None = None
    kabupaten_kota: str | None = None
    provinsi: str | None = None
    kode_pos: str | None = None
    kode_wilayah: str | None = None
    telepon: str | None = None
    email: str | None = None
    # Employment
    jenis_pegawai: str | None = JenisPegawai.PNS.value
    status: str | None = EmployeeStatus.AKTIF.value
    tmt_status: date | None = None
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    sk_cpns_nomor: str | None = None
    sk_cpns_tanggal: date | None = None
    sk_pns_nomor: str | None = None
    sk_pns_tanggal: date | None = None
    sttpl_nomor: str | None = None
    sttpl_tanggal: date | None = None
    karpeg: str | None = None
    karis_karsu: str | None = None
    taspen: str | None = None
    current_unit_id: str | None = None


INPUT_FIELDS = tuple(EmployeeInput.__dataclass_fields__)


def input_of(employee: Employee) -> EmployeeInput:
    """The form data of a stored employee (to prefill an edit form)."""
    return EmployeeInput(**{name: getattr(employee, name) for name in INPUT_FIELDS})


@dataclass(frozen=True)
class InputCheck:
    errors: tuple[FieldError, ...]
    warnings: tuple[FieldError, ...]
    values: dict[str, Any]


def check_input(
    session: Session, data: EmployeeInput, office_code: str, employee_id: str | None = None,
    today: date | None = None,
) -> InputCheck:
    """Every error and warning of ``data`` for an employee of ``office_code`` (``employee_id``:
    the record being edited, excluded from the uniqueness checks). Writes nothing."""
    values = clean_values(data)
    checks = Checks(values, today)
    warnings: list[FieldError] = []
    checks.required("nip", "nama", "tanggal_lahir", "jenis_kelamin", "jenis_pegawai", "status")
    checks.choice("jenis_pegawai", [j.value for j in JenisPegawai])
    checks.choice("status", [s.value for s in EmployeeStatus])
    checks.choice("jenis_kelamin", ["L", "P"])
    checks.choice("golongan_darah", BLOOD_TYPES)
    checks.not_future("tanggal_lahir", "sk_cpns_tanggal", "sk_pns_tanggal", "sttpl_tanggal")
    nip = _check_nip(checks, warnings)
    _check_nik(checks, warnings, nip)
    checks.model_limits(Employee)  # after NIP/NIK are reduced to their digits
    _check_appointment(checks)
    _check_contact(checks)
    _check_references(session, checks, office_code)
    _check_unique(session, checks, employee_id)
    return InputCheck(tuple(checks.errors), tuple(warnings), values)


def _check_nip(checks: Checks, warnings: list[FieldError]) -> NipInfo | None:
    values = checks.values
    if values["nip"] is None:
        return None
    expected = "PPPK" if values["jenis_pegawai"] == JenisPegawai.PPPK else "PNS"
    try:
        info = parse_nip(values["nip"], expected_kind=expected)
    except InvalidNip as exc:
        checks.invalid("nip", exc)
        return None
    values["nip"] = info.nip
    warnings.extend(as_field_error(w) for w in nip_warnings(info, today=checks.today))
    birth, gender, tmt = values["tanggal_lahir"], values["jenis_kelamin"], values["tmt_cpns"]
    if isinstance(birth, date) and birth != info.birth_date:
        checks.error("tanggal_lahir", "employee.birth_nip_mismatch",
                     date=_fmt(birth), nip_date=_fmt(info.birth_date))
    if gender in ("L", "P") and gender != info.gender:
        checks.error("jenis_kelamin", "employee.gender_nip_mismatch",
                     gender=gender, nip_gender=info.gender)
    if (isinstance(tmt, date) and info.tmt_cpns is not None
            and (tmt.year, tmt.month) != (info.tmt_cpns.year, info.tmt_cpns.month)):
        checks.error("tmt_cpns", "employee.tmt_cpns_nip_mismatch",
                     tmt=tmt.strftime("%m/%Y"), nip_tmt=info.tmt_cpns.strftime("%m/%Y"))
    return info


def _check_nik(checks: Checks, warnings: list[FieldError], nip: NipInfo | None) -> None:
    values = checks.values
    if values["nik"] is None:
        return
    birth = values["tanggal_lahir"] if isinstance(values["tanggal_lahir"], date) else None
    try:
        info = parse_nik(values["nik"], today=checks.today, birth_date_hint=birth)
    except InvalidNik as exc:
        checks.invalid("nik", exc)
        return
    values["nik"] = info.nik
    warnings.extend(as_field_error(w) for w in nik_warnings(info))
    if nip is not None:
        warnings.extend(as_field_error(w) for w in cross_check_nip_nik(nip, info))


def _check_appointment(checks: Checks) -> None:
    values = checks.values
    jenis, birth = values["jenis_pegawai"], values["tanggal_lahir"]
    checks.first_of_month("tmt_cpns")
    checks.date_order("tmt_cpns", "tmt_pns")
    if jenis == JenisPegawai.PPPK:
        for name in ("tmt_cpns", "tmt_pns"):
            if values[name] is not None:
                checks.error(name, "employee.pppk_no_cpns")
    elif jenis == JenisPegawai.CPNS and values["tmt_pns"] is not None:
        checks.error("tmt_pns", "employee.cpns_has_tmt_pns")
    tmt = values["tmt_cpns"]
    if isinstance(birth, date) and isinstance(tmt, date):
        adult_age = default_rules().min_age_at_tmt
        adult = add_years(birth, adult_age)
        if tmt < adult:
            checks.error("tmt_cpns", "employee.tmt_cpns_under_age", tmt=_fmt(tmt),
                         age=adult_age, date=_fmt(adult))


def _check_contact(checks: Checks) -> None:
    checks.email("email")
    checks.phone("telepon")
    checks.digits("kode_pos", 5)
    checks.digits("rt")
    checks.digits("rw")
    checks.digits("npwp", 15, 16)
    checks.int_range("tinggi_badan", 50, 250)
    checks.int_range("berat_badan", 20, 300)


def _check_references(session: Session, checks: Checks, office_code: str) -> None:
    for field, model, what in (("agama_id", Religion, "employee.agama"),
                               ("status_perkawinan_id", MaritalStatus, "employee.kawin")):
        ref_id = checks.values[field]
        if ref_id is not None:
            row = session.get(model, ref_id)
            if row is None or row.deleted:
                checks.error(field, "field.not_found", what=message(what))
    unit_id = checks.values["current_unit_id"]
    if unit_id is not None:
        unit = session.get(OrgUnit, unit_id)
        if unit is None or unit.deleted or unit.office_code != office_code:
            checks.error("current_unit_id", "field.not_found", what=message("employee.unit"))


def _check_unique(session: Session, checks: Checks, employee_id: str | None) -> None:
    for field in ("nip", "nik"):
        value = checks.values[field]
        if value is None or checks.has_error(field):
            continue
        taken = unique_clash(session, field, value, employee_id)
        if taken is not None:
            checks.errors.append(taken)


def unique_clash(
    session: Session, field: str, value: str, employee_id: str | None
) -> FieldError | None:
    """The error naming the other employee that already has this NIP/NIK, if any."""
    column = Employee.nip if field == "nip" else Employee.nik
    stmt = select(Employee).where(column == value)
    if employee_id is not None:
        stmt = stmt.where(Employee.id != employee_id)
    other = session.scalars(stmt.limit(1)).first()
    if other is None:
        return None
    code = f"employee.{field}_taken" + ("_deleted" if other.deleted else "")
    return FieldError(field, code, {"nama": other.nama_lengkap, "where": _where(session, other),
                                    "value": value})


def _where(session: Session, employee: Employee) -> str:
    if employee.current_unit_id:
        unit = session.get(OrgUnit, employee.current_unit_id)
        if unit is not None:
            return unit.name
    office = session.scalars(select(Office).where(Office.code == employee.office_code)).first()
    return office.name if office is not None else employee.office_code


def _fmt(d: date) -> str:
    return d.strftime("%d-%m-%Y")


register_messages(
    {
        "employee.agama": ("agama", "religion"),
        "employee.kawin": ("status perkawinan", "marital status"),
        "employee.unit": ("unit kerja", "org unit"),
        "employee.birth_nip_mismatch": (
            "Tanggal lahir {date} berbeda dengan tanggal lahir pada NIP ({nip_date}).",
            "The birth date {date} differs from the one in the NIP ({nip_date}).",
        ),
        "employee.gender_nip_mismatch": (
            "Jenis kelamin {gender} berbeda dengan kode pada NIP (digit 15: {nip_gender}).",
            "The gender {gender} differs from the NIP's code (digit 15: {nip_gender}).",
        ),
        "employee.tmt_cpns_nip_mismatch": (
            "TMT CPNS {tmt} berbeda dengan TMT pada NIP (digit 9–14: {nip_tmt}).",
            "The TMT CPNS {tmt} differs from the TMT in the NIP (digits 9–14: {nip_tmt}).",
        ),
        "employee.tmt_cpns_under_age": (
            "TMT CPNS {tmt} lebih awal dari usia {age} tahun (ulang tahun ke-{age}: {date}).",
            "The TMT CPNS {tmt} is before age {age} ({age}th birthday: {date}).",
        ),
        "employee.pppk_no_cpns": (
            "PPPK tidak memiliki TMT CPNS/PNS; kosongkan isian ini.",
            "A PPPK has no TMT CPNS/PNS; leave this empty.",
        ),
        "employee.cpns_has_tmt_pns": (
            "CPNS belum memiliki TMT PNS; ubah jenis pegawai menjadi PNS bila sudah diangkat.",
            "A CPNS has no TMT PNS yet; change the jenis to PNS once appointed.",
        ),
        "employee.nip_taken": (
            "NIP {value} sudah dipakai oleh {nama} ({where}).",
            "NIP {value} is already used by {nama} ({where}).",
        ),
        "employee.nip_taken_deleted": (
            "NIP {value} sudah dipakai oleh {nama} ({where}), data yang sudah dihapus; "
            "pulihkan data itu alih-alih membuat yang baru.",
            "NIP {value} is already used by {nama} ({where}), a deleted record; restore that "
            "record instead of creating a new one.",
        ),
        "employee.nik_taken": (
            "NIK {value} sudah dipakai oleh {nama} ({where}).",
            "NIK {value} is already used by {nama} ({where}).",
        ),
        "employee.nik_taken_deleted": (
            "NIK {value} sudah dipakai oleh {nama} ({where}), data yang sudah dihapus; "
            "pulihkan data itu alih-alih membuat yang baru.",
            "NIK {value} is already used by {nama} ({where}), a deleted record; restore that "
            "record instead of creating a new one.",
        ),
    }
)
