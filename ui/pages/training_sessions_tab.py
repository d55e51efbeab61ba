"""Sesi: the sessions of a year (by the year their JP counts in — the year of the last day),
filtered by status or text, and under the list the chosen session with its participants.
New / change / status / delete (with a reason; refused while anyone has completed it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Permission
from app.services.training import (
    SessionRow,
    delete_session,
    list_sessions,
    set_session_status,
)
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_session_dialog import SessionDialog
from ui.models import training_labels as lbl
from ui.models.training_table_models import SessionTableModel
from ui.pages.tabbed import make_table
from ui.pages.training_session_detail import SessionDetail
from ui.pages.training_tab import TrainingTab
from ui.text import plain
from ui.widgets.choice_combo import ChoiceCombo

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage

ALL_YEARS = 1999  # the spin box's "every year" value


class SessionsTab(TrainingTab):
    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page, "training.sessions")
        self.year = self.year_spin("training.sessions.year", ALL_YEARS, 2100)
        self.status_filter = ChoiceCombo(self)
        self.status_filter.setObjectName("training.sessions.status")
        self.status_filter.edited.connect(self.reload)
        self.model = SessionTableModel(self)
        self.proxy = self.filter_proxy(self.model)
        self.search = self.search_field("training.sessions.search", self.proxy.setFilterFixedString)
        self.table = make_table(self, "training.sessions.table", self.proxy,
                                (330, 80, 170, 45, 90, 70, 120), sort_by=2, descending=True,
                                on_select=self._on_selected, on_open=self.edit_session)
        self.detail = SessionDetail(self)
        self.detail.session_changed.connect(self._refresh_counts)
        self.new_status = ChoiceCombo(self)
        self.new_status.setObjectName("training.sessions.new_status")
        self.new_button = self.button("training.sessions.new", lambda: self.new_session())
        self.edit_button = self.button("training.sessions.edit", self.edit_session)
        self.status_button = self.button("training.sessions.set_status", self.set_status)
        self.delete_button = self.button("training.sessions.delete", self.delete)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        self.year_label = self.buddy(self.year)
        self.status_label = self.buddy(self.status_filter)
        bar = QHBoxLayout()
        for widget in (self.year_label, self.year, self.status_label, self.status_filter):
            bar.addWidget(widget)
        bar.addWidget(self.search, 1)
        for widget in (self.new_button, self.edit_button, self.new_status, self.status_button,
                       self.delete_button):
            bar.addWidget(widget)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(bar)
        top_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("training.sessions.splitter")
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status)

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        year = None if self.year.value() == ALL_YEARS else self.year.value()
        status, ctx = self.status_filter.code(), self.ctx
        self.fetch(lambda _p: ctx.read(list_sessions, year=year, status=status),
                   self._on_loaded)

    def _on_loaded(self, rows: list[SessionRow]) -> None:
        self.refill(self.model, rows)
        if self.selected() is None:
            self.detail.show_session(None)
        self.show_note(self.tr("%1 session(s).").replace("%1", str(len(rows))))
        self.update_buttons()

    def _refresh_counts(self) -> None:
        """Participants changed in the detail: the list's counts follow (same selection)."""
        year = None if self.year.value() == ALL_YEARS else self.year.value()
        status, ctx = self.status_filter.code(), self.ctx
        self.fetch(lambda _p: ctx.read(list_sessions, year=year, status=status),
                   self._on_counts)

    def _on_counts(self, rows: list[SessionRow]) -> None:
        by_id = {r.id: r for r in rows}
        for i, row in enumerate(self.model.rows()):
            if row.id in by_id:
                self.model.replace_row(i, by_id[row.id])
        self.update_buttons()

    def selected(self) -> SessionRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], SessionTableModel.RowRole) if rows else None

    def select(self, session_id: str) -> None:
        row = self.model.find(session_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _on_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.new_status.set_code(row.status)
        if row is None or self.detail.session is None or row.id != self.detail.session.id:
            self.detail.show_session(row)
        self.update_buttons()

    def visible_titles(self) -> list[str]:
        return [self.proxy.data(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    # -- actions -----------------------------------------------------------------------------
    def new_session(self, program_id: str | None = None) -> None:
        if self.denied(Permission.TRAINING_WRITE):
            return
        saved = SessionDialog.ask(self.ctx, self.choices, None, program_id, self)
        if saved is not None:
            self._after_save(saved)

    def edit_session(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        saved = SessionDialog.ask(self.ctx, self.choices, row, None, self)
        if saved is not None:
            self._after_save(saved)

    def _after_save(self, saved: SessionRow) -> None:
        self.changed.emit("sessions")
        self._select_next = saved.id
        if self.year.value() not in (ALL_YEARS, saved.jp_year):
            self.year.setValue(saved.jp_year)  # reloads
        else:
            self.reload()
        if self.detail.session is not None and self.detail.session.id == saved.id:
            self.detail.show_session(saved)

    def set_status(self) -> None:
        row, status = self.selected(), self.new_status.code()
        if row is None or not status or self.denied(Permission.TRAINING_WRITE):
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(set_session_status, row.id, status),
                   self.tr("Session status"), self._after_save, "sessions")

    def delete(self) -> None:
        row = self.selected()
        if row is None or self.denied(Permission.TRAINING_WRITE):
            return
        reason = DeleteReasonDialog.ask(
            self, self.tr("Delete session"),
            self.tr("Delete the session “%1” with its %2 participant(s)? A session whose "
                    "participants completed it cannot be deleted.")
            .replace("%1", row.title).replace("%2", str(row.participants)),
            self.tr("Delete"))
        if reason is None:
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(delete_session, row.id, reason),
                   self.tr("Delete session"), lambda _r: self.reload(), "sessions")

    def update_buttons(self) -> None:
        row = self.selected()
        denied = self.denied(Permission.TRAINING_WRITE)
        none = self.tr("Select a session first.")
        for button in (self.edit_button, self.status_button, self.delete_button):
            reason = denied or (none if row is None else None)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        self.new_button.setEnabled(denied is None)
        self.new_button.setToolTip(denied or "")
        self.new_status.setEnabled(denied is None and row is not None)
        if row is not None and row.completed and denied is None:
            self.delete_button.setEnabled(False)
            self.delete_button.setToolTip(self.tr("%1 participant(s) completed it; undo their "
                                                  "completion first.")
                                          .replace("%1", str(row.completed)))
        self.detail.update_buttons()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("&Year:"))
        self.year.setSpecialValueText(self.tr("every year"))
        self.year.setAccessibleName(self.tr("Year"))
        self.status_label.setText(self.tr("S&tatus:"))
        self.status_filter.set_choices(lbl.items(lbl.STATUS), empty=self.tr("Any status"))
        self.status_filter.setAccessibleName(self.tr("Status"))
        self.new_status.set_choices(lbl.items(lbl.STATUS), empty=None)
        self.new_status.setAccessibleName(self.tr("New status"))
        self.search.setPlaceholderText(self.tr("Find a session"))
        self.search.setAccessibleName(self.tr("Find a session"))
        for button, text in ((self.new_button, self.tr("&New session…")),
                             (self.edit_button, self.tr("&Change…")),
                             (self.status_button, self.tr("Set stat&us")),
                             (self.delete_button, self.tr("&Delete…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Training sessions"))
        self.model.retranslate()
        self.update_buttons()
