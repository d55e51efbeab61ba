"""Pelatihan eksternal: find an employee (name, NIP or NIK), see what they attended elsewhere
and their JP of the year, record a new one with its certificate, correct or remove one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Permission
from app.services.employee_query import EmployeeQuery, EmployeeRow, list_employees
from app.services.training import (
    ExternalTrainingRow,
    TrainingRecordRow,
    employee_training_records,
    list_external_training,
    remove_external_training,
)
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_external_dialog import ExternalTrainingDialog
from ui.models import training_labels as lbl
from ui.models.row_table_model import Column, RowTableModel
from ui.models.sort_proxy import SortProxy
from ui.models.training_table_models import ExternalTableModel
from ui.pages.tabbed import make_table
from ui.pages.training_tab import TrainingTab
from ui.text import plain
from ui.widgets.search_debouncer import SearchDebouncer

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage

FOUND_LIMIT = 100


class FoundTableModel(RowTableModel[EmployeeRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Name"), lambda r: r.nama_lengkap,
               lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "NIP"), lambda r: r.nip_display),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Unit"), lambda r: r.unit_name or ""),
    )


def load_employee(ctx, employee_id: str):  # type: ignore[no-untyped-def]
    """The employee's external records and everything counted for their JP."""
    return (ctx.read(list_external_training, employee_id),
            ctx.read(employee_training_records, employee_id))


class ExternalTab(TrainingTab):
    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page, "training.external")
        self.employee: EmployeeRow | None = None
        self.records: list[TrainingRecordRow] = []
        self.search = QLineEdit(self)
        self.search.setObjectName("training.external.search")
        self.search.setClearButtonEnabled(True)
        self.debouncer = SearchDebouncer(self)
        self.debouncer.fired.connect(self.find)
        self.search.textEdited.connect(lambda _t: self.debouncer.poke())
        self.search.returnPressed.connect(self.debouncer.flush)
        self.found_model = FoundTableModel(self)
        self.found = make_table(self, "training.external.found", self.found_model, (190, 150, 150),
                                on_select=self._on_employee)
        self.heading = QLabel(self)
        self.heading.setObjectName("training.external.heading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.jp_line = QLabel(self)
        self.jp_line.setObjectName("training.external.jp")
        self.model = ExternalTableModel(self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        self.proxy = proxy
        self.table = make_table(self, "training.external.table", proxy,
                                (230, 150, 100, 160, 70, 40, 160), sortable=True,
                                on_open=self.edit_record, on_select=self.update_buttons)
        self.add_button = self.button("training.external.add", self.add_record)
        self.edit_button = self.button("training.external.edit", self.edit_record)
        self.remove_button = self.button("training.external.remove", self.remove_record)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.found, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for button in (self.add_button, self.edit_button, self.remove_button):
            bar.addWidget(button)
        right_layout.addLayout(bar)
        right_layout.addWidget(self.jp_line)
        right_layout.addWidget(self.table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("training.external.splitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([470, 750])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- finding an employee -----------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        if self.employee is not None:
            self._load_records()

    def find(self) -> None:
        text, ctx = self.search.text().strip(), self.ctx
        if not text:
            self.found_model.set_rows([])
            return
        query = EmployeeQuery(text=text, limit=FOUND_LIMIT, count_limit=FOUND_LIMIT)
        self.fetch(lambda _p: ctx.read(list_employees, query), self._on_found)

    def _on_found(self, page) -> None:  # type: ignore[no-untyped-def]
        self.found_model.set_rows(page.rows)
        if len(page.rows) == 1:
            self.found.selectRow(0)
        self.show_note(self.tr("%1 employee(s) found.").replace("%1", str(len(page.rows))))

    def _on_employee(self) -> None:
        rows = self.found.selectionModel().selectedRows()
        self.employee = self.found_model.row_at(rows[0].row()) if rows else None
        self.model.set_rows([])
        self.records = []
        if self.employee is not None:
            self._load_records()
        self._show_heading()
        self.update_buttons()
        self.page.commands_changed.emit()  # Ctrl+N records for the chosen employee

    def _load_records(self) -> None:
        assert self.employee is not None
        employee_id, ctx = self.employee.id, self.ctx
        self.fetch(lambda _p: load_employee(ctx, employee_id), self._on_records)

    def _on_records(self, result: tuple[list[ExternalTrainingRow], list[TrainingRecordRow]]
                    ) -> None:
        external, records = result
        if self.employee is None or (external and external[0].employee_id != self.employee.id):
            return
        self.model.set_rows(external)
        self.records = records
        self._show_heading()
        self.update_buttons()

    def external_names(self) -> list[str]:
        return [r.name for r in self.model.rows()]

    # -- actions -----------------------------------------------------------------------------
    def selected(self) -> ExternalTrainingRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], ExternalTableModel.RowRole) if rows else None

    def add_record(self) -> None:
        e = self.employee
        if e is None or self.denied(Permission.TRAINING_WRITE):
            return
        if ExternalTrainingDialog.ask(self.ctx, self.choices, e.id, e.nama_lengkap, None,
                                      self) is not None:
            self._written()

    def edit_record(self) -> None:
        e, row = self.employee, self.selected()
        if e is None or row is None or self.denied(Permission.TRAINING_WRITE):
            return
        if ExternalTrainingDialog.ask(self.ctx, self.choices, e.id, e.nama_lengkap, row,
                                      self) is not None:
            self._written()

    def remove_record(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        reason = DeleteReasonDialog.ask(
            self, self.tr("Remove training record"),
            self.tr("Remove “%1” (%2 JP) from the employee's record?")
            .replace("%1", row.name).replace("%2", lbl.fmt_jp(row.jp)), self.tr("Remove"))
        if reason is None:
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(remove_external_training, row.id, reason),
                   self.tr("Remove training record"), lambda _r: self._load_records(),
                   "external")

    def _written(self) -> None:
        self.changed.emit("external")
        self._load_records()

    # -- texts and state ---------------------------------------------------------------------
    def _show_heading(self) -> None:
        e = self.employee
        if e is None:
            self.heading.setText(self.tr("Find an employee on the left."))
            self.jp_line.setText("")
            return
        self.heading.setText(f"{e.nama_lengkap} — {e.nip_display or '-'}")
        year = date.today().year
        ours = sum(r.jp for r in self.records if r.jp_year == year and r.source == "session")
        elsewhere = sum(r.jp for r in self.records
                        if r.jp_year == year and r.source != "session")
        self.jp_line.setText(self.tr("JP in %1: %2 (our sessions %3, elsewhere %4)")
                             .replace("%1", str(year)).replace("%2", lbl.fmt_jp(ours + elsewhere))
                             .replace("%3", lbl.fmt_jp(ours))
                             .replace("%4", lbl.fmt_jp(elsewhere)))

    def update_buttons(self) -> None:
        denied = self.denied(Permission.TRAINING_WRITE)
        no_employee = self.tr("Find and select an employee first.")
        no_row = self.tr("Select a training record first.")
        row = self.selected()
        checks = {self.add_button: denied or (no_employee if self.employee is None else None),
                  self.edit_button: denied or (no_row if row is None else None),
                  self.remove_button: denied or (no_row if row is None else None)}
        for button, reason in checks.items():
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Name, NIP or NIK of the employee"))
        self.search.setAccessibleName(self.tr("Find an employee"))
        self.found.setAccessibleName(self.tr("Employees found"))
        self.table.setAccessibleName(self.tr("Training attended elsewhere"))
        for button, text in ((self.add_button, self.tr("&Record training…")),
                             (self.edit_button, self.tr("&Change…")),
                             (self.remove_button, self.tr("Re&move…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.found_model.retranslate()
        self.model.retranslate()
        self._show_heading()
        self.update_buttons()
