"""Choose one employee: type part of the name or NIP, pick from the list (Enter or a double
click). Searches run in the background as the clerk types (debounced); the list shows at most
60 matches, by name, of the employees on duty — in the screen's unit when one is chosen.

Tests replace :meth:`EmployeePickerDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.employee_query import EmployeeRow
from ui.models.appraisal_jobs import search_employees
from ui.models.appraisal_record_models import EmployeePickTableModel
from ui.text import plain
from ui.widgets.search_debouncer import SearchDebouncer
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class EmployeePickerDialog(QDialog):
    def __init__(self, ctx: ServiceContext, title: str, unit_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employee_picker")
        self.ctx = ctx
        self.title = title
        self.unit_id = unit_id
        self.chosen: EmployeeRow | None = None
        self._loader: JobRunner | None = None
        self._again = False
        self.search = QLineEdit(self)
        self.search.setObjectName("employee_picker.search")
        self.search.setClearButtonEnabled(True)
        self.in_unit = QCheckBox(self)
        self.in_unit.setObjectName("employee_picker.in_unit")
        self.in_unit.setChecked(unit_id is not None)
        self.in_unit.setVisible(unit_id is not None)
        self.model = EmployeePickTableModel(self)
        self.table = self._table()
        self.count = QLabel(self)
        self.count.setObjectName("employee_picker.count")
        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("employee_picker.ok")
        self.ok_button.clicked.connect(self.pick)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("employee_picker.cancel")
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.in_unit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.debouncer = SearchDebouncer(self)
        self.debouncer.fired.connect(self.refresh)
        self.search.textEdited.connect(lambda _t: self.debouncer.poke())
        self.search.returnPressed.connect(self._on_return)
        self.in_unit.toggled.connect(lambda _c: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.resize(820, 480)
        self.retranslate()
        self.refresh()

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("employee_picker.table")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((240, 170, 200)):
            table.setColumnWidth(column, width)
        table.doubleClicked.connect(lambda _i: self.pick())
        return table

    # -- searching ---------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loader is not None

    def refresh(self) -> None:
        if self._loader is not None:
            self._again = True
            return
        ctx, text = self.ctx, self.search.text()
        unit = self.unit_id if self.in_unit.isChecked() else None
        runner = JobRunner(lambda _p: search_employees(ctx, text, unit), self)
        self._loader = runner
        runner.succeeded.connect(self._on_found)
        runner.failed.connect(self.count.setText)
        runner.finished.connect(self._on_finished)
        runner.start()

    def _on_found(self, rows: list[EmployeeRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self.count.setText(self.tr("%1 employee(s) shown").replace("%1", str(len(rows))))
        self._update()

    def _on_finished(self) -> None:
        self._loader = None
        if self._again:
            self._again = False
            self.refresh()

    def _on_return(self) -> None:
        self.debouncer.flush()
        if self.model.rowCount() == 1 and not self.loading:
            self.pick()

    # -- choosing ----------------------------------------------------------------------------
    def selected(self) -> EmployeeRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update(self) -> None:
        self.ok_button.setEnabled(self.selected() is not None)

    def pick(self) -> None:
        row = self.selected()
        if row is not None:
            self.chosen = row
            self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.title)
        self.setAccessibleName(self.title)
        self.search.setPlaceholderText(self.tr("Type a name or NIP…"))
        self.search.setAccessibleName(self.tr("Search employees"))
        self.in_unit.setText(self.tr("Only the chosen unit"))
        self.table.setAccessibleName(self.tr("Employees found"))
        for button, text in ((self.ok_button, self.tr("&Choose")),
                             (self.cancel_button, self.tr("Cancel"))):
            button.setText(text)
            button.setAccessibleName(plain(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        if self._loader is not None:
            self._loader.shutdown()
        super().done(result)

    @classmethod
    def ask(cls, ctx: ServiceContext, title: str, unit_id: str | None = None,
            parent: QWidget | None = None) -> EmployeeRow | None:
        """The employee chosen, or ``None`` when the clerk cancelled."""
        dialog = cls(ctx, title, unit_id, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
