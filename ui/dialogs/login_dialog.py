"""Logging in: user name and password; in demo mode the demo accounts are listed to pick from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.demo_accounts import DEMO_ACCOUNTS
from app.services.auth import CurrentUser, role_label
from ui.dialogs.form_dialog import FormDialog

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class LoginDialog(FormDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None, *,
                 demo: bool = False) -> None:
        super().__init__("login", parent)
        self.ctx = ctx
        self.user: CurrentUser | None = None
        self.office = QLabel(self)
        self.office.setObjectName("login.office")
        self.office.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.office.setWordWrap(True)
        self.layout().insertWidget(0, self.office)
        self.username = self.add_line("username")
        self.password = self.add_line("password", password=True)
        self.demo_table: QTableWidget | None = None
        self.demo_caption: QLabel | None = None
        if demo:
            self._add_demo_accounts()
        self.retranslate()
        self.username.setFocus()

    def _add_demo_accounts(self) -> None:
        self.demo_caption = QLabel(self)
        self.demo_caption.setObjectName("login.demo_caption")
        self.demo_caption.setWordWrap(True)
        table = QTableWidget(len(DEMO_ACCOUNTS), 3, self)
        table.setObjectName("login.demo_accounts")
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, account in enumerate(DEMO_ACCOUNTS):
            for col, text in enumerate((account.username, account.password, "")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, account.username)
                table.setItem(row, col, item)
        table.setFixedHeight(table.verticalHeader().length() + table.horizontalHeader().height()
                             + 4)
        table.itemClicked.connect(self._on_demo_account_clicked)
        table.itemDoubleClicked.connect(lambda _item: self._on_submit_clicked())
        layout = self.layout()
        at = layout.indexOf(self.error)
        layout.insertWidget(at, self.demo_caption)
        layout.insertWidget(at + 1, table)
        self.demo_table = table

    def _on_demo_account_clicked(self, item: QTableWidgetItem) -> None:
        self.use_demo_account(item.data(Qt.ItemDataRole.UserRole))

    def use_demo_account(self, username: str) -> None:
        """Fill the form with a demo account (what clicking its row does)."""
        account = next(a for a in DEMO_ACCOUNTS if a.username == username)
        self.username.setText(account.username)
        self.password.setText(account.password)
        self.submit_button.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in — SIMPEG Luring"))
        self.office.setText(f"{self.ctx.office_name} ({self.ctx.office_code})")
        self.set_label("username", self.tr("&User name:"))
        self.set_label("password", self.tr("&Password:"))
        self.set_buttons(self.tr("&Log in"), self.tr("E&xit"))
        if self.demo_table is not None and self.demo_caption is not None:
            self.demo_caption.setText(self.tr(
                "Demo office: pick an account below (click fills the form, double-click "
                "logs in). These accounts exist only in the demo database."))
            self.demo_table.setHorizontalHeaderLabels(
                [self.tr("User name"), self.tr("Password"), self.tr("Role")])
            self.demo_table.setAccessibleName(self.tr("Demo accounts"))
            for row, account in enumerate(DEMO_ACCOUNTS):
                self.demo_table.item(row, 2).setText(role_label(account.role))

    def _submit(self) -> None:
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self.show_error(self.tr("Enter your user name."), "username")
            return
        if not password:
            self.show_error(self.tr("Enter your password."), "password")
            return
        ctx = self.ctx
        self.run(lambda _progress: ctx.login(username, password), self._on_logged_in)

    def _on_logged_in(self, user: CurrentUser) -> None:
        self.user = user
        self.accept()

    def show_exception(self, exc: BaseException | None, text: str) -> None:
        super().show_exception(exc, text)
        self.password.clear()
        self.password.setFocus()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None, *,
            demo: bool = False) -> CurrentUser | None:
        dialog = cls(ctx, parent, demo=demo)
        try:
            return dialog.user if dialog.exec() == FormDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
