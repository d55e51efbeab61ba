"""Pengguna ▸ Tambah pengguna: a new account of this office (must change its password later)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QWidget

from app.services.auth import Role, UserRow, add_user, role_label
from app.services.roles import PROVINCE_OFFICE
from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def assignable_roles(office_code: str | None) -> list[Role]:
    """Roles an office can give (the data steward exists only at the province)."""
    return [r for r in Role if r != Role.STEWARD or office_code == PROVINCE_OFFICE]


class AddUserDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__("add_user", parent)
        self.ctx = ctx
        self.created: UserRow | None = None
        self.username = self.add_line("username")
        self.full_name = self.add_line("full_name")
        self.role = QComboBox(self)
        for role in assignable_roles(ctx.office_code):
            self.role.addItem("", role.value)
        self.role.setCurrentIndex(self.role.findData(Role.OPERATOR.value))
        self.add_field("role", self.role)
        self.password = self.add_line("password", password=True)
        self.confirm = self.add_line("confirm", password=True)
        self.intro.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add user"))
        self.intro.setText(self.tr(
            "The new user logs in with this password once and must then choose their own."))
        self.set_label("username", self.tr("&User name:"))
        self.set_label("full_name", self.tr("&Full name:"))
        self.set_label("role", self.tr("&Role:"))
        self.set_label("password", self.tr("Initial &password:"))
        self.set_label("confirm", self.tr("&Repeat password:"))
        self.username.setPlaceholderText(self.tr("lower-case letters, e.g. siti.aminah"))
        self.password.setPlaceholderText(self.tr("at least 8 characters"))
        for i in range(self.role.count()):
            self.role.setItemText(i, role_label(self.role.itemData(i)))
        self.set_buttons(self.tr("&Add user"), self.tr("Cancel"))

    def _submit(self) -> None:
        if self.password.text() != self.confirm.text():
            self.show_error(self.tr("The two passwords are not the same."), "confirm")
            return
        ctx = self.ctx
        args = (self.username.text(), self.full_name.text(), self.role.currentData(),
                self.password.text())
        self.run(lambda _p: ctx.write(add_user, *args), self._on_added)

    def _on_added(self, row: UserRow) -> None:
        self.created = row
        self.accept()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> UserRow | None:
        dialog = cls(ctx, parent)
        try:
            return dialog.created if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
