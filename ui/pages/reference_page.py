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

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.services.org_admin import ReferenceChoices, reference_choices
from ui.models.org_labels import FormChoices
from ui.pages.reference_jabatan_tab import JabatanTab
from ui.pages.reference_lists_tab import ListsTab
from ui.pages.reference_org_tab import OrgTab
from ui.pages.reference_tab import ReferenceTab
from ui.pages.registry import register_page
from ui.pages.tabbed import PageTab, TabbedPage
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@register_page("referensi")
class ReferencePage(TabbedPage):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.create_tabs("reference.tabs")
        self.choices = FormChoices()
        self.org = OrgTab(self)
        self.jabatan = JabatanTab(self)
        self.lists = ListsTab(self)
        self.add_tabs(self.org, self.jabatan, self.lists)
        self.org.employees_requested.connect(
            lambda request: self.navigation_requested.emit("pegawai", request))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        self.retranslate()

    def current_tab(self) -> ReferenceTab:
        widget = super().current_tab()
        assert isinstance(widget, ReferenceTab)
        return widget

    # -- loading -----------------------------------------------------------------------------
    def choices_job(self) -> Job:
        ctx = self.ctx
        return lambda _p: ctx.read(reference_choices)

    def apply_choices(self, data: ReferenceChoices) -> None:
        self.choices = FormChoices(data)

    def tab_changed(self, source: PageTab, what: str) -> None:  # noqa: ARG002 - protocol
        if what == "reference":
            self.load_choices()
        self.data_changed.emit(what)

    def data_changed_elsewhere(self, what: str) -> None:
        if what in ("employees", "org", "reference"):
            self.refresh_tabs((self.org,) if what == "employees" else self.all_tabs(),
                              choices=what == "reference")

    # -- page protocol -----------------------------------------------------------------------
    def new_record(self) -> None:
        self.current_tab().new_record()

    def command_blocked(self, command: str) -> str | None:
        tab = self.current_tab()
        if command == "new_record":
            return tab.new_blocked()
        if command == "search_focus" and tab.search_box() is None:
            return self.tr("This tab has no search box.")
        return None

    def retranslate(self) -> None:
        for tab, text in ((self.org, self.tr("&Organisation units")),
                          (self.jabatan, self.tr("&Jabatan")),
                          (self.lists, self.tr("Reference &lists"))):
            self.tabs.setTabText(self.tabs.indexOf(tab), text)
        self.tabs.setAccessibleName(self.tr("Reference data"))
