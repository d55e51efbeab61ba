"""A small office for the personnel screen tests, built through the services.

Kabupaten Merangin (15.02) with::

    Dinas Pendidikan
      Bidang Pembinaan SD     Siti Aminah (III/b), Rina Marlina (PPPK IX)
    BKPSDM                    Budi Santoso (III/d), Andi Saputra (III/a), + ``extra`` clerks

Worked examples of domain.md §1: NIP = birth date, TMT CPNS year+month, gender, sequence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.services.employee_input import EmployeeInput
from app.services.histories import JabatanInput, PangkatInput, add_history
from app.services.org import OrgUnitInput, create_org_unit
from app.services.personnel import create_employee
from app.services.roles import CurrentUser, Role

ORG_EDITOR = CurrentUser(None, "penata.org", "Penata Organisasi", Role.STEWARD, "15.02")

PEOPLE = (
    # key, nama, nip, nik, birth, gender, tmt cpns, jenis, unit, golongan, jabatan
    ("siti", "Siti Aminah", "198503152010012003", "1502015503850001", date(1985, 3, 15), "P",
     date(2010, 1, 1), "PNS", "bidang_sd", "III/b", "Pengadministrasi Umum"),
    ("budi", "Budi Santoso", "197901012005011002", "1502020101790003", date(1979, 1, 1), "L",
     date(2005, 1, 1), "PNS", "bkpsdm", "III/d", "Analis Kepegawaian"),
    ("andi", "Andi Saputra", "198812122014021001", None, date(1988, 12, 12), "L",
     date(2014, 2, 1), "PNS", "bkpsdm", "III/a", "Pengelola Kepegawaian"),
    ("rina", "Rina Marlina", "199002142023212011", None, date(1990, 2, 14), "P",
     None, "PPPK", "bidang_sd", "IX", "Guru Ahli Pertama"),
)


@dataclass
class Office:
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)


def build_office(ctx, extra: int = 0) -> Office:
    """Units and employees (with a pangkat and a jabatan each) as the logged-in user wants
    them; the org units are made by a steward (only that role may)."""
    office = Office()
    user = ctx.user
    ctx.set_user(ORG_EDITOR)
    try:
        dik = ctx.write(create_org_unit, OrgUnitInput(name="Dinas Pendidikan", kind="dinas"))
        office.units["dinas_pendidikan"] = dik.id
        office.units["bidang_sd"] = ctx.write(create_org_unit, OrgUnitInput(
            name="Bidang Pembinaan SD", kind="bidang", parent_id=dik.id)).id
        office.units["bkpsdm"] = ctx.write(create_org_unit, OrgUnitInput(
            name="BKPSDM", kind="badan")).id
    finally:
        ctx.set_user(user)
    admin = CurrentUser(None, "admin", "Admin", Role.ADMIN, "15.02")
    ctx.set_user(admin)
    try:
        for key, nama, nip, nik, born, jk, tmt, jenis, unit, gol, jabatan in PEOPLE:
            office.people[key] = _person(ctx, office, nama, nip, nik, born, jk, tmt, jenis,
                                         unit, gol, jabatan)
        for n in range(extra):
            born = date(1970 + n % 25, 1 + n % 12, 1 + n % 28)
            nip = f"{born:%Y%m%d}{born.year + 25}{1 + n % 12:02d}1{1 + n // 300:03d}"
            office.people[f"extra{n}"] = _person(
                ctx, office, f"Pegawai Contoh {n:04d}", nip, None, born, "L",
                date(born.year + 25, 1 + n % 12, 1), "PNS", "bkpsdm", "II/c", "Pengadministrasi")
    finally:
        ctx.set_user(user)
    return office


def _person(ctx, office, nama, nip, nik, born, jk, tmt, jenis, unit, gol, jabatan) -> str:
    saved = ctx.write(create_employee, EmployeeInput(
        nip=nip, nik=nik, nama=nama, tanggal_lahir=born, jenis_kelamin=jk, tmt_cpns=tmt,
        jenis_pegawai=jenis, current_unit_id=office.units[unit]))
    since = tmt or date(2023, 3, 1)
    ctx.write(add_history, saved.id, PangkatInput(golongan_code=gol, tmt=since))
    kind = "fungsional_keahlian" if "Ahli" in jabatan else "pelaksana"
    ctx.write(add_history, saved.id, JabatanInput(
        jabatan_name=jabatan, jabatan_kind=kind, jenjang="ahli_pertama" if "Ahli" in jabatan
        else None, unit_id=office.units[unit], tmt=since))
    return saved.id
