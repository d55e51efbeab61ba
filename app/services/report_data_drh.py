"""DRH (Daftar Riwayat Hidup) data of one employee: identity and every history (domain §8.2).

One query per section (ten small queries for one person). Histories come oldest first, as the
form lists them; tombstoned rows are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.family import FamilyMember, HukumanDisiplin, LuarNegeri, OrganisasiHistory
from app.db.family import PenghargaanHistory as Penghargaan
from app.db.histories import JabatanHistory, PangkatHistory, PendidikanHistory
from app.db.personnel import Employee, EmployeePhoto
from app.db.reference import MaritalStatus, Religion
from app.db.training import ExternalTraining, TrainingParticipant, TrainingProgram, TrainingSession
from app.domain.common import InvalidValue
from app.domain.golongan import parse_golongan
from app.domain.masa_kerja import MasaKerja, mkg_on
from app.domain.nip import format_nip, normalize_nip
from app.errors import FieldError, NotFound, ValidationError
from app.services.report_data import OfficeHeader, load_units, office_header, unit_path
from app.services.report_data_personnel import nama_lengkap
from app.services.roles import CurrentUser, Permission, require


@dataclass(frozen=True)
class DrhIdentity:
    id: str
    nama: str  # with gelar
    nip: str | None
    nip_lama: str | None
    jenis_pegawai: str
    golongan: str | None
    pangkat: str | None
    tmt_golongan: date | None
    jabatan: str | None
    unit: str | None
    masa_kerja: MasaKerja | None
    tempat_lahir: str | None
    tanggal_lahir: date | None
    jenis_kelamin: str | None
    agama: str | None
    status_perkawinan: str | None
    nik: str | None
    alamat: str | None
    rt: str | None
    rw: str | None
    kelurahan: str | None
    kecamatan: str | None
    kabupaten_kota: str | None
    provinsi: str | None
    kode_pos: str | None
    telepon: str | None
    email: str | None
    tinggi_badan: int | None
    berat_badan: int | None
    rambut: str | None
    bentuk_muka: str | None
    warna_kulit: str | None
    ciri_khas: str | None
    cacat_tubuh: str | None
    hobi: str | None
    golongan_darah: str | None


@dataclass(frozen=True)
class EducationRow:
    tingkat: str
    nama: str | None
    jurusan: str | None
    ijazah_nomor: str | None
    tahun: int | None
    tempat: str | None
    kepala: str | None
    luar_negeri: bool


@dataclass(frozen=True)
class CourseRow:
    nama: str
    mulai: date | None
    selesai: date | None
    jp: int | None
    sertifikat: str | None
    tahun: int | None
    tempat: str | None
    keterangan: str | None


@dataclass(frozen=True)
class PangkatRow:
    golongan: str
    pangkat: str | None
    tmt: date
    gaji_pokok: int | None
    sk_pejabat: str | None
    sk_nomor: str | None
    sk_tanggal: date | None
    peraturan: str | None


@dataclass(frozen=True)
class JabatanRow:
    jabatan: str
    unit: str | None
    mulai: date
    selesai: date | None
    golongan: str | None
    gaji_pokok: int | None
    sk_pejabat: str | None
    sk_nomor: str | None
    sk_tanggal: date | None


@dataclass(frozen=True)
class AwardRow:
    nama: str
    tahun: int | None
    pemberi: str | None


@dataclass(frozen=True)
class AbroadRow:
    negara: str
    tujuan: str | None
    lama: str | None
    pembiaya: str | None


@dataclass(frozen=True)
class FamilyRow:
    relation: str
    nama: str
    tempat_lahir: str | None
    tanggal_lahir: date | None
    jenis_kelamin: str | None
    tanggal_nikah: date | None
    pekerjaan: str | None
    keterangan: str | None


@dataclass(frozen=True)
class OrganisationRow:
    era: str
    nama: str
    kedudukan: str | None
    mulai: date | None
    selesai: date | None
    tempat: str | None
    pimpinan: str | None


@dataclass(frozen=True)
class SanctionRow:
    jenis: str
    tingkat: str | None
    sk_nomor: str | None
    sk_tanggal: date | None
    mulai: date | None
    selesai: date | None
    peraturan: str | None


@dataclass(frozen=True)
class DrhData:
    office: OfficeHeader
    person: DrhIdentity
    photo: bytes | None
    education: tuple[EducationRow, ...]
    courses: tuple[CourseRow, ...]
    pangkat: tuple[PangkatRow, ...]
    jabatan: tuple[JabatanRow, ...]
    awards: tuple[AwardRow, ...]
    abroad: tuple[AbroadRow, ...]
    family: tuple[FamilyRow, ...]
    organisations: tuple[OrganisationRow, ...]
    sanctions: tuple[SanctionRow, ...]
    as_of: date


def _find_employee(session: Session, employee_id: str | None, nip: str | None) -> Employee:
    if employee_id:
        found = session.get(Employee, employee_id)
    elif nip:
        try:
            digits = normalize_nip(nip)
            format_nip(digits)  # 18 digits, or a clear "NIP harus 18 digit"
        except InvalidValue as exc:
            raise ValidationError([FieldError("nip", exc.code, exc.params)]) from exc
        found = session.scalars(select(Employee).where(Employee.nip == digits)).first()
    else:
        raise ValidationError([FieldError("nip", "report.drh_who")])
    if found is None or found.deleted:
        raise NotFound("report.employee_not_found", nip=nip or employee_id or "-")
    return found


def _live(session: Session, model: Any, employee_id: str, *order: Any) -> list[Any]:
    return list(session.scalars(
        select(model).where(model.employee_id == employee_id, model.deleted.is_(False))
        .order_by(*order)
    ))


def drh_data(session: Session, actor: CurrentUser, *, employee_id: str | None = None,
             nip: str | None = None, as_of: date | None = None) -> DrhData:
    """Everything the DRH prints about one employee (by id or NIP)."""
    require(actor, Permission.REPORT_PRINT)
    emp = _find_employee(session, employee_id, nip)
    when = as_of or date.today()
    office = office_header(session, actor, emp.office_code)
    pangkat = _live(session, PangkatHistory, emp.id, PangkatHistory.tmt)
    photo = session.scalars(select(EmployeePhoto.data).where(
        EmployeePhoto.employee_id == emp.id, EmployeePhoto.deleted.is_(False))).first()
    return DrhData(
        office=office, person=_identity(session, emp, when), photo=photo,
        education=tuple(_education(session, emp.id)), courses=tuple(_courses(session, emp.id)),
        pangkat=tuple(_pangkat_row(p) for p in pangkat),
        jabatan=tuple(_jabatan(session, emp.id, pangkat)),
        awards=tuple(AwardRow(a.nama, a.tahun or (a.sk_tanggal.year if a.sk_tanggal else None),
                              a.pemberi)
                     for a in _live(session, Penghargaan, emp.id, Penghargaan.tahun)),
        abroad=tuple(AbroadRow(x.negara, x.tujuan, x.lama or _span(x.tanggal_mulai,
                                                                    x.tanggal_selesai),
                               x.pembiaya)
                     for x in _live(session, LuarNegeri, emp.id, LuarNegeri.tanggal_mulai)),
        family=tuple(_family(session, emp.id)),
        organisations=tuple(
            OrganisationRow(o.era, o.nama, o.kedudukan, o.tanggal_mulai, o.tanggal_selesai,
                            o.tempat, o.pimpinan)
            for o in _live(session, OrganisasiHistory, emp.id, OrganisasiHistory.tanggal_mulai)),
        sanctions=tuple(
            SanctionRow(h.jenis, h.tingkat, h.sk_nomor, h.sk_tanggal, h.tanggal_mulai,
                        h.tanggal_selesai, h.peraturan)
            for h in _live(session, HukumanDisiplin, emp.id, HukumanDisiplin.sk_tanggal)),
        as_of=when,
    )


def _span(start: date | None, end: date | None) -> str | None:
    if start and end:
        days = (end - start).days + 1
        return f"{days} hari"
    return None


def _identity(session: Session, e: Employee, when: date) -> DrhIdentity:
    agama = session.scalar(select(Religion.name).where(Religion.id == e.agama_id)) \
        if e.agama_id else None
    kawin = session.scalar(select(MaritalStatus.name).where(
        MaritalStatus.id == e.status_perkawinan_id)) if e.status_perkawinan_id else None
    units = load_units(session, e.office_code)
    unit = unit_path(units, e.current_unit_id) if e.current_unit_id in units else None
    pangkat = None
    if e.current_golongan_code:
        try:
            pangkat = parse_golongan(e.current_golongan_code).pangkat
        except InvalidValue:
            pangkat = None
    mk = None
    if e.tmt_golongan and e.mkg_tahun is not None:
        mk = mkg_on(when, sk_tmt=e.tmt_golongan, sk_mkg=MasaKerja(e.mkg_tahun, e.mkg_bulan or 0),
                    sk_golongan=3)
    return DrhIdentity(
        id=e.id, nama=nama_lengkap(e.nama, e.gelar_depan, e.gelar_belakang), nip=e.nip,
        nip_lama=e.nip_lama, jenis_pegawai=e.jenis_pegawai, golongan=e.current_golongan_code,
        pangkat=pangkat, tmt_golongan=e.tmt_golongan, jabatan=e.current_jabatan_name, unit=unit,
        masa_kerja=mk, tempat_lahir=e.tempat_lahir, tanggal_lahir=e.tanggal_lahir,
        jenis_kelamin=e.jenis_kelamin, agama=agama, status_perkawinan=kawin, nik=e.nik,
        alamat=e.alamat, rt=e.rt, rw=e.rw, kelurahan=e.kelurahan, kecamatan=e.kecamatan,
        kabupaten_kota=e.kabupaten_kota, provinsi=e.provinsi, kode_pos=e.kode_pos,
        telepon=e.telepon, email=e.email, tinggi_badan=e.tinggi_badan,
        berat_badan=e.berat_badan, rambut=e.rambut, bentuk_muka=e.bentuk_muka,
        warna_kulit=e.warna_kulit, ciri_khas=e.ciri_khas, cacat_tubuh=e.cacat_tubuh,
        hobi=e.hobi, golongan_darah=e.golongan_darah,
    )


def _education(session: Session, employee_id: str) -> list[EducationRow]:
    rows = _live(session, PendidikanHistory, employee_id, PendidikanHistory.tahun_lulus,
                 PendidikanHistory.tanggal_lulus)
    return [EducationRow(r.level_code, r.school, r.jurusan, r.ijazah_nomor,
                         r.tahun_lulus or (r.tanggal_lulus.year if r.tanggal_lulus else None),
                         r.tempat, r.kepala_nama, bool(r.luar_negeri)) for r in rows]


def _courses(session: Session, employee_id: str) -> list[CourseRow]:
    out = [CourseRow(t.name, t.start_date, t.end_date, t.jp, t.certificate_nomor,
                     t.year or _year(t.end_date or t.start_date),
                     t.place or t.organiser, t.organiser if t.place else None)
           for t in _live(session, ExternalTraining, employee_id, ExternalTraining.start_date)]
    ours = session.execute(
        select(TrainingSession.title, TrainingSession.start_date, TrainingSession.end_date,
               TrainingSession.jp, TrainingParticipant.jp_credited,
               TrainingParticipant.certificate_nomor, TrainingSession.place,
               TrainingSession.organiser, TrainingProgram.organiser)
        .join(TrainingSession, TrainingSession.id == TrainingParticipant.session_id)
        .join(TrainingProgram, TrainingProgram.id == TrainingSession.program_id)
        .where(TrainingParticipant.employee_id == employee_id,
               TrainingParticipant.deleted.is_(False), TrainingParticipant.completed.is_(True),
               TrainingSession.deleted.is_(False))
    ).all()
    for title, start, end, jp, credited, cert, place, organiser, prog_org in ours:
        out.append(CourseRow(title, start, end, credited if credited is not None else jp, cert,
                             end.year, place, organiser or prog_org))
    out.sort(key=lambda c: c.mulai or c.selesai or date.min)
    return out


def _year(d: date | None) -> int | None:
    return d.year if d else None


def _pangkat_row(p: PangkatHistory) -> PangkatRow:
    try:
        name = parse_golongan(p.golongan_code).pangkat
    except InvalidValue:
        name = None
    return PangkatRow(p.golongan_code, name, p.tmt, p.gaji_pokok, p.sk_pejabat, p.sk_nomor,
                      p.sk_tanggal, p.peraturan)


def _jabatan(session: Session, employee_id: str, pangkat: list[PangkatHistory]
             ) -> list[JabatanRow]:
    rows = _live(session, JabatanHistory, employee_id, JabatanHistory.tmt)
    out = []
    for r in rows:
        held = [p for p in pangkat if p.tmt <= r.tmt]
        at = held[-1] if held else None
        out.append(JabatanRow(r.jabatan_name, r.unit_name, r.tmt, r.tmt_selesai,
                              at.golongan_code if at else None, at.gaji_pokok if at else None,
                              r.sk_pejabat, r.sk_nomor, r.sk_tanggal))
    return out


_FAMILY_ORDER = {"istri": 0, "suami": 0, "anak": 1, "ayah": 2, "ibu": 3, "ayah_mertua": 4,
                 "ibu_mertua": 5, "saudara": 6}


def _family(session: Session, employee_id: str) -> list[FamilyRow]:
    rows = _live(session, FamilyMember, employee_id, FamilyMember.sort_order,
                 FamilyMember.tanggal_lahir)
    rows.sort(key=lambda m: (_FAMILY_ORDER.get(m.relation, 9), m.sort_order,
                             m.tanggal_lahir or date.max))
    return [FamilyRow(m.relation, m.nama, m.tempat_lahir, m.tanggal_lahir, m.jenis_kelamin,
                      m.tanggal_nikah, m.pekerjaan, m.status) for m in rows]
