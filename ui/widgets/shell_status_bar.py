"""The main window's status bar: office, user (role), database, last synchronisation."""

from __future__ import annotations

from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services.auth import role_label
from ui.models.user_table_model import TIME_FORMAT

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def short_label(db_label: str) -> str:
    """The file name of a SQLite path (the full path is the tooltip); a URL as it is."""
    if "://" in db_label:
        return db_label
    return PurePath(db_label).name or db_label


class ShellStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status")
        self.setSizeGripEnabled(False)
        self.office = self._label("status.office")
        self.user = self._label("status.user")
        self.database = self._label("status.database")
        self.last_sync = self._label("status.last_sync")
        self._ctx: ServiceContext | None = None
        self._last_sync: datetime | None = None

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setContentsMargins(8, 0, 8, 0)
        label.setMinimumWidth(80)  # a narrow window clips the status texts instead of growing
        self.addPermanentWidget(label)
        return label

    def show_context(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._render()

    def set_last_sync(self, when: datetime | None) -> None:
        """When the last bundle was exported or imported (local time), or None."""
        self._last_sync = when
        self._render()

    def _render(self) -> None:
        ctx = self._ctx
        if ctx is None:
            return
        self.office.setText(self.tr("Office: %1 (%2)").replace("%1", ctx.office_name)
                            .replace("%2", ctx.office_code))
        user = ctx.user
        if user is not None:
            self.user.setText(self.tr("User: %1 (%2)").replace("%1", user.full_name)
                              .replace("%2", role_label(user.role)))
        else:
            self.user.setText(self.tr("Not logged in"))
        self.database.setText(self.tr("Database: %1").replace("%1", short_label(ctx.db_label)))
        self.database.setToolTip(ctx.db_label)
        when = (
            self._last_sync.strftime(TIME_FORMAT) if self._last_sync is not None
            else self.tr("never")
        )
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        for label in (self.office, self.user, self.database, self.last_sync):
            label.setAccessibleName(label.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
