"""The tables of the employee record's tabs: one history kind (rows ``HistoryRow``), the
training records (``TrainingRecordRow``) and the SKP appraisals (``SkpRow``).

Sorting goes through :class:`~ui.models.sort_proxy.SortProxy` on raw values (dates as dates,
numbers as numbers), never on the display strings.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models import employee_labels as lbl
from ui.models.employee_history_specs import HistorySpec, TableColumn
from ui.models.row_table_model import Column, RowTableModel

if TYPE_CHECKING:
    from app.services.histories import HistoryRow


class ChoiceLabels(Protocol):
    """What the history tables need of :class:`~ui.models.employee_choices.EmployeeChoices`."""

    def label(self, key: str, code: str) -> str: ...

    def order(self, key: str, code: str) -> int: ...


def show_value(value: Any) -> str:
    """A stored value as the tables show it: dates day first, decimals with a comma."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return lbl.label(lbl.YES_NO, value)
    if isinstance(value, date):
        return lbl.fmt_date(value)
    if isinstance(value, Decimal):
        return format(value.normalize(), "f").replace(".", ",")
    if isinstance(value, int):
        return lbl.fmt_count(value)
    return str(value)


def _history_column(spec: TableColumn, model: HistoryTableModel) -> Column[HistoryRow[Any]]:
    def raw(row: HistoryRow[Any]) -> Any:
        return getattr(row.values, spec.field, None)

    def display(row: HistoryRow[Any]) -> str:
        value = raw(row)
        if spec.choices and value is not None:
            return model.choices.label(spec.choices, str(value))
        return show_value(value)

    def sort(row: HistoryRow[Any]) -> Any:
        value = raw(row)
        if spec.order and value is not None:
            return model.choices.order(spec.order, str(value))
        return display(row).casefold() if spec.choices else value

    numeric = spec.field.startswith(("gaji", "mkg", "tahun", "kredit"))
    return Column(spec.header, display, sort, align_right=numeric)


class HistoryTableModel(RowTableModel["HistoryRow[Any]"]):
    """The rows of one history kind; the columns come from its :class:`HistorySpec`."""

    CONTEXT = "Fields"

    def __init__(self, spec: HistorySpec, choices: ChoiceLabels, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.choices = choices
        self.COLUMNS = tuple(_history_column(c, self) for c in spec.columns)

    def set_choices(self, choices: ChoiceLabels) -> None:
        self.choices = choices
        self.retranslate()

    def find(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)


class TrainingRecordTableModel(RowTableModel["TrainingRecordRow"]):
    CONTEXT = "TrainingRecordTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "Year"),
               lambda r: str(r.jp_year or ""), lambda r: r.jp_year),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "Training"), lambda r: r.name,
               lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "From"),
               lambda r: lbl.fmt_date(r.start_date), lambda r: r.start_date),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "Until"),
               lambda r: lbl.fmt_date(r.end_date), lambda r: r.end_date),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "JP"), lambda r: str(r.jp),
               lambda r: r.jp, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "Certificate"),
               lambda r: r.certificate_nomor or ""),
        Column(QT_TRANSLATE_NOOP("TrainingRecordTableModel", "Recorded"),
               lambda r: lbl.label(lbl.TRAINING_SOURCE, r.source)),
    )


class SkpTableModel(RowTableModel["SkpRow"]):
    CONTEXT = "SkpTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Year"), lambda r: str(r.year),
               lambda r: r.year),
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Status"), lambda r: r.status_label),
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Work results"),
               lambda r: r.hasil_kerja_label or ""),
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Behaviour"),
               lambda r: r.perilaku_label or ""),
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Performance rating (predikat)"),
               lambda r: r.predikat_label or ""),
        Column(QT_TRANSLATE_NOOP("SkpTableModel", "Appraiser"), lambda r: r.penilai_nama or ""),
    )
