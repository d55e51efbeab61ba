"""The province's table of the offices (Sinkronisasi → Status kantor): per office its last
bundle here, the lag in days (warning colour past ``LAG_WARNING_DAYS``), open conflicts and
bundles on hold (service DTO :class:`app.services.province.OfficeSyncStatus`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.services.province import LAG_WARNING_DAYS, OfficeSyncStatus
from ui.models.employee_labels import fmt_count
from ui.models.row_table_model import Column, Index, RowTableModel, count_column
from ui.models.sync_models import time_text

LATE_BACKGROUND = QColor("#fde8c8")
LATE_TEXT = QColor("#8a3b00")
ALERT_TEXT = QColor("#b00020")
NEVER_TEXT = QColor("#6b7480")
_CONTEXT = "ProvinceTableModel"


def lag_text(o: OfficeSyncStatus) -> str:
    if o.lag_days is None:
        return QCoreApplication.translate("ProvinceTableModel", "never")
    if o.lag_days == 0:
        return QCoreApplication.translate("ProvinceTableModel", "today")
    return (QCoreApplication.translate("ProvinceTableModel", "%1 days")
            .replace("%1", str(o.lag_days)))


def lag_tooltip(o: OfficeSyncStatus) -> str:
    if o.never_synced:
        return QCoreApplication.translate(
            "ProvinceTableModel", "No bundle of this office has been applied here yet.")
    lines = [QCoreApplication.translate("ProvinceTableModel", "Bundle made by the office on %1.")
             .replace("%1", time_text(o.last_bundle_created_at))]
    if o.late:
        lines.append(QCoreApplication.translate(
            "ProvinceTableModel", "Older than %1 days: ask the office for a new bundle.")
            .replace("%1", str(LAG_WARNING_DAYS)))
    if o.changes_pending:
        lines.append(QCoreApplication.translate(
            "ProvinceTableModel", "%1 changes the office announced have not arrived here yet.")
            .replace("%1", str(o.changes_pending)))
    return "\n".join(lines)


def _lag_sort(o: OfficeSyncStatus) -> int:
    return 10**6 if o.lag_days is None else o.lag_days  # never: the most behind


class ProvinceTableModel(RowTableModel[OfficeSyncStatus]):
    CONTEXT = _CONTEXT
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Office"), lambda o: o.name,
               tooltip=lambda o: o.last_bundle_file or ""),
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Code"), lambda o: o.office_code),
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Last bundle received"),
               lambda o: time_text(o.last_bundle_applied_at),
               sort=lambda o: o.last_bundle_applied_at or datetime.min,
               tooltip=lambda o: o.last_bundle_file or ""),
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "No."),
               lambda o: str(o.last_bundle_seq) if o.last_bundle_seq else "–",
               sort=lambda o: o.last_bundle_seq or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Lag"), lag_text, sort=_lag_sort,
               align_right=True, tooltip=lag_tooltip),
        Column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Employees"),
               lambda o: fmt_count(o.employees), sort=lambda o: o.employees,
               align_right=True),
        count_column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Open conflicts"), "open_conflicts"),
        count_column(QT_TRANSLATE_NOOP("ProvinceTableModel", "Bundles on hold"),
                     "parked_bundles"),
    )
    LAG_COLUMN = 4
    CONFLICT_COLUMNS = (6, 7)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            o = self._rows[index.row()]
            column = index.column()
            if column == self.LAG_COLUMN and o.late:
                if role == Qt.ItemDataRole.BackgroundRole and not o.never_synced:
                    return QBrush(LATE_BACKGROUND)
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(NEVER_TEXT if o.never_synced else LATE_TEXT)
            if column in self.CONFLICT_COLUMNS and self._count(o, column):
                if role == Qt.ItemDataRole.ForegroundRole:
                    return QBrush(ALERT_TEXT)
                if role == Qt.ItemDataRole.FontRole:
                    font = QFont()
                    font.setBold(True)
                    return font
        return super().data(index, role)

    def _count(self, o: OfficeSyncStatus, column: int) -> int:
        return o.open_conflicts if column == self.CONFLICT_COLUMNS[0] else o.parked_bundles

    def row_of(self, office_code: str) -> int:
        return next((i for i, o in enumerate(self._rows) if o.office_code == office_code), -1)
