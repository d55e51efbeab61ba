"""The Kinerja screen driven through its widgets: an SKP filled in, rated (the predikat shown
live), finalised and printed (the PDF read back); role-aware buttons; a final SKP read-only
except through a logged correction; the unit's distribution warning; the 9-box."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from app.services import appraisal as a
from app.services.employee_query import employee_row
from tests.ui.appraisal_ui_support import (
    YEAR,
    choose,
    click,
    office_copy,
    open_ctx,
    open_page,
    replace_ask,
    settle,
    type_into,
)
from tests.ui.conftest import add_user
from tests.ui.test_translations import untranslated
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_unit_dialogs import PrintDialog
from ui.dialogs.skp_new_dialog import NewSkpDialog
from ui.dialogs.skp_plan_dialogs import IndicatorDialog, RhkDialog
from ui.pages import appraisal_print, appraisal_skp_panel
from ui.pages.registry import load_pages


@pytest.fixture(autouse=True)
def _never_ask_about_unsaved_input(monkeypatch):
    """A dialog closed at teardown with typed input must not wait for an answer."""
    from ui.dialogs.employee_unsaved_dialog import Choice, UnsavedChangesDialog

    monkeypatch.setattr(UnsavedChangesDialog, "ask",
                        classmethod(lambda cls, *a, **k: Choice.DISCARD))


def _office(_office_template, tmp_path_factory, tmp_path):
    return office_copy(_office_template, tmp_path_factory, tmp_path)


def _pick(monkeypatch, ctx, employee_id):
    row = ctx.read(employee_row, employee_id)
    monkeypatch.setattr(EmployeePickerDialog, "ask", classmethod(lambda cls, *a, **k: row))


def _preview(monkeypatch) -> list:
    shown: list = []
    monkeypatch.setattr(appraisal_print.pdf_preview, "show_pdf",
                        lambda parent, data, title, name: shown.append((data, title, name)))
    return shown


def _text(data: bytes) -> str:
    from io import BytesIO

    return " ".join(" ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages).split())


def test_page_is_registered_and_in_indonesian(qtbot, _office_template, tmp_path_factory,
                                              tmp_path):
    path, _o = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    assert "kinerja" in [slot.key for slot, _cls in load_pages()]
    page = open_page(qtbot, ctx)
    assert page.objectName() == "page.kinerja"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "SKP", "Periode && capaian organisasi", "Talenta (9-box)", "Umpan balik masyarakat",
        "Riwayat pegawai"]
    for i in range(page.tabs.count()):
        page.tabs.setCurrentIndex(i)
        settle(qtbot, page)
    assert untranslated(page) == []
    assert page.year() == YEAR and page.unit_id() is None
    ctx.close()


def test_fill_rate_finalise_and_print_an_skp(qtbot, monkeypatch, _office_template,
                                            tmp_path_factory, tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    add_user(ctx_admin := open_ctx(path), "dewi", "verifikator")
    ctx_admin.close()
    ctx = open_ctx(path)
    page = open_page(qtbot, ctx)
    # a new SKP for Siti: the penilai and atasan come from the unit structure
    _pick(monkeypatch, ctx, office.people["siti"])
    replace_ask(monkeypatch, qtbot, NewSkpDialog, lambda dialog: dialog.pick())
    click(qtbot, page.list.new_button)
    settle(qtbot, page)
    assert page.showing_skp
    editor = page.editor
    skp = editor.skp
    assert skp.pegawai.nama == "Siti Aminah, S.E." and skp.status == "draft"
    assert "Drs. Ahmad Fauzi" in editor.plan.penilai.text()
    assert "Hasan Basri, S.Pd., M.Si." in editor.plan.atasan.text()
    assert editor.badge.text() == "Draf"
    # the plan: one RHK utama with an indicator and a target
    def rhk(dialog):
        type_into(dialog.form, "text", "Terselenggaranya layanan administrasi kepegawaian")
        type_into(dialog.form, "penugasan_dari", "Kepala Bidang Pembinaan SD")

    replace_ask(monkeypatch, qtbot, RhkDialog, rhk)
    click(qtbot, editor.plan.add_utama_button)
    settle(qtbot, page)
    editor.plan.tree.setCurrentItem(editor.plan.tree.topLevelItem(0).child(0))

    def indicator(dialog):
        type_into(dialog.form, "iki", "Persentase berkas yang selesai tepat waktu")
        assert not dialog.submit_button.isEnabled()  # kuantitatif: a target is required
        type_into(dialog.form, "target", "95%")

    replace_ask(monkeypatch, qtbot, IndicatorDialog, indicator)
    click(qtbot, editor.plan.add_indicator_button)
    settle(qtbot, page)
    assert editor.plan.tree.topLevelItem(0).child(0).child(0).text(2) == "95%"
    # agree, then rate: the predikat follows the matrix live
    click(qtbot, editor.agree_button)
    settle(qtbot, page)
    assert editor.badge.text() == "Disepakati"
    assert not editor.plan.add_utama_button.isEnabled()  # the plan is fixed now
    evaluation = editor.evaluation
    evaluation.choose("di_atas", "di_bawah")
    assert evaluation.predikat.text() == "Predikat: Kurang/Misconduct"
    assert "3px solid" in evaluation.matrix.cells[("di_atas", "di_bawah")].styleSheet()
    evaluation.choose("di_atas", "di_atas")
    assert evaluation.predikat.text() == "Predikat: Sangat Baik"
    evaluation.catatan.setPlainText("Pertahankan; ikuti pelatihan analis kepegawaian.")
    click(qtbot, evaluation.save_button)
    settle(qtbot, page)
    assert editor.skp.status == "evaluated" and editor.skp.predikat == "sangat_baik"
    # the operator (admin here has every right) — a verifikator finalises
    ctx.login("dewi", "Sandi-operator-9")
    editor.retranslate()
    monkeypatch.setattr(appraisal_skp_panel, "confirm", lambda *a: True)
    click(qtbot, editor.finalize_button)
    settle(qtbot, page)
    assert editor.skp.status == "final" and editor.badge.text() == "Final"
    assert editor.locked.isVisible()
    # print the Dokumen Evaluasi from the SKP: name, grouped NIP and predikat in the PDF
    shown = _preview(monkeypatch)
    editor.print_actions["evaluasi"].trigger()
    settle(qtbot, page)
    data, title, name = shown[-1]
    text = _text(data)
    assert "Siti Aminah, S.E." in text and "19850315 201001 2 003" in text
    assert "PREDIKAT KINERJA PEGAWAI : SANGAT BAIK" in text
    assert title == "Dokumen Evaluasi Kinerja Pegawai"
    assert name == f"dokumen-evaluasi-198503152010012003-{YEAR}.pdf"
    ctx.close()


def test_an_operator_may_not_finalise_and_the_button_says_why(qtbot, _office_template,
                                                             tmp_path_factory, tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    admin = open_ctx(path)
    add_user(admin, "budi", "operator")
    skp = admin.write(a.create_skp, office.people["siti"], YEAR)
    rhk = admin.write(a.add_rhk, skp.id, a.RhkData("Layanan kepegawaian"))
    admin.write(a.add_indicator, rhk.id, a.IndicatorData("Berkas", "kuantitas", "10"))
    admin.write(a.agree_skp, skp.id)
    admin.write(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    admin.close()
    ctx = open_ctx(path, "budi", "Sandi-operator-9")
    page = open_page(qtbot, ctx)
    page.open_skp(skp.id)
    settle(qtbot, page)
    finalize = page.editor.finalize_button
    assert not finalize.isEnabled()
    assert "verifikator" in finalize.toolTip().lower() or "hak" in finalize.toolTip().lower()
    assert page.editor.evaluation.save_button.text() == "&Simpan penilaian"
    ctx.close()


def test_a_final_skp_is_read_only_except_a_logged_correction(qtbot, monkeypatch,
                                                            _office_template,
                                                            tmp_path_factory, tmp_path):
    from ui.dialogs.skp_evaluation_dialogs import CorrectionDialog

    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    skp = ctx.write(a.create_skp, office.people["siti"], YEAR)
    rhk = ctx.write(a.add_rhk, skp.id, a.RhkData("Layanan kepegawaian"))
    ctx.write(a.add_indicator, rhk.id, a.IndicatorData("Berkas", "kuantitas", "10"))
    ctx.write(a.agree_skp, skp.id)
    ctx.write(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    ctx.write(a.finalize_skp, skp.id)
    page = open_page(qtbot, ctx)
    page.open_skp(skp.id)
    settle(qtbot, page)
    editor = page.editor
    locked = [editor.plan.add_utama_button, editor.plan.penilai_button,
              editor.behaviour.expectation_button, editor.progress.add_feedback_button,
              editor.evaluation.save_button, editor.voice.response_button, editor.agree_button,
              editor.redraft_button, editor.finalize_button, editor.delete_button]
    for button in locked:
        assert not button.isEnabled(), button.objectName()
    assert "koreksi" in editor.plan.add_utama_button.toolTip().lower()
    assert not editor.evaluation.hasil.button(0).isEnabled()
    assert editor.correct_button.isEnabled()

    def correct(dialog):
        choose(dialog.form, "rating_hasil_kerja", "di_bawah")
        assert dialog.predikat.text() == "Predikat: Butuh Perbaikan"
        type_into(dialog.form, "reason", "Salah input rating hasil kerja")

    replace_ask(monkeypatch, qtbot, CorrectionDialog, correct)
    click(qtbot, editor.correct_button)
    settle(qtbot, page)
    assert editor.skp.predikat == "butuh_perbaikan" and editor.skp.status == "final"
    from app.services.audit import list_audit

    assert any(e.action == "skp-correct" for e in ctx.read(list_audit))
    ctx.close()


def test_agreeing_an_incomplete_plan_says_what_is_missing(qtbot, monkeypatch,
                                                         _office_template, tmp_path_factory,
                                                         tmp_path):
    import ui.workers

    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    skp = ctx.write(a.create_skp, office.people["siti"], YEAR)
    page = open_page(qtbot, ctx)
    page.open_skp(skp.id)
    settle(qtbot, page)
    said: list[str] = []
    monkeypatch.setattr(ui.workers, "warn", lambda parent, title, text: said.append(text))
    click(qtbot, page.editor.agree_button)
    settle(qtbot, page)
    assert "rencana hasil kerja (RHK) utama" in said[-1]
    assert page.editor.skp.status == "draft"
    ctx.close()


def test_unit_list_shows_progress_and_the_distribution_warning(qtbot, _office_template,
                                                               tmp_path_factory, tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    ctx.write(a.set_org_result, YEAR, "baik", office.units["dinas"])
    for key in ("siti", "rina", "kabid"):
        skp = ctx.write(a.create_skp, office.people[key], YEAR)
        rhk = ctx.write(a.add_rhk, skp.id, a.RhkData("Layanan"))
        ctx.write(a.add_indicator, rhk.id, a.IndicatorData("Berkas", "kuantitas", "10"))
        ctx.write(a.agree_skp, skp.id)
        ctx.write(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    page = open_page(qtbot, ctx)
    page.unit_combo.set_code(office.units["dinas"])
    page.unit_combo.edited.emit()
    settle(qtbot, page)
    tab = page.list
    assert tab.model.rowCount() == 3
    assert "4 pegawai aktif" in tab.progress_text.text()
    assert "belum ada SKP 1" in tab.progress_text.text()
    assert "dinilai 3" in tab.progress_text.text()
    assert "Capaian organisasi" in tab.org.text() and "Baik" in tab.org.text()
    assert tab.warning.isVisible() and "melebihi batas" in tab.warning.text()
    # the status filter and the name filter narrow the list
    tab.status_filter.set_code("final")
    tab.status_filter.edited.emit()
    assert tab.proxy.rowCount() == 0
    tab.status_filter.set_code(None)
    tab.status_filter.edited.emit()
    qtbot.keyClicks(tab.search, "siti")
    assert tab.proxy.rowCount() == 1
    ctx.close()


def test_unit_batch_print_puts_every_final_skp_in_one_pdf(qtbot, monkeypatch,
                                                         _office_template, tmp_path_factory,
                                                         tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    for key in ("siti", "rina"):
        skp = ctx.write(a.create_skp, office.people[key], YEAR)
        rhk = ctx.write(a.add_rhk, skp.id, a.RhkData("Layanan"))
        ctx.write(a.add_indicator, rhk.id, a.IndicatorData("Berkas", "kuantitas", "10"))
        ctx.write(a.agree_skp, skp.id)
        ctx.write(a.evaluate_skp, skp.id, "sesuai", "di_atas")
        ctx.write(a.finalize_skp, skp.id)
    page = open_page(qtbot, ctx)
    assert page.list.print_unit_button.text() == "Cetak semua &final (2)…"

    def pick_form(dialog):
        choose(dialog.form, "form", "lembar-evaluasi")
        choose(dialog.form, "paper", "F4")

    replace_ask(monkeypatch, qtbot, PrintDialog, pick_form)
    shown = _preview(monkeypatch)
    click(qtbot, page.list.print_unit_button)
    settle(qtbot, page)
    data, _title, name = shown[-1]
    reader = PdfReader(__import__("io").BytesIO(data))
    assert round(float(reader.pages[0].mediabox.height) / 72 * 25.4) == 330
    text = _text(data)
    assert "Rina Marlina" in text and "Siti Aminah, S.E." in text
    assert "EVALUASI KINERJA PEGAWAI" in text and name == f"lembar-evaluasi-{YEAR}-unit.pdf"
    ctx.close()


def test_nine_box_counts_open_the_people_in_a_box(qtbot, _office_template, tmp_path_factory,
                                                  tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    ctx.write(a.record_talent_assessment, office.people["siti"], YEAR, "tinggi",
              kinerja="di_atas", score=88)
    ctx.write(a.record_talent_assessment, office.people["kabid"], YEAR, "tinggi",
              kinerja="di_atas")
    ctx.write(a.record_talent_assessment, office.people["budi"], YEAR, "rendah",
              kinerja="di_bawah")
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.talent)
    settle(qtbot, page)
    nine = page.talent.nine
    assert nine.count(9) == 2 and nine.count(1) == 1 and nine.count(5) == 0
    assert nine.cells[9].text() == "Kotak 9\n2 orang"
    qtbot.mouseClick(nine.cells[9], Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    names = [r.nama for r in page.talent.model.rows()]
    assert names == ["Ahmad Fauzi", "Siti Aminah"]
    assert page.talent.members_title.text().startswith("Kotak 9: 2 orang")
    ctx.close()


def test_deleting_a_draft_asks_for_the_reason(qtbot, monkeypatch, _office_template,
                                              tmp_path_factory, tmp_path):
    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    ctx.write(a.create_skp, office.people["budi"], YEAR)
    page = open_page(qtbot, ctx)
    page.list.table.selectRow(0)
    monkeypatch.setattr(ReasonDialog, "ask_reason", classmethod(
        lambda cls, *a, **k: "Salah pegawai"))
    click(qtbot, page.list.delete_button)
    settle(qtbot, page)
    assert page.list.model.rowCount() == 0
    assert ctx.read(a.list_skps, YEAR) == []
    ctx.close()


def test_skps_for_a_whole_unit_from_a_template(qtbot, monkeypatch, _office_template,
                                               tmp_path_factory, tmp_path):
    from ui.dialogs.appraisal_unit_dialogs import BulkStartDialog

    path, office = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    template = ctx.write(a.create_skp, office.people["siti"], YEAR)
    rhk = ctx.write(a.add_rhk, template.id, a.RhkData("Layanan administrasi umum"))
    ctx.write(a.add_indicator, rhk.id, a.IndicatorData("Surat diproses", "kuantitas", "300"))
    page = open_page(qtbot, ctx)

    def fill(dialog):
        choose(dialog.form, "unit_id", office.units["dinas"])
        choose(dialog.form, "template_skp_id", template.id)

    replace_ask(monkeypatch, qtbot, BulkStartDialog, fill)
    click(qtbot, page.list.bulk_button)
    settle(qtbot, page)
    assert "3 SKP dibuat, 1 sudah mempunyai SKP" in page.list.status.text()
    rows = {r.pegawai_nama: r for r in ctx.read(a.list_skps, YEAR)}
    copied = ctx.read(a.get_skp, rows["Rina Marlina"].id)
    assert [r.text for r in copied.rhk] == ["Layanan administrasi umum"]
    assert page.list.model.rowCount() == 4
    ctx.close()


def test_a_period_is_closed_and_opened_again(qtbot, _office_template, tmp_path_factory,
                                             tmp_path):
    path, _office_ = _office(_office_template, tmp_path_factory, tmp_path)
    ctx = open_ctx(path)
    page = open_page(qtbot, ctx)
    page.tabs.setCurrentWidget(page.periods)
    settle(qtbot, page)
    tab = page.periods
    assert [p.name for p in tab.model.rows()] == ["Triwulan I", "Triwulan II", "Triwulan III",
                                                  "Triwulan IV", "Akhir"]
    assert not tab.create_button.isEnabled()  # the year's periods exist
    tab.table.selectRow(0)
    assert tab.toggle_button.text() == "&Tutup periode"
    click(qtbot, tab.toggle_button)
    settle(qtbot, page)
    assert tab.model.rows()[0].status == "closed"
    tab.table.selectRow(0)
    assert tab.toggle_button.text() == "B&uka periode"
    ctx.close()
