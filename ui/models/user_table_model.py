"""Users of the office, for the Pengguna tab (rows: ``app.services.auth.UserRow``)."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.auth import UserRow, role_label
from ui.models.row_table_model import Column, RowTableModel

_CTX = "UserTableModel"
TIME_FORMAT = "%d-%m-%Y %H:%M"  # day first, four-digit year: never ambiguous


def local_time(utc_naive: datetime | None) -> str:
    """A stored UTC time as the clerk reads it: local time, ``28-11-2026 14:05``."""
    if utc_naive is None:
        return ""
    return utc_naive.replace(tzinfo=UTC).astimezone().strftime(TIME_FORMAT)


def user_status(row: UserRow) -> str:
    if not row.active:
        return QCoreApplication.translate("UserTableModel", "Disabled")
    if row.locked:
        return QCoreApplication.translate("UserTableModel", "Locked")
    if row.must_change_password:
        return QCoreApplication.translate("UserTableModel", "Active (must change password)")
    return QCoreApplication.translate("UserTableModel", "Active")


def _stamp(value: datetime | None) -> float:
    return value.timestamp() if value is not None else 0.0


class UserTableModel(RowTableModel[UserRow]):
    class Col(IntEnum):
        USERNAME = 0
        FULL_NAME = 1
        ROLE = 2
        STATUS = 3
        LAST_LOGIN = 4
        CREATED = 5

    CONTEXT = _CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("UserTableModel", "User name"), lambda r: r.username),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Full name"), lambda r: r.full_name,
               lambda r: r.full_name.casefold()),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Role"), lambda r: role_label(r.role)),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Status"), user_status),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Last login"),
               lambda r: local_time(r.last_login_at), lambda r: _stamp(r.last_login_at)),
        Column(QT_TRANSLATE_NOOP("UserTableModel", "Created"), lambda r: local_time(r.created_at),
               lambda r: _stamp(r.created_at)),
    )

    def find(self, user_id: str) -> int:
        """The row of ``user_id`` or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == user_id), -1)
