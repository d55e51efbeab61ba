"""What a spreadsheet column can be mapped to: the intake fields.

Each :class:`IntakeField` has a stable ``key`` (used in remembered mappings and the CLI's
``--mapping``), a group (what it feeds: the employee record, the pangkat, jabatan or pendidikan
history, or the unit placement) and a ``kind`` that says how a cell is read
(:mod:`app.intake.values`). Labels are catalog messages ``intake.field.<key>`` (Indonesian
first, English second).

Employee fields carry the :class:`~app.services.employee_input.EmployeeInput` attribute they
fill (``agama`` → ``agama_id``, ``kedudukan`` → ``status``…).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import message, register_messages


class Group(StrEnum):
    EMPLOYEE = "employee"
    GRADE = "grade"  # riwayat pangkat/golongan
    POSITION = "position"  # riwayat jabatan and the unit placement
    EDUCATION = "education"  # riwayat pendidikan


class Kind(StrEnum):
    TEXT = "text"
    NIP = "nip"
    NIK = "nik"
    DIGITS = "digits"  # numbers kept as text: NPWP, phone, postal code…
    DATE = "date"
    YEAR = "year"
    INT = "int"
    GENDER = "gender"
    CODE = "code"  # a coded value interpreted by the planner (agama, golongan, jenis…)


@dataclass(frozen=True)
class IntakeField:
    key: str
    group: Group
    kind: Kind
    label_id: str
    label_en: str
    attribute: str | None = None  # the EmployeeInput attribute (employee fields only)

    def label(self, lang: str | None = None) -> str:
        return message(f"intake.field.{self.key}", lang)


def _f(key: str, group: Group, kind: Kind, label_id: str, label_en: str,
       attribute: str | None = None) -> IntakeField:
    if group is Group.EMPLOYEE and attribute is None:
        attribute = key
    return IntakeField(key, group, kind, label_id, label_en, attribute)


E, G, P, D = Group.EMPLOYEE, Group.GRADE, Group.POSITION, Group.EDUCATION
T = Kind.TEXT

FIELDS: tuple[IntakeField, ...] = (
    _f("nip", E, Kind.NIP, "NIP / NI PPPK", "NIP / NI PPPK"),
    _f("nip_lama", E, T, "NIP lama", "Old NIP"),
    _f("nik", E, Kind.NIK, "NIK", "NIK"),
    _f("nama", E, T, "Nama", "Name"),
    _f("gelar_depan", E, T, "Gelar depan", "Title before the name"),
    _f("gelar_belakang", E, T, "Gelar belakang", "Title after the name"),
    _f("tempat_lahir", E, T, "Tempat lahir", "Place of birth"),
    _f("tanggal_lahir", E, Kind.DATE, "Tanggal lahir", "Date of birth"),
    _f("jenis_kelamin", E, Kind.GENDER, "Jenis kelamin", "Gender"),
    _f("agama", E, Kind.CODE, "Agama", "Religion", "agama_id"),
    _f("status_perkawinan", E, Kind.CODE, "Status perkawinan", "Marital status",
       "status_perkawinan_id"),
    _f("golongan_darah", E, T, "Golongan darah", "Blood type"),
    _f("npwp", E, Kind.DIGITS, "NPWP", "Tax number (NPWP)"),
    _f("bpjs", E, Kind.DIGITS, "BPJS", "BPJS number"),
    _f("karpeg", E, T, "Karpeg", "Civil servant card (Karpeg)"),
    _f("karis_karsu", E, T, "Karis/Karsu", "Spouse card (Karis/Karsu)"),
    _f("taspen", E, T, "Taspen", "Taspen number"),
    _f("alamat", E, T, "Alamat", "Address"),
    _f("kelurahan", E, T, "Kelurahan/desa", "Village"),
    _f("kecamatan", E, T, "Kecamatan", "District"),
    _f("kabupaten_kota", E, T, "Kabupaten/kota", "Regency/city"),
    _f("provinsi", E, T, "Provinsi", "Province"),
    _f("kode_pos", E, Kind.DIGITS, "Kode pos", "Postal code"),
    _f("telepon", E, Kind.DIGITS, "Telepon/HP", "Phone"),
    _f("email", E, T, "Email", "E-mail"),
    _f("jenis_pegawai", E, Kind.CODE, "Jenis pegawai (PNS/CPNS/PPPK)",
       "Employee type (PNS/CPNS/PPPK)"),
    _f("status_cpns_pns", E, Kind.CODE, "Status CPNS/PNS (C/P)", "CPNS/PNS status (C/P)",
       "jenis_pegawai"),
    _f("kedudukan", E, Kind.CODE, "Kedudukan (aktif, pensiun…)", "Standing (active, retired…)",
       "status"),
    _f("tmt_cpns", E, Kind.DATE, "TMT CPNS", "TMT CPNS"),
    _f("tmt_pns", E, Kind.DATE, "TMT PNS", "TMT PNS"),
    _f("sk_cpns_nomor", E, T, "Nomor SK CPNS", "CPNS decree number"),
    _f("sk_cpns_tanggal", E, Kind.DATE, "Tanggal SK CPNS", "CPNS decree date"),
    _f("sk_pns_nomor", E, T, "Nomor SK PNS", "PNS decree number"),
    _f("sk_pns_tanggal", E, Kind.DATE, "Tanggal SK PNS", "PNS decree date"),
    _f("golongan", G, Kind.CODE, "Golongan/ruang", "Golongan (grade)"),
    _f("tmt_golongan", G, Kind.DATE, "TMT golongan", "TMT of the golongan"),
    _f("mkg_tahun", G, Kind.INT, "MKG (tahun) pada SK pangkat", "MKG years on the rank decree"),
    _f("mkg_bulan", G, Kind.INT, "MKG (bulan) pada SK pangkat", "MKG months on the rank decree"),
    _f("jabatan", P, T, "Nama jabatan", "Position name"),
    _f("jabatan_siasn_id", P, T, "ID jabatan SIASN", "SIASN position id"),
    _f("jenis_jabatan", P, Kind.CODE, "Jenis jabatan", "Position kind"),
    _f("eselon", P, Kind.CODE, "Eselon", "Eselon"),
    _f("tmt_jabatan", P, Kind.DATE, "TMT jabatan", "TMT of the position"),
    _f("unit", P, T, "Unit kerja", "Work unit"),
    _f("unit_siasn_id", P, T, "ID unor SIASN", "SIASN unit id"),
    _f("unit_induk", P, T, "Unit induk / OPD", "Parent unit / OPD"),
    _f("pendidikan", D, Kind.CODE, "Tingkat pendidikan", "Education level"),
    _f("jurusan", D, T, "Jurusan / program studi", "Field of study"),
    _f("sekolah", D, T, "Nama sekolah / perguruan tinggi", "School / university"),
    _f("tahun_lulus", D, Kind.YEAR, "Tahun lulus", "Graduation year"),
)

BY_KEY: dict[str, IntakeField] = {f.key: f for f in FIELDS}
EMPLOYEE_FIELDS = tuple(f for f in FIELDS if f.group is Group.EMPLOYEE)
# EmployeeInput attribute → intake field key (for errors raised by the employee rules)
FIELD_OF_ATTRIBUTE: dict[str, str] = {
    f.attribute: f.key for f in EMPLOYEE_FIELDS
    if f.attribute is not None and f.key != "status_cpns_pns"
}


def field(key: str) -> IntakeField:
    return BY_KEY[key]


def field_label(key: str, lang: str | None = None) -> str:
    return message(f"intake.field.{key}", lang) if key in BY_KEY else key


register_messages({f"intake.field.{f.key}": (f.label_id, f.label_en) for f in FIELDS})
