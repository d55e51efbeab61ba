"""One SKP on screen: who and which year, its status with who moved it and when, the
workflow (agree → evaluate → finalise; back to draft; the logged correction of a final SKP;
delete a draft), printing, and the tabs — Rencana, Perilaku kerja, Realisasi & umpan balik,
Evaluasi, Tanggapan & keberatan, Umpan balik masyarakat.

What may be changed follows the status (the services refuse the rest anyway) and the role:
APPRAISAL_WRITE for the work, APPRAISAL_FINALIZE to finalise, correct and decide objections.
A final SKP is read-only except through *Koreksi…*.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QTabWidget, QToolButton, QVBoxLayout

from app.reports.formatting import nip_text
from app.services.appraisal import (
    SkpDetail,
    agree_skp,
    delete_skp,
    finalize_skp,
    return_to_draft,
)
from app.services.auth import Permission
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.messages import confirm
from ui.dialogs.skp_evaluation_dialogs import CorrectionDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_jobs import SkpView, skp_view
from ui.models.employee_labels import fmt_date
from ui.pages.appraisal_print import print_skps
from ui.pages.appraisal_skp_behaviour import BehaviourTab
from ui.pages.appraisal_skp_evaluation import EvaluationTab
from ui.pages.appraisal_skp_plan import PlanTab
from ui.pages.appraisal_skp_progress import ProgressTab
from ui.pages.appraisal_skp_voice import SkpPublicTab, VoiceTab
from ui.pages.appraisal_tab import LOCKED_STYLE, AppraisalPart, set_button
from ui.text import plain

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage

STATUS_STYLE = {
    "draft": "background: #eceff1; color: #37474f;",
    "agreed": "background: #e3f2fd; color: #0d47a1;",
    "evaluated": "background: #fff8e1; color: #8a5a00;",
    "final": "background: #e8f5e9; color: #1b5e20;",
}


def _when(value: datetime | None) -> str:
    return fmt_date(value.date()) if value is not None else ""


class SkpPanel(AppraisalPart):
    back_requested = Signal()
    skp_deleted = Signal()

    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "skp")
        self.skp_id = ""
        self.view: SkpView | None = None
        self.stale = False
        self.back_button = self.button("skp.back", self.back_requested.emit)
        self.title = QLabel(self)
        self.title.setObjectName("skp.title")
        self.title.setStyleSheet("font-size: 15px; font-weight: 600;")
        self.badge = QLabel(self)
        self.badge.setObjectName("skp.status")
        self.who = QLabel(self)
        self.who.setObjectName("skp.who")
        self.who.setWordWrap(True)
        self.stamps = QLabel(self)
        self.stamps.setObjectName("skp.stamps")
        self.stamps.setWordWrap(True)
        self.locked = QLabel(self)
        self.locked.setObjectName("skp.locked")
        self.locked.setWordWrap(True)
        self.locked.setStyleSheet(LOCKED_STYLE)
        self.locked.hide()
        self.agree_button = self.button("skp.agree", self.agree)
        self.redraft_button = self.button("skp.redraft", self.redraft)
        self.finalize_button = self.button("skp.finalize", self.finalize)
        self.correct_button = self.button("skp.correct", self.correct)
        self.delete_button = self.button("skp.delete", self.delete)
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("skp.print")
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.print_menu = QMenu(self.print_button)
        self.print_menu.setObjectName("skp.print_menu")
        self.print_actions = {}
        for form in ("evaluasi", "lembar-evaluasi", "skp"):
            action = self.print_menu.addAction("")
            action.setObjectName(f"skp.print.{form}")
            action.triggered.connect(lambda _c=False, f=form: self.print_form(f))
            self.print_actions[form] = action
        self.print_button.setMenu(self.print_menu)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("skp.tabs")
        self.plan = PlanTab(self)
        self.behaviour = BehaviourTab(self)
        self.progress = ProgressTab(self)
        self.evaluation = EvaluationTab(self)
        self.voice = VoiceTab(self)
        self.public = SkpPublicTab(self)
        self.parts = (self.plan, self.behaviour, self.progress, self.evaluation, self.voice,
                      self.public)
        for part in self.parts:
            self.tabs.addTab(part, "")
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.back_button)
        head.addWidget(self.title, 1)
        head.addWidget(self.badge)
        actions = QHBoxLayout()
        for button in (self.agree_button, self.redraft_button, self.finalize_button,
                       self.correct_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.who)
        layout.addWidget(self.stamps)
        layout.addLayout(actions)
        layout.addWidget(self.locked)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    # -- loading -----------------------------------------------------------------------------
    @property
    def skp(self) -> SkpDetail | None:
        return self.view.detail if self.view else None

    def open(self, skp_id: str) -> None:
        if skp_id != self.skp_id:
            self.view = None
            self.tabs.setCurrentIndex(0)
        self.skp_id = skp_id
        self.reload()

    def reload(self) -> None:
        self.stale = False
        if not self.skp_id:
            return
        ctx, skp_id = self.ctx, self.skp_id
        self.fetch(lambda _p: skp_view(ctx, skp_id), self._on_loaded)

    def _on_loaded(self, view: SkpView) -> None:
        if view.detail.id != self.skp_id:
            return
        self.view = view
        for part in self.parts:
            part.set_view(view)
        self.retranslate()

    # -- what may be done --------------------------------------------------------------------
    def blocked(self, stage: str) -> str | None:
        """Why a kind of change is not possible now (``None``: it is)."""
        skp = self.skp
        if skp is None:
            return self.tr("The SKP is still being read.")
        permission = Permission.APPRAISAL_FINALIZE if stage in (
            "finalize", "correct", "decide") else Permission.APPRAISAL_WRITE
        denied = self.denied(permission)
        if denied:
            return denied
        status = skp.status
        if status == "final" and stage not in ("correct", "objection", "decide"):
            return self.tr("The SKP is final: it changes only through a logged correction "
                           "(Correct…).")
        reasons = {
            "plan": (status == "draft", self.tr("The plan is agreed; take the SKP back to "
                                                "draft to change it.")),
            "progress": (status in ("agreed", "evaluated"),
                         self.tr("Realisation and feedback come after the SKP is agreed.")),
            "evaluate": (status in ("agreed", "evaluated"),
                         self.tr("Agree the SKP with the appraiser before evaluating it.")),
            "response": (status == "evaluated",
                         self.tr("The employee responds after the evaluation.")),
            "objection": (status in ("evaluated", "final") and not self.pending_objection(),
                          self.tr("An objection needs an evaluated SKP and no objection "
                                  "still pending.")),
            "decide": (self.pending_objection(), self.tr("No objection is pending.")),
            "finalize": (status == "evaluated" and not self.pending_objection(),
                         self.tr("Only an evaluated SKP without a pending objection can be "
                                 "finalised.")),
            "correct": (status == "final", self.tr("Only a final SKP is corrected; until "
                                                   "then it is changed directly.")),
            "agree": (status == "draft", self.tr("The SKP is already agreed.")),
            "redraft": (status == "agreed", self.tr("Only an agreed SKP that is not yet "
                                                    "evaluated goes back to draft.")),
            "delete": (status in ("draft", "agreed"),
                       self.tr("An evaluated or final SKP is not deleted.")),
        }
        allowed, reason = reasons[stage]
        return None if allowed else reason

    def pending_objection(self) -> bool:
        return bool(self.skp and any(o.pending for o in self.skp.objections))

    def change(self, job: Any, title: str) -> None:
        """A write on this SKP; the panel reads it again afterwards."""
        self.write(job, title)

    # -- workflow ----------------------------------------------------------------------------
    def agree(self) -> None:
        ctx, skp_id = self.ctx, self.skp_id
        self.change(lambda _p: ctx.write(agree_skp, skp_id), self.tr("Agree the SKP"))

    def redraft(self) -> None:
        reason = ReasonDialog.ask_reason(
            self, self.tr("Back to draft"),
            self.tr("Take the agreed plan back to draft to change it?"), self.tr("Back to &draft"),
            self.tr("&Reason (kept in the audit log):"))
        if reason is not None:
            ctx, skp_id = self.ctx, self.skp_id
            self.change(lambda _p: ctx.write(return_to_draft, skp_id, reason),
                        self.tr("Back to draft"))

    def finalize(self) -> None:
        skp = self.skp
        if skp is None or not confirm(
                self, self.tr("Finalise the SKP"),
                self.tr("Finalise the %1 SKP of %2 with predikat %3? A final SKP changes only "
                        "through a logged correction.").replace("%1", str(skp.year))
                .replace("%2", skp.pegawai.nama if skp.pegawai else "")
                .replace("%3", lbl.label(lbl.PREDIKAT, skp.predikat)),
                self.tr("Finalise")):
            return
        ctx, skp_id = self.ctx, self.skp_id
        self.change(lambda _p: ctx.write(finalize_skp, skp_id), self.tr("Finalise the SKP"))

    def correct(self) -> None:
        skp = self.skp
        if skp is not None and CorrectionDialog.ask(self.ctx, skp, self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def delete(self) -> None:
        skp = self.skp
        if skp is None:
            return
        reason = ReasonDialog.ask_reason(
            self, self.tr("Delete SKP"),
            self.tr("Delete the %1 SKP of %2? It is kept as deleted with the reason.")
            .replace("%1", str(skp.year)).replace("%2", skp.pegawai.nama if skp.pegawai else ""),
            self.tr("&Delete"), self.tr("&Reason:"))
        if reason is None:
            return
        ctx, skp_id = self.ctx, self.skp_id

        def deleted(_result: object) -> None:
            self.changed.emit("appraisal")
            self.skp_deleted.emit()

        self.page.run_job(lambda _p: ctx.write(delete_skp, skp_id, reason),
                          title=self.tr("Delete SKP"), on_success=deleted)

    def print_form(self, form: str) -> None:
        skp = self.skp
        if skp is not None:
            name = (skp.pegawai.nip if skp.pegawai and skp.pegawai.nip else "skp")
            print_skps(self, [skp.id], f"{name}-{skp.year}", "", form=form)

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        skp = self.skp
        back = self.tr("← SKP &list")
        self.back_button.setText(back)
        self.back_button.setAccessibleName(plain(back).lstrip("← "))
        self._header(skp)
        set_button(self.agree_button, self.tr("&Agree plan"), self.blocked("agree"))
        set_button(self.redraft_button, self.tr("Back to &draft…"), self.blocked("redraft"))
        set_button(self.finalize_button, self.tr("&Finalise…"), self.blocked("finalize"))
        set_button(self.correct_button, self.tr("&Correct…"), self.blocked("correct"))
        set_button(self.delete_button, self.tr("Delete…"), self.blocked("delete"))
        text = self.tr("&Print")
        self.print_button.setText(text)
        self.print_button.setAccessibleName(plain(text))
        blocked = self.denied(Permission.REPORT_PRINT)
        self.print_button.setEnabled(skp is not None and blocked is None)
        self.print_button.setToolTip(blocked or "")
        for form, action in self.print_actions.items():
            action.setText(lbl.label(lbl.FORM, form))
        titles = (self.tr("Plan"), self.tr("Work behaviour"), self.tr("Realisation && feedback"),
                  self.tr("Evaluation"), self.tr("Response && objection"),
                  self.tr("Public feedback"))
        for i, text in enumerate(titles):
            self.tabs.setTabText(i, text)
        for part in self.parts:
            part.retranslate()

    def _header(self, skp: SkpDetail | None) -> None:
        if skp is None:
            self.title.setText(self.tr("Reading the SKP…"))
            for label in (self.who, self.stamps, self.badge):
                label.setText("")
            self.locked.hide()
            return
        p = skp.pegawai
        self.title.setText(self.tr("SKP %1 · %2").replace("%1", str(skp.year))
                           .replace("%2", p.nama if p and p.nama else ""))
        self.badge.setText(lbl.label(lbl.STATUS, skp.status))
        self.badge.setStyleSheet(STATUS_STYLE.get(skp.status, "") + " padding: 3px 10px; "
                                 "border-radius: 9px; font-weight: 600;")
        parts = [f"NIP {nip_text(p.nip)}" if p and p.nip else "", p.pangkat if p else "",
                 p.jabatan if p else "", p.unit if p else ""]
        self.who.setText(" · ".join(x for x in parts if x))
        stamps = []
        steps = ((self.tr("Agreed %1"), self.tr("Agreed %1 by %2"), skp.agreed_at,
                  skp.agreed_by),
                 (self.tr("Evaluated %1"), self.tr("Evaluated %1 by %2"), skp.evaluated_at,
                  skp.evaluated_by),
                 (self.tr("Final %1"), self.tr("Final %1 by %2"), skp.finalized_at,
                  skp.finalized_by))
        for bare, stamp, when, by in steps:
            if when is not None:
                text = stamp.replace("%2", by) if by else bare
                stamps.append(text.replace("%1", _when(when)))
        self.stamps.setText(" · ".join(stamps) or self.tr("Draft: the plan is being written."))
        self.locked.setVisible(skp.status == "final")
        self.locked.setText(self.tr("This SKP is final and read-only. A change goes through "
                                    "Correct…, which needs a reason and is written to the "
                                    "audit log."))
