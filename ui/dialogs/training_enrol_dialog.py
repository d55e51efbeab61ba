"""Add participants to a session, one by one or in bulk from a filtered personnel list:
"all pelaksana of Dinas X under 20 JP this year" is the unit, the position kind and the JP
box. The list shows who matches (those already enrolled are marked); *Tambahkan yang dipilih*
enrols the selected rows, *Tambahkan semua* everyone matching (up to :data:`MAX_BULK`). The
service enrols as far as capacity allows and says for each one left out why; the dialog
stays open for more. Tests replace :meth:`EnrolDialog.ask`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.errors import get_language
from app.jobs import Progress
from app.services.employee_query import EmployeeQuery, EmployeeRow, list_employees
from app.services.training import BulkAddResult, SessionRow, add_participants
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.employee_labels import fmt_count
from ui.models.row_table_model import Column, Index, RowTableModel
from ui.models.training_choices import TrainingChoices
from ui.pages.tabbed import make_table
from ui.text import plain
from ui.widgets.buttons import make_button
from ui.widgets.employee_filter_bar import EmployeeFilterBar
from ui.widgets.search_debouncer import SearchDebouncer
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext

SHOWN = 500  # rows listed at once
MAX_BULK = 2000  # employees added by one "add all"


class CandidateTableModel(RowTableModel[EmployeeRow]):
    """The employees found; the last column marks those already enrolled in the session."""

    CONTEXT = "EnrolDialog"
    NOTE = 5
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "Name"),
               lambda r: r.nama_lengkap, lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "NIP"), lambda r: r.nip_display),
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "Golongan"), lambda r: r.golongan or ""),
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "Position"), lambda r: r.jabatan or ""),
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "Unit"), lambda r: r.unit_name or ""),
        Column(QT_TRANSLATE_NOOP("EnrolDialog", "Note"), lambda _r: ""),
    )

    def __init__(self, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.enrolled: frozenset[str] = frozenset()

    def set_enrolled(self, ids: set[str]) -> None:
        self.enrolled = frozenset(ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.NOTE),
                                  self.index(len(self._rows) - 1, self.NOTE))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (index.isValid() and index.column() == self.NOTE
                and role in (Qt.ItemDataRole.DisplayRole, self.SortRole)
                and 0 <= index.row() < len(self._rows)
                and self._rows[index.row()].id in self.enrolled):
            return QCoreApplication.translate("EnrolDialog", "already a participant")
        return super().data(index, role)


def all_ids(ctx: ServiceContext, query: EmployeeQuery, progress: Progress) -> list[str]:
    """The ids of everyone ``query`` finds, at most ``MAX_BULK + 1`` (paged reads)."""
    ids: list[str] = []
    while len(ids) <= MAX_BULK:
        page = ctx.read(list_employees, replace(query, offset=len(ids), limit=SHOWN,
                                                count_limit=0))
        ids += [r.id for r in page.rows]
        progress.step(len(ids), MAX_BULK, "")
        if len(page.rows) < SHOWN:
            break
    return ids


class EnrolDialog(QDialog):
    participants_added = Signal(object)  # BulkAddResult

    def __init__(self, ctx: ServiceContext, session: SessionRow, choices: TrainingChoices,
                 enrolled: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrol")
        self.ctx = ctx
        self.session = session
        self.enrolled = set(enrolled)
        self.total = 0
        self.total_exact = True
        self.last_result: BulkAddResult | None = None
        self._runner: JobRunner | None = None
        self._loader: JobRunner | None = None
        self._reload_again = False
        self.intro = self._label("enrol.intro")
        self.filter_bar = EmployeeFilterBar(self)
        self.filter_bar.set_choices(choices.personnel)
        self.below = QCheckBox(self)
        self.below.setObjectName("enrol.below")
        self.year = QSpinBox(self)
        self.year.setObjectName("enrol.year")
        self.year.setRange(2000, 2100)
        self.year.setValue(session.jp_year)
        self.model = CandidateTableModel(self)
        self.table = make_table(self, "enrol.table", self.model, (230, 160, 70, 220, 220),
                                multi=True, on_open=self.add_selected, on_select=self._update)
        self.count = self._label("enrol.count")
        self.outcome = self._label("enrol.outcome")
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_selected_button = make_button(self, "enrol.add_selected", self.add_selected)
        self.add_all_button = make_button(self, "enrol.add_all", self.add_all)
        self.close_button = make_button(self, "enrol.close", self.reject)
        self._layout()
        self.debouncer = SearchDebouncer(self)
        self.debouncer.fired.connect(self.search)
        self.filter_bar.text_edited.connect(lambda _t: self.debouncer.poke())
        self.filter_bar.changed.connect(self.search)
        self.below.toggled.connect(lambda _c: self.search())
        self.year.valueChanged.connect(lambda _v: self.below.isChecked() and self.search())
        self.resize(1060, 620)
        self.retranslate()
        self.search()

    # -- building ----------------------------------------------------------------------------
    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _layout(self) -> None:
        jp_row = QHBoxLayout()
        jp_row.addWidget(self.below)
        jp_row.addWidget(self.year)
        jp_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.add_selected_button, self.add_all_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.filter_bar)
        layout.addLayout(jp_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)

    # -- the list ----------------------------------------------------------------------------
    def query(self) -> EmployeeQuery:
        base = self.filter_bar.filters().query()
        year = self.year.value() if self.below.isChecked() else None
        return replace(base, jp_below_year=year, limit=SHOWN, count_limit=None)

    @property
    def loading(self) -> bool:
        return self._loader is not None

    def search(self) -> None:
        """Ask for the list again (in the background; a request while one runs is kept)."""
        if self._loader is not None:
            self._reload_again = True
            return
        query, ctx = self.query(), self.ctx
        runner = JobRunner(lambda _p: ctx.read(list_employees, query), self)
        self._loader = runner
        runner.succeeded.connect(self._on_loaded)
        runner.failed.connect(self._show_error)
        runner.finished.connect(self._on_load_finished)
        runner.start()
        self._update()

    def _on_loaded(self, page) -> None:  # type: ignore[no-untyped-def]
        self.model.set_enrolled(self.enrolled)
        self.model.set_rows(page.rows)
        self.total, self.total_exact = page.total, page.total_exact

    def _on_load_finished(self) -> None:
        self._loader = None
        if self._reload_again:
            self._reload_again = False
            self.search()
        self._update()

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def visible_names(self) -> list[str]:
        return [r.nama for r in self.model.rows()]

    # -- adding ------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    def add_selected(self) -> None:
        ids = self.selected_ids()
        if ids and not self.busy:
            self._add(lambda _p: ids)

    def add_all(self) -> None:
        if self.busy or not self.total:
            return
        query, ctx = self.query(), self.ctx
        self._add(lambda progress: all_ids(ctx, query, progress))

    def _add(self, find_ids) -> None:  # type: ignore[no-untyped-def]
        ctx, session_id = self.ctx, self.session.id

        def job(progress: Progress) -> BulkAddResult | None:
            ids = find_ids(progress)
            if len(ids) > MAX_BULK:
                return None
            return ctx.write(add_participants, session_id, ids)

        runner = JobRunner(job, self)
        self._runner = runner
        runner.succeeded.connect(self._on_added)
        runner.failed.connect(self._show_error)
        runner.finished.connect(self._on_add_finished)
        runner.start()
        self._update()

    def _on_added(self, result: BulkAddResult | None) -> None:
        if result is None:
            self._show_error(self.tr("More than %1 employees match; narrow the filter (unit, "
                                     "position, type) and add them in parts.")
                             .replace("%1", fmt_count(MAX_BULK)))
            return
        self.last_result = result
        self.enrolled |= {r.employee_id for r in result.added}
        self.model.set_enrolled(self.enrolled)
        self.outcome.setStyleSheet("")
        self.outcome.setText(self.summary(result))
        self.participants_added.emit(result)

    def summary(self, result: BulkAddResult) -> str:
        lang = get_language()
        lines = [self.tr("%1 added.").replace("%1", fmt_count(len(result.added)))]
        if result.skipped:
            lines.append(self.tr("%1 already enrolled.").replace(
                "%1", fmt_count(len(result.skipped))))
        for refusal in result.refused[:8]:
            lines.append(refusal.text(lang))
        if len(result.refused) > 8:
            lines.append(self.tr("… and %1 more not added.").replace(
                "%1", fmt_count(len(result.refused) - 8)))
        return " ".join(lines)

    def _show_error(self, text: str) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(text)

    def _on_add_finished(self) -> None:
        self._runner = None
        self._update()

    # -- texts and state ---------------------------------------------------------------------
    def _update(self) -> None:
        selected = len(self.table.selectionModel().selectedRows())
        self.add_selected_button.setText(self.tr("Add the &selected (%1)").replace(
            "%1", fmt_count(selected)))
        self.add_selected_button.setEnabled(bool(selected) and not self.busy)
        total = fmt_count(self.total) + ("" if self.total_exact else "+")
        self.add_all_button.setText(self.tr("Add &all %1 found").replace("%1", total))
        self.add_all_button.setEnabled(bool(self.total) and not self.busy and not self.loading)
        for button in (self.add_selected_button, self.add_all_button):
            button.setAccessibleName(plain(button.text()))
        if self.loading:
            self.count.setText(self.tr("Searching…"))
        elif self.total > len(self.model.rows()):
            self.count.setText(self.tr("%1 employees match; the first %2 are listed.")
                               .replace("%1", total).replace("%2", fmt_count(SHOWN)))
        else:
            self.count.setText(self.tr("%1 employees match.").replace("%1", total))

    def retranslate(self) -> None:
        title = self.tr("Add participants")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        s = self.session
        seats = (self.tr("%1 enrolled, no seat limit").replace("%1", str(s.participants))
                 if s.capacity is None else
                 self.tr("%1 of %2 seats taken").replace("%1", str(s.participants))
                 .replace("%2", str(s.capacity)))
        self.intro.setText(self.tr("Session: %1 (%2). Filter the personnel list, then add "
                                   "the selected employees or everyone found.")
                           .replace("%1", s.title).replace("%2", seats))
        self.below.setText(self.tr("Only those &below the JP target in"))
        self.below.setAccessibleName(self.tr("Only those below the JP target"))
        self.year.setAccessibleName(self.tr("Year of the JP target"))
        self.table.setAccessibleName(self.tr("Employees found"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        for runner in (self._runner, self._loader):
            if runner is not None:
                runner.shutdown()
        super().reject()

    @classmethod
    def ask(cls, ctx: ServiceContext, session: SessionRow, choices: TrainingChoices,
            enrolled: set[str], parent: QWidget | None = None) -> int:
        """Show the dialog modally; how many participants were added in all."""
        dialog = cls(ctx, session, choices, enrolled, parent)
        added = [0]
        dialog.participants_added.connect(lambda r: added.__setitem__(0, added[0]
                                                                      + len(r.added)))
        try:
            dialog.exec()
            return added[0]
        finally:
            dialog.deleteLater()
