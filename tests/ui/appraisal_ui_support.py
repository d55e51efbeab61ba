"""A small office for the Kinerja screen tests, built through the services once per run and
copied per test, plus helpers that drive the page and its dialogs with their real widgets.

Kabupaten Merangin (15.02)::

    Dinas Pendidikan          Hasan Basri, S.Pd., M.Si. (JPT pratama, IV/c)
      Bidang Pembinaan SD     Drs. Ahmad Fauzi (administrator, IV/a),
                              Siti Aminah, S.E. (pelaksana, III/b), Rina Marlina (PPPK, JF)
    BKPSDM                    Budi Santoso (pelaksana, III/d) — no head: no suggested penilai

The year's periods (quarterly) exist; no SKP yet.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import Qt

from app.services.appraisal import create_periods
from app.services.employee_input import EmployeeInput
from app.services.histories import JabatanInput, PangkatInput, add_history
from app.services.org import OrgUnitInput, create_org_unit
from app.services.personnel import create_employee
from app.services.roles import CurrentUser, Role
from tests.ui.conftest import ADMIN_PASSWORD, submit

YEAR = date.today().year
WAIT = 15_000
ORG_EDITOR = CurrentUser(None, "penata.org", "Penata Organisasi", Role.STEWARD, "15.02")
ADMIN = CurrentUser(None, "admin", "Admin Kantor", Role.ADMIN, "15.02")

PEOPLE = (
    # key, nama, gelar depan, gelar belakang, nip, unit, golongan, jabatan, kind, jenis
    ("kadis", "Hasan Basri", None, "S.Pd., M.Si.", "196805121990031004", "dinas", "IV/c",
     "Kepala Dinas Pendidikan", "jpt_pratama", "PNS"),
    ("kabid", "Ahmad Fauzi", "Drs.", None, "197511202000031003", "bidang", "IV/a",
     "Kepala Bidang Pembinaan SD", "administrator", "PNS"),
    ("siti", "Siti Aminah", None, "S.E.", "198503152010012003", "bidang", "III/b",
     "Pengadministrasi Umum", "pelaksana", "PNS"),
    ("rina", "Rina Marlina", None, None, "199002142023212011", "bidang", "IX",
     "Guru Ahli Pertama", "fungsional_keahlian", "PPPK"),
    ("budi", "Budi Santoso", None, None, "197901012005011002", "bkpsdm", "III/d",
     "Analis Kepegawaian", "pelaksana", "PNS"),
)


@dataclass
class Office:
    units: dict[str, str] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)


def _people(session, actor, units: dict[str, str]) -> dict[str, str]:
    out = {}
    for key, nama, depan, belakang, nip, unit, gol, jabatan, kind, jenis in PEOPLE:
        born = date(int(nip[:4]), int(nip[4:6]), int(nip[6:8]))
        tmt = date(int(nip[8:12]), int(nip[12:14]), 1) if jenis == "PNS" else None
        saved = create_employee(session, actor, EmployeeInput(
            nip=nip, nama=nama, gelar_depan=depan, gelar_belakang=belakang,
            tanggal_lahir=born, jenis_kelamin="P" if nip[14] == "2" else "L", tmt_cpns=tmt,
            jenis_pegawai=jenis, current_unit_id=units[unit]))
        since = tmt or date(2023, 3, 1)
        add_history(session, actor, saved.id, PangkatInput(golongan_code=gol, tmt=since,
                                                           mkg_tahun=0, mkg_bulan=0))
        add_history(session, actor, saved.id, JabatanInput(
            jabatan_name=jabatan, jabatan_kind=kind,
            jenjang="ahli_pertama" if kind.startswith("fungsional") else None,
            unit_id=units[unit], tmt=since))
        out[key] = saved.id
    return out


def build_office(ctx) -> Office:
    office = Office()
    user = ctx.user
    ctx.set_user(ORG_EDITOR)
    try:
        dinas = ctx.write(create_org_unit, OrgUnitInput(name="Dinas Pendidikan", kind="dinas"))
        office.units["dinas"] = dinas.id
        office.units["bidang"] = ctx.write(create_org_unit, OrgUnitInput(
            name="Bidang Pembinaan SD", kind="bidang", parent_id=dinas.id)).id
        office.units["bkpsdm"] = ctx.write(create_org_unit, OrgUnitInput(
            name="BKPSDM", kind="badan")).id
        ctx.set_user(ADMIN)
        office.people = ctx.write(_people, office.units)
        ctx.write(create_periods, YEAR)
    finally:
        ctx.set_user(user)
    return office


_TEMPLATE: list[tuple[object, Office]] = []


def office_copy(office_template, tmp_path_factory, tmp_path) -> tuple[object, Office]:
    """(path of a fresh copy of the appraisal office, :class:`Office`)."""
    if not _TEMPLATE:
        from app.services.context import ServiceContext

        path = tmp_path_factory.mktemp("kinerja") / "merangin.db"
        shutil.copyfile(office_template, path)
        with ServiceContext.open(str(path)) as ctx:
            ctx.set_user(ADMIN)
            _TEMPLATE.append((path, build_office(ctx)))
    template, office = _TEMPLATE[0]
    path = tmp_path / "merangin.db"
    shutil.copyfile(template, path)
    return path, office


def open_ctx(path, username: str = "admin", password: str = ADMIN_PASSWORD):
    from app.services.context import ServiceContext

    ctx = ServiceContext.open(str(path))
    ctx.login(username, password)
    return ctx


# --- driving the page ------------------------------------------------------------------------

def open_page(qtbot, ctx):
    from ui.pages.appraisal_page import AppraisalPage

    page = AppraisalPage(ctx)
    qtbot.addWidget(page)
    page.resize(1340, 720)
    page.show()
    page.page_shown()
    qtbot.waitUntil(lambda: page.ready, timeout=WAIT)
    settle(qtbot, page)
    return page


def settle(qtbot, page) -> None:
    """Wait until every read and write of the page has finished."""
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT)


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def replace_ask(monkeypatch, qtbot, cls, fill, submit_it: bool = True) -> list:
    """``cls.ask`` builds the real dialog (through ``run_dialog``), ``fill(dialog)`` types
    into it, then its main button is clicked; the dialogs seen are returned."""
    seen: list = []

    def run_dialog(klass, make):
        dialog = make()
        qtbot.addWidget(dialog)
        seen.append(dialog)
        fill(dialog)
        dialog.validator.validate_now()
        if submit_it:
            submit(qtbot, dialog)
        return dialog.result_value

    monkeypatch.setattr(cls, "run_dialog", classmethod(run_dialog))
    return seen


def choose(form, name: str, code: str) -> None:
    """Pick ``code`` in a choice field as the clerk would."""
    form.widget(name).set_code(code)
    form._on_widget_edited(name)


def type_into(form, name: str, text: str) -> None:
    widget = form.widget(name)
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
        form._on_widget_edited(name)
    else:
        form.set_text(name, text)
