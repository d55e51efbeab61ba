"""The intake wizard, driven as a clerk would: choose a file, check the columns, read the
preview, export the rows with problems, apply, cancel — and the File menu's entry to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox

from app.services.employee_query import EmployeeQuery, list_employees
from tests.core.intake.fixtures.sheets import SIASN_HEADERS, siasn_people, write_csv
from tests.ui.conftest import add_user
from tests.ui.test_translations import untranslated
from ui import i18n
from ui.dialogs import intake_export, intake_file_page
from ui.dialogs.intake_wizard import IntakeWizard


@pytest.fixture
def export(tmp_path) -> Path:
    people = siasn_people(8, seed=21)
    people[1]["NIP BARU"] = people[1]["NIP BARU"][:-1]  # 17 digits
    people[4]["TANGGAL LAHIR"] = "31-02-1980"
    return write_csv(tmp_path / "Export Data ASN.csv", SIASN_HEADERS, people)


def employees(ctx) -> int:
    return ctx.read(list_employees, EmployeeQuery()).total


def open_wizard(qtbot, ctx, path: Path, monkeypatch) -> IntakeWizard:
    wizard = IntakeWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    monkeypatch.setattr(intake_file_page, "ask_open_path", lambda *_a: path)
    wizard.file_page.browse.click()
    qtbot.waitUntil(lambda: not wizard.file_page.loading, timeout=10_000)
    return wizard


def to_preview(qtbot, wizard: IntakeWizard) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=20_000)


def test_a_siasn_export_goes_through_all_four_steps(qtbot, admin_ctx, export, monkeypatch,
                                                    tmp_path):
    wizard = open_wizard(qtbot, admin_ctx, export, monkeypatch)
    page = wizard.file_page
    assert page.info.text().startswith("Export Data ASN.csv: 8 baris data dan 69 kolom")
    assert page.isComplete()
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    counts = {k: v.text() for k, v in preview.count_values.items()}
    assert counts == {"new": "6", "changed": "0", "unchanged": "0", "bad": "2"}
    tabs = [preview.tabs.tabText(i) for i in range(preview.tabs.count())]
    assert tabs[0] == "Pegawai baru (6)" and tabs[3] == "Baris bermasalah (2)"
    bad = preview.bad_model.rows()
    assert [(b.row, b.place) for b in bad] == [(3, "NIP BARU"), (6, "TANGGAL LAHIR")]
    assert bad[0].text == "NIP harus 18 digit; yang diisi 17 digit."
    assert preview.isComplete()
    # the rows with problems, to a workbook to fix
    target = tmp_path / "perbaiki.xlsx"
    monkeypatch.setattr(intake_export, "ask_save_path", lambda *_a: target)
    told: list[str] = []
    monkeypatch.setattr(intake_export, "inform", lambda _p, _t, text: told.append(text))
    preview.export_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert target.is_file() and told[0].startswith("2 baris ditulis ke")
    # apply
    wizard.next()
    assert wizard.currentPage() is wizard.apply_page
    qtbot.waitUntil(lambda: wizard.apply_page.isComplete(), timeout=30_000)
    assert wizard.apply_page.outcome == "ok"
    result = wizard.apply_page.result.text()
    assert result.startswith("6 pegawai baru, 0 pegawai diperbarui, 18 riwayat dicatat.")
    assert "Cadangan sebelum impor:" in result
    assert wizard.applied is not None and wizard.applied.created == 6
    assert employees(admin_ctx) == 6


def test_the_clerk_changes_a_column_and_the_nip_is_required(qtbot, admin_ctx, export,
                                                            monkeypatch):
    wizard = open_wizard(qtbot, admin_ctx, export, monkeypatch)
    wizard.next()
    page = wizard.mapping_page
    nip_row = SIASN_HEADERS.index("NIP BARU")
    combo = page.table.cellWidget(nip_row, 2)
    assert isinstance(combo, QComboBox) and combo.currentText() == "NIP / NI PPPK"
    assert page.table.item(nip_row, 3).text() == "Kolom SIASN"
    combo.setCurrentIndex(0)  # (abaikan kolom ini)
    assert not page.isComplete()
    assert page.problem.text().startswith("Kolom NIP belum dipilih.")
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    other = page.table.cellWidget(SIASN_HEADERS.index("NIP LAMA"), 2)
    other.setCurrentIndex(other.findData("nip"))
    assert page.isComplete()
    assert page.table.item(SIASN_HEADERS.index("NIP LAMA"), 3).text() == "Pilihan Anda"
    page.reset.click()
    assert wizard.mapping.header_of("nip") == "NIP BARU"


def test_nothing_to_apply_keeps_apply_off(qtbot, admin_ctx, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "rusak.csv", ("NIP", "Nama"), [("123", "A")], delimiter=";")
    wizard = open_wizard(qtbot, admin_ctx, path, monkeypatch)
    to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert not preview.isComplete()
    assert preview.message.text() == ("Tidak ada yang dapat diterapkan: setiap baris tidak "
                                      "berubah atau bermasalah.")
    assert preview.tabs.currentWidget() is preview.bad_tab


def test_an_unreadable_file_is_said_and_blocks_the_next_step(qtbot, admin_ctx, tmp_path,
                                                              monkeypatch):
    path = tmp_path / "lama.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = open_wizard(qtbot, admin_ctx, path, monkeypatch)
    assert "format Excel lama" in wizard.file_page.info.text()
    assert not wizard.file_page.isComplete()


def test_cancelling_the_apply_changes_nothing(qtbot, admin_ctx, tmp_path, monkeypatch):
    path = write_csv(tmp_path / "besar.csv", SIASN_HEADERS, siasn_people(150, seed=4))
    wizard = open_wizard(qtbot, admin_ctx, path, monkeypatch)
    to_preview(qtbot, wizard)
    wizard.next()
    wizard.apply_page.cancel_button.click()
    qtbot.waitUntil(lambda: wizard.apply_page.isComplete(), timeout=30_000)
    assert wizard.apply_page.outcome == "cancelled"
    assert wizard.apply_page.result.text() == "Tidak ada yang diubah."
    assert wizard.applied is None and employees(admin_ctx) == 0


def test_every_step_is_indonesian_and_follows_the_language(qtbot, admin_ctx, export,
                                                           monkeypatch):
    wizard = open_wizard(qtbot, admin_ctx, export, monkeypatch)
    assert untranslated(wizard) == []
    wizard.next()
    assert untranslated(wizard) == []
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.preview_page.running, timeout=20_000)
    for i in range(wizard.preview_page.tabs.count()):
        wizard.preview_page.tabs.setCurrentIndex(i)
        assert untranslated(wizard) == [], i
    i18n.set_language("en")
    assert untranslated(wizard) != []
    assert wizard.preview_page.tabs.tabText(0) == "New employees (6)"
    i18n.set_language("id")
    assert untranslated(wizard) == []


def test_the_file_menu_opens_the_wizard_for_writers_only(qtbot, ctx, monkeypatch):
    from ui.main_window import MainWindow

    add_user(ctx, "auditor1", "auditor")
    ctx.login("auditor1", "Sandi-operator-9")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_intake.text() == "&Impor dari Excel/SIASN…"
    assert not window.act_intake.isEnabled() and window.act_intake.toolTip()
    window.close()
    from tests.ui.conftest import ADMIN_PASSWORD

    ctx.login("admin", ADMIN_PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.act_intake in window.file_menu.actions()
    assert window.act_intake.isEnabled()
    calls = []

    class _Done:
        units_created, jabatan_created = 1, 0

    monkeypatch.setattr(IntakeWizard, "ask", classmethod(
        lambda cls, c, parent: calls.append(c) or _Done()))
    page = window.show_page("beranda")
    seen = []
    monkeypatch.setattr(page, "data_changed_elsewhere", seen.append)
    window.act_intake.trigger()
    assert calls == [ctx] and seen == ["org"]
