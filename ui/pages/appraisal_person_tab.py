"""Riwayat pegawai: one employee's appraisal view — every SKP (open one), the old scores (DP3,
PP 46/2011, PermenPANRB 8/2021; add or remove), the talent placements and what the public said
about them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout

from app.services.appraisal import remove_legacy_appraisal
from app.services.auth import Permission
from app.services.employee_query import EmployeeRow
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.dialogs.appraisal_legacy_dialog import LegacyDialog
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_record_dialogs import TalentDialog
from ui.models.appraisal_jobs import PersonRecords, person_records
from ui.models.appraisal_record_models import (
    LegacyTableModel,
    PersonSkpTableModel,
    PublicFeedbackTableModel,
    TalentTableModel,
)
from ui.pages.appraisal_tab import AppraisalPart, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage


class PersonTab(AppraisalPart):
    open_requested = Signal(str)  # skp id

    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "person_tab")
        self.employee: EmployeeRow | None = None
        self.records: PersonRecords | None = None
        self.stale = False
        self.who = QLabel(self)
        self.who.setObjectName("person_tab.who")
        self.who.setStyleSheet("font-weight: 600;")
        self.pick_button = self.button("person_tab.pick", self.pick)
        self.skps = PersonSkpTableModel(self)
        self.legacy = LegacyTableModel(self)
        self.talent = TalentTableModel(self)
        self.public = PublicFeedbackTableModel(self)
        self.skp_table = make_table(self, "person_tab.skps", self.skps, (50, 90, 120))
        self.skp_table.doubleClicked.connect(lambda _i: self.open_skp())
        self.legacy_table = make_table(self, "person_tab.legacy", self.legacy, (50, 230, 60, 90))
        self.talent_table = make_table(self, "person_tab.talent", self.talent, (50, 90, 130, 50))
        self.public_table = make_table(self, "person_tab.public", self.public, (90, 110, 70))
        self.titles = [QLabel(self) for _ in range(4)]
        for n, title in enumerate(self.titles):
            title.setObjectName(f"person_tab.title{n}")
            title.setStyleSheet("font-weight: 600;")
        self.open_button = self.button("person_tab.open", self.open_skp)
        self.add_legacy_button = self.button("person_tab.add_legacy", self.add_legacy)
        self.remove_legacy_button = self.button("person_tab.remove_legacy", self.remove_legacy)
        self.place_button = self.button("person_tab.place", self.place)
        for table in (self.skp_table, self.legacy_table):
            table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.who, 1)
        head.addWidget(self.pick_button)
        grid = QGridLayout()
        blocks = (
            (self.titles[0], self.skp_table, (self.open_button,)),
            (self.titles[1], self.legacy_table, (self.add_legacy_button,
                                                 self.remove_legacy_button)),
            (self.titles[2], self.talent_table, (self.place_button,)),
            (self.titles[3], self.public_table, ()),
        )
        for n, (title, table, buttons) in enumerate(blocks):
            box = QVBoxLayout()
            box.addWidget(title)
            box.addWidget(table, 1)
            row = QHBoxLayout()
            for b in buttons:
                row.addWidget(b)
            row.addStretch(1)
            box.addLayout(row)
            grid.addLayout(box, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(grid, 1)
        layout.addWidget(self.status)

    # -- loading -----------------------------------------------------------------------------
    def pick(self) -> None:
        row = EmployeePickerDialog.ask(self.ctx, self.tr("Whose appraisal history?"),
                                       self.unit_id, self)
        if row is not None:
            self.show_employee(row)

    def show_employee(self, row: EmployeeRow) -> None:
        self.employee = row
        self.reload()

    def reload(self) -> None:
        super().reload()
        if self.employee is None:
            return
        ctx, employee_id = self.ctx, self.employee.id
        self.fetch(lambda _p: person_records(ctx, employee_id), self._on_loaded)

    def _on_loaded(self, records: PersonRecords) -> None:
        self.records = records
        self.skps.set_rows(records.skps)
        self.legacy.set_rows(records.legacy)
        self.talent.set_rows(records.talent)
        self.public.set_rows(records.public)
        self.retranslate()

    # -- actions -----------------------------------------------------------------------------
    def open_skp(self) -> None:
        rows = self.skp_table.selectionModel().selectedRows()
        if rows:
            self.open_requested.emit(self.skps.row_at(rows[0].row()).id)

    def add_legacy(self) -> None:
        if self.employee is not None and LegacyDialog.ask(self.ctx, self.employee,
                                                          self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def remove_legacy(self) -> None:
        rows = self.legacy_table.selectionModel().selectedRows()
        if not rows:
            return
        record = self.legacy.row_at(rows[0].row())
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove old score"),
            self.tr("Remove the %1 score?").replace("%1", str(record.year)),
            self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx = self.ctx
            self.write(lambda _p: ctx.write(remove_legacy_appraisal, record.id, reason),
                       self.tr("Remove old score"))

    def place(self) -> None:
        if self.employee is not None and TalentDialog.ask(
                self.ctx, self.employee, self.year, self.unit_id, self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    # -- texts -------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        write = self.denied(Permission.APPRAISAL_WRITE)
        chosen = self.employee is not None
        set_button(self.pick_button, self.tr("&Choose employee…"))
        set_button(self.open_button, self.tr("&Open SKP"), None,
                   bool(self.skp_table.selectionModel().selectedRows()))
        set_button(self.add_legacy_button, self.tr("&Add old score…"), write, chosen)
        set_button(self.remove_legacy_button, self.tr("Remove…"), write,
                   bool(self.legacy_table.selectionModel().selectedRows()))
        set_button(self.place_button, self.tr("&Place in the 9-box…"), write, chosen)

    def retranslate(self) -> None:
        e = self.employee
        self.who.setText(f"{e.nama_lengkap} — {e.nip_display}" if e else
                         self.tr("Choose an employee to see their appraisal history."))
        for title, text in zip(self.titles, (self.tr("SKP"), self.tr("Old scores (before 2022)"),
                                             self.tr("Talent placements"),
                                             self.tr("Public feedback")), strict=True):
            title.setText(text)
        for table, title in ((self.skp_table, self.titles[0]), (self.legacy_table,
                                                                self.titles[1]),
                             (self.talent_table, self.titles[2]),
                             (self.public_table, self.titles[3])):
            table.setAccessibleName(title.text())
        for model in (self.skps, self.legacy, self.talent, self.public):
            model.retranslate()
        self.update_buttons()
