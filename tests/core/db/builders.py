"""Small row builders for the database tests (plain ORM rows, no services)."""

from __future__ import annotations

from datetime import date

from app.db.org import Office, OrgUnit
from app.db.personnel import Employee
from app.db.reference import Religion

OFFICE = "15.02"


def office() -> Office:
    return Office(
        office_code=OFFICE, code=OFFICE, kind="kabupaten", region_name="Kabupaten Merangin",
        name="BKPSDM Kabupaten Merangin", city="Bangko",
    )


def unit(name: str = "Dinas Pendidikan", parent: OrgUnit | None = None) -> OrgUnit:
    return OrgUnit(
        office_code=OFFICE, name=name, kind="dinas" if parent is None else "bidang",
        parent_id=parent.id if parent else None,
    )


def religion(code: str = "islam") -> Religion:
    return Religion(office_code="15", code=code, name=code.title())


def employee(nama: str = "Siti Aminah", nip: str | None = "198503152010012003",
             nik: str | None = "1502015503850001", **values: object) -> Employee:
    values = {"tanggal_lahir": date(1985, 3, 15), "jenis_kelamin": "P", **values}
    return Employee(office_code=OFFICE, nama=nama, nip=nip, nik=nik, **values)
