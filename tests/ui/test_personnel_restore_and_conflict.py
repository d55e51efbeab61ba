"""Restoring a deleted employee from the list (a verifikator; an operator does not see the
deleted ones) and two clerks saving the same record (the later save is refused, reload offered).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.employee_detail import employee_detail
from app.services.histories import PangkatInput, add_history
from app.services.personnel import delete_employee, update_employee
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    ctx_fixture,
    open_window,
    pegawai,
    personnel_fixture,
)
from tests.ui.test_employee_detail import _ctx, open_record
from tests.ui.test_employee_detail import unsaved_answers as unsaved_answers  # noqa: F401
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog


def _wait_loaded(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.list.loader.loading and page.list.model.exact,
                    timeout=10_000)


def test_verifikator_lists_the_deleted_and_restores_one(qtbot, personnel, monkeypatch):
    ctx = _ctx(personnel, "verifikator")
    andi = personnel[1].people["andi"]
    ctx.write(delete_employee, andi, "Terhapus karena dikira dobel")
    page = pegawai(qtbot, open_window(qtbot, ctx))
    bar = page.list.filter_bar
    assert bar.show_deleted.isVisible() and bar.show_deleted.text() == "Tampilkan yang dihapus"
    assert not page.list.restore_button.isVisible()
    bar.show_deleted.setChecked(True)
    _wait_loaded(qtbot, page)
    assert page.list.model.total == 1 and page.list.showing_deleted
    assert page.list.count.text() == "1 pegawai yang dihapus: pilih satu untuk memulihkannya"
    assert page.list.restore_button.isVisible() and not page.list.open_button.isVisible()
    assert not page.list.restore_button.isEnabled()
    assert page.list.restore_button.toolTip() == "Pilih dulu pegawai yang dihapus."
    page.list.table.selectRow(0)
    assert page.list.restore_button.isEnabled()
    asked = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", staticmethod(
        lambda parent, title, question, action, prompt=None:
        asked.append((title, question, action, prompt)) or "Bukan dobel, salah hapus"))
    qtbot.mouseClick(page.list.restore_button, Qt.MouseButton.LeftButton)
    title, question, action, prompt = asked[0]
    assert (title, action, prompt) == ("Pulihkan pegawai", "&Pulihkan",
                                       "&Alasan (disimpan di log audit):")
    assert question.startswith("Pulihkan Andi Saputra (19881212 201402 1 001)?")
    # back on the current employees, on Andi
    qtbot.waitUntil(lambda: not page.list.showing_deleted and not page.list.loader.loading,
                    timeout=10_000)
    assert not bar.show_deleted.isChecked()
    qtbot.waitUntil(lambda: page.list.selected_row() is not None, timeout=10_000)
    assert page.list.selected_row().id == andi
    assert ctx.read(employee_detail, andi).nama_lengkap == "Andi Saputra"
    page.window().close()
    ctx.close()


def test_a_cancelled_restore_changes_nothing(qtbot, personnel, monkeypatch):
    ctx = _ctx(personnel, "verifikator")
    andi = personnel[1].people["andi"]
    ctx.write(delete_employee, andi, "Terhapus karena dikira dobel")
    page = pegawai(qtbot, open_window(qtbot, ctx))
    page.list.filter_bar.show_deleted.setChecked(True)
    _wait_loaded(qtbot, page)
    page.list.table.selectRow(0)
    monkeypatch.setattr(DeleteReasonDialog, "ask", staticmethod(lambda *a: None))
    page.list.restore_selected()
    assert page.list.showing_deleted and page.list.model.total == 1
    page.window().close()
    ctx.close()


def test_an_operator_is_not_offered_the_deleted(qtbot, personnel):
    ctx = _ctx(personnel, "operator")
    page = pegawai(qtbot, open_window(qtbot, ctx))
    assert not page.list.filter_bar.show_deleted.isVisibleTo(page)
    assert page.list.filter_bar.filters().deleted is False
    page.window().close()
    ctx.close()


def test_a_save_over_a_newer_record_is_refused_and_reload_shows_it(qtbot, ctx, personnel):
    siti = personnel[1].people["siti"]
    page = open_record(qtbot, open_window(qtbot, ctx), siti)
    tab = page.detail.data_tab
    other = _ctx(personnel, "operator")  # a second clerk on the LAN saves first
    other.write(update_employee, siti, {"tempat_lahir": "Sarolangun"})
    other.close()
    tab.form.set_text("tempat_lahir", "Bangko")
    tab.validator.validate_now()
    tab.save()
    qtbot.waitUntil(lambda: not tab.busy, timeout=10_000)
    assert tab.error.isVisible()
    assert tab.error.text().startswith(
        "Data pegawai ini sudah diubah oleh Pengguna Pegawai1 (pegawai1) pada ")
    assert tab.reload_button.isVisible() and tab.reload_button.text() == "&Muat ulang data"
    assert ctx.read(employee_detail, siti).values.tempat_lahir == "Sarolangun"
    assert tab.dirty  # the clerk's typing is still there until they choose to reload
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        qtbot.mouseClick(tab.reload_button, Qt.MouseButton.LeftButton)
    assert tab.form.widget("tempat_lahir").text() == "Sarolangun"
    assert not tab.error.isVisible() and not tab.reload_button.isVisible() and not tab.dirty
    tab.form.set_text("tempat_lahir", "Bangko")
    tab.validator.validate_now()
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        tab.save()
    assert ctx.read(employee_detail, siti).values.tempat_lahir == "Bangko"
    page.window().close()


def test_own_history_write_does_not_make_the_open_form_stale(qtbot, ctx, personnel):
    siti = personnel[1].people["siti"]
    page = open_record(qtbot, open_window(qtbot, ctx), siti)
    tab = page.detail.data_tab
    tab.form.set_text("tempat_lahir", "Bangko")
    tab.validator.validate_now()
    # a pangkat saved from this record's tab (it refreshes the employee's current golongan)
    ctx.write(add_history, siti, PangkatInput(golongan_code="III/c", tmt=date(2018, 4, 1),
                                              mkg_tahun=8, mkg_bulan=0))
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.detail.history_tabs["pangkat"].changed.emit("")
    assert tab.dirty and tab.form.widget("tempat_lahir").text() == "Bangko"
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        tab.save()
    assert not tab.error.isVisible()
    detail = ctx.read(employee_detail, siti)
    assert (detail.values.tempat_lahir, detail.golongan) == ("Bangko", "III/c")
    page.window().close()
