"""The logged-in user changes their own password (forced after an admin reset)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.services.auth import CurrentUser, change_password
from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class ChangePasswordDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 forced: bool = False) -> None:
        super().__init__("change_password", parent)
        self.ctx = ctx
        self.forced = forced
        self.user: CurrentUser | None = None
        self.old_password = self.add_line("old_password", password=True)
        self.new_password = self.add_line("new_password", password=True)
        self.confirm = self.add_line("confirm", password=True)
        self.intro.setVisible(forced)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change password"))
        self.intro.setText(self.tr(
            "Your password was set by an admin. Choose your own password before you continue."))
        self.set_label("old_password", self.tr("&Current password:"))
        self.set_label("new_password", self.tr("&New password:"))
        self.set_label("confirm", self.tr("&Repeat new password:"))
        self.new_password.setPlaceholderText(self.tr("at least 8 characters"))
        cancel = self.tr("&Log out") if self.forced else self.tr("Cancel")
        self.set_buttons(self.tr("&Change password"), cancel)

    def _submit(self) -> None:
        old, new = self.old_password.text(), self.new_password.text()
        if new != self.confirm.text():
            self.show_error(self.tr("The two new passwords are not the same."), "confirm")
            return
        ctx = self.ctx
        self.run(lambda _p: ctx.write(change_password, old, new), self._on_changed)

    def _on_changed(self, user: CurrentUser) -> None:
        self.ctx.set_user(user)
        self.user = user
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None, *,
            forced: bool = False) -> CurrentUser | None:
        dialog = cls(ctx, parent, forced=forced)
        try:
            return dialog.user if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
