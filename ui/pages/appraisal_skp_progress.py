"""Realisasi & umpan balik: during the year (an agreed or evaluated SKP) the realisation of each
indicator with its bukti dukung, and the continuous feedback entries (on the SKP or one RHK)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.services.appraisal import remove_feedback
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.skp_progress_dialogs import FeedbackDialog, RealisationDialog
from ui.models.appraisal_models import FeedbackTableModel, IndicatorLine, IndicatorTableModel
from ui.pages.appraisal_tab import SkpSection, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_skp_panel import SkpPanel


class ProgressTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_progress")
        self.indicators = IndicatorTableModel(self)
        self.indicator_table = make_table(self, "skp_progress.indicators", self.indicators,
                                          (36, 250, 250, 110, 200))
        self.indicator_table.doubleClicked.connect(lambda _i: self.edit_realisation())
        self.feedback = FeedbackTableModel(self)
        self.feedback_table = make_table(self, "skp_progress.feedback", self.feedback,
                                         (90, 200))
        self.indicator_label = QLabel(self)
        self.indicator_label.setObjectName("skp_progress.indicators_title")
        self.feedback_label = QLabel(self)
        self.feedback_label.setObjectName("skp_progress.feedback_title")
        for label in (self.indicator_label, self.feedback_label):
            label.setStyleSheet("font-weight: 600;")
        self.realisation_button = self.button("skp_progress.realisation", self.edit_realisation)
        self.add_feedback_button = self.button("skp_progress.add_feedback", self.add_feedback)
        self.remove_feedback_button = self.button("skp_progress.remove_feedback",
                                                  self.remove_feedback)
        for table in (self.indicator_table, self.feedback_table):
            table.selectionModel().selectionChanged.connect(lambda *_a: self.retranslate())
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.indicator_label)
        top_layout.addWidget(self.indicator_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.realisation_button)
        row.addStretch(1)
        top_layout.addLayout(row)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.feedback_label)
        bottom_layout.addWidget(self.feedback_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_feedback_button)
        row.addWidget(self.remove_feedback_button)
        row.addStretch(1)
        bottom_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("skp_progress.split")
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    def show_view(self) -> None:
        lines: list[IndicatorLine] = []
        for number, rhk in enumerate((*self.skp.rhk_utama, *self.skp.rhk_tambahan), 1):
            lines += [IndicatorLine(number, rhk.text, ind) for ind in rhk.indicators]
        self.indicators.set_rows(lines)
        self.feedback.set_rows(self.skp.feedback)
        self.retranslate()

    def _line(self) -> IndicatorLine | None:
        rows = self.indicator_table.selectionModel().selectedRows()
        return self.indicators.row_at(rows[0].row()) if rows else None

    def edit_realisation(self) -> None:
        line = self._line()
        if line is None or self.panel.blocked("progress"):
            return
        if RealisationDialog.ask(self.ctx, line.rhk_text, line.indicator, self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def add_feedback(self) -> None:
        skp = self.skp
        author = skp.penilai.nama if skp.penilai and skp.penilai.nama else ""
        if FeedbackDialog.ask(self.ctx, skp.id, skp.rhk, author, self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def remove_feedback(self) -> None:
        rows = self.feedback_table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.feedback.row_at(rows[0].row())
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove feedback"),
            self.tr("Remove the feedback of %1?").replace("%1", entry.given_on.strftime(
                "%d-%m-%Y")), self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx = self.ctx
            self.panel.change(lambda _p: ctx.write(remove_feedback, entry.id, reason),
                              self.tr("Remove feedback"))

    def retranslate(self) -> None:
        self.indicator_label.setText(self.tr("Realisation of the indicators"))
        self.feedback_label.setText(self.tr("Continuous feedback"))
        self.indicator_table.setAccessibleName(self.indicator_label.text())
        self.feedback_table.setAccessibleName(self.feedback_label.text())
        self.indicators.retranslate()
        self.feedback.retranslate()
        blocked = self.panel.blocked("progress")
        set_button(self.realisation_button, self.tr("Enter &realisation…"), blocked,
                   self._line() is not None)
        set_button(self.add_feedback_button, self.tr("&Add feedback…"), blocked)
        set_button(self.remove_feedback_button, self.tr("Remove feedback…"), blocked,
                   bool(self.feedback_table.selectionModel().selectedRows()))
