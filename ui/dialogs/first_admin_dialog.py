"""First run: a fresh office database has no user, so the first admin is created here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.services.auth import UserRow
    from app.services.context import ServiceContext


class FirstAdminDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("first_admin", parent)
        self.ctx = ctx
        self.created: UserRow | None = None
        self.intro.show()
        self.username = self.add_line("username")
        self.full_name = self.add_line("full_name")
        self.password = self.add_line("password", password=True)
        self.confirm = self.add_line("confirm", password=True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("First administrator"))
        self.intro.setText(self.tr(
            "This database of %1 has no user yet. Create the first administrator: this "
            "account adds the other users and keeps the office keys.")
            .replace("%1", f"{self.ctx.office_name} ({self.ctx.office_code})"))
        self.set_label("username", self.tr("&User name:"))
        self.set_label("full_name", self.tr("&Full name:"))
        self.set_label("password", self.tr("&Password:"))
        self.set_label("confirm", self.tr("&Repeat password:"))
        self.username.setPlaceholderText(self.tr("e.g. admin.bkpsdm"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        self.set_buttons(self.tr("&Create administrator"), self.tr("E&xit"))

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("The two passwords are not the same."), "confirm")
            return
        ctx = self.ctx
        args = (self.username.text(), self.full_name.text(), self.password.text())
        self.run(lambda _p: ctx.create_first_admin(*args), self._on_created)

    def _on_created(self, row: UserRow) -> None:
        self.created = row
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> UserRow | None:
        dialog = cls(ctx, parent)
        try:
            return dialog.created if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
