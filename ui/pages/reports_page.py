"""Laporan: the standard reports (DUK, DRH, nominatif, due lists, recaps, Formasi) to preview,
print, save as PDF or export to Excel (:mod:`ui.pages.reports_tab`), and the Dasbor — charts
of the office (or, on the province's database, of every office) whose bars open the employees
behind them in the Pegawai list (:mod:`ui.pages.dashboard_tab`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.pages.base import Page
from ui.pages.dashboard_tab import DashboardTab
from ui.pages.registry import register_page
from ui.pages.reports_tab import ReportsTab
from ui.settings import UiSettings

if TYPE_CHECKING:
    from app.services.context import ServiceContext

TAB_SETTING = "reports/tab"
DATA_KINDS = ("employees", "training", "appraisal", "org", "reference")


@register_page("laporan")
class ReportsPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.settings = UiSettings()
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reports.tabs")
        self.reports = ReportsTab(self)
        self.dashboard = DashboardTab(self)
        self.tabs.addTab(self.reports, "")
        self.tabs.addTab(self.dashboard, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.tabs)
        self.retranslate()

    def first_shown(self) -> None:
        self.reports.load_choices()
        index = self.settings.value(TAB_SETTING, 0)
        self.tabs.setCurrentIndex(int(index) if str(index).isdigit() else 0)
        self.tabs.currentChanged.connect(lambda i: self.settings.set_value(TAB_SETTING, i))

    def show_dashboard(self) -> DashboardTab:
        self.tabs.setCurrentWidget(self.dashboard)
        return self.dashboard

    def data_changed_elsewhere(self, what: str) -> None:
        if what in DATA_KINDS:
            self.dashboard.mark_stale()
        if what in ("org", "reference") and self._shown_once:
            self.reports.load_choices()

    def shutdown_jobs(self) -> None:
        self.dashboard.close_jobs()
        super().shutdown_jobs()

    def retranslate(self) -> None:
        self.tabs.setTabText(0, self.tr("Print reports"))
        self.tabs.setTabText(1, self.tr("Dashboard"))
        self.tabs.setAccessibleName(self.tr("Reports"))
