"""Pelatihan ▸ Sesi: create a session, bulk-add participants from a filter, record attendance
and completion, see the 20-JP view change; take a participant off; print previews."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from pypdf import PdfReader

from app.services.training import list_participants
from tests.ui.training_page_support import (  # noqa: F401 - fixtures
    WAIT,
    choose,
    click,
    office_fixture,
    open_page,
    replace_ask,
    settle,
    tctx_fixture,
)
from tests.ui.training_support import YEAR
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_enrol_dialog import EnrolDialog
from ui.dialogs.training_session_dialog import SessionDialog


def _open_session(qtbot, page, title_part: str) -> None:
    page.tabs.setCurrentWidget(page.sessions)
    settle(qtbot, page)
    titles = page.sessions.visible_titles()
    row = next(i for i, t in enumerate(titles) if title_part in t)
    page.sessions.table.selectRow(row)
    settle(qtbot, page)


def _enrol(monkeypatch, qtbot, set_filters):
    """EnrolDialog.ask: set the filters, wait for the list, click *Tambahkan semua*."""
    seen = []

    def ask(cls, ctx, session, choices, enrolled, parent=None):
        dialog = cls(ctx, session, choices, enrolled, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
        set_filters(dialog)
        qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT)
        dialog.seen_names = dialog.visible_names()
        click(qtbot, dialog.add_all_button)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)
        return sum(len(r.added) for r in [dialog.last_result] if r is not None)

    monkeypatch.setattr(EnrolDialog, "ask", classmethod(ask))
    return seen


def test_create_a_session_through_the_dialog(qtbot, monkeypatch, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    page.tabs.setCurrentWidget(page.sessions)
    settle(qtbot, page)

    def fill(dialog):
        form = dialog.form
        choose(form, "program_id", o.program_id)
        form.set_text("angkatan", "II")
        form.set_text("start_date", f"12-05-{YEAR}")
        form.set_text("end_date", f"10-05-{YEAR}")  # before the start: said at once
        dialog.validator.validate_now()
        assert dialog.field_error("end_date")
        assert not dialog.submit_button.isEnabled()
        form.set_text("end_date", f"14-05-{YEAR}")
        form.set_text("place", "Hotel Permata Bangko")
        form.set_text("capacity", "30")
        dialog.validator.validate_now()

    seen = replace_ask(monkeypatch, qtbot, SessionDialog, fill)
    click(qtbot, page.sessions.new_button)
    settle(qtbot, page)
    assert seen[0].result_value is not None
    session = page.sessions.selected()
    assert (session.title, session.angkatan, session.jp, session.capacity) == (
        "Bimtek Penyusunan SKP", "II", 16, 30)  # title and JP from the programme
    assert session.start_date == date(YEAR, 5, 12)
    assert "Bimtek Penyusunan SKP — angkatan II" in page.sessions.detail.heading.text()
    assert "16 JP (dihitung tahun" in page.sessions.detail.facts.text()


def test_bulk_add_from_a_filter_respects_capacity(qtbot, monkeypatch, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    _open_session(qtbot, page, "Bimtek Penyusunan SKP")

    def bkpsdm_pelaksana_below_target(dialog):
        bar = dialog.filter_bar
        bar.unit.set_code(o.units["bkpsdm"])
        bar.jabatan_kind.set_code("pelaksana")
        bar.changed.emit()
        dialog.below.setChecked(True)

    seen = _enrol(monkeypatch, qtbot, bkpsdm_pelaksana_below_target)
    click(qtbot, page.sessions.detail.add_button)
    settle(qtbot, page)
    dialog = seen[0]
    assert sorted(dialog.seen_names) == ["Andi Saputra", "Budi Santoso", "Dewi Lestari"]
    assert "3 ditambahkan." in dialog.outcome.text()
    detail = page.sessions.detail
    assert sorted(p.nama for p in detail.participants()) == [
        "Andi Saputra", "Budi Santoso", "Dewi Lestari"]
    assert page.sessions.selected().participants == 3  # the list's count follows

    def everyone_of_bidang_sd(dialog):
        dialog.filter_bar.unit.set_code(o.units["bidang_sd"])
        dialog.filter_bar.changed.emit()

    seen = _enrol(monkeypatch, qtbot, everyone_of_bidang_sd)
    click(qtbot, detail.add_button)
    settle(qtbot, page)
    text = seen[0].outcome.text()
    assert "2 ditambahkan." in text
    assert "sudah penuh (5 peserta)" in text  # the third did not fit
    assert len(detail.participants()) == 5
    assert not detail.add_button.isEnabled()
    assert detail.add_button.toolTip() == "Sesi sudah penuh."


def _enrol_all_of_bkpsdm(monkeypatch, qtbot, page, o):
    def bkpsdm(dialog):
        dialog.filter_bar.unit.set_code(o.units["bkpsdm"])
        dialog.filter_bar.jabatan_kind.set_code("pelaksana")
        dialog.filter_bar.changed.emit()

    _enrol(monkeypatch, qtbot, bkpsdm)
    click(qtbot, page.sessions.detail.add_button)
    settle(qtbot, page)


def _jp_of_bkpsdm(qtbot, page):
    page.tabs.setCurrentWidget(page.jp)
    settle(qtbot, page)
    return next(r for r in page.jp.units_model.rows() if r.unit_name == "BKPSDM")


def test_attendance_and_completion_change_the_20jp_view(qtbot, monkeypatch, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    _open_session(qtbot, page, "Bimtek Penyusunan SKP")
    _enrol_all_of_bkpsdm(monkeypatch, qtbot, page, o)
    before = _jp_of_bkpsdm(qtbot, page)
    assert (before.employees, before.jp_total, before.below_threshold) == (4, 0, 4)

    page.tabs.setCurrentWidget(page.sessions)
    settle(qtbot, page)
    detail = page.sessions.detail
    detail.select_names(["Dewi Lestari"])
    detail.mark.set_code("absent")
    click(qtbot, detail.attend_button)
    settle(qtbot, page)
    detail.select_names(["Andi Saputra", "Budi Santoso"])
    detail.mark.set_code("present")
    click(qtbot, detail.attend_button)
    settle(qtbot, page)
    shown = {p.nama: p.attendance for p in detail.participants()}
    assert shown == {"Andi Saputra": "present", "Budi Santoso": "present",
                     "Dewi Lestari": "absent"}
    assert detail.model.data(detail.model.index(0, 3)) == "Hadir"  # what the clerk reads
    click(qtbot, detail.complete_button)
    settle(qtbot, page)
    assert {p.nama: p.jp_credited for p in detail.participants() if p.completed} == {
        "Andi Saputra": 16, "Budi Santoso": 16}

    after = _jp_of_bkpsdm(qtbot, page)  # the JP tab was stale: it reloaded when shown
    assert (after.jp_total, after.below_threshold) == (32, 4)  # 16 JP each: still below 20
    page.jp.select_unit("BKPSDM")
    settle(qtbot, page)
    people = {r.nama: (r.jp, r.remaining) for r in page.jp.people_model.rows()}
    assert people["Andi Saputra"] == (16, 4) and people["Dewi Lestari"] == (0, 20)
    assert "Andi Saputra" in page.jp.people_names()
    assert "16 dari" not in page.jp.summary.text() and "32 JP" in page.jp.summary.text()


def test_taking_a_participant_off_asks_for_a_reason(qtbot, monkeypatch, tctx, office):
    path, o = office
    page = open_page(qtbot, tctx)
    _open_session(qtbot, page, "Bimtek Penyusunan SKP")
    _enrol_all_of_bkpsdm(monkeypatch, qtbot, page, o)
    detail = page.sessions.detail
    detail.select_names(["Budi Santoso"])
    asked = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", classmethod(
        lambda cls, parent, title, question, action: asked.append(question) or "salah orang"))
    click(qtbot, detail.remove_button)
    settle(qtbot, page)
    assert "Budi Santoso" in asked[0]
    assert sorted(p.nama for p in detail.participants()) == ["Andi Saputra", "Dewi Lestari"]
    assert len(tctx.read(list_participants, o.session_id)) == 2


def _pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(data)).pages)


def test_printouts_open_in_the_preview(qtbot, monkeypatch, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    _open_session(qtbot, page, "Bimtek Penyusunan SKP")
    detail = page.sessions.detail
    assert not detail.print_certificates_button.isEnabled()  # nobody completed yet
    assert detail.print_certificates_button.toolTip() == "Belum ada peserta yang lulus."
    _enrol_all_of_bkpsdm(monkeypatch, qtbot, page, o)
    click(qtbot, detail.print_list_button)
    settle(qtbot, page)
    preview = detail.last_preview
    qtbot.addWidget(preview)
    assert preview.loaded() and preview.page_count() == 1
    text = _pdf_text(preview.data)
    assert "DAFTAR PESERTA PELATIHAN" in text and "Dewi Lestari" in text
    preview.close()
    click(qtbot, detail.print_attendance_button)
    settle(qtbot, page)
    assert "DAFTAR HADIR PESERTA PELATIHAN" in _pdf_text(detail.last_preview.data)
    qtbot.addWidget(detail.last_preview)
    detail.select_names(["Andi Saputra"])
    click(qtbot, detail.complete_button)
    settle(qtbot, page)
    detail.select_names(["Andi Saputra"])
    click(qtbot, detail.print_certificates_button)
    settle(qtbot, page)
    qtbot.addWidget(detail.last_preview)
    text = _pdf_text(detail.last_preview.data)
    assert "SERTIFIKAT" in text and "Andi Saputra" in text and "16 jam pelajaran" in text
