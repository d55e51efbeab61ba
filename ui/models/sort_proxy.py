"""Sorting on raw values (``SortRole``), never on display strings ("999" > "1000")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from ui.models.row_table_model import RowTableModel


def _key(value: Any) -> tuple[int, Any]:
    # None sorts first; values of one column share a type
    return (0, 0) if value is None else (1, value)


class SortProxy(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(RowTableModel.SortRole)
        self.setDynamicSortFilter(True)

    def lessThan(  # noqa: N802 - Qt override
        self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex
    ) -> bool:
        a = self.sourceModel().data(left, self.sortRole())
        b = self.sourceModel().data(right, self.sortRole())
        try:
            return _key(a) < _key(b)
        except TypeError:
            return str(a) < str(b)
