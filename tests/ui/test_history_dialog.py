"""History dialogs: the service's rules shown at the field while typing, nothing saved until
valid, changing and deleting rows, and every dialog in Indonesian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.histories import list_history
from app.services.ui_support import employee_view, personnel_choices
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    answer_unsaved,
    ctx_fixture,
    personnel_fixture,
)
from tests.ui.test_main_window import _nameless
from tests.ui.test_translations import untranslated
from ui import i18n
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.employee_new_dialog import NewEmployeeDialog
from ui.dialogs.employee_unsaved_dialog import Choice
from ui.dialogs.history_dialog import HistoryDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_history_specs import HISTORY_SPECS, SPEC_BY_KEY
from ui.widgets.history_tab import HistoryTab


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    return answer_unsaved(monkeypatch)


def _dialog(qtbot, ctx, personnel, kind: str, row=None) -> HistoryDialog:
    choices = EmployeeChoices(ctx.read(personnel_choices), "PNS")
    dialog = HistoryDialog(ctx, personnel[1].people["siti"], "Siti Aminah", SPEC_BY_KEY[kind],
                           choices, row)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, dialog, field: str, text: str) -> str:
    widget = dialog.form.widget(field)
    edit = getattr(widget, "edit", widget)
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: not dialog.validator.pending, timeout=5000)
    return dialog.field_error(field)


def _pick(dialog, field: str, code: str) -> None:
    combo = dialog.form.widget(field)
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


@pytest.mark.parametrize(("text", "message"), [
    ("15-04-2014", "TMT harus tanggal 1 suatu bulan; yang diisi 15-04-2014."),
    ("31-02-2014", "31-02-2014: tanggal itu tidak ada di kalender."),
    ("1 April 2014", "1 April 2014 bukan tanggal; tulis hari-bulan-tahun, mis. 15-03-1985."),
    ("01-01-2001", "Tanggal 01-01-2001 lebih awal dari ulang tahun ke-18 pegawai (15-03-2003)."),
])
def test_bad_pangkat_dates_are_said_at_the_field_and_nothing_is_saved(
        qtbot, ctx, personnel, text, message):
    dialog = _dialog(qtbot, ctx, personnel, "pangkat")
    _pick(dialog, "golongan_code", "III/c")
    assert _type(qtbot, dialog, "tmt", text) == message
    assert not dialog.submit_button.isEnabled()
    dialog.submit()  # Enter on the form: checked again, refused
    qtbot.wait(50)
    assert not dialog.busy and dialog.result_value is None
    assert len(ctx.read(list_history, personnel[1].people["siti"], "pangkat")) == 1


def test_required_fields_are_named_in_the_disabled_button_tooltip(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "pangkat")
    assert not dialog.submit_button.isEnabled()
    assert dialog.submit_button.toolTip() == "Belum bisa disimpan; periksa: Golongan, TMT"
    assert dialog.field_error("tmt") == ""  # untouched fields are not marked yet
    assert dialog.form.label("tmt").text() == "TMT *:"


def test_a_duplicate_pangkat_is_refused(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "pangkat")
    _pick(dialog, "golongan_code", "III/b")
    _type(qtbot, dialog, "tmt", "01-01-2010")
    assert dialog.field_error("golongan_code") == (
        "Riwayat yang sama sudah ada (III/b, 01-01-2010); ubah data itu, jangan dicatat dua "
        "kali.")


def test_changing_a_row_saves_the_new_values(qtbot, ctx, personnel):
    siti = personnel[1].people["siti"]
    row = ctx.read(list_history, siti, "pangkat")[0]
    dialog = _dialog(qtbot, ctx, personnel, "pangkat", row)
    assert dialog.windowTitle() == "Ubah riwayat pangkat"
    assert dialog.form.widget("tmt").text() == "01-01-2010"
    assert _type(qtbot, dialog, "sk_nomor", "823.3/101/BKPSDM/2010") == ""
    assert _type(qtbot, dialog, "gaji_pokok", "2.579.400") == ""
    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10_000)
    saved = ctx.read(list_history, siti, "pangkat")[0].values
    assert (saved.sk_nomor, saved.gaji_pokok, saved.golongan_code) == (
        "823.3/101/BKPSDM/2010", 2579400, "III/b")


def test_a_number_field_says_what_is_wrong(qtbot, ctx, personnel):
    dialog = _dialog(qtbot, ctx, personnel, "pangkat")
    assert _type(qtbot, dialog, "gaji_pokok", "dua juta") == "dua juta bukan bilangan bulat."
    assert _type(qtbot, dialog, "mkg_bulan", "14") == "Nilai 14 di luar batas 0–11."


def test_cancelling_typed_input_asks_first(qtbot, ctx, personnel, unsaved_answers):
    answers, asked = unsaved_answers
    dialog = _dialog(qtbot, ctx, personnel, "penghargaan")
    _type(qtbot, dialog, "nama", "Satyalancana Karya Satya X Tahun")
    answers.append(Choice.CANCEL)
    dialog.reject()
    assert dialog.isVisible() and asked == ["Tambah penghargaan"]
    answers.append(Choice.DISCARD)
    dialog.reject()
    assert not dialog.isVisible()
    assert ctx.read(list_history, personnel[1].people["siti"], "penghargaan") == []


def test_deleting_a_row_asks_for_the_reason(qtbot, ctx, personnel, monkeypatch):
    siti = personnel[1].people["siti"]
    view = ctx.read(employee_view, siti)
    tab = HistoryTab(ctx, SPEC_BY_KEY["jabatan"], EmployeeChoices(ctx.read(personnel_choices)))
    qtbot.addWidget(tab)
    tab.show_rows(siti, "Siti Aminah", tab.choices, view.detail.history("jabatan"))
    assert not tab.delete_button.isEnabled()
    assert tab.delete_button.toolTip() == "Pilih dulu satu baris di tabel."
    tab.table.selectRow(0)
    questions = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", staticmethod(
        lambda parent, title, question, action: questions.append((title, action)) or None))
    tab.delete()
    assert questions == [("Hapus riwayat jabatan", "&Hapus")]
    assert len(ctx.read(list_history, siti, "jabatan")) == 1  # cancelled: still there
    monkeypatch.setattr(DeleteReasonDialog, "ask",
                        staticmethod(lambda *a: "SK mutasi dibatalkan"))
    with qtbot.waitSignal(tab.changed):
        tab.delete()
    assert ctx.read(list_history, siti, "jabatan") == []


def test_the_reason_dialog_needs_a_real_reason(qtbot):
    dialog = DeleteReasonDialog("Hapus pegawai", "Hapus Budi?", "&Hapus pegawai")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.reason, "Pindah ke Kota Jambi")
    assert dialog.ok.isEnabled() and dialog.text() == "Pindah ke Kota Jambi"


def test_new_employee_dialog_checks_the_nip_part_by_part(qtbot, ctx):
    dialog = NewEmployeeDialog(ctx, EmployeeChoices(ctx.read(personnel_choices)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert _type(qtbot, dialog, "nip", "198503152010012003") == (
        "NIP 198503152010012003 sudah dipakai oleh Siti Aminah (Bidang Pembinaan SD).")
    assert _type(qtbot, dialog, "nip", "198503152010132003") == (
        "Bulan TMT CPNS pada NIP (digit 13–14: 13) harus 01–12, atau kode PPPK 21 ke atas.")
    assert not dialog.submit_button.isEnabled()


def test_every_personnel_dialog_is_indonesian(qtbot, ctx, personnel):
    makers = [lambda s=spec: _dialog(qtbot, ctx, personnel, s.key) for spec in HISTORY_SPECS]
    makers.append(lambda: NewEmployeeDialog(ctx, EmployeeChoices(ctx.read(personnel_choices))))
    makers.append(lambda: DeleteReasonDialog("Hapus", "Hapus?", "&Hapus"))
    for make in makers:
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert untranslated(dialog) == [], dialog.windowTitle()
        assert _nameless(dialog) == [], dialog.windowTitle()  # objectName + accessible name
        i18n.set_language("en")
        assert untranslated(dialog) != [], dialog.windowTitle()
        i18n.set_language("id")
        assert untranslated(dialog) == [], dialog.windowTitle()


def test_closing_from_code_does_not_ask(qtbot, ctx, personnel, unsaved_answers):
    answers, asked = unsaved_answers
    dialog = _dialog(qtbot, ctx, personnel, "penghargaan")
    _type(qtbot, dialog, "nama", "Satyalancana Karya Satya")
    answers.append(Choice.CANCEL)  # would keep it open, were it asked
    dialog.close()  # the program closes it (ending, a test tearing down)
    assert asked == [] and not dialog.isVisible()
    assert ctx.read(list_history, personnel[1].people["siti"], "penghargaan") == []
