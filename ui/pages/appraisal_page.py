"""Kinerja: the SKP 2022 appraisal cycle (PermenPANRB 6/2022; domain.md §6–7).

The year and the unit chosen at the top apply to every tab: the SKPs of the unit (progress,
distribution check, new SKPs, SKPs for the whole unit, printing), the periods and the
organisation result, the 9-box, the public feedback, and one employee's appraisal history.
Opening an SKP shows it in the same place (Esc or *← Daftar SKP* goes back). Ctrl+N starts an
SKP, Ctrl+F filters the list.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Permission
from ui.models.appraisal_jobs import UnitChoice, unit_choices
from ui.pages.appraisal_list_tab import SkpListTab
from ui.pages.appraisal_periods_tab import PeriodsTab
from ui.pages.appraisal_person_tab import PersonTab
from ui.pages.appraisal_public_tab import PublicTab
from ui.pages.appraisal_skp_panel import SkpPanel
from ui.pages.appraisal_tab import AppraisalPart
from ui.pages.appraisal_talent_tab import TalentTab
from ui.pages.registry import register_page
from ui.pages.tabbed import PageTab, TabbedPage
from ui.widgets.choice_combo import ChoiceCombo
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

FIRST_YEAR = 2022


@register_page("kinerja")
class AppraisalPage(TabbedPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.units: list[UnitChoice] = []
        self.ready = False
        self.year_label = QLabel(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setObjectName("kinerja.year")
        self.year_spin.setRange(FIRST_YEAR, date.today().year + 1)
        self.year_spin.setValue(date.today().year)
        self.year_label.setBuddy(self.year_spin)
        self.unit_label = QLabel(self)
        self.unit_combo = ChoiceCombo(self)
        self.unit_combo.setObjectName("kinerja.unit")
        self.unit_combo.setMinimumContentsLength(34)
        self.unit_label.setBuddy(self.unit_combo)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("kinerja.stack")
        self.create_tabs("kinerja.tabs", self.stack)
        self.list = SkpListTab(self)
        self.periods = PeriodsTab(self)
        self.talent = TalentTab(self)
        self.public = PublicTab(self)
        self.person = PersonTab(self)
        self.parts: tuple[AppraisalPart, ...] = (self.list, self.periods, self.talent,
                                                 self.public, self.person)
        self.add_tabs(*self.parts)
        self.editor = SkpPanel(self)
        self.watch(self.editor)
        self.editor.back_requested.connect(self.show_list)
        self.editor.skp_deleted.connect(self.show_list)
        self.list.open_requested.connect(self.open_skp)
        self.person.open_requested.connect(self.open_skp)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.editor)
        self._layout()
        self.year_spin.valueChanged.connect(lambda _v: self._on_scope_changed())
        self.unit_combo.edited.connect(self._on_scope_changed)
        self.retranslate()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.year_label)
        bar.addWidget(self.year_spin)
        bar.addSpacing(16)
        bar.addWidget(self.unit_label)
        bar.addWidget(self.unit_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    # -- the screen's scope ------------------------------------------------------------------
    def year(self) -> int:
        return self.year_spin.value()

    def unit_id(self) -> str | None:
        return self.unit_combo.code()

    def job_owners(self) -> tuple[PageTab, ...]:
        return (*self.parts, self.editor)

    def choices_job(self) -> Job:
        """The unit list of the office (the page's only pick list)."""
        ctx = self.ctx
        return lambda _p: unit_choices(ctx)

    def choices_failed(self, text: str) -> None:
        self.list.show_problem(text)

    def apply_choices(self, units: list[UnitChoice]) -> None:
        self.units = units
        self.unit_combo.set_choices([(u.id, u.name, u.depth) for u in units],
                                    empty=self.tr("All units of the office"))
        first = not self.ready
        self.ready = True
        if first:
            self._on_scope_changed()

    def _on_scope_changed(self) -> None:
        if not self.ready:
            return
        for part in self.parts:
            if part is not self.person:
                part.mark_stale()
        self.periods.retranslate()

    def tab_changed(self, source: PageTab, what: str) -> None:  # noqa: ARG002 - protocol
        self.data_changed.emit("appraisal" if what != "settings" else "settings")

    def data_changed_elsewhere(self, what: str) -> None:
        if what in ("org", "reference"):
            self.load_choices()
        if what in ("employees", "org", "appraisal", "reference") and self.ready:
            for part in self.parts:
                part.mark_stale()
            if self.showing_skp:
                self.editor.reload()

    # -- navigation --------------------------------------------------------------------------
    @property
    def showing_skp(self) -> bool:
        return self.stack.currentWidget() is self.editor

    def open_skp(self, skp_id: str) -> None:
        self.editor.open(skp_id)
        self.stack.setCurrentWidget(self.editor)
        self.commands_changed.emit()

    def show_list(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        if self.list.stale:
            self.list.reload()
        self.commands_changed.emit()

    # -- page protocol -----------------------------------------------------------------------
    def search_focus(self) -> None:
        self.show_list()
        self.tabs.setCurrentWidget(self.list)
        self.list.search.setFocus()
        self.list.search.selectAll()

    def new_record(self) -> None:
        if self.denied(Permission.APPRAISAL_WRITE):
            return
        self.show_list()
        self.tabs.setCurrentWidget(self.list)
        self.list.new_skp()

    def cancel(self) -> None:
        if self.showing_skp:
            self.show_list()

    def command_blocked(self, command: str) -> str | None:
        if command == "new_record":
            return self.denied(Permission.APPRAISAL_WRITE)
        return None

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year_spin.setAccessibleName(self.tr("Year"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.unit_combo.setAccessibleName(self.tr("Unit"))
        if self.units:
            self.unit_combo.set_choices([(u.id, u.name, u.depth) for u in self.units],
                                        empty=self.tr("All units of the office"))
        for i, text in enumerate((self.tr("SKP"), self.tr("Periods && organisation result"),
                                  self.tr("Talent (9-box)"), self.tr("Public feedback"),
                                  self.tr("Employee history"))):
            self.tabs.setTabText(i, text)
