"""Periode & capaian organisasi: the evaluation periods of the year (periodic — quarterly by
default, per semester or the office's own — and the annual one), opened and closed; and the
organisation result (capaian kinerja organisasi) of the chosen unit for the year.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QVBoxLayout

from app.services.appraisal import (
    OrgResultRow,
    PeriodRow,
    delete_periods,
    list_periods,
    org_result,
    remove_org_result,
    set_period_open,
)
from app.services.auth import Permission
from ui.dialogs.appraisal_periods_dialog import PeriodsDialog
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_unit_dialogs import OrgResultDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_models import PeriodTableModel
from ui.pages.appraisal_tab import AppraisalPart, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage


@dataclass(frozen=True)
class _Periods:
    year: int
    unit_id: str | None
    periods: tuple[PeriodRow, ...]
    org: OrgResultRow | None


def _read(session: Any, actor: Any, year: int, unit_id: str | None) -> _Periods:
    return _Periods(year, unit_id, tuple(list_periods(session, actor, year)),
                    org_result(session, actor, year, unit_id))


class PeriodsTab(AppraisalPart):
    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "periods_tab")
        self.data: _Periods | None = None
        self.model = PeriodTableModel(self)
        self.periods_box = QGroupBox(self)
        self.periods_box.setObjectName("periods_tab.periods")
        self.table = make_table(self.periods_box, "periods_tab.table", self.model,
                                (180, 110, 110))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.create_button = self.button("periods_tab.create", self.create)
        self.toggle_button = self.button("periods_tab.toggle", self.toggle)
        self.delete_button = self.button("periods_tab.delete", self.delete)
        row = QHBoxLayout()
        for b in (self.create_button, self.toggle_button, self.delete_button):
            row.addWidget(b)
        row.addStretch(1)
        box = QVBoxLayout(self.periods_box)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self.org_box = QGroupBox(self)
        self.org_box.setObjectName("periods_tab.org")
        self.org = QLabel(self.org_box)
        self.org.setObjectName("periods_tab.org_text")
        self.org.setWordWrap(True)
        self.set_org_button = self.button("periods_tab.set_org", self.set_org)
        self.remove_org_button = self.button("periods_tab.remove_org", self.remove_org)
        line = QHBoxLayout(self.org_box)
        line.addWidget(self.org, 1)
        line.addWidget(self.set_org_button)
        line.addWidget(self.remove_org_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.periods_box, 1)
        layout.addWidget(self.org_box)
        layout.addWidget(self.status)
        self.retranslate()

    def reload(self) -> None:
        super().reload()
        ctx, year, unit_id = self.ctx, self.year, self.unit_id
        self.fetch(lambda _p: ctx.read(_read, year, unit_id), self._on_loaded)

    def _on_loaded(self, data: _Periods) -> None:
        if (data.year, data.unit_id) != (self.year, self.unit_id):
            return
        self.data = data
        self.model.set_rows(data.periods)
        self.retranslate()

    def selected(self) -> PeriodRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    # -- actions -----------------------------------------------------------------------------
    def create(self) -> None:
        if PeriodsDialog.ask(self.ctx, self.year, self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def toggle(self) -> None:
        period = self.selected()
        if period is not None:
            ctx, opening = self.ctx, period.status != "open"
            self.write(lambda _p: ctx.write(set_period_open, period.id, opening),
                       self.tr("Open or close the period"))

    def delete(self) -> None:
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove the periods"),
            self.tr("Remove every period of %1 to choose another scheme? Only possible while "
                    "no periodic evaluation uses them.").replace("%1", str(self.year)),
            self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx, year = self.ctx, self.year
            self.write(lambda _p: ctx.write(delete_periods, year, reason),
                       self.tr("Remove the periods"))

    def set_org(self) -> None:
        current = self.data.org if self.data else None
        if OrgResultDialog.ask(self.ctx, self.units, self.unit_id, self.year, current,
                               self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def remove_org(self) -> None:
        org = self.data.org if self.data else None
        if org is None or org.inherited:
            return
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove the organisation result"),
            self.tr("Remove the organisation result %1 of %2?").replace(
                "%1", lbl.label(lbl.ORG_RESULT, org.result)).replace(
                "%2", org.unit_name or self.tr("the whole office")),
            self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx = self.ctx
            self.write(lambda _p: ctx.write(remove_org_result, org.id, reason),
                       self.tr("Remove the organisation result"))

    # -- texts -------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        write = self.denied(Permission.APPRAISAL_WRITE)
        finalize = self.denied(Permission.APPRAISAL_FINALIZE)
        has = self.model.rowCount() > 0
        period = self.selected()
        set_button(self.create_button, self.tr("&Create periods…"), write, not has)
        if has and write is None:
            self.create_button.setToolTip(self.tr("The periods of this year exist; remove "
                                                  "them first to choose another scheme."))
        toggle = self.tr("&Close period") if period and period.status == "open" else \
            self.tr("&Open period")
        set_button(self.toggle_button, toggle, finalize, period is not None)
        set_button(self.delete_button, self.tr("Remove the year's periods…"), finalize, has)
        org = self.data.org if self.data else None
        set_button(self.set_org_button, self.tr("&Set result…"), write)
        set_button(self.remove_org_button, self.tr("Remove result…"), write,
                   org is not None and not org.inherited)

    def retranslate(self) -> None:
        self.periods_box.setTitle(self.tr("Evaluation periods %1").replace("%1", str(self.year)))
        self.org_box.setTitle(self.tr("Organisation result (capaian kinerja organisasi)"))
        self.table.setAccessibleName(self.tr("Evaluation periods"))
        self.model.retranslate()
        org = self.data.org if self.data else None
        if self.data is None:
            self.org.setText("")
        elif org is None:
            self.org.setText(self.tr("Not recorded for %1: the evaluation prints no "
                                     "organisation result and the spread of predikat cannot "
                                     "be checked.").replace("%1", str(self.data.year)))
        else:
            text = self.tr("%1 — %2 (%3)").replace("%1", str(org.year)).replace(
                "%2", lbl.label(lbl.ORG_RESULT, org.result)).replace(
                "%3", org.unit_name or self.tr("the whole office"))
            if org.inherited:
                text += " " + self.tr("— taken from above: this unit has no result of its own.")
            self.org.setText(text)
        self.update_buttons()
