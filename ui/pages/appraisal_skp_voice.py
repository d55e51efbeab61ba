"""The employee's voice on an SKP — the response to the evaluation and the objection
(keberatan) decided by the atasan pejabat penilai, decision and reason kept — and what the
public said about the employee (umpan balik masyarakat)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from app.services.appraisal import set_employee_response
from ui.dialogs.skp_evaluation_dialogs import DecisionDialog, ObjectionDialog
from ui.dialogs.skp_progress_dialogs import TextDialog
from ui.models.appraisal_models import ObjectionTableModel
from ui.models.appraisal_record_models import PublicFeedbackTableModel
from ui.pages.appraisal_tab import SkpSection, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_skp_panel import SkpPanel


class VoiceTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_voice")
        self.response_box = QGroupBox(self)
        self.response_box.setObjectName("skp_voice.response_box")
        self.response = QLabel(self.response_box)
        self.response.setObjectName("skp_voice.response")
        self.response.setWordWrap(True)
        self.response_button = self.button("skp_voice.respond", self.respond)
        row = QHBoxLayout(self.response_box)
        row.addWidget(self.response, 1)
        row.addWidget(self.response_button)
        self.objections_label = QLabel(self)
        self.objections_label.setObjectName("skp_voice.objections_title")
        self.objections_label.setStyleSheet("font-weight: 600;")
        self.objections = ObjectionTableModel(self)
        self.table = make_table(self, "skp_voice.objections", self.objections,
                                (90, 300, 100, 250))
        self.object_button = self.button("skp_voice.object", self.submit)
        self.decide_button = self.button("skp_voice.decide", self.decide)
        actions = QHBoxLayout()
        actions.addWidget(self.object_button)
        actions.addWidget(self.decide_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.response_box)
        layout.addWidget(self.objections_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def show_view(self) -> None:
        self.objections.set_rows(self.skp.objections)
        self.retranslate()

    def respond(self) -> None:
        ctx, skp = self.ctx, self.skp
        if TextDialog.ask(ctx, "employee_response", self.tr("Response"),
                          self.tr("The employee's response"),
                          self.tr("What the employee says about the evaluation."),
                          skp.employee_response,
                          lambda text: ctx.write(set_employee_response, skp.id, text), self):
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def submit(self) -> None:
        if ObjectionDialog.ask(self.ctx, self.skp, self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def decide(self) -> None:
        pending = next((o for o in self.skp.objections if o.pending), None)
        if pending is not None and DecisionDialog.ask(self.ctx, self.skp, pending,
                                                      self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def retranslate(self) -> None:
        skp = self.skp
        self.response_box.setTitle(self.tr("Employee's response"))
        self.response.setText((skp.employee_response if skp else None)
                              or self.tr("No response recorded."))
        self.objections_label.setText(self.tr("Objections (keberatan)"))
        self.table.setAccessibleName(self.objections_label.text())
        self.objections.retranslate()
        set_button(self.response_button, self.tr("&Response…"), self.panel.blocked("response"))
        set_button(self.object_button, self.tr("Submit &objection…"),
                   self.panel.blocked("objection"))
        set_button(self.decide_button, self.tr("&Decide…"), self.panel.blocked("decide"))


class SkpPublicTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_public")
        self.intro = QLabel(self)
        self.intro.setObjectName("skp_public.intro")
        self.intro.setWordWrap(True)
        self.model = PublicFeedbackTableModel(self)
        self.table = make_table(self, "skp_public.table", self.model, (90, 120, 80, 200))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)

    def show_view(self) -> None:
        self.model.set_rows(self.view.public)
        self.retranslate()

    def retranslate(self) -> None:
        count = self.model.rowCount()
        self.intro.setText(self.tr("What the public said about this employee (%1). Recorded on "
                                   "the Public feedback tab of the Performance screen.")
                           .replace("%1", str(count)))
        self.table.setAccessibleName(self.tr("Public feedback about the employee"))
        self.model.retranslate()
