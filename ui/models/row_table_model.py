"""A read-only table model over a list of frozen-dataclass rows (service DTOs).

Subclasses list their columns once: header (an English source in their translation context,
marked with ``QT_TRANSLATE_NOOP``), how a row displays, and how it sorts. ``RowRole`` returns
the whole DTO (still reachable through a proxy), ``SortRole`` a raw sortable value.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    header: str  # English source text, translated in the model's context at display time
    display: Callable[[R], str]
    sort: Callable[[R], Any] | None = None  # defaults to the display text
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


def count_column(header: str, attribute: str) -> Column[Any]:
    """A right-aligned column of a whole number attribute, sorted by its value."""
    value = attrgetter(attribute)
    return Column(header, lambda row: str(value(row)), sort=value, align_right=True)


class RowTableModel(QAbstractTableModel, Generic[R]):
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    CONTEXT: ClassVar[str] = "RowTableModel"
    COLUMNS: ClassVar[Sequence[Column[Any]]] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []

    # -- ours ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[R]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def replace_row(self, row: int, value: R) -> None:
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[column].header)

    def retranslate(self) -> None:
        """Headers (and translated cell texts) follow the language: tell the views."""
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            )

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == self.SortRole:
            return column.sort(row) if column.sort is not None else column.display(row)
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.header_text(section)
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
