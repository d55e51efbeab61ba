"""Pengguna ▸ Atur ulang kata sandi: an admin gives a user a new password (and lifts a lock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.auth import UserRow, reset_password
from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class ResetPasswordDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, user: UserRow, parent: QWidget | None = None) -> None:
        super().__init__("reset_password", parent)
        self.ctx = ctx
        self.target = user
        self.updated: UserRow | None = None
        self.intro.show()
        self.password = self.add_line("password", password=True)
        self.confirm = self.add_line("confirm", password=True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reset password"))
        self.intro.setText(self.tr(
            "New password for %1 (%2). A lock-out is lifted; the user must choose their own "
            "password at the next login.").replace("%1", self.target.full_name)
            .replace("%2", self.target.username))
        self.set_label("password", self.tr("&New password:"))
        self.set_label("confirm", self.tr("&Repeat password:"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.set_buttons(self.tr("&Reset password"), self.tr("Cancel"))

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("The two passwords are not the same."), "confirm")
            return
        ctx, user_id, password = self.ctx, self.target.id, self.password.text()
        self.run(lambda _p: ctx.write(reset_password, user_id, password), self._on_reset)

    def _on_reset(self, row: UserRow) -> None:
        self.updated = row
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, user: UserRow,
            parent: QWidget | None = None) -> UserRow | None:
        dialog = cls(ctx, user, parent)
        try:
            return dialog.updated if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
