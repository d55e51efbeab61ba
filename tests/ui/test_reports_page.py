"""Laporan page, Cetak laporan tab: choose a report, set its parameters, preview it (the PDF
read back), save it, export it to Excel (the workbook opened), roles, peta jabatan."""

from __future__ import annotations

from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.jobs import Cancelled, Progress
from app.reports.catalog import ReportRequest
from app.services.employee_query import EmployeeQuery, list_employees
from tests.ui.conftest import add_user
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    ctx_fixture,
    open_window,
    personnel_fixture,
)
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.dialogs.formasi_dialog import PetaJabatanDialog
from ui.models.report_jobs import ReportOrder, report_file, report_preview
from ui.pages import reports_tab


def laporan(qtbot, window):
    page = window.show_page("laporan")
    page.tabs.setCurrentWidget(page.reports)
    qtbot.waitUntil(lambda: page.reports.choices is not None, timeout=10_000)
    return page.reports


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)


def test_duk_preview_shows_the_letterhead_and_the_employees(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = laporan(qtbot, window)
    tab.choose("duk")
    assert tab.heading.text() == "Daftar Urut Kepangkatan (DUK)"
    assert tab.params.as_of.isVisible() and not tab.params.columns.isVisible()
    assert tab.params.paper.currentText() == "F4"  # the DUK's own paper
    click(qtbot, tab.preview_button)
    qtbot.waitUntil(lambda: tab.last_preview is not None, timeout=20_000)
    preview = tab.last_preview
    assert preview.windowTitle() == "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL" or \
        preview.page_count() >= 1
    text = pdf_text(preview.data)
    assert "PEMERINTAH KABUPATEN MERANGIN" in text
    assert "Siti Aminah" in text and "19850315 201001 2 003" in text
    assert "Rina Marlina" not in text  # PPPK have no place in the DUK
    assert tab.status.text().endswith("halaman.")
    preview.close()


def test_nominatif_exports_the_chosen_columns_in_their_order(qtbot, ctx, tmp_path,
                                                             monkeypatch):
    window = open_window(qtbot, ctx)
    tab = laporan(qtbot, window)
    tab.choose("nominatif")
    chooser = tab.params.columns
    assert chooser.isVisible()
    wanted = ["unit", "nama", "nip"]
    for i in range(chooser.list.count()):  # untick everything, then tick three
        chooser.list.item(i).setCheckState(Qt.CheckState.Unchecked)
    labels = {}
    for column_id in wanted:
        for i in range(chooser.list.count()):
            item = chooser.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == column_id:
                item.setCheckState(Qt.CheckState.Checked)
                labels[column_id] = item.text()
    unit_row = next(i for i in range(chooser.list.count())
                    if chooser.list.item(i).data(Qt.ItemDataRole.UserRole) == "unit")
    chooser.list.setCurrentRow(unit_row)
    while chooser.list.currentRow() > 0:  # "Unit Kerja" first
        click(qtbot, chooser.up_button)
    assert chooser.chosen() == ("unit", "nama", "nip")
    target = tmp_path / "nominatif.xlsx"
    monkeypatch.setattr(reports_tab, "ask_export_path", lambda *_a: target)
    click(qtbot, tab.excel_button)
    qtbot.waitUntil(lambda: tab.last_result is not None, timeout=20_000)
    sheet = load_workbook(target).worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == ["No", labels["unit"], labels["nama"], labels["nip"]]
    assert header[1:] == ["Unit Kerja", "Nama", "NIP"]
    names = {r[2] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert {"Siti Aminah", "Rina Marlina", "Budi Santoso"} <= names
    assert tab.status.text().startswith(f"Ditulis ke {target}")


def test_nominatif_filters_reach_the_report(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = laporan(qtbot, window)
    tab.choose("nominatif")
    params = tab.params
    params.golongan.set_code("III")
    params.jenis.set_code("PNS")
    params.unit.set_code(next(c.code for c in tab.choices.units if c.label == "BKPSDM"))
    request = params.request()
    assert (request.golongan, request.jenis, request.name) == ("III", "PNS", "nominatif")
    assert request.nip is None and request.month is None  # fields nominatif does not take


def test_drh_needs_an_employee_then_prints_theirs(qtbot, ctx, monkeypatch):
    window = open_window(qtbot, ctx)
    tab = laporan(qtbot, window)
    tab.choose("drh")
    click(qtbot, tab.preview_button)
    assert tab.status.text() == "Pilih pegawainya dahulu (Pilih…)."
    siti = next(r for r in ctx.read(list_employees, EmployeeQuery(text="siti")).rows)
    monkeypatch.setattr(EmployeePickerDialog, "ask", classmethod(lambda *_a, **_k: siti))
    click(qtbot, tab.params.pick_button)
    assert tab.params.nip_text.text() == "Siti Aminah — 19850315 201001 2 003"
    click(qtbot, tab.preview_button)
    qtbot.waitUntil(lambda: tab.last_preview is not None, timeout=20_000)
    text = pdf_text(tab.last_preview.data)
    assert "DAFTAR RIWAYAT HIDUP" in text and "Siti Aminah" in text
    tab.last_preview.close()


def test_a_role_without_report_printing_sees_why(qtbot, ctx):
    add_user(ctx, "audit", "auditor")
    ctx.login("audit", "Sandi-operator-9")
    window = open_window(qtbot, ctx)
    tab = window.show_page("laporan").reports
    qtbot.wait(50)
    assert not tab.preview_button.isEnabled() and not tab.excel_button.isEnabled()
    assert "Auditor" in tab.preview_button.toolTip()


def test_peta_jabatan_then_formasi(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = laporan(qtbot, window)
    tab.choose("formasi")
    assert tab.peta_button.isVisible()
    bidang = next(c.code for c in tab.choices.units if c.label == "Bidang Pembinaan SD")
    dialog = PetaJabatanDialog(ctx, tab.choices.units, bidang, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.table.rowCount() == 0
    click(qtbot, dialog.fill_button)
    qtbot.waitUntil(lambda: not dialog.busy and dialog.table.rowCount() > 0, timeout=10_000)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Pengadministrasi Umum" in names
    row = names.index("Pengadministrasi Umum")
    dialog.table.item(row, 3).setText("dua")
    click(qtbot, dialog.submit_button)
    assert dialog.errors.text() == f"Baris {row + 1}: 'dua' bukan bilangan bulat."
    dialog.table.item(row, 3).setText("5")
    click(qtbot, dialog.submit_button)
    qtbot.waitUntil(lambda: not dialog.busy and not dialog.dirty, timeout=10_000)
    assert dialog.errors.text() == ""
    assert dialog.table.item(row, 3).text() == "5"
    dialog.close()
    tab.params.unit.set_code(bidang)
    click(qtbot, tab.preview_button)
    qtbot.waitUntil(lambda: tab.last_preview is not None, timeout=20_000)
    text = pdf_text(tab.last_preview.data)
    assert "ANALISIS KEBUTUHAN FORMASI PEGAWAI" in text and "Pengadministrasi Umum" in text
    tab.last_preview.close()


def test_a_cancelled_job_leaves_no_file(ctx, tmp_path):
    order = ReportOrder(ReportRequest("nominatif"), "Mengumpulkan data…", "Halaman %1…")
    progress = Progress(lambda *_a: None)
    progress.cancel()
    folder = tmp_path / "keluaran"
    folder.mkdir()
    with pytest.raises(Cancelled):
        report_file(ctx, order, folder / "batal.pdf", progress)
    with pytest.raises(Cancelled):
        report_preview(ctx, order, progress)
    assert list(folder.iterdir()) == []
    pages: list[str] = []
    result = report_preview(ctx, order, Progress(lambda d, t, text: pages.append(text)))
    assert result.pages >= 2 and "Halaman 2…" in pages

    def stop_on_page_two(_done: int, _total: int, text: str) -> None:
        if text == "Halaman 2…":
            midway.cancel()  # the clerk presses Batal while page 2 is laid out
    midway = Progress(stop_on_page_two)
    with pytest.raises(Cancelled):
        report_file(ctx, order, folder / "batal.pdf", midway)
    assert list(folder.iterdir()) == []
