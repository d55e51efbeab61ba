"""Pelatihan dialogs and the smaller actions: every dialog in Indonesian, completion with a
JP override, session status and delete, programme delete, external record change/remove,
the JP recap printout."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from pypdf import PdfReader

from app.services.training import (
    add_external_training,
    add_participants,
    employee_jp,
    get_session,
    list_participants,
)
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
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_completion_dialog import CompletionDialog
from ui.dialogs.training_enrol_dialog import EnrolDialog
from ui.dialogs.training_external_dialog import ExternalTrainingDialog
from ui.dialogs.training_person_dialog import TrainingPersonDialog
from ui.dialogs.training_program_dialog import ProgramDialog
from ui.dialogs.training_session_dialog import SessionDialog


def _reason(monkeypatch, text: str | None = "salah input") -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", classmethod(
        lambda cls, parent, title, question, action: asked.append(question) or text))
    return asked


def test_every_training_dialog_is_indonesian_and_follows_a_switch(qtbot, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    session = tctx.read(get_session, o.session_id)
    added = tctx.write(add_participants, o.session_id, [o.people["siti"]]).added[0]
    person = next(r for r in tctx.read(employee_jp, YEAR) if r.nama == "Siti Aminah")
    makers = {
        "program": lambda: ProgramDialog(tctx, page.choices),
        "session": lambda: SessionDialog(tctx, page.choices),
        "external": lambda: ExternalTrainingDialog(tctx, page.choices, o.people["siti"],
                                                   "Siti Aminah"),
        "completion": lambda: CompletionDialog(tctx, session, added),
        "enrol": lambda: EnrolDialog(tctx, session, page.choices, set()),
        "person": lambda: TrainingPersonDialog(tctx, person, YEAR),
    }
    for name, make in makers.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        if name == "enrol":
            qtbot.waitUntil(lambda d=dialog: not d.loading, timeout=10_000)
        assert untranslated(dialog) == [], name
        i18n.set_language("en")
        assert untranslated(dialog) != [], name
        i18n.set_language("id")
        assert untranslated(dialog) == [], name
        dialog.close()


def test_completion_with_fewer_jp_needs_a_reason(qtbot, monkeypatch, tctx, office):
    _path, o = office
    tctx.write(add_participants, o.session_id, [o.people["budi"]])
    page = open_page(qtbot, tctx)
    page.tabs.setCurrentWidget(page.sessions)
    settle(qtbot, page)
    page.sessions.table.selectRow(0)
    settle(qtbot, page)
    detail = page.sessions.detail
    detail.select_names(["Budi Santoso"])

    def fill(dialog):
        dialog.form.set_text("jp_override", "10")
        dialog.validator.validate_now()
        assert dialog.validator.errors["override_reason"] == "Wajib diisi."
        assert not dialog.submit_button.isEnabled()
        assert "Alasan JP berbeda" in dialog.submit_button.toolTip()
        dialog.form.set_text("override_reason", "hadir dua dari tiga hari")
        dialog.form.set_text("certificate_nomor", "800/77/BKPSDM")

    replace_ask(monkeypatch, qtbot, CompletionDialog, fill)
    click(qtbot, detail.completion_button)
    settle(qtbot, page)
    budi = detail.participants()[0]
    assert (budi.completed, budi.jp_credited, budi.jp_overridden) == (True, 10, True)
    assert budi.certificate_nomor == "800/77/BKPSDM"
    assert budi.certificate_tanggal == date(YEAR, 3, 12)  # the last day, proposed
    assert detail.model.data(detail.model.index(0, 5)) == "10 *"


def test_session_status_and_delete(qtbot, monkeypatch, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    tab = page.sessions
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    tab.table.selectRow(0)
    settle(qtbot, page)
    assert tab.new_status.code() == "planned"  # follows the selected session
    tab.new_status.set_code("cancelled")
    click(qtbot, tab.status_button)
    settle(qtbot, page)
    assert tab.selected().status == "cancelled"
    assert not tab.detail.add_button.isEnabled()
    assert tab.detail.add_button.toolTip() == "Sesi ini dibatalkan."
    asked = _reason(monkeypatch)
    click(qtbot, tab.delete_button)
    settle(qtbot, page)
    assert "Bimtek Penyusunan SKP" in asked[0]
    assert tab.visible_titles() == []
    assert tab.detail.heading.text() == "Belum ada sesi yang dipilih"


def test_a_programme_in_use_cannot_be_deleted_an_unused_one_can(qtbot, monkeypatch, tctx):
    page = open_page(qtbot, tctx)
    tab = page.catalog
    tab.table.selectRow(0)
    assert not tab.delete_button.isEnabled()
    assert tab.delete_button.toolTip() == "Dipakai 1 sesi: nonaktifkan saja."

    def fill(dialog):
        dialog.form.set_text("name", "Kursus Bahasa Inggris")
        choose(dialog.form, "category", "lainnya")

    replace_ask(monkeypatch, qtbot, ProgramDialog, fill)
    click(qtbot, tab.new_button)
    settle(qtbot, page)
    assert tab.selected().name == "Kursus Bahasa Inggris"
    _reason(monkeypatch, "tidak jadi")
    click(qtbot, tab.delete_button)
    settle(qtbot, page)
    assert tab.visible_names() == ["Bimtek Penyusunan SKP"]


def test_change_and_remove_an_external_record(qtbot, monkeypatch, tctx, office):
    from app.services.training import ExternalTrainingData

    _path, o = office
    tctx.write(add_external_training, o.people["eko"], ExternalTrainingData(
        "Kursus Komputer", jp=20, start_date=date(YEAR, 2, 3), end_date=date(YEAR, 2, 7)))
    page = open_page(qtbot, tctx)
    tab = page.external
    page.tabs.setCurrentWidget(tab)
    tab.search.setText("eko prasetyo")
    tab.find()
    settle(qtbot, page)
    tab.table.selectRow(0)

    def fill(dialog):
        dialog.form.set_text("end_date", f"02-01-{YEAR + 1}")  # now counts next year

    replace_ask(monkeypatch, qtbot, ExternalTrainingDialog, fill)
    click(qtbot, tab.edit_button)
    settle(qtbot, page)
    assert tab.model.rows()[0].year == YEAR + 1
    tab.table.selectRow(0)
    _reason(monkeypatch, "sertifikat tidak sah")
    click(qtbot, tab.remove_button)
    settle(qtbot, page)
    assert tab.external_names() == []


def test_jp_recap_and_employee_list_print_to_the_preview(qtbot, tctx, office):
    _path, o = office
    page = open_page(qtbot, tctx)
    tab = page.jp
    page.tabs.setCurrentWidget(tab)
    settle(qtbot, page)
    assert not tab.print_people_button.isEnabled()  # no unit chosen yet
    click(qtbot, tab.print_button)
    settle(qtbot, page)
    qtbot.addWidget(tab.last_preview)
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(BytesIO(tab.last_preview.data)).pages)
    assert "REKAPITULASI CAPAIAN JAM PELAJARAN (JP)" in text and f"Tahun {YEAR}" in text
    tab.select_unit("BKPSDM")
    settle(qtbot, page)
    click(qtbot, tab.print_people_button)
    settle(qtbot, page)
    qtbot.addWidget(tab.last_preview)
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(BytesIO(tab.last_preview.data)).pages)
    assert "Pegawai BKPSDM yang belum memenuhi target" in text and "Dewi Lestari" in text
    assert tctx.read(list_participants, o.session_id) == []
