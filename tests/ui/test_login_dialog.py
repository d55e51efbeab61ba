"""Logging in: good and bad passwords, lock-out, the demo accounts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableWidget

from app.demo_accounts import DEMO_ACCOUNTS
from tests.ui.conftest import ADMIN_PASSWORD, submit
from ui.dialogs.login_dialog import LoginDialog


def _dialog(qtbot, ctx, **kw) -> LoginDialog:
    dialog = LoginDialog(ctx, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(qtbot, dialog, username, password):
    dialog.findChild(QLineEdit, "login.username").clear()
    qtbot.keyClicks(dialog.findChild(QLineEdit, "login.username"), username)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "login.password"), password)


def test_login_with_the_right_password_accepts(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    assert dialog.findChild(QPushButton, "login.submit").text() == "&Masuk"
    _type(qtbot, dialog, "admin", ADMIN_PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.user is not None and dialog.user.username == "admin"
    assert ctx.user == dialog.user


def test_wrong_password_shows_indonesian_message_and_clears_password(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    _type(qtbot, dialog, "admin", "salah-sekali")
    submit(qtbot, dialog)
    assert dialog.isVisible() and ctx.user is None
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Nama pengguna atau kata sandi salah. Sisa 4 kali percobaan sebelum akun dikunci.")
    assert dialog.password.text() == ""


def test_empty_fields_are_refused_before_asking_the_database(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    submit(qtbot, dialog)
    assert dialog.field_error("username") == "Isi nama pengguna Anda."


def test_five_wrong_passwords_lock_the_account(qtbot, ctx):
    dialog = _dialog(qtbot, ctx)
    for _ in range(5):
        _type(qtbot, dialog, "admin", "salah-sekali")
        submit(qtbot, dialog)
    assert dialog.error.text().startswith("Kata sandi salah 5 kali: akun admin dikunci sampai ")
    _type(qtbot, dialog, "admin", ADMIN_PASSWORD)  # even the right password is refused now
    submit(qtbot, dialog)
    assert dialog.error.text().startswith("Akun admin terkunci sampai ")
    assert ctx.user is None


def test_demo_mode_lists_only_the_demo_accounts(qtbot, ctx):
    plain = _dialog(qtbot, ctx)
    assert plain.findChild(QTableWidget, "login.demo_accounts") is None
    demo = _dialog(qtbot, ctx, demo=True)
    table = demo.findChild(QTableWidget, "login.demo_accounts")
    shown = [(table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
             for r in range(table.rowCount())]
    assert shown == [("admin", "admin123", "Admin"), ("operator", "operator123", "Operator"),
                     ("verifikator", "verif123", "Verifikator")]
    assert [a.username for a in DEMO_ACCOUNTS] == [s[0] for s in shown]
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(1, 0)).center())
    assert (demo.username.text(), demo.password.text()) == ("operator", "operator123")
