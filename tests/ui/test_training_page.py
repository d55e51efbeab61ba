"""Pelatihan: the page and its tabs in Indonesian, roles, the catalogue, external training,
the 20-JP view (drill-down, Excel export), training needs."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QTabWidget

from app.services.training import (
    ExternalTrainingData,
    add_external_training,
    add_participants,
    record_completion,
)
from tests.ui.conftest import add_user
from tests.ui.test_translations import untranslated
from tests.ui.training_page_support import (  # noqa: F401 - fixtures
    choose,
    click,
    office_fixture,
    open_page,
    replace_ask,
    settle,
    tctx_fixture,
)
from tests.ui.training_support import YEAR
from ui import i18n
from ui.dialogs.training_external_dialog import ExternalTrainingDialog
from ui.dialogs.training_person_dialog import TrainingPersonDialog
from ui.dialogs.training_program_dialog import ProgramDialog
from ui.pages import training_jp_tab, training_needs_tab


def _visit_every_tab(qtbot, page) -> None:
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        settle(qtbot, page)


def test_page_is_registered_with_five_tabs_all_in_indonesian(qtbot, tctx):
    from ui.pages.registry import load_pages

    assert "pelatihan" in [slot.key for slot, _cls in load_pages()]
    page = open_page(qtbot, tctx)
    assert page.objectName() == "page.pelatihan"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Katalog", "&Sesi", "Pelatihan &eksternal", "Rekap 20 &JP", "Kebutuhan &pengembangan"]
    _visit_every_tab(qtbot, page)
    assert untranslated(page) == []
    i18n.set_language("en")
    assert page.tabs.tabText(0) == "&Catalogue" and untranslated(page) != []
    i18n.set_language("id")
    assert untranslated(page) == []
    assert page.findChildren(QTabWidget)


def test_an_auditor_reads_but_every_write_is_off_with_the_reason(qtbot, tctx):
    add_user(tctx, "auditor1", "auditor")
    tctx.login("auditor1", "Sandi-operator-9")
    page = open_page(qtbot, tctx)
    assert page.catalog.model.rowCount() == 1  # reading is allowed
    assert not page.catalog.new_button.isEnabled()
    assert "tidak" in page.catalog.new_button.toolTip().lower()
    page.tabs.setCurrentWidget(page.sessions)
    settle(qtbot, page)
    page.sessions.table.selectRow(0)
    settle(qtbot, page)
    detail = page.sessions.detail
    for button in (page.sessions.new_button, page.sessions.edit_button, detail.add_button,
                   detail.print_list_button):
        assert not button.isEnabled() and button.toolTip()
    assert page.command_blocked("new_record")


def test_new_programme_and_a_code_already_used(qtbot, monkeypatch, tctx):
    page = open_page(qtbot, tctx)

    def duplicate(dialog):
        dialog.form.set_text("name", "Bimtek Arsip Dinamis")
        dialog.form.set_text("code", "BT-SKP")
        dialog.form.set_text("default_jp", "24")

    seen = replace_ask(monkeypatch, qtbot, ProgramDialog, duplicate)
    click(qtbot, page.catalog.new_button)
    settle(qtbot, page)
    dialog = seen[0]
    assert dialog.result_value is None
    assert "BT-SKP sudah dipakai program 'Bimtek Penyusunan SKP'" in dialog.field_error("code")

    def fine(dialog):
        dialog.form.set_text("name", "E-learning Manajemen ASN")
        choose(dialog.form, "kind", "nonklasikal")
        choose(dialog.form, "category", "manajerial")
        dialog.form.set_text("default_jp", "10")

    replace_ask(monkeypatch, qtbot, ProgramDialog, fine)
    click(qtbot, page.catalog.new_button)
    settle(qtbot, page)
    assert page.catalog.visible_names() == ["Bimtek Penyusunan SKP",
                                            "E-learning Manajemen ASN"]
    assert page.catalog.selected().name == "E-learning Manajemen ASN"
    page.catalog.search.setText("e-learn")
    assert page.catalog.visible_names() == ["E-learning Manajemen ASN"]
    click(qtbot, page.catalog.active_button)  # deactivate
    settle(qtbot, page)
    assert page.catalog.visible_names() == []  # inactive ones are hidden
    page.catalog.inactive.setChecked(True)
    settle(qtbot, page)
    assert page.catalog.visible_names() == ["E-learning Manajemen ASN"]


def test_record_training_attended_elsewhere(qtbot, monkeypatch, tctx, office):
    page = open_page(qtbot, tctx)
    tab = page.external
    page.tabs.setCurrentWidget(tab)
    tab.search.setText("siti")
    tab.find()
    settle(qtbot, page)
    assert tab.employee is not None and tab.employee.nama == "Siti Aminah"  # the only match

    def fill(dialog):
        dialog.form.set_text("name", "Pelatihan Jarak Jauh Manajemen Risiko")
        choose(dialog.form, "kind", "nonklasikal")
        choose(dialog.form, "category", "manajerial")
        dialog.form.set_text("start_date", f"02-02-{YEAR}")
        dialog.form.set_text("end_date", f"06-02-{YEAR}")
        dialog.form.set_text("jp", "12")
        dialog.form.set_text("certificate_nomor", "LAN/PJJ/0042")

    replace_ask(monkeypatch, qtbot, ExternalTrainingDialog, fill)
    click(qtbot, tab.add_button)
    settle(qtbot, page)
    assert tab.external_names() == ["Pelatihan Jarak Jauh Manajemen Risiko"]
    assert tab.jp_line.text() == f"JP tahun {date.today().year}: 12 (sesi kantor 0, di luar 12)"


def _completed_siti_andi(tctx, o):
    result = tctx.write(add_participants, o.session_id, [o.people["siti"], o.people["andi"]])
    for row in result.added:
        tctx.write(record_completion, row.id)
    tctx.write(add_external_training, o.people["siti"], ExternalTrainingData(
        "Seminar Nasional", jp=8, start_date=date(YEAR, 6, 1), end_date=date(YEAR, 6, 1)))


def test_20jp_view_drills_down_to_a_person_and_exports(qtbot, monkeypatch, tctx, office,
                                                      tmp_path):
    _path, o = office
    _completed_siti_andi(tctx, o)
    page = open_page(qtbot, tctx)
    tab = page.jp
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    units = {r.unit_name: r for r in tab.units_model.rows()}
    assert (units["Dinas Pendidikan"].employees, units["Dinas Pendidikan"].jp_total) == (3, 24)
    assert (units["Bidang Pembinaan SD"].met_target, units["BKPSDM"].jp_total) == (1, 16)
    assert "1 dari 6 pegawai wajib JP sudah memenuhi target" in tab.summary.text()
    tab.select_unit("Dinas Pendidikan")
    settle(qtbot, page)
    assert tab.people_names() == ["Eko Prasetyo"]  # Siti met 24 JP; Rina (PPPK) has none due
    tab.below_only.setChecked(False)
    settle(qtbot, page)
    assert tab.people_names() == ["Eko Prasetyo", "Rina Marlina", "Siti Aminah"]
    state = {r.nama: tab.people_model.data(tab.people_model.index(i, 7))
             for i, r in enumerate(tab.people_model.rows())}
    assert state == {"Eko Prasetyo": "Belum memenuhi", "Rina Marlina": "Tanpa target minimal",
                     "Siti Aminah": "Memenuhi"}

    opened = []
    monkeypatch.setattr(TrainingPersonDialog, "ask", classmethod(
        lambda cls, ctx, person, year, parent=None: opened.append((person.nama, year)) or True))
    requests = []
    page.navigation_requested.connect(lambda key, req: requests.append((key, req)))
    siti_row = tab.people_names().index("Siti Aminah")
    tab.people.selectRow(siti_row)
    tab.open_person()
    assert opened == [("Siti Aminah", YEAR)]
    assert requests[0][0] == "pegawai" and requests[0][1].employee_id == o.people["siti"]

    target = tmp_path / "rekap.xlsx"
    monkeypatch.setattr(training_jp_tab, "ask_export_path", lambda *a: target)
    click(qtbot, tab.export_button)
    settle(qtbot, page)
    book = load_workbook(target)
    recap, people = book.worksheets[0], book.worksheets[1]
    assert [c.value for c in recap[1]][:3] == ["No", "Unit Kerja", "Jumlah Pegawai"]
    assert [r[1] for r in people.iter_rows(min_row=2, values_only=True)] == [
        "Eko Prasetyo", "Rina Marlina", "Siti Aminah"]
    assert "baris diekspor ke" in tab.status.text()


def test_person_dialog_lists_the_training_and_the_jp_per_year(qtbot, tctx, office):
    _path, o = office
    _completed_siti_andi(tctx, o)
    from app.services.training import employee_jp

    siti = next(r for r in tctx.read(employee_jp, YEAR) if r.nama == "Siti Aminah")
    dialog = TrainingPersonDialog(tctx, siti, YEAR)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.records is not None, timeout=10_000)
    assert sorted(r.name for r in dialog.records) == ["Bimtek Penyusunan SKP",
                                                     "Seminar Nasional"]
    assert f"{YEAR}: 24 JP" in dialog.years.text()
    assert "Siti Aminah" in dialog.heading.text() and "target 20 JP" in dialog.heading.text()
    assert untranslated(dialog) == []


def test_training_needs_show_jp_gaps_and_export(qtbot, monkeypatch, tctx, office, tmp_path):
    _path, o = office
    _completed_siti_andi(tctx, o)
    page = open_page(qtbot, tctx)
    tab = page.needs
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    gaps = {n.nama: n for n in tab.shown() if n.reason_code == "jp_gap"}
    assert set(gaps) == {"Eko Prasetyo", "Budi Santoso", "Andi Saputra", "Dewi Lestari",
                         "Yusuf Hakim"}
    row = tab.shown().index(gaps["Andi Saputra"])
    assert tab.model.data(tab.model.index(row, 3)) == f"JP tahun {YEAR} baru 16 dari target 20 JP."
    assert "5 belum memenuhi target JP" in tab.counts.text()
    target = tmp_path / "kebutuhan.xlsx"
    monkeypatch.setattr(training_needs_tab, "ask_export_path", lambda *a: target)
    click(qtbot, tab.export_button)
    settle(qtbot, page)
    rows = list(load_workbook(target).worksheets[0].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(tab.shown())
    assert any(r[0] == "Andi Saputra" and r[1] == "198812122014021001" for r in rows)


def test_ctrl_n_follows_the_tab(qtbot, monkeypatch, tctx):
    page = open_page(qtbot, tctx)
    calls = []
    monkeypatch.setattr(ProgramDialog, "ask", classmethod(lambda cls, *a, **k: calls.append(
        "program")))
    page.new_record()
    assert calls == ["program"]
    page.tabs.setCurrentWidget(page.jp)
    settle(qtbot, page)
    assert page.command_blocked("new_record") == "Tidak ada yang dapat ditambahkan pada tab ini."
    page.tabs.setCurrentWidget(page.external)
    assert page.command_blocked("new_record") == "Cari dan pilih pegawai dahulu."
