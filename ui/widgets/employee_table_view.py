"""The personnel list's table view: rows, not cells; Enter opens the selected employee as a
double-click does; the header can be moved, hidden column by column and clicked to sort."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from ui.models.employee_table_model import COLUMNS, EmployeeTableModel


class EmployeeTableView(QTableView):
    """Enter opens the selected employee (as a double-click does)."""

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personnel.table")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    # -- columns -----------------------------------------------------------------------------
    def column_menu(self, model: EmployeeTableModel,
                    toggle: Callable[[int, bool], None]) -> QMenu:
        """A checkable entry per column; ``toggle(column, visible)`` applies a click."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("personnel.columns")
        for n in range(len(COLUMNS)):
            action = QAction(model.header_text(n), menu)
            action.setObjectName(f"personnel.column.{COLUMNS[n].key}")
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(n))
            action.toggled.connect(lambda on, col=n: toggle(col, on))
            menu.addAction(action)
        return menu

    def set_column_visible(self, column: int, visible: bool) -> bool:
        """Show or hide ``column``; the last visible one stays. ``True`` when it changed."""
        header = self.horizontalHeader()
        shown = [n for n in range(len(COLUMNS)) if not header.isSectionHidden(n)]
        if not visible and shown == [column]:
            return False
        header.setSectionHidden(column, not visible)
        if visible and header.sectionSize(column) < 30:
            header.resizeSection(column, COLUMNS[column].width)
        return True

    def visible_columns(self) -> list[int]:
        """Logical indexes of the shown columns, in the order on screen."""
        header = self.horizontalHeader()
        return [header.logicalIndex(v) for v in range(header.count())
                if not header.isSectionHidden(header.logicalIndex(v))]
