"""Kebutuhan pengembangan: who needs what kind of development in a year, from what the office
knows — a JP gap, an appraisal whose hasil kerja or perilaku (BerAKHLAK) was below
expectation, a leadership programme or Latsar missing for the jabatan — with a suggestion
for each. Export to Excel for the yearly training plan.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.errors import get_language
from app.reports.model import Column, Kind
from app.reports.output import export_rows_xlsx
from app.services.training import TrainingNeed, training_needs
from ui.models.employee_labels import fmt_count
from ui.models.sort_proxy import SortProxy
from ui.models.training_jp_models import NeedTableModel, need_reason, need_suggestion
from ui.pages.tabbed import make_table
from ui.pages.training_jp_tab import file_name
from ui.pages.training_tab import TrainingTab, ask_export_path
from ui.text import plain
from ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage

class NeedsTab(TrainingTab):
    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page, "training.needs")
        self.rows: list[TrainingNeed] = []
        self.last_export = None
        self.year = self.year_spin("training.needs.year")
        self.scope = self.unit_scope("training.needs.unit")
        self.reason = ChoiceCombo(self)
        self.reason.setObjectName("training.needs.reason")
        self.reason.edited.connect(self._filter)
        self.counts = QLabel(self)
        self.counts.setObjectName("training.needs.counts")
        self.counts.setWordWrap(True)
        self.model = NeedTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "training.needs.table", self.proxy, (180, 145, 180, 340),
                                sortable=True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order
        self.export_button = self.button("training.needs.export", self.export)
        self.year_label = self.buddy(self.year)
        self.scope_label = self.buddy(self.scope)
        self.reason_label = self.buddy(self.reason)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year, self.scope_label, self.scope,
                       self.reason_label, self.reason):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def choices_loaded(self) -> None:
        self.scope.set_choices(self.choices.items("unit"), empty=self.tr("All units"))

    def reload(self) -> None:
        super().reload()
        year, unit_id, ctx = self.year.value(), self.scope.code(), self.ctx
        self.fetch_with_progress(lambda _p: ctx.read(training_needs, year, unit_id),
                                 lambda: self.tr("Training needs"), self._on_loaded)

    def _on_loaded(self, rows: list[TrainingNeed]) -> None:
        self.rows = list(rows)
        self._filter()

    def _filter(self) -> None:
        wanted = self.reason.code()
        shown = [r for r in self.rows if wanted is None or r.reason_code == wanted]
        self.model.set_rows(shown)
        self._show_counts()
        self.export_button.setEnabled(bool(shown))

    def shown(self) -> list[TrainingNeed]:
        return [self.proxy.data(self.proxy.index(r, 0), NeedTableModel.RowRole)
                for r in range(self.proxy.rowCount())]

    def export(self) -> None:
        title = self.tr("Export to Excel")
        name = self.tr("Training needs %1").replace("%1", str(self.year.value()))
        path = ask_export_path(self, title, Path.home() / (file_name(name) + ".xlsx"))
        if path is None:
            return
        lang = get_language()
        headers = [self.model.header_text(c) for c in range(self.model.columnCount())]
        columns = (Column("nama", headers[0]), Column("nip", headers[1], Kind.NIP),
                   Column("unit", headers[2]), Column("reason", headers[3]),
                   Column("suggestion", headers[4]))
        rows = [(r.nama, r.nip, r.unit_name, need_reason(r), need_suggestion(r))
                for r in self.shown()]
        office = self.ctx.office_name
        self.last_export = self.page.run_job(
            lambda _p: export_rows_xlsx(path, columns, rows, name, office_name=office,
                                        lang=lang),
            title=title, on_success=lambda r: self.show_note(
                self.tr("%1 rows exported to %2").replace("%1", fmt_count(r.rows))
                .replace("%2", str(r.path))))

    def _show_counts(self) -> None:
        if not self.rows:
            self.counts.setText(self.tr("No development need found for this year."))
            return
        by = Counter(r.reason_code for r in self.rows)
        people = len({r.employee_id for r in self.rows})
        self.counts.setText(
            self.tr("%1 employees: %2 below the JP target, %3 with low work results, %4 with "
                    "low work behaviour, %5 without the programme their position needs.")
            .replace("%1", fmt_count(people)).replace("%2", fmt_count(by["jp_gap"]))
            .replace("%3", fmt_count(by["hasil_kerja_low"]))
            .replace("%4", fmt_count(by["perilaku_low"]))
            .replace("%5", fmt_count(by["programme_missing"])))

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year.setAccessibleName(self.tr("Year"))
        self.scope_label.setText(self.tr("&Unit:"))
        self.scope.setAccessibleName(self.tr("Unit"))
        self.scope.set_choices(self.choices.items("unit"), empty=self.tr("All units"))
        self.reason_label.setText(self.tr("&Why:"))
        self.reason.setAccessibleName(self.tr("Why"))
        self.reason.set_choices([
            ("jp_gap", self.tr("Below the JP target")),
            ("hasil_kerja_low", self.tr("Work results below expectation")),
            ("perilaku_low", self.tr("Behaviour (BerAKHLAK) below expectation")),
            ("programme_missing", self.tr("Programme for the position missing")),
        ], empty=self.tr("Every reason"))
        self.export_button.setText(self.tr("E&xport to Excel…"))
        self.export_button.setAccessibleName(plain(self.export_button.text()).rstrip("…"))
        self.table.setAccessibleName(self.tr("Training needs"))
        self.model.retranslate()
        self._show_counts()
