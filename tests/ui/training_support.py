"""A small office for the Pelatihan screen tests, built through the services once per run and
copied per test.

Kabupaten Merangin (15.02)::

    Dinas Pendidikan
      Bidang Pembinaan SD   Siti Aminah (pelaksana), Rina Marlina (PPPK, guru),
                            Eko Prasetyo (pelaksana)
    BKPSDM                  Budi Santoso, Andi Saputra, Dewi Lestari (pelaksana),
                            Yusuf Hakim (analis, fungsional)

and the programme "Bimtek Penyusunan SKP" (16 JP) with one session this year, 10–12 March,
capacity 5, nobody enrolled yet. JP counts in this year (``YEAR``).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date

from app.services.employee_input import EmployeeInput
from app.services.histories import JabatanInput, PangkatInput, add_history
from app.services.org import OrgUnitInput, create_org_unit
from app.services.personnel import create_employee
from app.services.roles import CurrentUser, Role
from app.services.training import ProgramData, SessionData, create_program, create_session

YEAR = date.today().year
ORG_EDITOR = CurrentUser(None, "penata.org", "Penata Organisasi", Role.STEWARD, "15.02")
ADMIN = CurrentUser(None, "admin", "Admin", Role.ADMIN, "15.02")

PEOPLE = (
    # key, nama, nip, birth, gender, tmt cpns, jenis, unit, golongan, jabatan, kind
    ("siti", "Siti Aminah", "198503152010012003", date(1985, 3, 15), "P", date(2010, 1, 1),
     "PNS", "bidang_sd", "III/b", "Pengadministrasi Umum", "pelaksana"),
    ("rina", "Rina Marlina", "199002142023212011", date(1990, 2, 14), "P", None, "PPPK",
     "bidang_sd", "IX", "Guru Ahli Pertama", "fungsional_keahlian"),
    ("eko", "Eko Prasetyo", "198707072012121001", date(1987, 7, 7), "L", date(2012, 12, 1),
     "PNS", "bidang_sd", "III/a", "Pengelola Data", "pelaksana"),
    ("budi", "Budi Santoso", "197901012005011002", date(1979, 1, 1), "L", date(2005, 1, 1),
     "PNS", "bkpsdm", "III/d", "Pengelola Kepegawaian", "pelaksana"),
    ("andi", "Andi Saputra", "198812122014021001", date(1988, 12, 12), "L", date(2014, 2, 1),
     "PNS", "bkpsdm", "III/a", "Pengadministrasi Umum", "pelaksana"),
    ("dewi", "Dewi Lestari", "199105052015032002", date(1991, 5, 5), "P", date(2015, 3, 1),
     "PNS", "bkpsdm", "II/c", "Pengadministrasi Umum", "pelaksana"),
    ("yusuf", "Yusuf Hakim", "198006062006041001", date(1980, 6, 6), "L", date(2006, 4, 1),
     "PNS", "bkpsdm", "III/c", "Analis Sumber Daya Manusia Aparatur Ahli Muda",
     "fungsional_keahlian"),
)


@dataclass
class Office:
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    program_id: str = ""
    session_id: str = ""


def build(ctx) -> Office:
    office = Office()
    ctx.set_user(ORG_EDITOR)
    dinas = ctx.write(create_org_unit, OrgUnitInput(name="Dinas Pendidikan", kind="dinas"))
    office.units["dinas"] = dinas.id
    office.units["bidang_sd"] = ctx.write(create_org_unit, OrgUnitInput(
        name="Bidang Pembinaan SD", kind="bidang", parent_id=dinas.id)).id
    office.units["bkpsdm"] = ctx.write(create_org_unit, OrgUnitInput(
        name="BKPSDM", kind="badan")).id
    ctx.set_user(ADMIN)
    office.people = ctx.write(_people, office.units)
    program = ctx.write(create_program, ProgramData(
        name="Bimtek Penyusunan SKP", code="BT-SKP", default_jp=16,
        organiser="BKPSDM Kabupaten Merangin", competency_area="Manajemen kinerja"))
    office.program_id = program.id
    office.session_id = ctx.write(create_session, SessionData(
        program.id, date(YEAR, 3, 10), date(YEAR, 3, 12), angkatan="I",
        place="Aula BKPSDM", capacity=5)).id
    return office


def _people(session, actor, units: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, nama, nip, born, jk, tmt, jenis, unit, gol, jabatan, kind in PEOPLE:
        saved = create_employee(session, actor, EmployeeInput(
            nip=nip, nama=nama, tanggal_lahir=born, jenis_kelamin=jk, tmt_cpns=tmt,
            jenis_pegawai=jenis, current_unit_id=units[unit]))
        since = tmt or date(2023, 3, 1)
        add_history(session, actor, saved.id, PangkatInput(golongan_code=gol, tmt=since,
                                                           mkg_tahun=0, mkg_bulan=0))
        add_history(session, actor, saved.id, JabatanInput(
            jabatan_name=jabatan, jabatan_kind=kind,
            jenjang="ahli_muda" if kind == "fungsional_keahlian" else None,
            unit_id=units[unit], tmt=since))
        out[key] = saved.id
    return out


_TEMPLATE: list[tuple[object, Office]] = []


def training_copy(office_template, tmp_path_factory, tmp_path) -> tuple[object, Office]:
    """(a fresh copy of the training office database, its :class:`Office`)."""
    if not _TEMPLATE:
        from app.services.context import ServiceContext

        path = tmp_path_factory.mktemp("training") / "merangin.db"
        shutil.copyfile(office_template, path)
        with ServiceContext.open(str(path)) as ctx:
            _TEMPLATE.append((path, build(ctx)))
    template, office = _TEMPLATE[0]
    path = tmp_path / "merangin.db"
    shutil.copyfile(template, path)
    return path, office
