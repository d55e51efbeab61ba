"""What the tabs of the Referensi page share: the context, the form choices, background reads
(a failure is said in the tab's status line), writes with a progress window whose refusal is
said in a message box *and* kept in the status line, and the "stale" flag a tab gets when data
changed elsewhere — it reloads when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services.auth import Permission
from app.services.roles import PROVINCE_OFFICE
from ui.dialogs import messages
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.org_labels import FormChoices
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from ui.pages.reference_page import ReferencePage


def make_table(parent: QWidget, name: str, model: Any, widths: tuple[int, ...] = ()
               ) -> QTableView:
    """A read-only, row-selecting table over ``model``."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


class ReferenceTab(QWidget):
    changed = Signal(str)  # this tab wrote data: "org" or "reference"

    def __init__(self, page: ReferencePage, name: str) -> None:
        super().__init__(page)
        self.setObjectName(name)
        self.page = page
        self.ctx = page.ctx
        self.stale = True
        self._loads: list[JobRunner] = []
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}.status")
        self.status.setWordWrap(True)

    @property
    def choices(self) -> FormChoices:
        return self.page.choices

    @property
    def province(self) -> bool:
        return self.ctx.office_code == PROVINCE_OFFICE

    def denied(self, permission: Permission) -> str | None:
        return self.page.denied(permission)

    def button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- background reads --------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return bool(self._loads)

    def fetch(self, job: Job, on_success: Callable[[Any], None]) -> JobRunner:
        runner = JobRunner(job, self)
        self._loads.append(runner)
        runner.succeeded.connect(on_success)
        runner.failed.connect(self.show_problem)
        runner.finished.connect(lambda: self._loaded(runner))
        runner.start()
        return runner

    def _loaded(self, runner: JobRunner) -> None:
        if runner in self._loads:
            self._loads.remove(runner)
        runner.deleteLater()

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def show_note(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    # -- writes ------------------------------------------------------------------------------
    def write(self, job: Job, title: str, on_success: Callable[[Any], None] | None = None,
              what: str = "reference") -> JobRunner:
        """A write with a progress window; then ``changed(what)`` and ``on_success``. A refusal
        is shown in a message box titled ``title`` and stays in the status line."""
        def done(result: Any) -> None:
            self.changed.emit(what)
            if on_success is not None:
                on_success(result)

        def refused(text: str) -> None:
            self.show_problem(text)
            messages.warn(self, title, text)

        return self.page.run_job(job, title=title, on_success=done, on_failure=refused,
                                 cancellable=False)

    # -- life cycle --------------------------------------------------------------------------
    def show_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False

    def choices_loaded(self) -> None:
        """The form choices arrived (subclasses redraw what depends on them)."""

    def new_record(self) -> None:
        """Ctrl+N on this tab."""

    def new_blocked(self) -> str | None:
        return self.tr("Nothing to add on this tab.")

    def search_box(self) -> QWidget | None:
        return None

    def shutdown(self) -> None:
        for runner in list(self._loads):
            runner.shutdown()

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
