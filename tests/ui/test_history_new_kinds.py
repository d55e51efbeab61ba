"""The PMK, angka kredit, luar negeri and organisasi tabs (checked at the field like the others),
the jabatan dialog's catalogue search, a refused save that stays on screen, and the error line
under a narrow number field."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from app.errors import NotFound
from app.services import histories
from app.services.histories import list_history
from app.services.reference import JabatanCatalogInput, save_jabatan
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    answer_unsaved,
    ctx_fixture,
    open_window,
    personnel_fixture,
)
from tests.ui.test_employee_detail import open_record
from tests.ui.test_history_dialog import _dialog, _pick, _type
from ui.dialogs.history_dialog import HistoryDialog


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    return answer_unsaved(monkeypatch)


def _save(qtbot, dialog) -> None:
    qtbot.waitUntil(dialog.submit_button.isEnabled, timeout=5000)
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)


def test_pmk_longer_than_the_time_served_is_said_at_the_field(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "pmk")
    assert dialog.windowTitle() == "Tambah peninjauan masa kerja"
    assert dialog.form.label("pengalaman").text() == "Pengalaman kerja (di mana, sebagai apa) *:"
    _type(qtbot, dialog, "pengalaman", "Guru honorer SDN 12 Bangko")
    _type(qtbot, dialog, "tanggal_mulai", "01-01-2007")
    _type(qtbot, dialog, "tanggal_selesai", "31-12-2008")  # 24 months served
    message = _type(qtbot, dialog, "mkg_tahun", "3")
    assert "36" in message and "24" in message  # credited 36 months of 24 served
    assert not dialog.submit_button.isEnabled()
    _type(qtbot, dialog, "mkg_tahun", "2")
    assert dialog.field_error("mkg_tahun") == ""
    _save(qtbot, dialog)
    row = ctx.read(list_history, personnel[1].people["siti"], "pmk")[0].values
    assert (row.pengalaman, row.tanggal_mulai, row.mkg_tahun, row.mkg_bulan) == (
        "Guru honorer SDN 12 Bangko", date(2007, 1, 1), 2, 0)


def test_angka_kredit_total_must_add_up(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "angka_kredit")
    assert dialog.windowTitle() == "Tambah riwayat angka kredit"
    _type(qtbot, dialog, "kredit_utama", "12,5")
    _type(qtbot, dialog, "kredit_penunjang", "2")
    assert _type(qtbot, dialog, "kredit_total", "20") != ""
    assert not dialog.submit_button.isEnabled()
    dialog.form.widget("kredit_total").clear()
    _type(qtbot, dialog, "sk_nomor", "800/PAK/2024/17")
    assert dialog.field_error("kredit_total") == ""
    _save(qtbot, dialog)
    row = ctx.read(list_history, personnel[1].people["siti"], "angka_kredit")[0].values
    assert (row.kredit_utama, row.kredit_penunjang, row.kredit_total) == (
        Decimal("12.5"), Decimal("2"), Decimal("14.5"))


def test_luar_negeri_needs_a_country_and_dates_in_order(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "luar_negeri")
    _type(qtbot, dialog, "tujuan", "Studi banding")
    dialog.form.touch_all()
    dialog.validator.validate_now()
    assert dialog.field_error("negara") != ""
    _type(qtbot, dialog, "negara", "Malaysia")
    _type(qtbot, dialog, "tanggal_mulai", "10-03-2019")
    assert _type(qtbot, dialog, "tanggal_selesai", "01-03-2019") != ""
    _type(qtbot, dialog, "tanggal_selesai", "15-03-2019")
    _save(qtbot, dialog)
    row = ctx.read(list_history, personnel[1].people["siti"], "luar_negeri")[0].values
    assert (row.negara, row.tujuan, row.tanggal_selesai) == (
        "Malaysia", "Studi banding", date(2019, 3, 15))


def test_organisasi_in_its_tab_with_the_era_label(qtbot, ctx, personnel):
    siti = personnel[1].people["siti"]
    page = open_record(qtbot, open_window(qtbot, ctx), siti)
    tab = page.detail.history_tabs["organisasi"]
    assert tab.model.headerData(0, Qt.Orientation.Horizontal) == "Masa"

    def fill(dialog_cls, ctx_, employee_id, name, spec, choices, row, parent):
        dialog = dialog_cls(ctx_, employee_id, name, spec, choices, row, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        _pick(dialog, "era", "perguruan_tinggi")
        _type(qtbot, dialog, "nama", "Himpunan Mahasiswa Islam")
        _type(qtbot, dialog, "kedudukan", "Bendahara")
        _save(qtbot, dialog)
        return dialog.result_value

    original = HistoryDialog.ask.__func__
    HistoryDialog.ask = classmethod(lambda cls, *a: fill(cls, *a))
    try:
        with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
            qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    finally:
        HistoryDialog.ask = classmethod(original)
    assert page.detail.tabs.tabText(page.detail.tabs.indexOf(tab)) == "Organisasi (1)"
    assert [tab.model.index(0, c).data() for c in range(3)] == [
        "Semasa di perguruan tinggi", "Himpunan Mahasiswa Islam", "Bendahara"]
    page.window().close()


def test_jabatan_is_searched_in_the_catalogue_and_fills_its_kind(qtbot, ctx, personnel):
    name = "Penelaah Teknis Kebijakan Merangin"  # the office's own catalogue entry
    entry = ctx.write(save_jabatan, JabatanCatalogInput(name=name, kind="pelaksana"))
    dialog = _dialog(qtbot, ctx, personnel, "jabatan")
    picker = dialog.picker
    assert picker.note.text() == "Ketik sebagian nama untuk mencari di katalog jabatan."
    edit = dialog.form.widget("jabatan_name")
    qtbot.keyClicks(edit, "teknis kebijakan")  # a middle part of the name, any case
    completer = edit.completer()
    shown = [completer.completionModel().index(i, 0).data()
             for i in range(completer.completionCount())]
    assert name in shown
    completer.activated.emit(name)
    assert edit.text() == name and picker.jabatan_id == entry.id
    assert dialog.form.widget("jabatan_kind").code() == "pelaksana"
    assert not dialog.form.widget("jabatan_kind").isEnabled()
    assert picker.note.text().startswith("Dari katalog jabatan (")
    _type(qtbot, dialog, "tmt", "01-06-2020")
    _save(qtbot, dialog)
    rows = ctx.read(list_history, personnel[1].people["siti"], "jabatan")
    saved = next(r.values for r in rows if r.values.tmt == date(2020, 6, 1))
    assert (saved.jabatan_id, saved.jabatan_name, saved.jabatan_kind) == (
        entry.id, name, "pelaksana")
    # changing another field of the row keeps its link to the catalogue
    row = next(r for r in rows if r.values.tmt == date(2020, 6, 1))
    change = _dialog(qtbot, ctx, personnel, "jabatan", row)
    assert change.picker.jabatan_id == entry.id
    assert not change.form.widget("jabatan_kind").isEnabled()
    _type(qtbot, change, "sk_nomor", "821.2/77/BKPSDM/2020")
    _save(qtbot, change)
    again = ctx.read(list_history, personnel[1].people["siti"], "jabatan")
    kept = next(r.values for r in again if r.id == row.id)
    assert (kept.jabatan_id, kept.sk_nomor) == (entry.id, "821.2/77/BKPSDM/2020")


def test_a_name_outside_the_catalogue_is_kept_as_typed(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "jabatan")
    _type(qtbot, dialog, "jabatan_name", "Koordinator Lapangan Proyek X")
    assert dialog.picker.jabatan_id is None
    assert dialog.picker.note.text().startswith("Tidak ada di katalog jabatan")
    assert dialog.form.widget("jabatan_kind").isEnabled()
    _pick(dialog, "jabatan_kind", "pelaksana")
    _type(qtbot, dialog, "tmt", "01-02-2021")
    _save(qtbot, dialog)
    rows = ctx.read(list_history, personnel[1].people["siti"], "jabatan")
    saved = next(r.values for r in rows if r.values.tmt == date(2021, 2, 1))
    assert (saved.jabatan_id, saved.jabatan_name) == (None, "Koordinator Lapangan Proyek X")


def test_a_refused_save_stays_on_screen_until_the_next_edit(qtbot, ctx, personnel, monkeypatch):
    def refuse(*_a, **_k):
        raise NotFound(what="pegawai")

    monkeypatch.setattr(histories, "add_history", refuse)
    dialog = _dialog(qtbot, ctx, personnel, "penghargaan")
    _type(qtbot, dialog, "nama", "Satyalancana Karya Satya X Tahun")
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    qtbot.wait(50)
    assert dialog.save_error() == "Data pegawai tidak ditemukan."
    assert dialog.error.isVisible() and dialog.isVisible()
    _type(qtbot, dialog, "tahun", "2020")
    assert dialog.save_error() == "" and not dialog.error.isVisible()


def test_the_error_under_a_number_field_uses_the_row_width(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "pangkat")
    dialog.resize(700, 600)
    message = _type(qtbot, dialog, "gaji_pokok", "dua juta rupiah per bulan")
    assert message == "dua juta rupiah per bulan bukan bilangan bulat."
    field = dialog.form.widget("gaji_pokok")
    line = dialog.findChild(type(dialog.picker or dialog.intro), "history.pangkat.gaji_pokok.error")
    assert field.width() == 140
    assert line.width() > 2 * field.width()
