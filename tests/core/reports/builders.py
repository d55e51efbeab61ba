"""Crafted data for the report tests: plain ORM rows written with an actor bound."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.histories import KgbHistory, PangkatHistory, PendidikanHistory
from app.db.org import Office, OrgUnit
from app.db.personnel import Employee
from app.db.training import ExternalTraining
from app.domain.golongan import parse_golongan

OFFICE = "15.02"


def set_letterhead(s: Session) -> Office:
    office = s.scalars(select(Office).where(Office.code == OFFICE)).one()
    office.address = "Jalan Jenderal Sudirman No. 1, Bangko"
    office.postal_code = "37311"
    office.phone = "(0746) 21001"
    office.email = "bkpsdm@meranginkab.go.id"
    office.city = "Bangko"
    office.head_name = "Dr. H. Ahmad Fauzi, S.H., M.Si."
    office.head_nip = "197001011995031001"
    office.head_pangkat = "Pembina Utama Muda (IV/c)"
    return office


def unit(s: Session, name: str, parent: OrgUnit | None = None, order: int = 0,
         short: str | None = None) -> OrgUnit:
    u = OrgUnit(office_code=OFFICE, name=name, short_name=short,
                kind="dinas" if parent is None else "bidang",
                parent_id=parent.id if parent else None, sort_order=order)
    s.add(u)
    s.flush()
    return u


def employee(s: Session, nama: str, nip: str, *, unit: OrgUnit | None = None,
             golongan: str | None = "III/a", tmt_golongan: date | None = date(2020, 4, 1),
             mkg: tuple[int, int] | None = (4, 0), lahir: date | None = None,
             jk: str = "L", jenis: str = "PNS", **values: object) -> Employee:
    g = parse_golongan(golongan) if golongan else None
    birth = lahir or date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
    e = Employee(
        office_code=OFFICE, nama=nama, nip=nip, tanggal_lahir=birth, jenis_kelamin=jk,
        tempat_lahir=values.pop("tempat_lahir", "Bangko"), jenis_pegawai=jenis,
        current_unit_id=unit.id if unit else None, current_golongan_code=golongan,
        current_golongan_ordinal=g.ordinal if g else None, tmt_golongan=tmt_golongan,
        mkg_tahun=mkg[0] if mkg else None, mkg_bulan=mkg[1] if mkg else None,
        current_jabatan_kind=values.pop("kind", "pelaksana"),
        current_jabatan_name=values.pop("jabatan", "Pengadministrasi Umum"),
        **values,
    )
    s.add(e)
    s.flush()
    return e


def education(s: Session, e: Employee, level: str, school: str, year: int,
              jurusan: str | None = None, last: bool = True) -> None:
    s.add(PendidikanHistory(employee_id=e.id, office_code=OFFICE, level_code=level,
                            school=school, jurusan=jurusan, tahun_lulus=year, is_last=last))
    e.current_pendidikan_code = level


def training(s: Session, e: Employee, name: str, category: str, end: date, jp: int = 0) -> None:
    s.add(ExternalTraining(employee_id=e.id, office_code=OFFICE, name=name, category=category,
                           start_date=end, end_date=end, jp=jp))


def pangkat(s: Session, e: Employee, golongan: str, tmt: date, mkg: tuple[int, int],
            gaji: int | None = None, nomor: str | None = None) -> None:
    s.add(PangkatHistory(employee_id=e.id, office_code=OFFICE, golongan_code=golongan, tmt=tmt,
                         mkg_tahun=mkg[0], mkg_bulan=mkg[1], gaji_pokok=gaji, sk_nomor=nomor,
                         sk_pejabat="Bupati Merangin"))


def kgb(s: Session, e: Employee, tmt: date, mkg: tuple[int, int], nomor: str = "822/KGB",
        gaji: int | None = None) -> None:
    s.add(KgbHistory(employee_id=e.id, office_code=OFFICE, tmt=tmt, mkg_tahun=mkg[0],
                     mkg_bulan=mkg[1], sk_nomor=nomor, golongan_code=e.current_golongan_code,
                     gaji_pokok_baru=gaji))
