"""A small office for the personnel screen tests, built through the services.

Kabupaten Merangin (15.02) with::

    Dinas Pendidikan
      Bidang Pembinaan SD     Siti Aminah (III/b), Rina Marlina (PPPK IX)
      (and Maryam, III/d, retiring in about three months)
    BKPSDM                    Budi Santoso (III/d), Andi Saputra (III/a), + ``extra`` clerks
                              "Pegawai Contoh 0000"… (II/c)

Worked examples of domain.md §1: NIP = birth date, TMT CPNS year+month, gender, sequence.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date

import pytest

from app.services.employee_input import EmployeeInput
from app.services.histories import JabatanInput, PangkatInput, add_history
from app.services.org import OrgUnitInput, create_org_unit
from app.services.personnel import create_employee
from app.services.roles import CurrentUser, Role
from tests.ui.conftest import ADMIN_PASSWORD

ORG_EDITOR = CurrentUser(None, "penata.org", "Penata Organisasi", Role.STEWARD, "15.02")
ADMIN = CurrentUser(None, "admin", "Admin Kantor", Role.ADMIN, "15.02")
EXTRA = 220  # with PEOPLE: two pages of the lazy list

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
    """Units and employees (with a pangkat and a jabatan each); the org units are made by a
    steward (only that role may), the rest by an admin, all through the services."""
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
        ctx.set_user(ADMIN)
        office.people = ctx.write(_add_people, office.units, extra)
    finally:
        ctx.set_user(user)
    return office


def retiring_person(today: date | None = None) -> tuple:
    """Maryam, a pelaksana (BUP 58) whose TMT pensiun falls in about three months."""
    today = today or date.today()
    born = date(today.year - 58, today.month, 10)
    born = date(born.year + (born.month + 2) // 12, (born.month + 2) % 12 + 1, 10)
    tmt = date(born.year + 22, born.month, 1)
    nip = f"{born:%Y%m%d}{tmt:%Y%m}2001"
    return ("maryam", "Maryam", nip, None, born, "P", tmt, "PNS", "bidang_sd", "III/d",
            "Pengadministrasi Umum")


def _add_people(session, actor, units: dict[str, str], extra: int) -> dict[str, str]:
    people = {}
    for key, nama, nip, nik, born, jk, tmt, jenis, unit, gol, jabatan in (*PEOPLE,
                                                                          retiring_person()):
        people[key] = _person(session, actor, units, nama, nip, nik, born, jk, tmt, jenis,
                              unit, gol, jabatan)
    for n in range(extra):
        born = date(1970 + n % 25, 1 + n % 12, 1 + n % 28)
        tmt = date(born.year + 25, 1 + n % 12, 1)
        nip = f"{born:%Y%m%d}{tmt:%Y%m}1{1 + n // 300:03d}"
        people[f"extra{n}"] = _person(session, actor, units, f"Pegawai Contoh {n:04d}", nip,
                                      None, born, "L", tmt, "PNS", "bkpsdm", "II/c",
                                      "Pengadministrasi Umum")
    return people


def _person(session, actor, units, nama, nip, nik, born, jk, tmt, jenis, unit, gol,
            jabatan) -> str:
    saved = create_employee(session, actor, EmployeeInput(
        nip=nip, nik=nik, nama=nama, tanggal_lahir=born, jenis_kelamin=jk, tmt_cpns=tmt,
        jenis_pegawai=jenis, current_unit_id=units[unit]))
    since = tmt or date(2023, 3, 1)
    add_history(session, actor, saved.id, PangkatInput(golongan_code=gol, tmt=since,
                                                       mkg_tahun=0, mkg_bulan=0))
    kind = "fungsional_keahlian" if "Ahli" in jabatan else "pelaksana"
    add_history(session, actor, saved.id, JabatanInput(
        jabatan_name=jabatan, jabatan_kind=kind,
        jenjang="ahli_pertama" if "Ahli" in jabatan else None, unit_id=units[unit], tmt=since))
    return saved.id


# --- fixtures (import them into a test module) ----------------------------------------------

_TEMPLATE: list[tuple[object, Office]] = []  # built once per run, shared by every module


def _personnel_template(office_template, tmp_path_factory) -> tuple[object, Office]:
    """The office database of tests/ui/conftest.py with :data:`PEOPLE` and :data:`EXTRA`
    more clerks (the list needs more than two pages)."""
    if not _TEMPLATE:
        from app.services.context import ServiceContext

        path = tmp_path_factory.mktemp("personnel") / "merangin.db"
        shutil.copyfile(office_template, path)
        with ServiceContext.open(str(path)) as ctx:
            ctx.set_user(ADMIN)
            _TEMPLATE.append((path, build_office(ctx, extra=EXTRA)))
    return _TEMPLATE[0]


def personnel_copy(office_template, tmp_path_factory, tmp_path) -> tuple[object, Office]:
    """(path of a fresh copy of the personnel database, :class:`Office`); a test module makes
    it its ``personnel`` fixture (:func:`personnel_fixture` does)."""
    template, office = _personnel_template(office_template, tmp_path_factory)
    path = tmp_path / "merangin.db"
    shutil.copyfile(template, path)
    return path, office


def open_ctx(path, username: str = "admin", password: str = ADMIN_PASSWORD):
    from app.services.context import ServiceContext

    ctx = ServiceContext.open(str(path))
    ctx.login(username, password)
    return ctx


@pytest.fixture(name="personnel")
def personnel_fixture(_office_template, tmp_path_factory, tmp_path):
    """(path, :class:`Office`) of a fresh copy of the personnel database; a test module
    imports ``personnel_fixture`` (and ``ctx_fixture``) by name."""
    return personnel_copy(_office_template, tmp_path_factory, tmp_path)


@pytest.fixture(name="ctx")
def ctx_fixture(personnel):
    """A ServiceContext on the personnel database, the admin logged in."""
    context = open_ctx(personnel[0])
    yield context
    context.close()


# --- driving the window ---------------------------------------------------------------------

def answer_unsaved(monkeypatch) -> tuple[list, list]:
    """Replace the unsaved-changes question: (answers to give, in order — Buang when none
    is left; the records asked about)."""
    from ui.dialogs.employee_unsaved_dialog import Choice, UnsavedChangesDialog

    answers: list = []
    asked: list[str] = []

    def ask(parent, what):
        asked.append(what)
        return answers.pop(0) if answers else Choice.DISCARD

    monkeypatch.setattr(UnsavedChangesDialog, "ask", staticmethod(ask))
    return answers, asked


def open_window(qtbot, ctx):
    from ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def pegawai(qtbot, window):
    page = window.show_page("pegawai")
    qtbot.waitUntil(lambda: page.list.model.total > 0 and not page.list.loader.loading
                    and page.list.model.exact, timeout=10_000)
    return page


def visible_names(page) -> list[str]:
    model = page.list.model
    column = model.column_of("nama")
    return [model.index(r, column).data() for r in range(model.rowCount())]


