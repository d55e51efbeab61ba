"""Rekap 20 JP: for a chosen year, per unit (sub-units rolled up into their OPD) how many
employees a minimum applies to, how many met it, the JP total and average; choose a unit to
see its employees — JP so far, what remains, who is below — and double-click one to see their
training. Print the recap or the employee list (previewed), export both to Excel.

The figures come from one grouped query (:func:`app.services.training.jp_summary`), run in a
worker with a progress window: a province database holds 100,000 employees.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import get_language
from app.services.auth import Permission
from app.services.training import EmployeeJp, UnitJp, employee_jp, jp_summary
from ui.dialogs.training_person_dialog import TrainingPersonDialog
from ui.models import training_labels as lbl
from ui.models.employee_filters import OpenEmployeeRequest
from ui.models.employee_labels import fmt_count
from ui.models.sort_proxy import SortProxy
from ui.models.training_jp_models import EmployeeJpTableModel, UnitJpTableModel, unit_name
from ui.models.training_print_jobs import JpRecapOrder, jp_recap_pdf, jp_recap_xlsx
from ui.pages.tabbed import make_table
from ui.pages.training_tab import TrainingTab, ask_export_path
from ui.text import plain
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage


def summary_counts(rows: list[UnitJp]) -> tuple[int, int, int, float]:
    """(employees, with a minimum, below it, JP total) of the whole scope: the rows not
    inside another row."""
    ids = {r.unit_id for r in rows if r.unit_id is not None}
    tops = [r for r in rows if r.unit_id is None or r.parent_id not in ids]
    return (sum(r.employees for r in tops), sum(r.with_target for r in tops),
            sum(r.below_threshold for r in tops), sum(r.jp_total for r in tops))


def file_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text).strip().replace(" ", "_")[:80] or "rekap"


class JpTab(TrainingTab):
    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page, "training.jp")
        self.unit_rows: list[UnitJp] = []
        self.shown_unit: UnitJp | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.last_export = None
        self.year = self.year_spin("training.jp.year")
        self.scope = self.unit_scope("training.jp.unit")
        self.summary = QLabel(self)
        self.summary.setObjectName("training.jp.summary")
        self.summary.setStyleSheet("font-weight: 600;")
        self.summary.setWordWrap(True)
        self.units_model = UnitJpTableModel(self)
        self.units = make_table(self, "training.jp.units", self.units_model,
                                (330, 75, 95, 85, 125, 100, 90), on_select=self._on_unit)
        self.people_heading = QLabel(self)
        self.people_heading.setObjectName("training.jp.people_heading")
        self.below_only = QCheckBox(self)
        self.below_only.setObjectName("training.jp.below_only")
        self.below_only.setChecked(True)
        self.below_only.toggled.connect(lambda _c: self._load_people())
        self.people_model = EmployeeJpTableModel(self)
        self.people_proxy = SortProxy(self)
        self.people_proxy.setSourceModel(self.people_model)
        self.people = make_table(self, "training.jp.people", self.people_proxy,
                                 (230, 160, 60, 260, 50, 60, 90), sort_by=0,
                                 on_open=self.open_person)
        self.print_button = self.button("training.jp.print", self.print_recap)
        self.print_people_button = self.button("training.jp.print_people", self.print_people)
        self.export_button = self.button("training.jp.export", self.export)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.year_label = self.buddy(self.year)
        self.scope_label = self.buddy(self.scope)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year, self.scope_label, self.scope):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.print_button, self.print_people_button, self.export_button):
            bar.addWidget(widget)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        people_bar = QHBoxLayout()
        people_bar.addWidget(self.people_heading, 1)
        people_bar.addWidget(self.below_only)
        lower_layout.addLayout(people_bar)
        lower_layout.addWidget(self.people, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setObjectName("training.jp.splitter")
        splitter.addWidget(self.units)
        splitter.addWidget(lower)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    # -- loading -----------------------------------------------------------------------------
    def choices_loaded(self) -> None:
        self.scope.set_choices(self.choices.items("unit"), empty=self.tr("All units"))

    def reload(self) -> None:
        super().reload()
        year, unit_id, ctx = self.year.value(), self.scope.code(), self.ctx
        self.fetch_with_progress(lambda _p: ctx.read(jp_summary, year, unit_id),
                                 lambda: self.tr("20-JP recap"), self._on_units)

    def _on_units(self, rows: list[UnitJp]) -> None:
        previous = self.shown_unit.unit_id if self.shown_unit is not None else None
        had = self.shown_unit is not None
        self.unit_rows = list(rows)
        self.units_model.set_rows(self.unit_rows)
        self._show_summary()
        row = self.units_model.find(previous) if had else -1
        if row >= 0:
            self.units.selectRow(row)
            self._load_people()
        else:
            self.shown_unit = None
            self.people_model.set_rows([])
            self._show_people_heading()
        self.update_buttons()

    def _on_unit(self) -> None:
        rows = self.units.selectionModel().selectedRows()
        self.shown_unit = self.units_model.row_at(rows[0].row()) if rows else None
        self._load_people()

    def _load_people(self) -> None:
        unit = self.shown_unit
        if unit is None:
            self.people_model.set_rows([])
            self._show_people_heading()
            self.update_buttons()
            return
        year, below, ctx = self.year.value(), self.below_only.isChecked(), self.ctx
        unit_id = unit.unit_id

        def job(_p: object) -> list[EmployeeJp]:
            found = ctx.read(employee_jp, year, unit_id, True, below_only=below)
            return found if unit_id is not None else [e for e in found if e.unit_id is None]

        self.fetch_with_progress(job, lambda: self.tr("20-JP recap"), self._on_people)

    def _on_people(self, rows: list[EmployeeJp]) -> None:
        self.people_model.set_rows(rows)
        self._show_people_heading()
        self.update_buttons()

    def people_names(self) -> list[str]:
        return [self.people_proxy.data(self.people_proxy.index(r, 0))
                for r in range(self.people_proxy.rowCount())]

    def select_unit(self, name: str) -> None:
        for row, unit in enumerate(self.units_model.rows()):
            if unit.unit_name == name:
                self.units.selectRow(row)
                return

    # -- drill-down, printing, export --------------------------------------------------------
    def open_person(self) -> None:
        rows = self.people.selectionModel().selectedRows()
        if not rows:
            return
        person = self.people_proxy.data(rows[0], EmployeeJpTableModel.RowRole)
        if TrainingPersonDialog.ask(self.ctx, person, self.year.value(), self):
            self.page.navigation_requested.emit("pegawai",
                                                OpenEmployeeRequest(person.employee_id))

    def _order(self, with_people: bool) -> JpRecapOrder:
        unit = self.shown_unit
        if not with_people or unit is None:
            return JpRecapOrder(self.year.value(), self.scope.code(), lang=get_language())
        rows = [self.people_proxy.data(self.people_proxy.index(r, 0),
                                       EmployeeJpTableModel.RowRole)
                for r in range(self.people_proxy.rowCount())]
        return JpRecapOrder(self.year.value(), unit.unit_id or self.scope.code(),
                            tuple(rows), self.people_heading.text(), get_language())

    def print_recap(self) -> None:
        self._print(self._order(False), self.tr("20-JP recap %1").replace(
            "%1", str(self.year.value())))

    def print_people(self) -> None:
        self._print(self._order(True), self.people_heading.text())

    def _print(self, order: JpRecapOrder, title: str) -> None:
        if self.denied(Permission.REPORT_PRINT):
            return
        ctx = self.ctx
        self.page.run_job(lambda progress: jp_recap_pdf(ctx, order, progress),
                          title=self.tr("20-JP recap"),
                          on_success=lambda data: self._preview(data, title))

    def _preview(self, data: bytes, title: str) -> None:
        self.last_preview = show_pdf(self.window(), data, title, file_name(title) + ".pdf")

    def export(self) -> None:
        title = self.tr("Export to Excel")
        name = self.tr("JP recap %1").replace("%1", str(self.year.value()))
        path = ask_export_path(self, title, Path.home() / (file_name(name) + ".xlsx"))
        if path is None:
            return
        order, ctx = self._order(True), self.ctx
        self.last_export = self.page.run_job(
            lambda progress: jp_recap_xlsx(ctx, order, path, progress), title=title,
            on_success=lambda r: self.show_note(self.tr("%1 rows exported to %2")
                                                .replace("%1", fmt_count(r.rows))
                                                .replace("%2", str(r.path))))

    # -- texts and state ---------------------------------------------------------------------
    def _show_summary(self) -> None:
        employees, with_target, below, total = summary_counts(self.unit_rows)
        met = with_target - below
        percent = f"{lbl.fmt_jp(round(100 * met / with_target, 1))}%" if with_target else "-"
        self.summary.setText(
            self.tr("%1: %2 of %3 employees with a JP minimum met it (%4); %5 are below. "
                    "%6 JP in all for %7 employees.")
            .replace("%1", str(self.year.value())).replace("%2", fmt_count(met))
            .replace("%3", fmt_count(with_target)).replace("%4", percent)
            .replace("%5", fmt_count(below)).replace("%6", lbl.fmt_jp(total))
            .replace("%7", fmt_count(employees)))

    def _show_people_heading(self) -> None:
        unit = self.shown_unit
        if unit is None:
            self.people_heading.setText(self.tr("Choose a unit above to see its employees."))
            return
        name = unit_name(unit).strip()
        text = (self.tr("Employees of %1 below the target in %2") if self.below_only.isChecked()
                else self.tr("Employees of %1 in %2"))
        self.people_heading.setText(text.replace("%1", name).replace("%2",
                                                                     str(self.year.value())))

    def update_buttons(self) -> None:
        printing = self.denied(Permission.REPORT_PRINT)
        empty = self.tr("Nothing to show yet.") if not self.unit_rows else None
        no_unit = self.tr("Choose a unit first.") if self.shown_unit is None else None
        for button, reason in ((self.print_button, printing or empty),
                               (self.print_people_button, printing or no_unit),
                               (self.export_button, empty)):
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year.setAccessibleName(self.tr("Year"))
        self.scope_label.setText(self.tr("&Unit:"))
        self.scope.setAccessibleName(self.tr("Unit"))
        self.scope.set_choices(self.choices.items("unit"), empty=self.tr("All units"))
        self.below_only.setText(self.tr("Only those &below the target"))
        self.below_only.setAccessibleName(plain(self.below_only.text()))
        for button, text in ((self.print_button, self.tr("&Print the recap…")),
                             (self.print_people_button, self.tr("Print the &employee list…")),
                             (self.export_button, self.tr("E&xport to Excel…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.units.setAccessibleName(self.tr("JP per unit"))
        self.people.setAccessibleName(self.tr("JP per employee"))
        self.units_model.retranslate()
        self.people_model.retranslate()
        if self.unit_rows:
            self._show_summary()
        else:
            self.summary.setText(self.tr("The JP of a training counts in the year of its last "
                                         "day."))
        self._show_people_heading()
        self.update_buttons()
