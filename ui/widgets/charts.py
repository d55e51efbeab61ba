"""A dashboard chart (QtCharts) over a :class:`~app.services.dashboard_dto.Chart`: vertical or
horizontal bars, stacked by series, or an age pyramid; hovering a bar shows its figures and
clicking it reports which bar and series segment was clicked (the page opens those people).

The texts (title, series names, note) come from the caller already translated; bar labels are
data (golongan codes, unit names, years). Long unit names are shortened on the axis and shown
whole in the tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import QFrame, QLabel, QToolTip, QVBoxLayout, QWidget

from app.services.dashboard_dto import Bar, Chart

LABEL_CHARS = 34
ROW_HEIGHT = 22  # pixels per bar of a horizontal chart
PALETTES = {
    "count": ("#2f6f9f",),
    "jenis": ("#2f6f9f", "#7fb3d5", "#e39b3b"),
    "gender": ("#3a78b5", "#d0647d"),
    "jp": ("#3f9a5b", "#d9534f"),
    "predikat": ("#1b7a3e", "#69b36b", "#f0c24b", "#e0793c", "#7d1d2b"),
}


class Shape(Enum):
    COLUMNS = "columns"  # vertical bars, categories along the bottom
    ROWS = "rows"  # horizontal bars, categories down the side (first on top)
    PYRAMID = "pyramid"  # horizontal, first series to the left, second to the right


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def fmt(value: int) -> str:
    return f"{value:,}".replace(",", ".")


class ChartPanel(QFrame):
    """A titled chart. ``segment_clicked(bar_index, series_index)``; bar indexes follow the
    :class:`Chart`'s own order whatever the drawing order."""

    segment_clicked = Signal(int, int)

    def __init__(self, name: str, shape: Shape, palette: str = "count",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"dashboard.{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.shape = shape
        self.palette = PALETTES[palette]
        self.chart_data: Chart | None = None
        self.series_labels: list[str] = []
        self.sets: list[QBarSet] = []
        self.title = QLabel(self)
        self.title.setObjectName(f"dashboard.{name}.title")
        self.title.setStyleSheet("font-weight: 600;")
        self.note = QLabel(self)
        self.note.setObjectName(f"dashboard.{name}.note")
        self.note.setStyleSheet("color: #5b6b7b;")
        self.note.setWordWrap(True)
        self.chart = QChart()
        self.chart.setMargins(QMargins(2, 2, 2, 2))
        self.chart.setBackgroundRoundness(0)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart, self)
        self.view.setObjectName(f"dashboard.{name}.view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        self.note.hide()

    # -- showing -------------------------------------------------------------------------------
    def set_texts(self, title: str, series: Sequence[str], note: str = "") -> None:
        self.title.setText(title)
        self.view.setAccessibleName(title)
        self.series_labels = list(series)
        for barset, text in zip(self.sets, self.series_labels, strict=False):
            barset.setLabel(text)
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def show_chart(self, chart: Chart, series: Sequence[str]) -> None:
        """Draw ``chart`` with ``series`` as the legend texts."""
        self.chart_data = chart
        self.series_labels = list(series)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.sets = []
        bars = self.drawn_bars()
        horizontal = self.shape is not Shape.COLUMNS
        stacked = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
        stacked.setBarWidth(0.7)
        for i, text in enumerate(self.series_labels):
            color = QColor(self.palette[i % len(self.palette)])
            barset = QBarSet(text)
            barset.setColor(color)
            barset.setBorderColor(color)
            sign = -1 if self.shape is Shape.PYRAMID and i == 0 else 1
            barset.append([float(sign * b.values[i]) for b in bars])
            barset.clicked.connect(lambda index, s=i: self._on_clicked(index, s))
            barset.hovered.connect(lambda on, index, s=i: self._on_hovered(on, index, s))
            stacked.append(barset)
            self.sets.append(barset)
        self.chart.addSeries(stacked)
        self.chart.legend().setVisible(len(self.series_labels) > 1)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop if self.shape is Shape.ROWS
                                         else Qt.AlignmentFlag.AlignBottom)
        self._axes(stacked, bars, horizontal)
        if horizontal and self.shape is Shape.ROWS:
            self.view.setMinimumHeight(max(180, ROW_HEIGHT * len(bars) + 70))

    def drawn_bars(self) -> list[Bar]:
        """Bars in drawing order: a horizontal chart draws its first category at the bottom,
        so a list of rows is given the bars reversed (its first bar ends up on top); a pyramid
        keeps the youngest band at the bottom."""
        bars = list(self.chart_data.bars) if self.chart_data else []
        return bars[::-1] if self.shape is Shape.ROWS else bars

    def _axes(self, series: QStackedBarSeries | QHorizontalStackedBarSeries, bars: list[Bar],
              horizontal: bool) -> None:
        categories = QBarCategoryAxis()
        categories.append([short_label(b.label) for b in bars] or [" "])
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        categories.setLabelsFont(small)
        values = self._value_axis(bars)
        values.setLabelsFont(small)
        for axis in (categories, values):  # shortened already; QtCharts cuts on a stale size
            axis.setTruncateLabels(False)
        if not horizontal and len(bars) > 12:
            categories.setLabelsAngle(-90)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal
                           else Qt.AlignmentFlag.AlignBottom)
        value_side = {Shape.ROWS: Qt.AlignmentFlag.AlignTop,
                      Shape.PYRAMID: Qt.AlignmentFlag.AlignBottom}
        self.chart.addAxis(values, value_side.get(self.shape, Qt.AlignmentFlag.AlignLeft))
        series.attachAxis(categories)
        series.attachAxis(values)

    def _value_axis(self, bars: list[Bar]) -> QValueAxis | QCategoryAxis:
        if self.shape is Shape.PYRAMID:
            top = max([max(b.values) for b in bars] + [1])
            step = _nice_step(top, 3)
            limit = step * -(-top // step)
            axis = QCategoryAxis()
            axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
            axis.setRange(-limit, limit)
            for tick in range(-limit, limit + 1, step):
                axis.append(fmt(abs(tick)) + (" " if tick < 0 else ""), tick)
            return axis
        top = max([b.total for b in bars] + [1])
        step = _nice_step(top)
        ticks = int(-(-top // step))
        axis = QValueAxis()
        axis.setRange(0, step * ticks)
        axis.setTickCount(ticks + 1)
        axis.setLabelFormat("%d")
        return axis

    # -- interaction ---------------------------------------------------------------------------
    def bar_index(self, drawn_index: int) -> int:
        """The :class:`Chart` index of a drawn category (and the other way round)."""
        count = len(self.chart_data.bars) if self.chart_data else 0
        return count - 1 - drawn_index if self.shape is Shape.ROWS else drawn_index

    def _on_clicked(self, drawn_index: int, series: int) -> None:
        self.segment_clicked.emit(self.bar_index(drawn_index), series)

    def _on_hovered(self, on: bool, drawn_index: int, series: int) -> None:
        if not on or self.chart_data is None:
            QToolTip.hideText()
            self.view.unsetCursor()
            return
        self.view.setCursor(Qt.CursorShape.PointingHandCursor)
        QToolTip.showText(QCursor.pos(), self.tooltip(self.bar_index(drawn_index), series),
                          self.view)

    def tooltip(self, bar_index: int, series: int) -> str:
        assert self.chart_data is not None
        bar = self.chart_data.bars[bar_index]
        lines = [bar.label]
        for s, (text, value) in enumerate(zip(self.series_labels, bar.values, strict=False)):
            lines.append(("▶ " if s == series else "") + f"{text}: {fmt(value)}")
        if len(bar.values) > 1:
            lines.append(f"Σ {fmt(bar.total)}")
        return "\n".join(lines)

    def position_of(self, bar_index: int, series: int) -> QPointF:
        """The middle of a drawn segment in view coordinates (where a click opens it)."""
        assert self.chart_data is not None
        drawn = self.bar_index(bar_index)  # the mapping is its own inverse
        bar = self.chart_data.bars[bar_index]
        before = sum(bar.values[:series]) if self.shape is not Shape.PYRAMID else 0
        middle = before + bar.values[series] / 2
        if self.shape is Shape.PYRAMID and series == 0:
            middle = -middle
        point = QPointF(drawn, middle) if self.shape is Shape.COLUMNS \
            else QPointF(middle, drawn)
        inside = self.chart.mapToPosition(point, self.chart.series()[0])
        return self.view.mapFromScene(self.chart.mapToScene(inside)).toPointF()


def _nice_step(top: int, ticks: int = 10) -> int:
    """A round tick step giving at most ``ticks`` ticks up to ``top``."""
    step = 1
    while top / step > ticks:
        for factor in (2, 5, 10):
            if top / (step * factor) <= ticks:
                return step * factor
        step *= 10
    return step
