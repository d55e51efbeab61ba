"""The OPD tree of the Referensi screen (and of the move dialog): a read-only
``QAbstractItemModel`` over :class:`~app.services.org_admin.OrgTreeRow` DTOs in tree order.

Columns: unit name, kind, eselon, employees on duty in the unit, the same including its
sub-units. Inactive units are greyed and italic. ``RowRole`` gives the whole row (also through
:class:`OrgTreeFilter`); ``SortRole`` a raw value. :class:`OrgTreeFilter` keeps the units whose
name (or short name) holds every typed word, with their ancestors, so the clerk sees where a
match sits.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from app.services.org_admin import OrgTreeRow
from ui.models import org_labels as lbl
from ui.models.employee_labels import fmt_count

Index = QModelIndex | QPersistentModelIndex
_CTX = "OrgTreeModel"
HEADERS = (
    QT_TRANSLATE_NOOP("OrgTreeModel", "Unit"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Kind"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Eselon"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Employees"),
    QT_TRANSLATE_NOOP("OrgTreeModel", "Incl. sub-units"),
)
COL_NAME, COL_KIND, COL_ESELON, COL_HERE, COL_TOTAL = range(len(HEADERS))
_NO_PARENT = -1
_GREY = QColor("#7a8591")


def fold(text: str) -> str:
    """Lowercase without accents, for matching what the clerk types."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class OrgTreeModel(QAbstractItemModel):
    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[OrgTreeRow] = []
        self._children: dict[int, list[int]] = {_NO_PARENT: []}
        self._parent: list[int] = []
        self._position: list[int] = []
        self._by_id: dict[str, int] = {}

    # -- ours ------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[OrgTreeRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._by_id = {r.id: n for n, r in enumerate(self._rows)}
        self._children = {_NO_PARENT: []}
        self._parent = []
        self._position = []
        for n, r in enumerate(self._rows):
            parent = self._by_id.get(r.node.parent_id or "", _NO_PARENT)
            if parent >= n:  # a parent always comes first in tree order; be safe anyway
                parent = _NO_PARENT
            siblings = self._children.setdefault(parent, [])
            self._parent.append(parent)
            self._position.append(len(siblings))
            siblings.append(n)
        self.endResetModel()

    def rows(self) -> list[OrgTreeRow]:
        return list(self._rows)

    def row_of(self, index: Index) -> OrgTreeRow | None:
        if not index.isValid():
            return None
        return self._rows[index.internalId()]

    def find(self, unit_id: str) -> QModelIndex:
        n = self._by_id.get(unit_id)
        if n is None:
            return QModelIndex()
        return self.createIndex(self._position[n], 0, n)

    def get(self, unit_id: str) -> OrgTreeRow | None:
        n = self._by_id.get(unit_id)
        return self._rows[n] if n is not None else None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)
        last = len(HEADERS) - 1
        for children in self._children.values():
            if children:
                self.dataChanged.emit(self.createIndex(0, 0, children[0]),
                                      self.createIndex(len(children) - 1, last, children[-1]))

    # -- Qt structure ------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= len(HEADERS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        key = parent.internalId() if parent.isValid() else _NO_PARENT
        children = self._children.get(key, ())
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._parent[index.internalId()]
        if parent == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(self._position[parent], 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._children.get(parent.internalId(), ()))
        return len(self._children.get(_NO_PARENT, ()))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(HEADERS)
                and role == Qt.ItemDataRole.DisplayRole):
            return QCoreApplication.translate(_CTX, HEADERS[section])
        return None

    # -- Qt data -----------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.internalId() < len(self._rows):
            return None
        r = self._rows[index.internalId()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == self.RowRole:
            return r
        if role == self.SortRole:
            return self._sort(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_HERE, COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not r.node.active:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _GREY
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        return None

    def _display(self, r: OrgTreeRow, column: int) -> str:
        if column == COL_NAME:
            if r.node.active:
                return r.name
            return QCoreApplication.translate("OrgTreeModel", "%1 (inactive)").replace(
                "%1", r.name)
        if column == COL_KIND:
            return lbl.label(lbl.UNIT_KIND, r.node.kind)
        if column == COL_ESELON:
            return r.node.eselon or ""
        if column == COL_HERE:
            return fmt_count(r.on_duty) if r.on_duty else ""
        return fmt_count(r.on_duty_total) if r.on_duty_total else ""

    @staticmethod
    def _sort(r: OrgTreeRow, column: int) -> Any:
        return (r.name.lower(), r.node.kind, r.node.eselon or "", r.on_duty,
                r.on_duty_total)[column]

    def _tooltip(self, r: OrgTreeRow, column: int) -> str:
        if column == COL_NAME:
            text = " › ".join(r.node.path)
            if r.node.short_name:
                text += f" ({r.node.short_name})"
            return text
        if column in (COL_HERE, COL_TOTAL):
            text = QCoreApplication.translate(
                "OrgTreeModel", "%1 on duty in this unit, %2 including its sub-units.").replace(
                "%1", fmt_count(r.on_duty)).replace("%2", fmt_count(r.on_duty_total))
            if r.recorded > r.on_duty:
                text += " " + QCoreApplication.translate(
                    "OrgTreeModel", "%1 more record(s) here are no longer on duty (retired, moved "
                    "out…).").replace("%1", fmt_count(r.recorded - r.on_duty))
            return text
        return ""


class OrgTreeFilter(QSortFilterProxyModel):
    """Units whose name or short name holds every word typed, with their ancestors (and,
    when a unit matches, everything below it stays reachable)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._show_inactive = True
        self.setRecursiveFilteringEnabled(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_show_inactive(self, show: bool) -> None:
        self.beginFilterChange()
        self._show_inactive = show
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def filtering(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, OrgTreeModel)
        row = model.row_of(model.index(source_row, 0, source_parent))
        if row is None:
            return False
        if not self._show_inactive and not row.node.active:
            return False
        if not self._words:
            return True
        index = model.index(source_row, 0, source_parent)
        while index.isValid():  # a match, or below one
            found = model.row_of(index)
            assert found is not None
            haystack = fold(f"{found.name} {found.node.short_name or ''}")
            if all(word in haystack for word in self._words):
                return True
            index = model.parent(index)
        return False

    def row_of(self, index: Index) -> OrgTreeRow | None:
        if not index.isValid():
            return None
        return self.data(index, OrgTreeModel.RowRole)
