"""The evaluation periods of a year: the periodic ones — quarterly (triwulan, the default),
per semester, or the office's own list — and the annual one (Akhir), all open. Own periods are
typed in a small table (name, first and last day); the service checks order, overlap and that
they lie within the year. Tests replace :meth:`PeriodsDialog.ask`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.appraisal import PeriodRow, PeriodSpec, create_periods
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models import appraisal_labels as lbl
from ui.text import plain
from ui.widgets.date_field import DateError, date_error_text, parse_date
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext

SCHEMES = ("quarterly", "semester", "custom")


class PeriodsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("periods")
        self.ctx = ctx
        self.result_value: list[PeriodRow] | None = None
        self._runner: JobRunner | None = None
        self.intro = QLabel(self)
        self.intro.setObjectName("periods.intro")
        self.intro.setWordWrap(True)
        self.year_label = QLabel(self)
        self.year = QSpinBox(self)
        self.year.setObjectName("periods.year")
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year_label.setBuddy(self.year)
        self.schemes = QButtonGroup(self)
        scheme_row = QHBoxLayout()
        for n, scheme in enumerate(SCHEMES):
            button = QRadioButton(self)
            button.setObjectName(f"periods.scheme.{scheme}")
            self.schemes.addButton(button, n)
            scheme_row.addWidget(button)
        scheme_row.addStretch(1)
        self.schemes.button(0).setChecked(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("periods.custom")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_row_button = self._button("periods.add_row", self.add_row)
        self.remove_row_button = self._button("periods.remove_row", self.remove_row)
        self.error = QLabel(self)
        self.error.setObjectName("periods.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.submit_button = self._button("periods.submit", self.submit)
        self.submit_button.setDefault(True)
        self.cancel_button = self._button("periods.cancel", self.reject)
        self._layout(scheme_row)
        self.schemes.idClicked.connect(lambda _i: self._on_scheme())
        self.resize(560, 440)
        self.retranslate()
        self._on_scheme()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def _layout(self, scheme_row: QHBoxLayout) -> None:
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        rows = QHBoxLayout()
        rows.addStretch(1)
        rows.addWidget(self.add_row_button)
        rows.addWidget(self.remove_row_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(year_row)
        layout.addLayout(scheme_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(rows)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    # -- the own list ------------------------------------------------------------------------
    @property
    def scheme(self) -> str:
        return SCHEMES[self.schemes.checkedId()]

    def _on_scheme(self) -> None:
        custom = self.scheme == "custom"
        for widget in (self.table, self.add_row_button, self.remove_row_button):
            widget.setEnabled(custom)
        if custom and self.table.rowCount() == 0:
            y = self.year.value()
            for name, start, end in (("Semester I", date(y, 1, 1), date(y, 6, 30)),
                                     ("Semester II", date(y, 7, 1), date(y, 12, 31))):
                self.add_row(name, start, end)

    def add_row(self, name: str = "", start: date | None = None,
                end: date | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((name, _fmt(start), _fmt(end))):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def remove_row(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows or [self.table.rowCount() - 1]:
            if row >= 0:
                self.table.removeRow(row)

    def specs(self) -> list[PeriodSpec]:
        """The own periods typed in; :class:`ValueError` names the first unreadable cell."""
        out = []
        for row in range(self.table.rowCount()):
            cells = [(self.table.item(row, c).text() if self.table.item(row, c) else "").strip()
                     for c in range(3)]
            if not any(cells):
                continue
            try:
                start, end = parse_date(cells[1]), parse_date(cells[2])
            except DateError as exc:
                raise ValueError(self.tr("Row %1: %2").replace("%1", str(row + 1)).replace(
                    "%2", date_error_text(exc))) from None
            if start is None or end is None:
                raise ValueError(self.tr("Row %1: give the first and the last day.").replace(
                    "%1", str(row + 1)))
            out.append(PeriodSpec(cells[0], start, end))
        return out

    # -- saving ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    def submit(self) -> None:
        if self.busy:
            return
        self.error.hide()
        try:
            custom = self.specs() if self.scheme == "custom" else []
        except ValueError as exc:
            self._show(str(exc))
            return
        ctx, year, scheme = self.ctx, self.year.value(), self.scheme
        runner = JobRunner(lambda _p: ctx.write(create_periods, year, scheme, custom), self)
        self._runner = runner
        self.submit_button.setEnabled(False)
        runner.succeeded.connect(self._on_saved)
        runner.failed.connect(self._show)
        runner.finished.connect(self._on_finished)
        runner.start()

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_saved(self, rows: list[PeriodRow]) -> None:
        self.result_value = rows
        self.accept()

    def _on_finished(self) -> None:
        self._runner = None
        self.submit_button.setEnabled(True)

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Evaluation periods")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("The periodic evaluations of the year and the annual one "
                                   "(Akhir, 1 January – 31 December). New periods are open; "
                                   "close a period when its evaluations are done."))
        self.year_label.setText(self.tr("&Year:"))
        self.year.setAccessibleName(self.tr("Year"))
        for n, scheme in enumerate(SCHEMES):
            button = self.schemes.button(n)
            button.setText(lbl.label(lbl.SCHEME, scheme))
            button.setAccessibleName(button.text())
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("First day"),
                                              self.tr("Last day")])
        self.table.setAccessibleName(self.tr("Own periods"))
        for button, text in ((self.add_row_button, self.tr("Add row")),
                             (self.remove_row_button, self.tr("Remove row")),
                             (self.submit_button, self.tr("&Create")),
                             (self.cancel_button, self.tr("Cancel"))):
            button.setText(text)
            button.setAccessibleName(plain(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, ctx: ServiceContext, year: int,
            parent: QWidget | None = None) -> list[PeriodRow] | None:
        dialog = cls(ctx, year, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()


def _fmt(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value is not None else ""
