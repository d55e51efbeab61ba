"""Audit log entries for the Audit tab, fetched a page at a time as the list scrolls."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex

from app.services.audit import AuditRow
from ui.models.row_table_model import Column, RowTableModel
from ui.models.user_table_model import local_time

_CTX = "AuditTableModel"
PAGE_SIZE = 200
Fetch = Callable[[int, int], list[AuditRow]]  # (offset, limit) -> rows, newest first

ACTION_LABELS = {
    "login.ok": QT_TRANSLATE_NOOP("AuditTableModel", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditTableModel", "Failed login"),
    "login.refused": QT_TRANSLATE_NOOP("AuditTableModel", "Login refused"),
    "login.locked": QT_TRANSLATE_NOOP("AuditTableModel", "Account locked"),
    "user.first_admin": QT_TRANSLATE_NOOP("AuditTableModel", "First admin created"),
    "user.add": QT_TRANSLATE_NOOP("AuditTableModel", "User added"),
    "user.enable": QT_TRANSLATE_NOOP("AuditTableModel", "User enabled"),
    "user.disable": QT_TRANSLATE_NOOP("AuditTableModel", "User disabled"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditTableModel", "Password reset"),
    "user.change_password": QT_TRANSLATE_NOOP("AuditTableModel", "Password changed"),
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "Record added"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "Record changed"),
    "delete": QT_TRANSLATE_NOOP("AuditTableModel", "Record deleted"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "Record restored"),
    "merge": QT_TRANSLATE_NOOP("AuditTableModel", "Duplicate merged"),
    "sync-apply": QT_TRANSLATE_NOOP("AuditTableModel", "Applied from a sync bundle"),
    "office.init": QT_TRANSLATE_NOOP("AuditTableModel", "Office database created"),
    "db.restore": QT_TRANSLATE_NOOP("AuditTableModel", "Database restored from a backup"),
}


def action_label(action: str) -> str:
    """A readable name for an audit action; unknown actions show their code."""
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate(_CTX, source) if source else action


def _record(row: AuditRow) -> str:
    if not row.table_name:
        return ""
    return f"{row.table_name} {row.record_pk[:8]}" if row.record_pk else row.table_name


class AuditTableModel(RowTableModel[AuditRow]):
    class Col(IntEnum):
        SEQ = 0
        AT = 1
        USER = 2
        ACTION = 3
        RECORD = 4
        FIELDS = 5
        DETAIL = 6

    CONTEXT = _CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "No."), lambda r: str(r.seq), lambda r: r.seq,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Time"), lambda r: local_time(r.at),
               lambda r: r.seq),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "User"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Action"), lambda r: action_label(r.action),
               tooltip=lambda r: r.action),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Record"), _record,
               tooltip=lambda r: f"{r.table_name or ''} {r.record_pk or ''}".strip()),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Fields"), lambda r: ", ".join(r.fields)),
        Column(QT_TRANSLATE_NOOP("AuditTableModel", "Detail"), lambda r: r.detail),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self._exhausted = True

    def set_source(self, fetch: Fetch | None) -> None:
        """Start over with ``fetch`` (new filters); loads the first page at once."""
        self._fetch = fetch
        self._exhausted = fetch is None
        self.set_rows([])
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        rows = self._fetch(len(self._rows), PAGE_SIZE)
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        self.append_rows(rows)
