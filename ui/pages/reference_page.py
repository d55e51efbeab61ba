"""Referensi: the office's organisation and the lists everyone looks things up in, in tabs —

* **Unit organisasi** — the OPD tree with its employees (:mod:`ui.pages.reference_org_tab`);
* **Jabatan** — the jabatan catalogue (:mod:`ui.pages.reference_jabatan_tab`);
* **Daftar referensi** — golongan PNS/PPPK, eselon, education, religions, marital statuses,
  training types, BerAKHLAK (:mod:`ui.pages.reference_lists_tab`).

Ctrl+N adds what the current tab lists (a unit, a jabatan, a list entry), Ctrl+F goes to its
search box. A write marks the other tabs stale and tells the other pages
(``data_changed("org")`` or ``("reference")``: their pick lists change). The buttons follow the
user's role and say why they are off.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.services.org_admin import ReferenceChoices, reference_choices
from ui.models.org_labels import FormChoices
from ui.pages.base import Page
from ui.pages.reference_jabatan_tab import JabatanTab
from ui.pages.reference_lists_tab import ListsTab
from ui.pages.reference_org_tab import OrgTab
from ui.pages.reference_tab import ReferenceTab
from ui.pages.registry import register_page
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@register_page("referensi")
class ReferencePage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = FormChoices()
        self.choices_runner: JobRunner | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reference.tabs")
        self.org = OrgTab(self)
        self.jabatan = JabatanTab(self)
        self.lists = ListsTab(self)
        for tab in self.all_tabs():
            self.tabs.addTab(tab, "")
            tab.changed.connect(lambda what, source=tab: self._on_tab_changed(source, what))
        self.org.employees_requested.connect(
            lambda request: self.navigation_requested.emit("pegawai", request))
        self.tabs.currentChanged.connect(self._on_tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        self.retranslate()

    def all_tabs(self) -> tuple[ReferenceTab, ...]:
        return (self.org, self.jabatan, self.lists)

    def current_tab(self) -> ReferenceTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, ReferenceTab)
        return widget

    # -- loading -----------------------------------------------------------------------------
    def first_shown(self) -> None:
        self.load_choices()
        self.current_tab().show_if_stale()

    def load_choices(self) -> None:
        if self.choices_runner is not None:
            return
        ctx = self.ctx
        runner = JobRunner(lambda _p: ctx.read(reference_choices), self)
        self.choices_runner = runner
        runner.succeeded.connect(self._on_choices)
        runner.finished.connect(self._on_choices_finished)
        runner.start()

    def _on_choices(self, data: ReferenceChoices) -> None:
        self.choices = FormChoices(data)
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
        """Anything still running: a read, or a write with its progress window."""
        return self.loading or bool(self._runners)

    def _on_tab_shown(self, _index: int) -> None:
        if self._shown_once:
            self.current_tab().show_if_stale()
        self.commands_changed.emit()

    def _on_tab_changed(self, source: ReferenceTab, what: str) -> None:
        for tab in self.all_tabs():
            if tab is not source:
                tab.stale = True
        if what == "reference":
            self.load_choices()
        self.data_changed.emit(what)

    def data_changed_elsewhere(self, what: str) -> None:
        if what not in ("employees", "org", "reference"):
            return
        tabs = (self.org,) if what == "employees" else self.all_tabs()
        for tab in tabs:
            tab.stale = True
        if what == "reference" and self._shown_once:
            self.load_choices()
        if self._shown_once and self.isVisible():
            self.current_tab().show_if_stale()

    # -- page protocol -----------------------------------------------------------------------
    def new_record(self) -> None:
        self.current_tab().new_record()

    def search_focus(self) -> None:
        box = self.current_tab().search_box()
        if box is not None:
            box.setFocus()
            if hasattr(box, "selectAll"):
                box.selectAll()

    def command_blocked(self, command: str) -> str | None:
        tab = self.current_tab()
        if command == "new_record":
            return tab.new_blocked()
        if command == "search_focus" and tab.search_box() is None:
            return self.tr("This tab has no search box.")
        return None

    def shutdown_jobs(self) -> None:
        for tab in self.all_tabs():
            tab.shutdown()
        if self.choices_runner is not None:
            self.choices_runner.shutdown()
        super().shutdown_jobs()

    def retranslate(self) -> None:
        for tab, text in ((self.org, self.tr("&Organisation units")),
                          (self.jabatan, self.tr("&Jabatan")),
                          (self.lists, self.tr("Reference &lists"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("Reference data"))
