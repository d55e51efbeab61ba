"""The employee record: the header, roles (who may delete, who may edit), the Data pribadi form
checked as typed, the unsaved-changes question, and the English labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.services.employee_detail import employee_detail
from app.services.employee_query import EmployeeQuery, count_employees
from tests.ui.conftest import add_user
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    answer_unsaved,
    ctx_fixture,
    open_ctx,
    open_window,
    pegawai,
    personnel_fixture,
)
from ui import i18n
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.employee_unsaved_dialog import Choice


def _ctx(personnel, role: str | None = None):
    path = personnel[0]
    if role is None:
        return open_ctx(path)
    ctx = open_ctx(path)
    add_user(ctx, "pegawai1", role)
    ctx.login("pegawai1", "Sandi-operator-9")
    return ctx


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    return answer_unsaved(monkeypatch)


def open_record(qtbot, window, employee_id: str):
    page = pegawai(qtbot, window)
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        page.open_employee(employee_id)
    return page


def test_header_shows_what_a_clerk_checks_at_a_glance(qtbot, ctx, personnel):
    office = personnel[1]
    page = open_record(qtbot, open_window(qtbot, ctx), office.people["siti"])
    header = page.detail.header
    detail = ctx.read(employee_detail, office.people["siti"])
    assert header.name.text() == "Siti Aminah"
    assert header.nip.text() == "NIP 19850315 201001 2 003"
    assert header.badge.text() == "PNS · Aktif"
    assert header.value("jabatan") == "Pengadministrasi Umum"
    assert header.value("unit") == "Dinas Pendidikan › Bidang Pembinaan SD"
    years, months = detail.mks
    mkg_years, mkg_months = detail.mkg
    assert header.value("masa_kerja") == (
        f"{years} tahun {months} bulan (MKG: {mkg_years} tahun {mkg_months} bulan)")
    assert header.value("usia") == f"{detail.age} tahun"
    assert header.value("pensiun") == "BUP 58 tahun, TMT pensiun 01-04-2043"
    assert not header.photo.has_photo  # the drawn silhouette, no text
    assert header.photo.toolTip() == "Belum ada foto"
    assert [page.detail.tabs.tabText(i) for i in range(page.detail.tabs.count())] == [
        "Data pribadi", "Pangkat (1)", "Jabatan (1)", "Pendidikan", "Keluarga", "Penghargaan",
        "Hukuman disiplin", "KGB", "PMK", "Angka kredit", "Luar negeri", "Organisasi",
        "Pelatihan", "SKP"]


def test_operator_cannot_delete_and_is_told_why(qtbot, personnel):
    ctx = _ctx(personnel, "operator")
    page = open_record(qtbot, open_window(qtbot, ctx), personnel[1].people["budi"])
    delete = page.detail.delete_button
    assert not delete.isEnabled()
    assert delete.toolTip().startswith("Peran Operator tidak boleh ")
    assert page.detail.data_tab.form.widget("nama").isEnabled()  # but may edit
    page.window().close()
    ctx.close()


def test_auditor_reads_only(qtbot, personnel):
    ctx = _ctx(personnel, "auditor")
    window = open_window(qtbot, ctx)
    page = open_record(qtbot, window, personnel[1].people["budi"])
    tab = page.detail.history_tabs["pangkat"]
    assert not tab.add_button.isEnabled()
    assert tab.add_button.toolTip().startswith("Peran Auditor tidak boleh mengubah data")
    assert not page.detail.data_tab.form.widget("nama").isEnabled()
    assert page.detail.data_tab.notice.isVisible()
    assert not page.list.new_button.isEnabled()
    assert window.run_command("new_record") is False
    window.close()
    ctx.close()


def test_verifikator_deletes_with_a_reason(qtbot, personnel, monkeypatch):
    ctx = _ctx(personnel, "verifikator")
    page = open_record(qtbot, open_window(qtbot, ctx), personnel[1].people["andi"])
    asked = []
    monkeypatch.setattr(DeleteReasonDialog, "ask", staticmethod(
        lambda parent, title, question, action: asked.append(question) or "Salah input ganda"))
    before = ctx.read(count_employees, EmployeeQuery())
    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Hapus Andi Saputra (19881212 201402 1 001)?")
    assert ctx.read(count_employees, EmployeeQuery()) == before - 1
    assert page.stack.currentWidget() is page.list
    qtbot.waitUntil(lambda: page.list.model.total == before - 1, timeout=10_000)
    page.window().close()
    ctx.close()


def test_data_form_names_the_wrong_part_of_the_nip(qtbot, ctx, personnel):
    page = open_record(qtbot, open_window(qtbot, ctx), personnel[1].people["siti"])
    tab = page.detail.data_tab
    tab.form.set_text("nip", "198513152010012003")  # month 13
    tab.validator.validate_now()
    assert tab.form.field_error("nip") == (
        "Tanggal lahir pada NIP (digit 1–8: 19851315) bukan tanggal yang sah.")
    assert not tab.save_button.isEnabled()
    assert tab.save_button.toolTip().startswith("Belum bisa disimpan; periksa: NIP")
    tab.revert()
    assert tab.form.field_error("nip") == "" and not tab.dirty


def test_leaving_with_unsaved_changes_asks(qtbot, ctx, personnel, unsaved_answers):
    answers, asked = unsaved_answers
    siti = personnel[1].people["siti"]
    window = open_window(qtbot, ctx)
    page = open_record(qtbot, window, siti)
    tab = page.detail.data_tab
    tab.form.set_text("tempat_lahir", "Bangko")
    tab.validator.validate_now()
    assert tab.dirty and tab.save_button.isEnabled()

    answers.append(Choice.CANCEL)
    page.detail.back_button.click()
    assert asked == ["Siti Aminah"] and page.showing_detail  # Batal: stays on the record

    answers.append(Choice.DISCARD)
    assert window.run_command("cancel")  # Esc
    assert not page.showing_detail
    assert ctx.read(employee_detail, siti).values.tempat_lahir is None  # nothing saved

    page = open_record(qtbot, window, siti)
    page.detail.data_tab.form.set_text("tempat_lahir", "Bangko")
    page.detail.data_tab.validator.validate_now()
    answers.append(Choice.SAVE)
    window.close()  # closing the window asks too; Simpan saves first
    assert len(asked) == 3
    assert ctx.read(employee_detail, siti).values.tempat_lahir == "Bangko"


def test_ctrl_s_saves_the_record_and_the_list_follows(qtbot, ctx, personnel):
    window = open_window(qtbot, ctx)
    page = open_record(qtbot, window, personnel[1].people["andi"])
    assert window.run_command("save") is False  # nothing changed yet
    page.detail.data_tab.form.set_text("gelar_belakang", "S.Kom.")
    page.detail.data_tab.validator.validate_now()
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        assert window.run_command("save")
    assert page.detail.header.name.text() == "Andi Saputra, S.Kom."
    page.detail.go_back()
    model, andi = page.list.model, personnel[1].people["andi"]
    qtbot.waitUntil(lambda: model.find(andi) >= 0
                    and model.row_at(model.find(andi)).nama_lengkap == "Andi Saputra, S.Kom.",
                    timeout=10_000)
    # Back on the list, on the same employee (the selection is restored once the page is loaded).
    qtbot.waitUntil(lambda: page.list.selected_row() is not None, timeout=10_000)
    assert page.list.selected_row().id == andi


def test_english_labels_on_the_personnel_pages(qtbot, ctx, personnel):
    window = open_window(qtbot, ctx)
    page = open_record(qtbot, window, personnel[1].people["siti"])
    i18n.set_language("en")
    detail = page.detail
    assert detail.tabs.tabText(0) == "Personal data"
    assert detail.tabs.tabText(1) == "Rank (1)"
    assert detail.back_button.text() == "‹ &Employee list"
    assert detail.header.value("pensiun") == "BUP 58 years, TMT pensiun 01-04-2043"
    assert detail.data_tab.form.label("tempat_lahir").text() == "Place of birth:"
    assert page.list.filter_bar.search.placeholderText() == "Name, NIP or NIK — type to filter"
    assert page.list.model.headerData(1, Qt.Orientation.Horizontal) == "Name"
    assert page.list.count.text().endswith(" employees")
    home = window.show_page("beranda")
    assert home.heading.text() == "Home"
    i18n.set_language("id")
    assert detail.tabs.tabText(0) == "Data pribadi" and home.heading.text() == "Beranda"


def test_a_big_photo_is_made_small_enough_and_shown(qtbot, ctx, personnel, tmp_path,
                                                     monkeypatch):
    import random

    from PySide6.QtGui import QColor, QImage

    from app.services.personnel_photo import get_photo
    from ui.dialogs import messages
    from ui.widgets import photo_view

    siti = personnel[1].people["siti"]
    page = open_record(qtbot, open_window(qtbot, ctx), siti)
    image = QImage(900, 1200, QImage.Format.Format_RGB32)
    rng = random.Random(7)
    for y in range(0, 1200, 4):
        for x in range(0, 900, 4):
            image.setPixelColor(x, y, QColor(rng.randrange(256), rng.randrange(256), 90))
    big = tmp_path / "pas-foto.png"
    assert image.save(str(big)) and big.stat().st_size > 200 * 1024
    monkeypatch.setattr(photo_view, "ask_photo_path", lambda *a: big)
    with qtbot.waitSignal(page.detail.loaded, timeout=10_000):
        qtbot.mouseClick(page.detail.photo_button, Qt.MouseButton.LeftButton)
    stored = ctx.read(get_photo, siti)
    assert stored.content_type == "image/jpeg" and len(stored.data) <= 200 * 1024
    assert page.detail.header.photo.has_photo
    assert page.detail.header.photo.toolTip() == "Foto"

    warned = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: warned.append(text))
    (tmp_path / "bukan.png").write_text("bukan gambar")
    monkeypatch.setattr(photo_view, "ask_photo_path", lambda *a: tmp_path / "bukan.png")
    page.detail.change_photo()
    assert warned == ["bukan.png bukan gambar yang dapat dibaca (gunakan JPEG atau PNG)."]
