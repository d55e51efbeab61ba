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

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.auth import Permission
from ui.models.training_choices import (
    TrainingChoiceData,
    TrainingChoices,
    load_training_choices,
)
from ui.pages.base import Page
from ui.pages.registry import register_page
from ui.pages.training_catalog_tab import CatalogTab
from ui.pages.training_external_tab import ExternalTab
from ui.pages.training_jp_tab import JpTab
from ui.pages.training_needs_tab import NeedsTab
from ui.pages.training_sessions_tab import SessionsTab
from ui.pages.training_tab import TrainingTab
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@register_page("pelatihan")
class TrainingPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = TrainingChoices()
        self.choices_runner: JobRunner | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("training.tabs")
        self.catalog = CatalogTab(self)
        self.sessions = SessionsTab(self)
        self.external = ExternalTab(self)
        self.jp = JpTab(self)
        self.needs = NeedsTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
            tab.changed.connect(lambda what, source=tab: self._on_tab_changed(source, what))
        self.catalog.session_requested.connect(self._open_session_of)
        self.tabs.currentChanged.connect(self._on_tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        self.retranslate()

    def all_tabs(self) -> tuple[TrainingTab, ...]:
        return (self.catalog, self.sessions, self.external, self.jp, self.needs)

    def current_tab(self) -> TrainingTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, TrainingTab)
        return widget

    # -- loading -----------------------------------------------------------------------------
    def first_shown(self) -> None:
        self.load_choices()
        self.current_tab().show_if_stale()

    def load_choices(self) -> None:
        ctx = self.ctx
        runner = JobRunner(lambda _p: load_training_choices(ctx), self)
        self.choices_runner = runner
        runner.succeeded.connect(self._on_choices)
        runner.finished.connect(self._on_choices_finished)
        runner.start()

    def _on_choices(self, data: TrainingChoiceData) -> None:
        self.choices = TrainingChoices(data)
        for tab in self.all_tabs():
            tab.choices_loaded()

    def _on_choices_finished(self) -> None:
        if self.choices_runner is not None:
            self.choices_runner.deleteLater()
        self.choices_runner = None

    @property
    def loading(self) -> bool:
        return self.choices_runner is not None or any(t.loading for t in self.all_tabs())

    @property
    def busy(self) -> bool:
        """Anything still running: a read, or a write job with its progress window."""
        return self.loading or bool(self._runners)

    def _on_tab_shown(self, _index: int) -> None:
        if self._shown_once:
            self.current_tab().show_if_stale()
        self.commands_changed.emit()

    def _on_tab_changed(self, source: TrainingTab, what: str) -> None:
        for tab in self.all_tabs():
            if tab is not source:
                tab.stale = True
        if what == "catalog":
            self.load_choices()  # the session dialog's programme list
        self.data_changed.emit("training")

    def data_changed_elsewhere(self, what: str) -> None:
        if what in ("employees", "org", "reference", "training", "appraisal"):
            for tab in self.all_tabs():
                tab.stale = True
            if what in ("org", "reference") and self._shown_once:
                self.load_choices()
            if self._shown_once and self.isVisible():
                self.current_tab().show_if_stale()

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

    def search_focus(self) -> None:
        box = getattr(self.current_tab(), "search", None)
        if box is not None:
            box.setFocus()
            box.selectAll()

    def command_blocked(self, command: str) -> str | None:
        tab = self.current_tab()
        if command == "new_record":
            if tab not in (self.catalog, self.sessions, self.external):
                return self.tr("Nothing to add on this tab.")
            if tab is self.external and self.external.employee is None:
                return self.tr("Find and select an employee first.")
            return self.denied(Permission.TRAINING_WRITE)
        if command == "search_focus" and getattr(tab, "search", None) is None:
            return self.tr("This tab has no search box.")
        return None

    def shutdown_jobs(self) -> None:
        for tab in self.all_tabs():
            tab.shutdown()
        if self.choices_runner is not None:
            self.choices_runner.shutdown()
        super().shutdown_jobs()

    def retranslate(self) -> None:
        for tab, text in ((self.catalog, self.tr("&Catalogue")),
                          (self.sessions, self.tr("&Sessions")),
                          (self.external, self.tr("Training &elsewhere")),
                          (self.jp, self.tr("20-&JP recap")),
                          (self.needs, self.tr("Development &needs"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("Training"))
