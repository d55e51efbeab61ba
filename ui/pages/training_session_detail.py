"""The session under the list: what it is, its participants, and what the clerk does with
them — add (one by one or from a filtered list), take off, record attendance, declare them
completed (JP credited to their record), certificates — and the printouts (participant list,
attendance sheet, certificates) previewed in the app.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.errors import get_language
from app.services.auth import Permission
from app.services.training import (
    ParticipantRow,
    SessionRow,
    get_session,
    list_participants,
    record_attendances,
    record_completion,
    remove_participant,
)
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.training_completion_dialog import CompletionDialog
from ui.dialogs.training_enrol_dialog import EnrolDialog
from ui.models import training_labels as lbl
from ui.models.sort_proxy import SortProxy
from ui.models.training_print_jobs import SessionPrintout, session_pdf
from ui.models.training_table_models import ParticipantTableModel
from ui.pages.tabbed import make_table
from ui.text import plain
from ui.widgets.buttons import make_button
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.pdf_preview import PdfPreviewDialog, show_pdf

if TYPE_CHECKING:
    from ui.pages.training_sessions_tab import SessionsTab

MARKS = ("present", "partial", "absent", "excused")


def complete_all(session: Any, actor: Any, participant_ids: list[str]) -> list[ParticipantRow]:
    """Declare several participants completed (the session's JP each) in one unit of work."""
    return [record_completion(session, actor, pid) for pid in participant_ids]


def remove_all(session: Any, actor: Any, participant_ids: list[str], reason: str) -> None:
    """Take several participants off a session in one unit of work."""
    for pid in participant_ids:
        remove_participant(session, actor, pid, reason)


class SessionDetail(QWidget):
    session_changed = Signal()  # participants or completion changed: the list's counts too

    def __init__(self, tab: SessionsTab) -> None:
        super().__init__(tab)
        self.setObjectName("training.session")
        self.tab = tab
        self.ctx = tab.ctx
        self.session: SessionRow | None = None
        self.last_preview: PdfPreviewDialog | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("training.session.heading")
        self.heading.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.facts = QLabel(self)
        self.facts.setObjectName("training.session.facts")
        self.facts.setWordWrap(True)
        self.model = ParticipantTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "training.participants", self.proxy,
                                (200, 155, 200, 100, 50, 75, 150), multi=True, sort_by=0,
                                on_open=self.completion, on_select=self.update_buttons)
        self.mark = ChoiceCombo(self)
        self.mark.setObjectName("training.participants.mark")
        b = partial(make_button, self)
        self.add_button = b("training.participants.add", self.add_participants)
        self.remove_button = b("training.participants.remove", self.remove_selected)
        self.attend_button = b("training.participants.attend", self.mark_attendance)
        self.complete_button = b("training.participants.complete", self.complete_selected)
        self.completion_button = b("training.participants.completion", self.completion)
        self.print_list_button = b("training.print.participants",
                                   lambda: self.print_session("participants"))
        self.print_attendance_button = b("training.print.attendance",
                                         lambda: self.print_session("attendance"))
        self.print_certificates_button = b("training.print.certificates",
                                           lambda: self.print_session("certificates"))
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        actions = QGridLayout()
        actions.setHorizontalSpacing(6)
        row1 = (self.add_button, self.remove_button, self.mark, self.attend_button,
                self.complete_button, self.completion_button)
        for column, widget in enumerate(row1):
            actions.addWidget(widget, 0, column)
        prints = QHBoxLayout()
        self.print_label = QLabel(self)
        self.print_label.setObjectName("training.print.label")
        prints.addWidget(self.print_label)
        for widget in (self.print_list_button, self.print_attendance_button,
                       self.print_certificates_button):
            prints.addWidget(widget)
        prints.addStretch(1)
        actions.addLayout(prints, 1, 0, 1, len(row1))
        actions.setColumnStretch(len(row1), 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)

    # -- data --------------------------------------------------------------------------------
    def show_session(self, row: SessionRow | None) -> None:
        self.session = row
        self.model.set_rows([])
        self._show_facts()
        if row is not None:
            self.reload()
        self.update_buttons()

    def reload(self) -> None:
        if self.session is None:
            return
        sid, ctx = self.session.id, self.ctx
        self.tab.fetch(lambda _p: (ctx.read(get_session, sid), ctx.read(list_participants, sid)),
                       self._on_loaded)

    def _on_loaded(self, result: tuple[SessionRow, list[ParticipantRow]]) -> None:
        session, participants = result
        if self.session is None or session.id != self.session.id:
            return
        keep = {r.id for r in self.selected()}
        self.session = session
        self.model.set_rows(participants)
        self._select(lambda p: p.id in keep)
        self._show_facts()
        self.update_buttons()

    def participants(self) -> list[ParticipantRow]:
        return self.model.rows()

    def selected(self) -> list[ParticipantRow]:
        return [self.proxy.data(i, ParticipantTableModel.RowRole)
                for i in self.table.selectionModel().selectedRows()]

    def select_names(self, names: list[str]) -> None:
        """Select the participants with these names."""
        self._select(lambda p: p.nama in names)

    def _select(self, wanted: Callable[[ParticipantRow], bool]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if wanted(self.proxy.data(index, ParticipantTableModel.RowRole)):
                selection.select(index, flags)

    # -- actions -----------------------------------------------------------------------------
    def _written(self, _result: object = None) -> None:
        self.session_changed.emit()
        self.reload()

    def add_participants(self) -> None:
        if self.session is None or self.tab.denied(Permission.TRAINING_WRITE):
            return
        enrolled = {p.employee_id for p in self.participants()}
        added = EnrolDialog.ask(self.ctx, self.session, self.tab.choices, enrolled, self)
        if added:
            self.tab.changed.emit("participants")
            self._written()

    def remove_selected(self) -> None:
        rows = self.selected()
        if not rows or self.tab.denied(Permission.TRAINING_WRITE):
            return
        names = ", ".join(r.nama for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        reason = DeleteReasonDialog.ask(
            self, self.tr("Take off the session"),
            self.tr("Take %1 participant(s) off this session: %2? Any JP credited for it "
                    "goes too.").replace("%1", str(len(rows))).replace("%2", names),
            self.tr("Take off"))
        if reason is None:
            return
        ids, ctx = [r.id for r in rows], self.ctx
        self.tab.write(lambda _p: ctx.write(remove_all, ids, reason),
                       self.tr("Take off the session"), self._written, "participants")

    def mark_attendance(self) -> None:
        rows, mark = self.selected(), self.mark.code()
        if not rows or not mark or self.session is None:
            return
        sid, marks, ctx = self.session.id, {r.id: mark for r in rows}, self.ctx
        self.tab.write(lambda _p: ctx.write(record_attendances, sid, marks),
                       self.tr("Record attendance"), self._written, "participants")

    def complete_selected(self) -> None:
        rows = [r for r in self.selected() if not r.completed]
        if not rows:
            return
        ids, ctx = [r.id for r in rows], self.ctx
        self.tab.write(lambda _p: ctx.write(complete_all, ids), self.tr("Declare completed"),
                       self._written, "participants")

    def completion(self) -> None:
        rows = self.selected()
        if len(rows) != 1 or self.session is None or self.tab.denied(Permission.TRAINING_WRITE):
            return
        if CompletionDialog.ask(self.ctx, self.session, rows[0], self) is not None:
            self.tab.changed.emit("participants")
            self._written()

    def print_session(self, kind: str) -> None:
        if self.session is None or self.tab.denied(Permission.REPORT_PRINT):
            return
        chosen = None
        if kind == "certificates":
            picked = [r.id for r in self.selected() if r.completed]
            chosen = tuple(picked) if picked else None
        order = SessionPrintout(kind, self.session.id, chosen, get_language())
        titles = {"participants": self.tr("Participant list"),
                  "attendance": self.tr("Attendance sheet"),
                  "certificates": self.tr("Certificates")}
        title = f"{titles[kind]} — {self.session.title}"
        ctx = self.ctx
        self.tab.page.run_job(
            lambda progress: session_pdf(ctx, order, progress), title=titles[kind],
            on_success=lambda data: self._preview(data, title, f"{kind}.pdf"))

    def _preview(self, data: bytes, title: str, file_name: str) -> None:
        self.last_preview = show_pdf(self.window(), data, title, file_name)

    # -- state -------------------------------------------------------------------------------
    def _show_facts(self) -> None:
        s = self.session
        if s is None:
            self.heading.setText(self.tr("No session selected"))
            self.facts.setText(self.tr("Choose a session in the list above, or open a new "
                                       "one."))
            return
        name = s.title
        if s.angkatan and s.angkatan.casefold() not in s.title.casefold():
            name += " — " + self.tr("class %1").replace("%1", s.angkatan)
        self.heading.setText(name)
        seats = (str(s.participants) if s.capacity is None
                 else f"{s.participants}/{s.capacity}")
        parts = [lbl.fmt_period(s.start_date, s.end_date),
                 self.tr("%1 JP (counts in %2)").replace("%1", lbl.fmt_jp(s.jp))
                 .replace("%2", str(s.jp_year)),
                 s.place or "", s.organiser or "",
                 self.tr("participants %1, completed %2").replace("%1", seats)
                 .replace("%2", str(s.completed)),
                 lbl.label(lbl.STATUS, s.status)]
        self.facts.setText(" · ".join(p for p in parts if p))

    def update_buttons(self) -> None:
        rows = self.selected()
        s = self.session
        denied = self.tab.denied(Permission.TRAINING_WRITE)
        cancelled = s is not None and s.status == "cancelled"
        why_session = self.tr("Choose a session first.") if s is None else (
            self.tr("The session is cancelled.") if cancelled else None)
        why_rows = self.tr("Select one or more participants first.") if not rows else None
        full = s is not None and s.seats_left == 0
        checks = {
            self.add_button: denied or why_session or (
                self.tr("The session is full.") if full else None),
            self.remove_button: denied or why_session or why_rows,
            self.attend_button: denied or why_session or why_rows,
            self.complete_button: denied or why_session or why_rows or (
                None if any(not r.completed for r in rows)
                else self.tr("The selected participants have completed already.")),
            self.completion_button: denied or why_session or (
                None if len(rows) == 1 else self.tr("Select one participant.")),
        }
        printing = self.tab.denied(Permission.REPORT_PRINT) or (
            self.tr("Choose a session first.") if s is None else None)
        checks[self.print_list_button] = printing
        checks[self.print_attendance_button] = printing
        checks[self.print_certificates_button] = printing or (
            None if s is None or s.completed else self.tr("Nobody has completed yet."))
        for button, reason in checks.items():
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        self.mark.setEnabled(not denied and s is not None and not cancelled)

    def retranslate(self) -> None:
        self.mark.set_choices([(c, lbl.label(lbl.ATTENDANCE, c)) for c in MARKS], empty=None)
        self.mark.setAccessibleName(self.tr("Attendance to record"))
        self.print_label.setText(self.tr("Print:"))
        for button, text in (
                (self.add_button, self.tr("&Add participants…")),
                (self.remove_button, self.tr("Take o&ff…")),
                (self.attend_button, self.tr("Record a&ttendance")),
                (self.complete_button, self.tr("Declare com&pleted")),
                (self.completion_button, self.tr("Completion && certificate…")),
                (self.print_list_button, self.tr("Participant &list")),
                (self.print_attendance_button, self.tr("Attendance &sheet")),
                (self.print_certificates_button, self.tr("C&ertificates"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Participants"))
        self.model.retranslate()
        self._show_facts()
        self.update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
