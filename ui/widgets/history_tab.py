"""One tab of the employee record: a table of one history kind with Tambah / Ubah / Hapus
(the dialogs do the checking), or a read-only list (training records, SKP appraisals)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError
from app.services.auth import Permission, why_not
from ui.dialogs import messages
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.history_dialog import HistoryDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_history_specs import HistorySpec, noun_of, title_of
from ui.models.employee_history_table_model import HistoryTableModel
from ui.models.row_table_model import RowTableModel
from ui.models.sort_proxy import SortProxy
from ui.text import plain
from ui.workers import error_text

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.histories import HistoryRow


def make_table(parent: QWidget, name: str, model: RowTableModel[Any]) -> QTableView:
    proxy = SortProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSortingEnabled(True)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    proxy.sort(-1)  # the service's order (histories: oldest first) until a header is clicked
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(140)
    header.setStretchLastSection(True)
    return table


def fit_columns(table: QTableView, widest: int = 320) -> None:
    """Columns as wide as their header and values, none wider than ``widest``."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)


class RecordListTab(QWidget):
    """A read-only list with a line saying where it is edited."""

    def __init__(self, name: str, model: RowTableModel[Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.note = QLabel(self)
        self.note.setObjectName(f"{name}.note")
        self.note.setWordWrap(True)
        self.table = make_table(self, f"{name}.table", model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)


class HistoryTab(QWidget):
    changed = Signal(str)  # a row of this kind was added, changed or deleted

    def __init__(self, ctx: ServiceContext, spec: HistorySpec, choices: EmployeeChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"history.{spec.key}")
        self.ctx = ctx
        self.spec = spec
        self.choices = choices
        self.employee_id = ""
        self.employee_name = ""
        self.model = HistoryTableModel(spec, choices, self)
        self.table = make_table(self, f"history.{spec.key}.table", self.model)
        self.table.doubleClicked.connect(lambda _i: self.change())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        bar = QHBoxLayout()
        self.add_button = self._button("add", self.add, bar)
        self.change_button = self._button("change", self.change, bar)
        self.delete_button = self._button("delete", self.delete, bar)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def _button(self, name: str, slot, bar: QHBoxLayout) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(f"history.{self.spec.key}.{name}")
        button.clicked.connect(slot)
        bar.addWidget(button)
        return button

    def show_rows(self, employee_id: str, employee_name: str, choices: EmployeeChoices,
                  rows: tuple[HistoryRow[Any], ...]) -> None:
        selected = self.selected()
        self.employee_id, self.employee_name, self.choices = employee_id, employee_name, choices
        self.model.choices = choices
        self.model.set_rows(list(rows))
        fit_columns(self.table)
        if selected is not None:
            self.select(selected.id)
        self._update()

    def selected(self) -> HistoryRow[Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RowTableModel.RowRole) if rows else None

    def select(self, record_id: str) -> None:
        row = self.model.find(record_id)
        if row >= 0:
            proxy = self.table.model()
            self.table.selectRow(proxy.mapFromSource(self.model.index(row, 0)).row())

    # -- actions -----------------------------------------------------------------------------
    def add(self) -> None:
        if self._denied() or not self.employee_id:
            return
        saved = HistoryDialog.ask(self.ctx, self.employee_id, self.employee_name, self.spec,
                                  self.choices, None, self)
        if saved is not None:
            self.changed.emit(saved.id)

    def change(self, _index: QModelIndex | None = None) -> None:
        row = self.selected()
        if row is None or self._denied():
            return
        saved = HistoryDialog.ask(self.ctx, self.employee_id, self.employee_name, self.spec,
                                  self.choices, row, self)
        if saved is not None:
            self.changed.emit(saved.id)

    def delete(self) -> None:
        row = self.selected()
        if row is None or self._denied():
            return
        noun = noun_of(self.spec)
        reason = DeleteReasonDialog.ask(
            self, self.tr("Delete %1").replace("%1", noun),
            self.tr("Delete the selected %1 of %2? It stays in the audit log and in the "
                    "deleted records.").replace("%1", noun).replace("%2", self.employee_name),
            self.tr("&Delete"))
        if reason is None:
            return
        from app.services.histories import delete_history

        try:
            self.ctx.write(delete_history, self.spec.key, row.id, reason)
        except SimpegError as exc:
            messages.warn(self, self.tr("Delete %1").replace("%1", noun), error_text(exc))
            return
        self.changed.emit(row.id)

    def _denied(self) -> str | None:
        return why_not(self.ctx.user, Permission.EMPLOYEE_WRITE)

    def _update(self) -> None:
        denied = self._denied()
        selected = self.selected() is not None
        self.add_button.setEnabled(denied is None and bool(self.employee_id))
        self.add_button.setToolTip(denied or "")
        none = self.tr("Select a row in the table first.")
        for button in (self.change_button, self.delete_button):
            button.setEnabled(denied is None and selected)
            button.setToolTip(denied or ("" if selected else none))

    def retranslate(self) -> None:
        for button, text in ((self.add_button, self.tr("&Add…")),
                             (self.change_button, self.tr("C&hange…")),
                             (self.delete_button, self.tr("&Delete…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(title_of(self.spec))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
