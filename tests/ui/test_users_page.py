"""Pengguna: an admin adds, disables and re-enables users; an operator is refused, visibly."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from app.services.auth import list_users
from tests.ui.conftest import submit
from ui.dialogs import messages
from ui.dialogs.add_user_dialog import AddUserDialog
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.pages.users_audit_page import UsersAuditPage


def _page(qtbot, ctx) -> UsersAuditPage:
    page = UsersAuditPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.page_shown()
    return page


def _visible_rows(page) -> list[tuple[str, str, str]]:
    model = page.users.table.model()
    return [tuple(model.index(r, c).data() for c in (0, 2, 3)) for r in range(model.rowCount())]


def _fill_add_user(qtbot, dialog: AddUserDialog, username, full_name, role, password, confirm):
    qtbot.keyClicks(dialog.findChild(QLineEdit, "add_user.username"), username)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "add_user.full_name"), full_name)
    combo = dialog.findChild(QComboBox, "add_user.role")
    combo.setCurrentIndex(combo.findData(role))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "add_user.password"), password)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "add_user.confirm"), confirm)


def test_admin_adds_a_user_through_the_dialog(qtbot, admin_ctx, monkeypatch):
    page = _page(qtbot, admin_ctx)
    assert _visible_rows(page) == [("admin", "Admin", "Aktif")]

    def ask(ctx, parent=None):
        dialog = AddUserDialog(ctx, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        _fill_add_user(qtbot, dialog, "siti", "Siti Aminah", "operator", "Lembayung-77",
                       "Lembayung-78")
        submit(qtbot, dialog)
        assert dialog.field_error("confirm") == "Kedua kata sandi tidak sama."
        dialog.findChild(QLineEdit, "add_user.confirm").clear()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "add_user.confirm"), "Lembayung-77")
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        return dialog.created

    monkeypatch.setattr(AddUserDialog, "ask", staticmethod(ask))
    qtbot.mouseClick(page.findChild(QPushButton, "users.add"), Qt.MouseButton.LeftButton)
    assert _visible_rows(page) == [("admin", "Admin", "Aktif"),
                                   ("siti", "Operator", "Aktif (wajib ganti kata sandi)")]
    assert page.users.selected_user().username == "siti"
    assert "siti" in [u.username for u in admin_ctx.read(list_users)]


def test_add_user_dialog_shows_service_errors_under_the_field(qtbot, admin_ctx):
    dialog = AddUserDialog(admin_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_add_user(qtbot, dialog, "admin", "Admin Kedua", "operator", "Lembayung-77",
                   "Lembayung-77")
    submit(qtbot, dialog)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.field_error("username") == "Nama pengguna admin sudah dipakai."


def test_admin_disables_and_enables_a_user(qtbot, admin_ctx, monkeypatch):
    from tests.ui.conftest import add_user

    add_user(admin_ctx, "budi", "operator")
    page = _page(qtbot, admin_ctx)
    questions: list[str] = []
    monkeypatch.setattr(messages, "confirm",
                        lambda _p, _t, text, _y: questions.append(text) or True)
    page.users.select_user(page.users.model.rows()[1].id)
    toggle = page.findChild(QPushButton, "users.toggle_active")
    assert toggle.text() == "&Nonaktifkan" and toggle.isEnabled()
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert questions[0].startswith("Nonaktifkan akun Pengguna Budi (budi)?")
    assert _visible_rows(page)[1] == ("budi", "Operator", "Nonaktif")
    assert toggle.text() == "&Aktifkan"
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert _visible_rows(page)[1][2].startswith("Aktif")
    assert page.audit.model.rows()[0].action == "user.enable"  # the audit tab follows


def test_admin_cannot_disable_self_and_is_told_why(qtbot, admin_ctx, monkeypatch):
    page = _page(qtbot, admin_ctx)
    warnings: list[str] = []
    monkeypatch.setattr(messages, "confirm", lambda *_a: True)
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: warnings.append(text))
    page.users.select_user(page.users.model.rows()[0].id)
    qtbot.mouseClick(page.findChild(QPushButton, "users.toggle_active"), Qt.MouseButton.LeftButton)
    assert warnings == ["Anda tidak dapat menonaktifkan akun Anda sendiri."]


def test_reset_password_dialog_sets_a_new_password(qtbot, admin_ctx):
    from tests.ui.conftest import add_user

    add_user(admin_ctx, "budi", "operator")
    page = _page(qtbot, admin_ctx)
    budi = page.users.model.rows()[1]
    dialog = ResetPasswordDialog(admin_ctx, budi)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.findChild(QLineEdit, "reset_password.password"), "Sandi-baru-2025")
    qtbot.keyClicks(dialog.findChild(QLineEdit, "reset_password.confirm"), "Sandi-baru-2025")
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    assert dialog.updated.must_change_password
    assert admin_ctx.login("budi", "Sandi-baru-2025").username == "budi"


def test_operator_sees_the_actions_disabled_with_the_reason(qtbot, operator_ctx):
    page = _page(qtbot, operator_ctx)
    reason = ("Peran Operator tidak boleh mengelola pengguna. Yang boleh: Admin.")
    for name in ("users.add", "users.toggle_active", "users.reset_password"):
        button = page.findChild(QPushButton, name)
        assert not button.isEnabled()
        assert button.toolTip() == reason
    assert page.findChild(QLabel, "users.notice").text() == reason
    assert page.users.model.rowCount() == 0
    assert page.command_blocked("new_record") == reason
    audit_reason = "Peran Operator tidak boleh melihat log audit."
    assert page.findChild(QPushButton, "audit.verify").toolTip().startswith(audit_reason)
    assert not page.findChild(QPushButton, "audit.verify").isEnabled()
