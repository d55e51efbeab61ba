"""Katalog: the training programmes — kind, category, default JP, organiser, competency area,
how many sessions each has. New / change / deactivate (kept for its sessions, hidden from the
pick lists) / delete (only a programme no session uses, with a reason) / open a session.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from app.services.auth import Permission
from app.services.training import (
    ProgramRow,
    delete_program,
    list_programs,
    set_program_active,
)
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_program_dialog import ProgramDialog
from ui.models.training_table_models import ProgramTableModel
from ui.pages.tabbed import make_table
from ui.pages.training_tab import TrainingTab
from ui.text import plain

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage


class CatalogTab(TrainingTab):
    session_requested = Signal(str)  # open a new session of this programme

    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page, "training.catalog")
        self.model = ProgramTableModel(self)
        self.proxy = self.filter_proxy(self.model)
        self.search = self.search_field("training.catalog.search", self.proxy.setFilterFixedString)
        self.inactive = self.reload_box("training.catalog.inactive")
        self.table = make_table(self, "training.catalog.table", self.proxy,
                                (80, 300, 100, 180, 45, 200, 150, 60), sort_by=1,
                                on_open=self.edit_program, on_select=self.update_buttons)
        self.new_button = self.button("training.catalog.new", self.new_program)
        self.edit_button = self.button("training.catalog.edit", self.edit_program)
        self.active_button = self.button("training.catalog.active", self.toggle_active)
        self.delete_button = self.button("training.catalog.delete", self.delete)
        self.session_button = self.button("training.catalog.session", self._request_session)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.inactive)
        bar.addStretch(1)
        for b in (self.new_button, self.edit_button, self.active_button, self.delete_button,
                  self.session_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        include, ctx = self.inactive.isChecked(), self.ctx
        self.fetch(lambda _p: ctx.read(list_programs, include_inactive=include),
                   self._on_loaded)

    def _on_loaded(self, rows: list[ProgramRow]) -> None:
        self.refill(self.model, rows)
        self.show_note(self.tr("%1 programme(s) in the catalogue.").replace("%1", str(len(rows))))
        self.update_buttons()

    def selected(self) -> ProgramRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], ProgramTableModel.RowRole)

    def select(self, program_id: str) -> None:
        row = self.model.find(program_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def visible_names(self) -> list[str]:
        return [self.proxy.data(self.proxy.index(r, 1)) for r in range(self.proxy.rowCount())]

    # -- actions -----------------------------------------------------------------------------
    def new_program(self) -> None:
        if self.denied(Permission.TRAINING_WRITE):
            return
        saved = ProgramDialog.ask(self.ctx, self.choices, None, self)
        if saved is not None:
            self._after_write(saved.id)

    def edit_program(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        saved = ProgramDialog.ask(self.ctx, self.choices, row, self)
        if saved is not None:
            self._after_write(saved.id)

    def _after_write(self, program_id: str) -> None:
        self.changed.emit("catalog")
        self._select_next = program_id
        self.reload()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(set_program_active, row.id, not row.active),
                   self.tr("Training catalogue"), lambda _r: self.reload(), "catalog")

    def delete(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        reason = DeleteReasonDialog.ask(
            self, self.tr("Delete programme"),
            self.tr("Delete the programme “%1” from the catalogue? Only a programme no "
                    "session uses can be deleted.").replace("%1", row.name),
            self.tr("Delete"))
        if reason is None:
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(delete_program, row.id, reason),
                   self.tr("Delete programme"), lambda _r: self.reload(), "catalog")

    def _request_session(self) -> None:
        row = self.selected()
        if row is not None:
            self.session_requested.emit(row.id)

    def update_buttons(self) -> None:
        row = self.selected()
        denied = self.denied(Permission.TRAINING_WRITE)
        none = self.tr("Select a programme first.")
        for button, needs_row in ((self.new_button, False), (self.edit_button, True),
                                  (self.active_button, True), (self.delete_button, True),
                                  (self.session_button, True)):
            reason = denied or (none if needs_row and row is None else None)
            if button is self.session_button and row is not None and not row.active and \
                    not denied:
                reason = self.tr("The programme is inactive; activate it first.")
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        if row is not None and not row.active:
            self.active_button.setText(self.tr("Acti&vate"))
        else:
            self.active_button.setText(self.tr("Deacti&vate"))
        self.active_button.setAccessibleName(plain(self.active_button.text()))
        if row is not None and row.sessions and not denied:
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(self.tr("Used by %1 session(s): deactivate it "
                                                  "instead.").replace("%1", str(row.sessions)))

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a programme by name or code"))
        self.search.setAccessibleName(self.tr("Find a programme"))
        self.inactive.setText(self.tr("Show &inactive programmes"))
        self.inactive.setAccessibleName(plain(self.inactive.text()))
        for button, text in ((self.new_button, self.tr("&New programme…")),
                             (self.edit_button, self.tr("&Change…")),
                             (self.delete_button, self.tr("&Delete…")),
                             (self.session_button, self.tr("Open a &session…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Training programmes"))
        self.model.retranslate()
        self.update_buttons()

