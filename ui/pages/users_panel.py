"""The Pengguna tab: the office's accounts; add, disable/enable, reset a password (admin only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError
from app.services.auth import Permission, UserRow, list_users, set_user_active, why_not
from ui.dialogs import messages
from ui.dialogs.add_user_dialog import AddUserDialog
from ui.dialogs.reset_password_dialog import ResetPasswordDialog
from ui.models.sort_proxy import SortProxy
from ui.models.user_table_model import UserTableModel
from ui.settings import UiSettings
from ui.text import plain
from ui.workers import error_text

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class UsersPanel(QWidget):
    users_changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("users")
        self.ctx = ctx
        self.settings = UiSettings()
        self.model = UserTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("users.notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        bar = QHBoxLayout()
        self.add_button = self._button("users.add", self.add_user, bar)
        self.toggle_button = self._button("users.toggle_active", self.toggle_active, bar)
        self.reset_button = self._button("users.reset_password", self.reset_password, bar)
        bar.addStretch(1)
        self.refresh_button = self._button("users.refresh", self.reload, bar)
        layout.addLayout(bar)
        self.table = QTableView(self)
        self.table.setObjectName("users.table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        if not self.settings.restore_header("users.table", header):
            for col, width in enumerate((140, 260, 170, 230, 150)):
                self.table.setColumnWidth(col, width)
            self.table.sortByColumn(UserTableModel.Col.USERNAME, Qt.SortOrder.AscendingOrder)
        header.sectionResized.connect(lambda *_: self.settings.save_header("users.table", header))
        header.sortIndicatorChanged.connect(
            lambda *_: self.settings.save_header("users.table", header))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.reset_password())
        layout.addWidget(self.table, 1)
        self.retranslate()

    def _button(self, name: str, slot, bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    # -- data ------------------------------------------------------------------------------
    @property
    def denied(self) -> str | None:
        return why_not(self.ctx.user, Permission.USERS_MANAGE)

    def reload(self) -> None:
        selected = self.selected_user()
        if self.denied:
            self.model.set_rows([])
        else:
            try:
                self.model.set_rows(self.ctx.read(list_users))
            except SimpegError as exc:
                messages.warn(self, self.tr("Users"), error_text(exc))
        if selected is not None:
            self.select_user(selected.id)
        self._update_buttons()

    def selected_user(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(UserTableModel.RowRole)

    def select_user(self, user_id: str) -> None:
        row = self.model.find(user_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    # -- actions ---------------------------------------------------------------------------
    def add_user(self) -> None:
        if self.denied:
            return
        row = AddUserDialog.ask(self.ctx, self)
        if row is not None:
            self.reload()
            self.select_user(row.id)
            self.users_changed.emit()

    def toggle_active(self) -> None:
        user = self.selected_user()
        if user is None or self.denied:
            return
        if user.active:
            question = self.tr("Disable the account %1 (%2)? The user can no longer log in; "
                               "the account and its history stay.")
            yes = self.tr("Disable")
        else:
            question = self.tr("Enable the account %1 (%2) again?")
            yes = self.tr("Enable")
        text = question.replace("%1", user.full_name).replace("%2", user.username)
        if not messages.confirm(self, self.tr("Users"), text, yes):
            return
        try:
            self.ctx.write(set_user_active, user.id, not user.active)
        except SimpegError as exc:
            messages.warn(self, self.tr("Users"), error_text(exc))
            return
        self.reload()
        self.users_changed.emit()

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is None or self.denied:
            return
        if ResetPasswordDialog.ask(self.ctx, user, self) is not None:
            self.reload()
            self.users_changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        denied = self.denied
        user = self.selected_user()
        none_selected = self.tr("Select a user in the list first.")
        self.add_button.setEnabled(denied is None)
        self.add_button.setToolTip(denied or "")
        for button in (self.toggle_button, self.reset_button):
            button.setEnabled(denied is None and user is not None)
            button.setToolTip(denied or (none_selected if user is None else ""))
        if user is not None and not user.active:
            self.toggle_button.setText(self.tr("&Enable"))
        else:
            self.toggle_button.setText(self.tr("&Disable"))
        self.toggle_button.setAccessibleName(plain(self.toggle_button.text()))
        self.notice.setVisible(denied is not None)
        self.notice.setText(denied or "")

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for button, text in (
            (self.add_button, self.tr("&Add user…")),
            (self.reset_button, self.tr("&Reset password…")),
            (self.refresh_button, self.tr("Re&load")),
        ):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Users"))
        self.model.retranslate()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
