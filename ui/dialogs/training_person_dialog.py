"""One employee's training as it counts for the JP (the drill-down of the 20-JP view):
every completed session of ours and every training recorded from elsewhere, newest first,
with the JP of each year. *Buka data pegawai* asks the page to open the employee record.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.training import EmployeeJp, TrainingRecordRow, employee_training_records
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models import training_labels as lbl
from ui.models.sort_proxy import SortProxy
from ui.models.training_table_models import TrainingRecordTableModel
from ui.text import plain
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def jp_by_year(records: list[TrainingRecordRow]) -> dict[int, float]:
    totals: dict[int, float] = defaultdict(float)
    for r in records:
        if r.jp_year is not None:
            totals[r.jp_year] += r.jp
    return dict(sorted(totals.items(), reverse=True))


class TrainingPersonDialog(QDialog):
    def __init__(self, ctx: ServiceContext, person: EmployeeJp, year: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("training_person")
        self.ctx = ctx
        self.person = person
        self.year = year
        self.open_record = False
        self.records: list[TrainingRecordRow] | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("training_person.heading")
        self.heading.setStyleSheet("font-weight: 600;")
        self.years = QLabel(self)
        self.years.setObjectName("training_person.years")
        self.years.setWordWrap(True)
        self.model = TrainingRecordTableModel(self)
        proxy = SortProxy(self)
        proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("training_person.table")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((70, 330, 150, 170, 50, 110)):
            self.table.setColumnWidth(column, width)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("training_person.open")
        self.open_button.clicked.connect(self._on_open_clicked)
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("training_person.close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.years)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(940, 480)
        self.retranslate()
        self._load()

    def _load(self) -> None:
        ctx, employee_id = self.ctx, self.person.employee_id
        runner = JobRunner(lambda _p: ctx.read(employee_training_records, employee_id), self)
        runner.succeeded.connect(self._on_loaded)
        runner.failed.connect(self._on_failed)
        runner.finished.connect(runner.deleteLater)
        runner.start()

    def _on_loaded(self, records: list[TrainingRecordRow]) -> None:
        self.records = list(records)
        self.model.set_rows(self.records)
        self.table.sortByColumn(0, self.table.horizontalHeader().sortIndicatorOrder())
        self._show_years()

    def _on_failed(self, text: str) -> None:
        self.years.setStyleSheet(ERROR_STYLE)
        self.years.setText(text)

    def _show_years(self) -> None:
        if self.records is None:
            self.years.setText(self.tr("Loading…"))
            return
        totals = jp_by_year(self.records)
        if not totals:
            self.years.setText(self.tr("No training is recorded for this employee."))
            return
        parts = [self.tr("%1: %2 JP").replace("%1", str(y)).replace("%2", lbl.fmt_jp(jp))
                 for y, jp in list(totals.items())[:6]]
        self.years.setText(self.tr("JP per year — %1").replace("%1", " · ".join(parts)))

    def _on_open_clicked(self) -> None:
        self.open_record = True
        self.accept()

    def retranslate(self) -> None:
        p = self.person
        title = self.tr("Training of %1").replace("%1", p.nama)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        target = (self.tr("target %1 JP").replace("%1", lbl.fmt_jp(p.target))
                  if p.target is not None else self.tr("no minimum"))
        self.heading.setText(self.tr("%1 — NIP %2 — %3: %4 JP in %5 (%6)")
                             .replace("%1", p.nama).replace("%2", p.nip or "-")
                             .replace("%3", p.unit or "-").replace("%4", lbl.fmt_jp(p.jp))
                             .replace("%5", str(self.year)).replace("%6", target))
        self.table.setAccessibleName(self.tr("Training records"))
        for button, text in ((self.open_button, self.tr("&Open the employee record")),
                             (self.close_button, self.tr("Close"))):
            button.setText(text)
            button.setAccessibleName(plain(text))
        self.model.retranslate()
        self._show_years()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, ctx: ServiceContext, person: EmployeeJp, year: int,
            parent: QWidget | None = None) -> bool:
        """Show the records; True when the clerk asked to open the employee record."""
        dialog = cls(ctx, person, year, parent)
        try:
            dialog.exec()
            return dialog.open_record
        finally:
            dialog.deleteLater()
