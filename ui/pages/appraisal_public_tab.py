"""Umpan balik masyarakat of the chosen unit for the year: what the public said about the unit,
its sub-units and the people now working there, newest first, with the average satisfaction;
record new feedback or remove an entry with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.services.appraisal import (
    PublicFeedbackRow,
    list_public_feedback,
    remove_public_feedback,
)
from app.services.auth import Permission
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_record_dialogs import PublicFeedbackDialog
from ui.models.appraisal_record_models import PublicFeedbackTableModel
from ui.pages.appraisal_tab import AppraisalPart, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage


@dataclass(frozen=True)
class _Found:
    year: int
    unit_id: str | None
    rows: tuple[PublicFeedbackRow, ...]


class PublicTab(AppraisalPart):
    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "public_tab")
        self.found: _Found | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("public_tab.summary")
        self.summary.setWordWrap(True)
        self.model = PublicFeedbackTableModel(self)
        self.table = make_table(self, "public_tab.table", self.model, (90, 130, 80, 240))
        self.table.setSortingEnabled(False)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.add_button = self.button("public_tab.add", self.add)
        self.remove_button = self.button("public_tab.remove", self.remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)
        self.retranslate()

    def reload(self) -> None:
        super().reload()
        ctx, year, unit_id = self.ctx, self.year, self.unit_id
        self.fetch(lambda _p: _Found(year, unit_id, tuple(ctx.read(
            list_public_feedback, unit_id=unit_id, start=date(year, 1, 1),
            end=date(year, 12, 31)))), self._on_loaded)

    def _on_loaded(self, found: _Found) -> None:
        if (found.year, found.unit_id) != (self.year, self.unit_id):
            return
        self.found = found
        self.model.set_rows(found.rows)
        self.retranslate()

    def selected(self) -> PublicFeedbackRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def add(self) -> None:
        if PublicFeedbackDialog.ask(self.ctx, self.units, self.unit_id, self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def remove(self) -> None:
        row = self.selected()
        if row is None:
            return
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove public feedback"),
            self.tr("Remove the feedback of %1 about %2?").replace(
                "%1", row.received_on.strftime("%d-%m-%Y")).replace(
                "%2", row.employee_nama or row.unit_name or "-"),
            self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx = self.ctx
            self.write(lambda _p: ctx.write(remove_public_feedback, row.id, reason),
                       self.tr("Remove public feedback"))

    def update_buttons(self) -> None:
        write = self.denied(Permission.APPRAISAL_WRITE)
        set_button(self.add_button, self.tr("&Record feedback…"), write)
        set_button(self.remove_button, self.tr("&Remove…"), write, self.selected() is not None)

    def retranslate(self) -> None:
        rows = self.found.rows if self.found else ()
        if rows:
            average = sum(r.rating for r in rows) / len(rows)
            self.summary.setText(self.tr("%1 entries in %2, average satisfaction %3 of 5 — "
                                         "about the unit, its sub-units and its people.")
                                 .replace("%1", str(len(rows))).replace("%2", str(self.year))
                                 .replace("%3", f"{average:.1f}".replace(".", ",")))
        else:
            self.summary.setText(self.tr("No public feedback recorded for %1.").replace(
                "%1", str(self.year)))
        self.table.setAccessibleName(self.tr("Public feedback"))
        self.model.retranslate()
        self.update_buttons()
