"""The Pegawai page as a clerk uses it: log in, filter by typing, open an employee, add a
pangkat history (a bad date first, then a good one), sort, choose columns, export to Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit

from app.services.employee_query import EmployeeQuery, list_employees
from app.services.histories import list_history
from tests.ui.conftest import ADMIN_PASSWORD
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    EXTRA,
    PEOPLE,
    answer_unsaved,
    ctx_fixture,
    open_window,
    pegawai,
    personnel_fixture,
    visible_names,
)
from ui.dialogs.history_dialog import HistoryDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.models.employee_table_model import EmployeeTableModel
from ui.pages import personnel_list_panel
from ui.settings import UiSettings

Col = EmployeeTableModel.Col
TOTAL = len(PEOPLE) + 1 + EXTRA


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    return answer_unsaved(monkeypatch)


def type_search(qtbot, page, text: str) -> None:
    search = page.list.filter_bar.search
    search.clear()
    qtbot.keyClicks(search, text)
    qtbot.waitUntil(lambda: not page.list.debouncer.pending and not page.list.loader.loading
                    and page.list.loader.shown_query.text == text, timeout=10_000)


def test_filter_open_employee_and_add_pangkat_history(qtbot, personnel, monkeypatch):
    path, office = personnel
    from app.services.context import ServiceContext

    ctx = ServiceContext.open(str(path))
    login = LoginDialog(ctx)
    qtbot.addWidget(login)
    login.show()
    qtbot.keyClicks(login.findChild(QLineEdit, "login.username"), "admin")
    qtbot.keyClicks(login.findChild(QLineEdit, "login.password"), ADMIN_PASSWORD)
    with qtbot.waitSignal(login.accepted, timeout=10_000):
        qtbot.mouseClick(login.submit_button, Qt.MouseButton.LeftButton)
    window = open_window(qtbot, ctx)
    page = pegawai(qtbot, window)
    assert page.list.count.text() == f"{TOTAL} pegawai"

    type_search(qtbot, page, "siti am")  # any word prefix of the name
    assert visible_names(page) == ["Siti Aminah"]
    assert page.list.count.text() == "1 pegawai"
    type_search(qtbot, page, "1985 03")  # a NIP prefix, grouped as on paper
    assert visible_names(page) == ["Siti Aminah"]

    page.list.table.setFocus()
    page.list.table.selectRow(0)
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        qtbot.keyClick(page.list.table, Qt.Key.Key_Return)
    assert page.detail.header.name.text() == "Siti Aminah"
    assert page.detail.header.value("golongan") == "Penata Muda Tingkat I (III/b), TMT 01-01-2010"
    tab = page.detail.history_tabs["pangkat"]
    page.detail.tabs.setCurrentWidget(tab)
    assert page.detail.tabs.tabText(page.detail.tabs.currentIndex()) == "Pangkat (1)"

    seen = {}

    def drive(ctx_, employee_id, name, spec, choices, row=None, parent=None):
        dialog = HistoryDialog(ctx_, employee_id, name, spec, choices, row, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        golongan = dialog.form.widget("golongan_code")
        golongan.setCurrentIndex(golongan.findData("III/c"))
        golongan.activated.emit(golongan.currentIndex())
        qtbot.keyClicks(dialog.form.widget("tmt").edit, "15-04-2014")  # not the 1st: bad
        qtbot.waitUntil(lambda: dialog.field_error("tmt") != "", timeout=5000)
        seen["error"] = dialog.field_error("tmt")
        seen["enabled"] = dialog.submit_button.isEnabled()
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)  # does nothing
        seen["rows_after_bad"] = len(ctx_.read(list_history, employee_id, "pangkat"))
        dialog.form.widget("tmt").edit.clear()
        qtbot.keyClicks(dialog.form.widget("tmt").edit, "01-04-2014")
        qtbot.waitUntil(lambda: dialog.submit_button.isEnabled(), timeout=5000)
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
        return dialog.result_value

    monkeypatch.setattr(HistoryDialog, "ask", staticmethod(drive))
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert seen == {"error": "TMT harus tanggal 1 suatu bulan; yang diisi 15-04-2014.",
                    "enabled": False, "rows_after_bad": 1}
    assert [r.values.golongan_code for r in ctx.read(list_history, office.people["siti"],
                                                     "pangkat")] == ["III/b", "III/c"]
    assert page.detail.header.value("golongan") == "Penata (III/c), TMT 01-04-2014"
    assert page.detail.tabs.tabText(page.detail.tabs.currentIndex()) == "Pangkat (2)"
    assert tab.model.rowCount() == 2
    qtbot.waitUntil(lambda: not page.list.loader.loading, timeout=10_000)
    assert page.list.model.index(0, Col.GOLONGAN).data() == "III/c"  # the list follows
    window.close()
    ctx.close()


def test_sorting_by_a_column_header_orders_the_whole_list(qtbot, ctx):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    header = page.list.table.horizontalHeader()
    header.setSortIndicator(Col.NIP, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: page.list.loader.shown_query.sort == "nip", timeout=10_000)
    assert page.list.loader.shown_query.descending
    shown = [page.list.model.row_at(r).nip for r in range(50)]
    everyone = ctx.read(list_employees, EmployeeQuery(limit=1000)).rows  # in name order
    assert shown == sorted((r.nip for r in everyone), reverse=True)[:50]
    header.setSortIndicator(Col.NIK, Qt.SortOrder.AscendingOrder)  # cannot sort on NIK
    assert header.sortIndicatorSection() == Col.NIP
    assert page.list.loader.query.sort == "nip"


def test_filters_narrow_by_unit_golongan_type_and_status(qtbot, ctx):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    bar = page.list.filter_bar
    qtbot.waitUntil(lambda: bar.unit.count() > 1, timeout=10_000)  # the choices are loaded

    def pick(combo, code):
        combo.setCurrentIndex(combo.findData(code))
        combo.activated.emit(combo.currentIndex())
        qtbot.waitUntil(lambda: not page.list.loader.loading, timeout=10_000)

    dinas = bar.unit.findText("Dinas Pendidikan")
    pick(bar.unit, bar.unit.itemData(dinas))  # the sub-unit's people count too
    assert visible_names(page) == ["Maryam", "Rina Marlina", "Siti Aminah"]
    pick(bar.jenis, "PPPK")
    assert visible_names(page) == ["Rina Marlina"]
    pick(bar.jenis, "")
    pick(bar.golongan, "III/a..III/d")
    assert visible_names(page) == ["Maryam", "Siti Aminah"]
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.list.model.total == TOTAL, timeout=10_000)


def test_columns_and_filters_are_remembered(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = pegawai(qtbot, window)
    menu = page.list.column_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    actions["personnel.column.unit"].setChecked(False)
    actions["personnel.column.nik"].setChecked(True)
    bar = page.list.filter_bar
    bar.jenis.setCurrentIndex(bar.jenis.findData("PPPK"))
    bar.jenis.activated.emit(bar.jenis.currentIndex())
    type_search(qtbot, page, "rina")
    window.close()

    again = pegawai(qtbot, open_window(qtbot, ctx))
    header = again.list.table.horizontalHeader()
    assert header.isSectionHidden(Col.UNIT) and not header.isSectionHidden(Col.NIK)
    assert again.list.filter_bar.filters().jenis_pegawai == "PPPK"
    assert again.list.filter_bar.search.text() == ""  # yesterday's search is not kept
    assert visible_names(again) == ["Rina Marlina"]
    assert UiSettings().filters("pegawai")["jenis_pegawai"] == "PPPK"


def test_export_writes_every_row_of_the_current_view(qtbot, ctx, tmp_path, monkeypatch):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    type_search(qtbot, page, "pegawai contoh")
    target = tmp_path / "daftar.xlsx"
    monkeypatch.setattr(personnel_list_panel, "ask_export_path", lambda *_a: target)
    page.list.export_button.click()
    with qtbot.waitSignal(page.list.last_export.finished, timeout=30_000):
        pass
    sheet = load_workbook(target).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("NIP", "Nama", "Golongan", "Jabatan")
    assert len(rows) == 1 + EXTRA  # every row, not only the pages on screen
    assert rows[1][0] == "197001011995011001" and isinstance(rows[1][0], str)
    assert page.list.count.text() == f"{EXTRA} baris diekspor ke {target}"


def test_header_menu_offers_every_column(qtbot, ctx):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    menu = page.list.column_menu()
    assert [a.text() for a in menu.actions()][:4] == ["NIP", "Nama", "Golongan", "Jabatan"]
    page.list.table.horizontalHeader().customContextMenuRequested.emit(QPoint(5, 5))
    for n in range(len(menu.actions())):
        page.list.set_column_visible(n, False)
    assert page.list.visible_columns() != []  # the last column stays


def test_shortcuts_focus_search_and_start_a_new_employee(qtbot, ctx, monkeypatch):
    from ui.dialogs.employee_new_dialog import NewEmployeeDialog

    window = open_window(qtbot, ctx)
    page = pegawai(qtbot, window)
    assert window.run_command("search_focus")
    assert page.list.filter_bar.search.hasFocus()
    asked = []
    monkeypatch.setattr(NewEmployeeDialog, "ask",
                        staticmethod(lambda *a, **k: asked.append(a) or None))
    assert window.run_command("new_record")
    assert len(asked) == 1
    assert window.findChild(type(page.list.new_button), "personnel.new").isEnabled()


def test_export_path_gets_the_excel_suffix(monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog, QWidget

    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("/tmp/daftar", "Excel (*.xlsx)")))
    widget = QWidget()
    qtbot.addWidget(widget)
    assert personnel_list_panel.ask_export_path(widget, "x", Path("a.xlsx")) == Path(
        "/tmp/daftar.xlsx")


def test_a_selection_asked_during_a_reload_waits_for_its_rows(qtbot, ctx, personnel):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    andi = personnel[1].people["andi"]
    assert page.list.selected_row() is None
    page.list.reload()
    assert page.list.loader.loading
    page.list.select_employee(andi)  # the old rows are about to be replaced: not now
    assert page.list.selected_row() is None
    qtbot.waitUntil(lambda: page.list.selected_row() is not None, timeout=10_000)
    assert page.list.selected_row().id == andi and not page.list.loader.loading
    page.window().close()


def test_a_reload_keeps_the_selected_employee(qtbot, ctx, personnel):
    page = pegawai(qtbot, open_window(qtbot, ctx))
    budi = personnel[1].people["budi"]
    page.list.select_employee(budi)
    assert page.list.selected_row().id == budi
    page.list.reload()
    qtbot.waitUntil(lambda: not page.list.loader.loading, timeout=10_000)
    assert page.list.selected_row() is not None and page.list.selected_row().id == budi
    page.window().close()
