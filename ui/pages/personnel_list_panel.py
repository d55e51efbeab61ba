"""The personnel list: filter as you type over the whole office (100,000 rows stay fast: the
model is lazy and every query runs off the GUI thread), sort by any column on the server,
choose columns, export the current view to Excel, open an employee.

Kept in the user's settings: the filters (not the search text: a list opened tomorrow should
not silently hide everyone but yesterday's search) and the table header — widths, order,
hidden columns and the sort column.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import get_language
from ui.dialogs.employee_restore import restore_with_reason
from ui.models import employee_labels as lbl
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_filters import AttentionRequest, ListFilters
from ui.models.employee_list_loader import EmployeeListLoader
from ui.models.employee_table_model import COLUMNS, EmployeeTableModel
from ui.settings import UiSettings
from ui.text import plain
from ui.widgets.employee_filter_bar import EmployeeFilterBar
from ui.widgets.employee_table_view import EmployeeTableView
from ui.widgets.search_debouncer import SearchDebouncer
from ui.workers import run_with_progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.employee_query import EmployeeQuery, EmployeeRow

SETTINGS_KEY = "pegawai"
HEADER_KEY = "pegawai.table"
BANNER_STYLE = ("QFrame#personnel.banner { background: #fff4d6; border: 1px solid #e5c46b; "
                "border-radius: 4px; }")


def ask_export_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save the workbook (tests replace this function)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


class PersonnelListPanel(QWidget):
    open_requested = Signal(str)  # employee id
    new_requested = Signal()
    restored = Signal(str)  # a deleted employee was brought back (employee id)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personnel")
        self.ctx = ctx
        self.settings = UiSettings()
        self.attention: AttentionRequest | None = None
        self._sort = ("nama", False)
        self._keep_scroll: int | None = None
        self._reselect: str | None = None  # the employee to select once the reload lands
        self.last_export = None
        self.model = EmployeeTableModel(self)
        self.loader = EmployeeListLoader(ctx, self.model, self)
        self.loader.loaded.connect(self._on_loaded)
        self.loader.counted.connect(lambda _n: self._update_count())
        self.loader.failed.connect(self._on_failed)
        self.filter_bar = EmployeeFilterBar(self)
        self.filter_bar.set_filters(ListFilters.from_settings(self.settings.filters(SETTINGS_KEY)))
        self.debouncer = SearchDebouncer(self)
        self.debouncer.fired.connect(self.apply_filters)
        self.filter_bar.text_edited.connect(lambda _t: self.debouncer.poke())
        self.filter_bar.return_pressed.connect(self._on_search_return)
        self.filter_bar.changed.connect(self._on_filters_changed)
        self._build_banner()
        self._build_bar()
        self.table = self._build_table()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.banner)
        layout.addLayout(self.bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build_banner(self) -> None:
        self.banner = QFrame(self)
        self.banner.setObjectName("personnel.banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel(self.banner)
        self.banner_text.setObjectName("personnel.banner.text")
        self.banner_text.setWordWrap(True)
        self.banner_clear = QPushButton(self.banner)
        self.banner_clear.setObjectName("personnel.banner.clear")
        self.banner_clear.clicked.connect(self.clear_attention)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_text, 1)
        row.addWidget(self.banner_clear)
        self.banner.hide()

    def _build_bar(self) -> None:
        self.count = QLabel(self)
        self.count.setObjectName("personnel.count")
        self.count.setStyleSheet("font-weight: 600;")
        self.new_button = self._button("personnel.new", self.new_requested.emit)
        self.open_button = self._button("personnel.open", self.open_selected)
        self.export_button = self._button("personnel.export", self.export)
        self.restore_button = self._button("personnel.restore", self.restore_selected)
        self.restore_button.hide()  # shown with the deleted employees
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.count, 1)
        self.bar.addWidget(self.filter_bar.show_deleted)
        for button in (self.new_button, self.open_button, self.restore_button,
                       self.export_button):
            self.bar.addWidget(button)

    def _button(self, name: str, slot) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _build_table(self) -> EmployeeTableView:
        table = EmployeeTableView(self)
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.customContextMenuRequested.connect(self._on_header_menu)
        if not self.settings.restore_header(HEADER_KEY, header):
            for n, column in enumerate(COLUMNS):
                table.setColumnWidth(n, column.width)
                header.setSectionHidden(n, column.hidden)
            header.setSortIndicator(EmployeeTableModel.Col.NAMA, Qt.SortOrder.AscendingOrder)
        self._sort = self._sort_of(header.sortIndicatorSection(), header.sortIndicatorOrder())
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        for sig in (header.sectionResized, header.sectionMoved):
            sig.connect(lambda *_: self._save_header())
        table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        table.activated_row.connect(self._open_row)
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        return table

    # -- querying ----------------------------------------------------------------------------
    def query(self) -> EmployeeQuery:
        sort, descending = self._sort
        if self.attention is not None:
            return _with_text(self.attention.query, self.filter_bar.search.text(), sort,
                              descending)
        return self.filter_bar.filters().query(sort, descending)

    def apply_filters(self) -> None:
        """Run the query of what the filter bar shows (the debouncer calls it as you type)."""
        self.loader.load(self.query())

    def reload(self) -> None:
        """Run the current query again, keeping the scroll position and the selected employee
        (data changed)."""
        self._keep_scroll = self.table.verticalScrollBar().value()
        selected = self.selected_row()
        if selected is not None and self._reselect is None:
            self._reselect = selected.id
        self.loader.load(self.query())

    def _on_search_return(self) -> None:
        self.debouncer.flush()
        if self.model.total:
            self.table.setFocus()
            self.table.selectRow(0)

    def _on_filters_changed(self) -> None:
        self.settings.set_filters(SETTINGS_KEY, self.filter_bar.filters().to_settings()
                                  | {"text": ""})
        self.apply_filters()

    def _on_loaded(self) -> None:
        if self._keep_scroll is not None:
            self.table.verticalScrollBar().setValue(self._keep_scroll)
            self._keep_scroll = None
        if self._reselect is not None:
            employee_id, self._reselect = self._reselect, None
            self._select_now(employee_id)
        self._update_count()
        self._update_buttons()

    def _on_failed(self, text: str) -> None:
        self.count.setText(text)

    def _update_count(self) -> None:
        text = lbl.fmt_employees(self.model.total, self.model.exact)
        if self.showing_deleted:
            text = self.tr("%1 deleted: select one to restore it").replace("%1", text)
        self.count.setText(text)
        self.count.setAccessibleName(self.count.text())

    # -- sorting and columns -----------------------------------------------------------------
    def _sort_of(self, section: int, order: Qt.SortOrder) -> tuple[str, bool]:
        key = COLUMNS[section].sort_key if 0 <= section < len(COLUMNS) else None
        return (key or "nama", order == Qt.SortOrder.DescendingOrder)

    def _on_sort_indicator_changed(self, section: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if COLUMNS[section].sort_key is None:  # the service cannot order by it: keep the old
            old = next(i for i, c in enumerate(COLUMNS) if c.sort_key == self._sort[0])
            header.blockSignals(True)
            header.setSortIndicator(old, Qt.SortOrder.DescendingOrder if self._sort[1]
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self._sort = self._sort_of(section, order)
        self._save_header()
        self.apply_filters()

    def _save_header(self) -> None:
        self.settings.save_header(HEADER_KEY, self.table.horizontalHeader())

    def _on_header_menu(self, pos: QPoint) -> None:
        self.column_menu().popup(self.table.horizontalHeader().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Show or hide columns (at least one stays)."""
        return self.table.column_menu(self.model, self.set_column_visible)

    def set_column_visible(self, column: int, visible: bool) -> None:
        if self.table.set_column_visible(column, visible):
            self._save_header()

    def visible_columns(self) -> list[int]:
        return self.table.visible_columns()

    # -- attention items (from the Beranda) --------------------------------------------------
    def show_attention(self, request: AttentionRequest) -> None:
        self.attention = request
        self.filter_bar.search.clear()
        self.filter_bar.set_combos_enabled(False)
        self.banner_text.setText(self.tr("Showing: %1").replace("%1", request.title))
        self.banner.show()
        if request.query.sort != "nama":
            self._set_sort(str(request.query.sort), request.query.descending)
        self.apply_filters()

    def clear_attention(self) -> None:
        self.attention = None
        self.banner.hide()
        self.filter_bar.set_combos_enabled(True)
        self.apply_filters()

    def _set_sort(self, key: str, descending: bool) -> None:
        section = next(i for i, c in enumerate(COLUMNS) if c.sort_key == key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSectionHidden(section, False)
        header.setSortIndicator(section, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self._sort = (key, descending)

    # -- rows --------------------------------------------------------------------------------
    def set_choices(self, choices: EmployeeChoices) -> None:
        self.filter_bar.set_choices(choices)

    def selected_row(self) -> EmployeeRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    @property
    def showing_deleted(self) -> bool:
        """The list shows the deleted employees (they are restored, not opened)."""
        query = self.loader.shown_query
        return query is not None and query.deleted

    def _open_row(self, row: int) -> None:
        found = self.model.row_at(row)
        if found is None:
            return
        if found.deleted:
            self.restore_selected()
        else:
            self.open_requested.emit(found.id)

    def restore_selected(self) -> None:
        """Bring the selected deleted employee back, after a confirmation with a reason."""
        found = self.selected_row()
        if found is None or not found.deleted:
            return
        if not restore_with_reason(self, self.ctx, found):
            return
        # back to the current employees, on the one just restored
        self._reselect = found.id
        self.filter_bar.show_deleted.setChecked(False)
        self.restored.emit(found.id)

    def open_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def select_employee(self, employee_id: str) -> None:
        """Select ``employee_id`` and scroll to it; while a reload is on its way the selection
        waits for its rows (selecting in the old rows would be wiped when the new ones land)."""
        if not employee_id:
            return
        if self.loader.loading:
            self._reselect = employee_id
            return
        self._select_now(employee_id)

    def _select_now(self, employee_id: str) -> None:
        row = self.model.find(employee_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self) -> None:
        selected = self.selected_row()
        has_row = selected is not None
        deleted = self.showing_deleted
        self.open_button.setVisible(not deleted)
        self.restore_button.setVisible(deleted)
        self.open_button.setEnabled(has_row and not selected.deleted)
        self.open_button.setToolTip("" if has_row else self.tr("Select an employee first."))
        may_restore = has_row and selected.deleted
        self.restore_button.setEnabled(may_restore)
        self.restore_button.setToolTip("" if may_restore
                                       else self.tr("Select a deleted employee first."))
        empty = self.model.total == 0
        self.export_button.setEnabled(not empty)
        self.export_button.setToolTip(self.tr("The list is empty.") if empty else "")

    def set_new_allowed(self, reason: str | None) -> None:
        self.new_button.setEnabled(reason is None)
        self.new_button.setToolTip(reason or "")

    def set_restore_allowed(self, allowed: bool) -> None:
        """Deleted employees are listed (and restored) only by a role that may delete."""
        self.filter_bar.set_deleted_allowed(allowed)

    # -- export ------------------------------------------------------------------------------
    def export(self) -> None:
        from ui.models.employee_export import ExportSpec, export_rows  # openpyxl: when needed

        title = self.tr("Export to Excel")
        name = self.attention.title if self.attention else self.tr("Employee list")
        suggested = Path.home() / (_file_name(name) + ".xlsx")
        path = ask_export_path(self, title, suggested)
        if path is None:
            return
        columns = [COLUMNS[n] for n in self.visible_columns()]
        spec = ExportSpec(
            path=path, title=name, subtitle=self._subtitle(), columns=tuple(columns),
            headers=tuple(self.model.header_text(COLUMNS.index(c)) for c in columns),
            progress_text=self.tr("%1 of %2 rows"), office_name=self.ctx.office_name,
            lang=get_language())
        query, ctx = self.query(), self.ctx
        self.last_export = run_with_progress(
            self, lambda progress: export_rows(ctx, query, spec, progress), title=title,
            label=self.tr("Writing %1…").replace("%1", path.name),
            on_success=lambda n: self.count.setText(
                self.tr("%1 rows exported to %2").replace("%1", lbl.fmt_count(n))
                .replace("%2", str(path))))

    def _subtitle(self) -> tuple[str, ...]:
        return (self.attention.title,) if self.attention else (self.filter_bar.describe(),)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for button, text in ((self.new_button, self.tr("&New employee…")),
                             (self.open_button, self.tr("&Open")),
                             (self.export_button, self.tr("E&xport to Excel…")),
                             (self.restore_button, self.tr("&Restore…")),
                             (self.banner_clear, self.tr("Show the whole list"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Employees"))
        if self.attention is not None:
            self.banner_text.setText(self.tr("Showing: %1").replace("%1", self.attention.title))
        self.model.retranslate()
        self._update_count()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _with_text(query: EmployeeQuery, text: str, sort: str,
               descending: bool) -> EmployeeQuery:
    return replace(query, text=text, sort=sort, descending=descending)


def _file_name(title: str) -> str:
    return re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")[:60] or "pegawai"

