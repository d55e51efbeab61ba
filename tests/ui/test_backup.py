"""Cadangan in Pengaturan (back up now, restore after a preview, check) and the start-up
integrity check with its way out (restore a backup, open another database, quit)."""

from __future__ import annotations

import os
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services.backup import backup_now, list_backups
from app.services.employee_input import EmployeeInput
from app.services.employee_query import EmployeeQuery, count_employees
from app.services.personnel import create_employee
from tests.ui.conftest import ADMIN_PASSWORD
from tests.ui.test_translations import untranslated
from ui import startup
from ui.dialogs import messages
from ui.dialogs.integrity_dialog import IntegrityChoice, IntegrityDialog
from ui.dialogs.restore_dialog import RestoreDialog
from ui.settings import UiSettings
from ui.widgets.backup_panel import BackupPanel


@pytest.fixture
def said(monkeypatch) -> list[tuple[str, str]]:
    """Message boxes answered at once; (title, text) of each."""
    out: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "inform", lambda _p, title, text: out.append((title, text)))
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: out.append((title, text)))
    return out


def add_employee(ctx, nama: str, nip: str) -> None:
    """An employee whose NIP agrees with the birth date, TMT CPNS and gender (domain.md §1)."""
    ctx.write(create_employee, EmployeeInput(
        nip=nip, nama=nama, tanggal_lahir=date(int(nip[:4]), int(nip[4:6]), int(nip[6:8])),
        jenis_kelamin="L" if nip[14] == "1" else "P",
        tmt_cpns=date(int(nip[8:12]), int(nip[12:14]), 1)))


_PAGES: list = []  # the pages stay alive for the test (the panel is their child)


def panel_of(qtbot, ctx) -> BackupPanel:
    from ui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    _PAGES.append(page)
    return page.backup_box


@pytest.fixture(autouse=True)
def _drop_pages():
    yield
    _PAGES.clear()


def wait_idle(qtbot, panel: BackupPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy, timeout=15_000)


def test_backup_now_appears_in_the_list(qtbot, admin_ctx, said):
    panel = panel_of(qtbot, admin_ctx)
    assert panel.title() == "Cadangan" and untranslated(panel) == []
    before = panel.table.rowCount()
    qtbot.mouseClick(panel.now_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert panel.table.rowCount() == before + 1
    assert panel.table.item(0, 1).text() == "Manual"
    assert panel.status.text().startswith("Cadangan dibuat: ")
    assert Path(panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole)).is_file()


def test_backup_to_a_chosen_folder(qtbot, admin_ctx, tmp_path, monkeypatch, said):
    from ui.widgets import backup_panel

    usb = tmp_path / "flashdisk"
    usb.mkdir()
    monkeypatch.setattr(backup_panel, "ask_folder", lambda *_a: usb)
    panel = panel_of(qtbot, admin_ctx)
    qtbot.mouseClick(panel.to_folder_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert [b.reason for b in list_backups(usb)] == ["manual"]
    assert panel.table.rowCount() == 0  # not in the rotation folder


def test_restore_preview_shows_the_date_and_the_counts(qtbot, admin_ctx, monkeypatch, said):
    add_employee(admin_ctx, "Siti Aminah", "198503152010012003")
    saved = backup_now(admin_ctx.url, "manual")
    add_employee(admin_ctx, "Budi Santoso", "197901012005011002")
    seen: list[dict[str, object]] = []

    def look(dialog):
        # Read what the clerk sees while the dialog lives: ask() deletes it once it is closed.
        assert untranslated(dialog) == []
        seen.append({
            "created": dialog.value_of("created"),
            "office": dialog.value_of("office"),
            "pegawai": dialog.count_of("Pegawai"),
            "warning": dialog.warning.text(),
        })
        return QDialog.DialogCode.Rejected
    monkeypatch.setattr(RestoreDialog, "exec", look)
    panel = panel_of(qtbot, admin_ctx)
    panel.table.selectRow(0)
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    (shown,) = seen
    assert shown["created"] == f"{saved.created:%d-%m-%Y %H:%M} (Manual)"
    assert shown["office"] == "15.02"
    assert shown["pegawai"] == ("1", "2")  # in the backup, in the database now
    assert "semua yang dimasukkan setelah" in shown["warning"]
    assert admin_ctx.read(count_employees, EmployeeQuery()) == 2  # nothing was restored


def test_restore_brings_the_backup_back_and_logs_out(qtbot, admin_ctx, monkeypatch, said):
    add_employee(admin_ctx, "Siti Aminah", "198503152010012003")
    backup_now(admin_ctx.url, "manual")
    add_employee(admin_ctx, "Budi Santoso", "197901012005011002")
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda *_a, **_k: True))
    panel = panel_of(qtbot, admin_ctx)
    panel.table.selectRow(0)
    with qtbot.waitSignal(panel.restored, timeout=15_000):
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert said[-1][0] == "Dipulihkan" and "Silakan masuk lagi." in said[-1][1]
    assert admin_ctx.user is None
    admin_ctx.login("admin", ADMIN_PASSWORD)
    assert admin_ctx.read(count_employees, EmployeeQuery()) == 1
    kinds = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert sorted(kinds) == ["Manual", "Sebelum pemulihan"]  # and the safety backup


def test_check_and_roles(qtbot, admin_ctx, said):
    panel = panel_of(qtbot, admin_ctx)
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    title, text = said[-1]
    assert title == "Pemeriksaan basis data" and "[OK]" in text and "[RUSAK]" not in text
    assert panel.last_report.ok

    from tests.ui.conftest import add_user

    add_user(admin_ctx, "budi", "operator")
    admin_ctx.login("budi", "Sandi-operator-9")
    operator = panel_of(qtbot, admin_ctx)
    for button in (operator.now_button, operator.restore_file_button):
        assert not button.isEnabled() and button.toolTip()


# -- start-up ------------------------------------------------------------------------------------

def _filled(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE filler (n INTEGER, t TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?, ?)",
                         ((n, "x" * 200) for n in range(20_000)))


def _damage(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(os.path.getsize(path) // 2 // 4096 * 4096)
        fh.write(os.urandom(8192))


def _startup(db) -> startup.Startup:
    import argparse

    args = argparse.Namespace(db=str(db), demo=False, user=None, lang=None)
    return startup.Startup(args, UiSettings())


def test_a_damaged_database_offers_a_backup_and_comes_back(qtbot, office_db, monkeypatch,
                                                           said):
    _filled(office_db)
    good = backup_now(office_db, "daily")
    _damage(office_db)
    asked: list[tuple] = []

    def ask(db, problem, backups, parent=None):
        asked.append((db, problem, [b.path for b in backups]))
        return IntegrityChoice("restore", backups[0].path)
    monkeypatch.setattr(IntegrityDialog, "ask", staticmethod(ask))
    _full_check(monkeypatch)  # today's daily backup exists: force the page-by-page check
    ctx = _startup(office_db).open_context(str(office_db))
    try:
        assert ctx is not None
        assert asked[0][0] == str(office_db) and asked[0][1] and asked[0][2] == [good.path]
        assert said[-1][0] == "Dipulihkan" and ".rusak-" in said[-1][1]
        with sqlite3.connect(office_db) as conn:
            assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 20_000
    finally:
        if ctx is not None:
            ctx.close()
    assert list(office_db.parent.glob("merangin.rusak-*.db"))


def _full_check(monkeypatch) -> None:
    """The start-up check runs page by page on every round."""
    from app.services import startup_check
    from ui.dialogs import integrity_startup

    original = startup_check.check_at_startup
    monkeypatch.setattr(integrity_startup, "check_at_startup",
                        lambda db, full=None: original(db, full=True))


def test_quit_or_open_another_database(qtbot, office_db, tmp_path, monkeypatch, said):
    import shutil

    other = tmp_path / "lain.db"
    shutil.copyfile(office_db, other)
    office_db.write_bytes(b"rusak" * 1000)  # not even a SQLite file any more
    answers = [IntegrityChoice("quit")]
    seen: list[str] = []

    def ask(db, problem, backups, parent=None):
        seen.append(problem)
        return answers.pop(0)
    monkeypatch.setattr(IntegrityDialog, "ask", staticmethod(ask))
    assert _startup(office_db).open_context(str(office_db)) is None
    assert seen == ["berkas ini bukan basis data SQLite (awal berkas rusak)"]
    answers.append(IntegrityChoice("open", other))
    ctx = _startup(office_db).open_context(str(office_db))
    assert ctx is not None and ctx.db_label == str(other)
    ctx.close()


def test_the_dialog_offers_every_way_out_in_indonesian(qtbot, office_db, monkeypatch):
    from ui.dialogs import integrity_dialog

    good = backup_now(office_db, "daily")
    dialog = IntegrityDialog(str(office_db), "database disk image is malformed", [good])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Basis data rusak" and untranslated(dialog) == []
    assert [b.text() for b in (dialog.restore_button, dialog.restore_file_button,
                               dialog.open_button, dialog.quit_button)] == [
        "&Pulihkan cadangan terpilih", "Pulihkan dari &berkas…", "B&uka basis data lain…",
        "&Keluar"]
    assert dialog.detail.text() == "Rincian teknis: database disk image is malformed"
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == IntegrityChoice("restore", good.path)
    picked = Path("/media/usb/cadangan.db")
    monkeypatch.setattr(integrity_dialog, "ask_open_path", lambda *_a: picked)
    again = IntegrityDialog(str(office_db), "x", [])
    qtbot.addWidget(again)
    assert not again.restore_button.isEnabled()  # no backup in the list
    qtbot.mouseClick(again.open_button, Qt.MouseButton.LeftButton)
    assert again.choice == IntegrityChoice("open", picked)
