"""A small office for the dashboard and formasi tests, written as plain rows (actor bound).

Kabupaten Merangin (15.02), as of 30 June 2026::

    Dinas Pendidikan            (OPD)
      Bidang Pembinaan SD       Siti (III/b, P, 25 today), Rina (PPPK IX, P), Tono (cltn)
    BKPSDM                      Budi (III/d, L, retires 1 Apr 2027), Andi (III/a, L, 24),
                                Wati (no golongan, P)
      Subbag Lama (deleted)     Dedi (III/c, L) — a tombstoned sub-unit still rolls up
    (no unit)                   Nono (II/a, L)
    not counted                 Purna (status pensiun), Hapus (deleted)
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from app.db.appraisal import Skp
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.training import ExternalTraining
from app.domain.golongan import parse_golongan

OFFICE = "15.02"
AS_OF = date(2026, 6, 30)


def unit(s: Session, name: str, parent: OrgUnit | None = None, order: int = 0,
         office: str = OFFICE, deleted: bool = False) -> OrgUnit:
    u = OrgUnit(office_code=office, name=name, kind="dinas" if parent is None else "bidang",
                parent_id=parent.id if parent else None, sort_order=order)
    s.add(u)
    s.flush()
    if deleted:
        u.deleted = True
        u.deleted_reason = "digabung"
        s.flush()
    return u


def person(s: Session, nama: str, nip: str, born: date, jk: str, *, unit_: OrgUnit | None,
           golongan: str | None = "III/a", jenis: str = "PNS", status: str = "aktif",
           office: str = OFFICE, kind: str = "pelaksana",
           jabatan: str = "Pengadministrasi Umum", deleted: bool = False) -> Employee:
    g = parse_golongan(golongan) if golongan else None
    e = Employee(office_code=office, nama=nama, nip=nip, tanggal_lahir=born, jenis_kelamin=jk,
                 jenis_pegawai=jenis, status=status,
                 current_unit_id=unit_.id if unit_ else None, current_golongan_code=golongan,
                 current_golongan_ordinal=g.ordinal if g else None,
                 tmt_golongan=date(2020, 4, 1) if g else None,
                 current_jabatan_kind=kind, current_jabatan_name=jabatan)
    s.add(e)
    s.flush()
    if deleted:
        e.deleted = True
        e.deleted_reason = "data ganda"
        s.flush()
    return e


def jp(s: Session, e: Employee, hours: int, year: int = 2026) -> None:
    s.add(ExternalTraining(employee_id=e.id, office_code=e.office_code, name="Bimtek SIASN",
                           category="teknis", start_date=date(year, 3, 1),
                           end_date=date(year, 3, 3), jp=hours))


def skp(s: Session, e: Employee, year: int, predikat: str, status: str = "final") -> None:
    s.add(Skp(employee_id=e.id, office_code=e.office_code, year=year,
              period_start=date(year, 1, 1), period_end=date(year, 12, 31), status=status,
              predikat=predikat))


def build_office(s: Session) -> dict[str, object]:
    """The office above; returns its units and people by key."""
    dik = unit(s, "Dinas Pendidikan", order=1)
    sd = unit(s, "Bidang Pembinaan SD", dik)
    bkd = unit(s, "BKPSDM", order=2)
    old = unit(s, "Subbag Lama", bkd, deleted=True)
    p = {
        "siti": person(s, "Siti Aminah", "200106302025032001", date(2001, 6, 30), "P",
                       unit_=sd, golongan="III/b"),
        "rina": person(s, "Rina Marlina", "199002142023212011", date(1990, 2, 14), "P",
                       unit_=sd, golongan="IX", jenis="PPPK"),
        "tono": person(s, "Tono", "198001012005011001", date(1980, 1, 1), "L", unit_=sd,
                       golongan="III/c", status="cltn"),
        "budi": person(s, "Budi Santoso", "196903102005011002", date(1969, 3, 10), "L",
                       unit_=bkd, golongan="III/d"),
        "andi": person(s, "Andi Saputra", "200107012025031001", date(2001, 7, 1), "L",
                       unit_=bkd, golongan="III/a"),
        "wati": person(s, "Wati", "199505052020032001", date(1995, 5, 5), "P", unit_=bkd,
                       golongan=None),
        "dedi": person(s, "Dedi", "198505052010011001", date(1985, 5, 5), "L", unit_=old,
                       golongan="III/c"),
        "nono": person(s, "Nono", "197707072000031001", date(1977, 7, 7), "L", unit_=None,
                       golongan="II/a"),
        "purna": person(s, "Purna", "196001012000031001", date(1960, 1, 1), "L", unit_=bkd,
                        status="pensiun"),
        "hapus": person(s, "Hapus", "198808082015031001", date(1988, 8, 8), "L", unit_=bkd,
                        deleted=True),
    }
    jp(s, p["siti"], 20)
    jp(s, p["budi"], 12)
    jp(s, p["budi"], 10)
    jp(s, p["andi"], 8)
    for key, predikat in (("siti", "baik"), ("budi", "sangat_baik"), ("andi", "baik"),
                          ("dedi", "butuh_perbaikan"), ("purna", "baik")):
        skp(s, p[key], 2025, predikat)
    skp(s, p["wati"], 2025, "baik", status="draft")  # not rated: not counted
    return {"units": {"dik": dik, "sd": sd, "bkd": bkd, "old": old}, "people": p}
