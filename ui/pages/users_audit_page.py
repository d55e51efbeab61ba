"""Pengguna & Audit: the office's user accounts and the audit log, one tab each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.auth import Permission
from ui.pages.audit_panel import AuditPanel
from ui.pages.base import Page
from ui.pages.registry import register_page
from ui.pages.users_panel import UsersPanel

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@register_page("pengguna")
class UsersAuditPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 8)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("users_audit.tabs")
        self.users = UsersPanel(ctx, self.tabs)
        self.audit = AuditPanel(ctx, self.tabs)
        self.tabs.addTab(self.users, "")
        self.tabs.addTab(self.audit, "")
        self.tabs.currentChanged.connect(lambda _i: self.commands_changed.emit())
        self.users.users_changed.connect(self._on_users_changed)
        layout.addWidget(self.tabs)
        self.retranslate()

    def first_shown(self) -> None:
        self.users.reload()
        self.audit.reload()

    def _on_users_changed(self) -> None:
        self.data_changed.emit("users")
        self.audit.reload()

    # -- page protocol ---------------------------------------------------------------------
    def new_record(self) -> None:
        self.tabs.setCurrentWidget(self.users)
        self.users.add_user()

    def search_focus(self) -> None:
        if self.tabs.currentWidget() is self.audit:
            self.audit.user.setFocus()
        else:
            self.users.table.setFocus()

    def command_blocked(self, command: str) -> str | None:
        if command == "new_record":
            return self.denied(Permission.USERS_MANAGE)
        return None

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Users"))
        self.tabs.setTabText(1, self.tr("Audit log"))
