"""Pelatihan: training and competency development (domain.md §5) in five tabs —

* **Katalog** — the programmes (:mod:`ui.pages.training_catalog_tab`);
* **Sesi** — sessions with their participants, attendance, completion, certificates and
  printouts (:mod:`ui.pages.training_sessions_tab`, :mod:`ui.pages.training_session_detail`);
* **Pelatihan eksternal** — training attended elsewhere (:mod:`ui.pages.training_external_tab`);
* **Rekap 20 JP** — the yearly JP per unit and per employee (:mod:`ui.pages.training_jp_tab`);
* **Kebutuhan pengembangan** — training needs (:mod:`ui.pages.training_needs_tab`).

Ctrl+N adds what the current tab lists (a programme, a session, an external record);
Ctrl+F goes to its search box. A write in one tab marks the others stale (they reload when
shown) and tells the other pages (``data_changed("training")``: the Beranda counts JP).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.auth import Permission
from ui.models.training_choices import (
    TrainingChoiceData,
    TrainingChoices,
    load_training_choices,
)
from ui.pages.registry import register_page
from ui.pages.tabbed import PageTab, TabbedPage
from ui.pages.training_catalog_tab import CatalogTab
from ui.pages.training_external_tab import ExternalTab
from ui.pages.training_jp_tab import JpTab
from ui.pages.training_needs_tab import NeedsTab
from ui.pages.training_sessions_tab import SessionsTab
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@register_page("pelatihan")
class TrainingPage(TabbedPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.create_tabs("training.tabs")
        self.choices = TrainingChoices()
        self.catalog = CatalogTab(self)
        self.sessions = SessionsTab(self)
        self.external = ExternalTab(self)
        self.jp = JpTab(self)
        self.needs = NeedsTab(self)
        self.add_tabs(self.catalog, self.sessions, self.external, self.jp, self.needs)
        self.catalog.session_requested.connect(self._open_session_of)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def choices_job(self) -> Job:
        ctx = self.ctx
        return lambda _p: load_training_choices(ctx)

    def apply_choices(self, data: TrainingChoiceData) -> None:
        self.choices = TrainingChoices(data)

    def tab_changed(self, source: PageTab, what: str) -> None:  # noqa: ARG002 - protocol
        if what == "catalog":
            self.load_choices()  # the session dialog's programme list
        self.data_changed.emit("training")

    def data_changed_elsewhere(self, what: str) -> None:
        if what in ("employees", "org", "reference", "training", "appraisal"):
            self.refresh_tabs(self.all_tabs(), choices=what in ("org", "reference"))

    def _open_session_of(self, program_id: str) -> None:
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.new_session(program_id)

    # -- page protocol -----------------------------------------------------------------------
    def new_record(self) -> None:
        tab = self.current_tab()
        if tab is self.catalog:
            self.catalog.new_program()
        elif tab is self.sessions:
            self.sessions.new_session()
        elif tab is self.external:
            self.external.add_record()

    def command_blocked(self, command: str) -> str | None:
        tab = self.current_tab()
        if command == "new_record":
            if tab not in (self.catalog, self.sessions, self.external):
                return self.tr("Nothing to add on this tab.")
            if tab is self.external and self.external.employee is None:
                return self.tr("Find and select an employee first.")
            return self.denied(Permission.TRAINING_WRITE)
        if command == "search_focus" and tab.search_box() is None:
            return self.tr("This tab has no search box.")
        return None

    def retranslate(self) -> None:
        for tab, text in ((self.catalog, self.tr("&Catalogue")),
                          (self.sessions, self.tr("&Sessions")),
                          (self.external, self.tr("Training &elsewhere")),
                          (self.jp, self.tr("20-&JP recap")),
                          (self.needs, self.tr("Development &needs"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("Training"))
