"""Table models of the 20-JP view (per unit, per employee) and of the training needs.

A unit row is indented by its depth in the org tree (sub-units under their OPD, figures
rolled up); an employee row says whether the employee is below the yearly minimum. Rows
below target are shown in a warning colour so the clerk sees them at a glance.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.errors import get_language, message
from app.services.training import EmployeeJp, TrainingNeed, UnitJp
from ui.models import training_labels as lbl
from ui.models.row_table_model import Column, Index, RowTableModel

BELOW_COLOUR = QColor("#9a3412")


def unit_name(r: UnitJp) -> str:
    name = r.unit_name or QCoreApplication.translate("TrainingJp", "(no unit)")
    return "    " * r.depth + name


class UnitJpTableModel(RowTableModel[UnitJp]):
    CONTEXT = "TrainingJp"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Unit"), unit_name),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Employees"),
               lambda r: str(r.employees), lambda r: r.employees,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "With target"), lambda r: str(r.with_target),
               lambda r: r.with_target, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Met"),
               lambda r: str(r.met_target), lambda r: r.met_target,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Below target"), lambda r: str(r.below_threshold),
               lambda r: r.below_threshold, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "% met"), lambda r: lbl.fmt_percent(r.percent_met),
               lambda r: r.percent_met, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Total JP"), lambda r: lbl.fmt_jp(r.jp_total),
               lambda r: r.jp_total, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Average JP"), lambda r: lbl.fmt_jp(r.jp_average),
               lambda r: r.jp_average, align_right=True),
    )
    BELOW_COLUMN = 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and index.column() == self.BELOW_COLUMN
                and self._rows[index.row()].below_threshold):
            return QBrush(BELOW_COLOUR)
        return super().data(index, role)

    def find(self, unit_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.unit_id == unit_id), -1)


def jp_state(r: EmployeeJp) -> str:
    if r.below_threshold:
        return QCoreApplication.translate("TrainingJp", "Below target")
    if r.over_limit:
        return QCoreApplication.translate("TrainingJp", "Over the yearly ceiling")
    if r.target is None:
        return QCoreApplication.translate("TrainingJp", "No minimum")
    return QCoreApplication.translate("TrainingJp", "Met")


class EmployeeJpTableModel(RowTableModel[EmployeeJp]):
    CONTEXT = "TrainingJp"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Name"),
               lambda r: r.nama, lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "NIP"), lambda r: r.nip or ""),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Type"), lambda r: r.jenis_pegawai),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Unit"), lambda r: r.unit or ""),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "JP"), lambda r: lbl.fmt_jp(r.jp), lambda r: r.jp,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Target"), lambda r: lbl.fmt_jp(r.target),
               lambda r: r.target, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Remaining"),
               lambda r: lbl.fmt_jp(r.remaining) if r.target is not None else "",
               lambda r: r.remaining, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "State"),
               jp_state, lambda r: (not r.below_threshold, r.jp)),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and self._rows[index.row()].below_threshold):
            return QBrush(BELOW_COLOUR)
        return super().data(index, role)


def need_reason(r: TrainingNeed) -> str:
    """The reason in the UI's language, its JP figures as the clerk writes them (16, not
    16.0)."""
    return message(f"training.need.{r.reason_code}", get_language(), **_tidy(r.params))


def need_suggestion(r: TrainingNeed) -> str:
    return message(r.suggestion_code, get_language(), **_tidy(r.params))


def _tidy(params: Mapping[str, object]) -> dict[str, object]:
    return {k: lbl.fmt_jp(v) if isinstance(v, float) else v for k, v in params.items()}


class NeedTableModel(RowTableModel[TrainingNeed]):
    """The texts come from the service's message catalog in the UI's language."""

    CONTEXT = "TrainingJp"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Name"),
               lambda r: r.nama, lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "NIP"), lambda r: r.nip or ""),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Unit"), lambda r: r.unit_name or ""),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Why"), need_reason, tooltip=need_reason),
        Column(QT_TRANSLATE_NOOP("TrainingJp", "Suggested development"), need_suggestion,
               tooltip=need_suggestion),
    )
