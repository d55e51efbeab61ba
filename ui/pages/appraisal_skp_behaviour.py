"""Perilaku kerja: the seven BerAKHLAK values with their panduan perilaku, the leader's
specific expectation of each (part of the plan: while a draft) and the feedback on each
(during the year: agreed or evaluated)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout

from app.reports.appraisal_common import behaviours
from app.services.appraisal import BehaviourRow, set_behaviour_feedback, set_ekspektasi_khusus
from ui.dialogs.skp_progress_dialogs import TextDialog
from ui.models.appraisal_models import BehaviourTableModel
from ui.pages.appraisal_tab import SkpSection, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_skp_panel import SkpPanel


class BehaviourTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_behaviour")
        self.intro = QLabel(self)
        self.intro.setObjectName("skp_behaviour.intro")
        self.intro.setWordWrap(True)
        self.model = BehaviourTableModel(self)
        self.table = make_table(self, "skp_behaviour.table", self.model, (170, 300, 300))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _i: self.edit_default())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.retranslate())
        self.expectation_button = self.button("skp_behaviour.expectation", self.edit_expectation)
        self.feedback_button = self.button("skp_behaviour.feedback", self.edit_feedback)
        actions = QHBoxLayout()
        actions.addWidget(self.expectation_button)
        actions.addWidget(self.feedback_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def show_view(self) -> None:
        self.model.set_rows(behaviours(self.skp))
        self.retranslate()

    def selected(self) -> BehaviourRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def edit_default(self) -> None:
        if self.panel.blocked("plan") is None:
            self.edit_expectation()
        elif self.panel.blocked("progress") is None:
            self.edit_feedback()

    def edit_expectation(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, skp_id = self.ctx, self.skp.id
        if TextDialog.ask(ctx, "ekspektasi_khusus", self.tr("Expectation"),
                          self.tr("Leader's specific expectation"),
                          self.tr("Value: %1").replace("%1", row.name), row.ekspektasi_khusus,
                          lambda text: ctx.write(set_ekspektasi_khusus, skp_id, row.code, text),
                          self):
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def edit_feedback(self) -> None:
        row = self.selected()
        if row is None:
            return
        ctx, skp_id = self.ctx, self.skp.id
        if TextDialog.ask(ctx, "feedback", self.tr("Feedback"),
                          self.tr("Feedback on a core value"),
                          self.tr("Value: %1").replace("%1", row.name), row.feedback,
                          lambda text: ctx.write(set_behaviour_feedback, skp_id, row.code, text),
                          self):
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def retranslate(self) -> None:
        self.intro.setText(self.tr("Work behaviour is the seven BerAKHLAK core values, without "
                                   "levels. The leader may add a specific expectation per value "
                                   "(while the plan is a draft); feedback per value is given "
                                   "during the year."))
        self.table.setAccessibleName(self.tr("BerAKHLAK core values"))
        self.model.retranslate()
        chosen = self.selected() is not None
        set_button(self.expectation_button, self.tr("&Expectation…"),
                   self.panel.blocked("plan"), chosen)
        set_button(self.feedback_button, self.tr("&Feedback…"), self.panel.blocked("progress"),
                   chosen)
