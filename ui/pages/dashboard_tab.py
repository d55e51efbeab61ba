"""Dasbor (a tab of the Laporan page): the figures people would rather look at than read.

Top row: employees per golongan, the age pyramid (men left, women right) and the retirements
of the next five years. Below, one tab per view of the units: employees per OPD by PNS/CPNS/
PPPK, the 20-JP target met or not, and the predikat of the year's SKPs. On the province's
database the office box switches between all offices (one bar per office) and one office.

Clicking a bar opens the Pegawai list showing exactly the employees counted there (the bar's
query, :func:`app.services.dashboard.employee_query`), with a banner saying what it shows.
Counted in the background (:func:`app.services.dashboard.dashboard`).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.dashboard import dashboard, employee_query
from app.services.dashboard_dto import Bar, Chart, Dashboard
from ui.models import employee_labels as lbl
from ui.models.employee_filters import AttentionRequest
from ui.text import plain
from ui.widgets.charts import ChartPanel, Shape
from ui.workers import Job, LatestJob

if TYPE_CHECKING:
    from ui.pages.base import Page

CTX = "Dashboard"
SERIES = {
    "count": QT_TRANSLATE_NOOP("Dashboard", "Employees"),
    "L": QT_TRANSLATE_NOOP("Dashboard", "Men"),
    "P": QT_TRANSLATE_NOOP("Dashboard", "Women"),
    "PNS": "PNS", "CPNS": "CPNS", "PPPK": "PPPK",
    "met": QT_TRANSLATE_NOOP("Dashboard", "Target met"),
    "below": QT_TRANSLATE_NOOP("Dashboard", "Below target"),
    "sangat_baik": QT_TRANSLATE_NOOP("Dashboard", "Very good"),
    "baik": QT_TRANSLATE_NOOP("Dashboard", "Good"),
    "butuh_perbaikan": QT_TRANSLATE_NOOP("Dashboard", "Needs improvement"),
    "kurang": QT_TRANSLATE_NOOP("Dashboard", "Poor/misconduct"),
    "sangat_kurang": QT_TRANSLATE_NOOP("Dashboard", "Very poor"),
}
UNIT_TABS = ("unit", "jp", "predikat")


def series_text(code: str) -> str:
    return QCoreApplication.translate(CTX, SERIES[code]) if code in SERIES else code


class DashboardTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.setObjectName("dashboard")
        self.page = page
        self.ctx = page.ctx
        self.data: Dashboard | None = None
        self.loaded_at: datetime | None = None
        self.failure = ""
        self.last_request: AttentionRequest | None = None
        self.charts = LatestJob(self._job, self)
        self.charts.stale = True
        self.charts.succeeded.connect(self._on_loaded)
        self.charts.failed.connect(self._on_failed)
        self.charts.finished.connect(self._on_finished)
        self._build_toolbar()
        self.golongan = ChartPanel("golongan", Shape.COLUMNS, "count", self)
        self.age = ChartPanel("age", Shape.PYRAMID, "gender", self)
        self.pensiun = ChartPanel("pensiun", Shape.COLUMNS, "count", self)
        top = QHBoxLayout()
        for panel, stretch in ((self.golongan, 3), (self.age, 2), (self.pensiun, 2)):
            top.addWidget(panel, stretch)
        self.units = QTabWidget(self)
        self.units.setObjectName("dashboard.units")
        self.unit_panels = {
            "unit": ChartPanel("unit", Shape.ROWS, "jenis"),
            "jp": ChartPanel("jp", Shape.ROWS, "jp"),
            "predikat": ChartPanel("predikat", Shape.ROWS, "predikat"),
        }
        for panel in self.unit_panels.values():
            scroll = QScrollArea(self.units)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(panel)
            self.units.addTab(scroll, "")
        for key, panel in self.panels().items():
            panel.segment_clicked.connect(lambda b, s, k=key: self.open_segment(k, b, s))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.toolbar)
        layout.addLayout(top, 0)
        layout.addWidget(self.units, 1)
        for panel in (self.golongan, self.age, self.pensiun):
            panel.setFixedHeight(270)
        self.retranslate()

    def _build_toolbar(self) -> None:
        self.office_label = QLabel(self)
        self.office = QComboBox(self)
        self.office.setObjectName("dashboard.office")
        self.office.setMinimumContentsLength(24)
        self.office_label.setBuddy(self.office)
        self.jp_year_label = QLabel(self)
        self.jp_year = self._year_box("dashboard.jp_year")
        self.jp_year_label.setBuddy(self.jp_year)
        self.skp_year_label = QLabel(self)
        self.skp_year = self._year_box("dashboard.skp_year")
        self.skp_year_label.setBuddy(self.skp_year)
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("dashboard.refresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.status = QLabel(self)
        self.status.setObjectName("dashboard.status")
        self.status.setStyleSheet("color: #5b6b7b;")
        self.toolbar = QHBoxLayout()
        for w in (self.office_label, self.office, self.jp_year_label, self.jp_year,
                  self.skp_year_label, self.skp_year, self.refresh_button):
            self.toolbar.addWidget(w)
        self.toolbar.addWidget(self.status, 1)
        self.office.activated.connect(lambda _i: self.refresh())
        self.office_label.hide()
        self.office.hide()

    def _year_box(self, name: str) -> QSpinBox:
        box = QSpinBox(self)
        box.setObjectName(name)
        box.setRange(2000, 2100)
        box.setSpecialValueText(" ")
        box.setValue(box.minimum())
        box.editingFinished.connect(self.refresh)
        return box

    def panels(self) -> dict[str, ChartPanel]:
        return {"golongan": self.golongan, "age": self.age, "pensiun": self.pensiun,
                **self.unit_panels}

    # -- loading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.charts.running

    def show_if_stale(self) -> None:
        if self.charts.stale:
            self.refresh()

    def mark_stale(self) -> None:
        self.charts.stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.charts.request():  # else counted again when the running job is done
            self.status.setText(self.tr("Counting…"))

    def _job(self) -> Job:
        """The dashboard of the filters shown now (read on the GUI thread, when it starts)."""
        ctx = self.ctx
        office = self.office.currentData() or None
        year = self.jp_year.value() if self.jp_year.value() > self.jp_year.minimum() else None
        skp = self.skp_year.value() if self.skp_year.value() > self.skp_year.minimum() else None
        return lambda _p: ctx.read(dashboard, office_code=office, year=year, predikat_year=skp)

    def _on_finished(self) -> None:
        self._show_status()
        if self.charts.stale and self.isVisible():
            self.refresh()

    def _on_failed(self, text: str) -> None:
        self.failure = text

    def _on_loaded(self, data: Dashboard) -> None:
        self.data = data
        self.failure = ""
        self.loaded_at = datetime.now()
        self._fill_offices(data)
        for box, chart_key in ((self.jp_year, "jp"), (self.skp_year, "predikat")):
            year = self.chart_for(chart_key).year
            if year:
                box.blockSignals(True)
                box.setValue(year)
                box.blockSignals(False)
        for key, panel in self.panels().items():
            chart = self.chart_for(key)
            panel.show_chart(chart, [series_text(s) for s in chart.series])
        self.retranslate()

    def _fill_offices(self, data: Dashboard) -> None:
        if not data.offices or self.office.count():
            return
        self.office.addItem("", "")
        for office in data.offices:
            self.office.addItem(f"{office.name} ({office.code})", office.code)
        self.office.setCurrentIndex(max(0, self.office.findData(data.office_code or "")))
        self.office_label.show()
        self.office.show()

    def chart_for(self, key: str) -> Chart:
        """The chart a panel shows (per office instead of per unit across the province)."""
        assert self.data is not None
        return self.data.chart(key)

    @property
    def by_office(self) -> bool:
        return self.data is not None and self.data.office_code is None

    # -- clicking a bar ----------------------------------------------------------------------
    def open_segment(self, key: str, bar_index: int, series: int) -> None:
        """Open the Pegawai list with the employees of one bar segment."""
        if self.data is None:
            return
        chart = self.chart_for(key)
        bar = chart.bars[bar_index]
        query = bar.queries[series] if series < len(bar.queries) else None
        if query is None:
            return
        count = lbl.fmt_employees(bar.values[series])
        title = f"{self.segment_title(chart, bar, series)} ({count})"
        self.last_request = AttentionRequest(f"dashboard.{key}", title, employee_query(query))
        self.page.navigation_requested.emit("pegawai", self.last_request)

    def segment_title(self, chart: Chart, bar: Bar, series: int) -> str:
        label = self.bar_label(chart, bar)
        code = chart.series[series]
        key = chart.key.removesuffix("_office")
        if key == "golongan":
            return self.tr("Golongan %1").replace("%1", label)
        if key == "age":
            return self.tr("Age %1, %2").replace("%1", label).replace("%2", series_text(code))
        if key == "pensiun":
            return self.tr("Retiring in %1").replace("%1", label)
        if key == "jp":
            text = self.tr("%1: 20-JP target met in %2") if code == "met" \
                else self.tr("%1: below the 20-JP target in %2")
            return text.replace("%1", label).replace("%2", str(chart.year))
        if key == "predikat":
            return self.tr("%1: rated %2 in %3").replace("%1", label).replace(
                "%2", series_text(code)).replace("%3", str(chart.year))
        return f"{label} · {series_text(code)}"

    def bar_label(self, chart: Chart, bar: Bar) -> str:
        if bar.key == "-":
            if chart.key == "golongan":
                return self.tr("not recorded")
            return self.tr("no unit")
        return bar.label

    # -- texts -------------------------------------------------------------------------------
    def _show_status(self) -> None:
        if self.loading:
            self.status.setText(self.tr("Counting…"))
        elif self.failure:
            self.status.setText(self.failure)
        elif self.data is not None and self.loaded_at is not None:
            self.status.setText(
                self.tr("%1 employees on duty · counted at %2 · click a bar to see the "
                        "employees").replace("%1", lbl.fmt_count(self.data.active))
                .replace("%2", self.loaded_at.strftime("%H:%M")))
        else:
            self.status.setText("")

    def retranslate(self) -> None:
        self.office_label.setText(self.tr("&Office:"))
        self.office.setAccessibleName(self.tr("Office"))
        if self.office.count():
            self.office.setItemText(0, self.tr("All offices"))
        self.jp_year_label.setText(self.tr("JP &year:"))
        self.jp_year.setAccessibleName(self.tr("Year of the 20-JP chart"))
        self.skp_year_label.setText(self.tr("SKP y&ear:"))
        self.skp_year.setAccessibleName(self.tr("Year of the predikat chart"))
        self.refresh_button.setText(self.tr("&Count again"))
        self.refresh_button.setAccessibleName(plain(self.refresh_button.text()))
        self.units.setAccessibleName(self.tr("Per unit"))
        self._set_panel_texts()
        self._show_status()

    def _set_panel_texts(self) -> None:
        office = self.by_office
        titles = {
            "golongan": self.tr("Employees by golongan"),
            "age": self.tr("Age pyramid"),
            "pensiun": self.tr("Retirements in the next five years"),
            "unit": self.tr("Employees per office") if office else self.tr("Employees per unit"),
            "jp": (self.tr("20-JP target per office, %1") if office
                   else self.tr("20-JP target per unit, %1")),
            "predikat": (self.tr("Performance ratings per office, %1") if office
                         else self.tr("Performance ratings per unit, %1")),
        }
        tabs = {"unit": self.tr("Employees"), "jp": self.tr("20 JP"),
                "predikat": self.tr("Performance ratings")}
        for i, key in enumerate(UNIT_TABS):
            self.units.setTabText(i, tabs[key])
        for key, panel in self.panels().items():
            chart = self.chart_for(key) if self.data is not None else None
            year = str(chart.year) if chart is not None and chart.year else ""
            series = [series_text(s) for s in chart.series] if chart is not None else []
            panel.set_texts(titles[key].replace("%1", year), series, self._note(key, chart))

    def _note(self, key: str, chart: Chart | None) -> str:
        if chart is None:
            return ""
        if key == "age" and chart.note_count:
            return self.tr("%1 employees without a birth date or sex are not shown.").replace(
                "%1", lbl.fmt_count(chart.note_count))
        if key == "jp":
            return self.tr("Only employees with a yearly JP minimum are counted.")
        if key == "predikat" and not chart.total:
            return self.tr("No SKP of %1 has been rated yet.").replace("%1", str(chart.year))
        return ""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if self.charts.stale:
            self.refresh()

    def close_jobs(self) -> None:
        self.charts.shutdown()

    def focus_bar(self, key: str) -> ChartPanel:
        panel = self.panels()[key]
        if key in UNIT_TABS:
            self.units.setCurrentIndex(UNIT_TABS.index(key))
        panel.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return panel
