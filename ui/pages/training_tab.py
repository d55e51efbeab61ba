"""What the tabs of the Pelatihan page share: the context, the choice lists, background reads
(no progress window; a failure is said in the tab's status line), writes through the page's
:meth:`~ui.pages.base.Page.run_job` (progress window, failures in a message box), and the
"stale" flag a tab gets when another tab changed training data — it reloads when shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QTableView,
    QWidget,
)

from app.services.auth import Permission
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.training_choices import TrainingChoices
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from ui.pages.training_page import TrainingPage


def ask_export_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save a workbook (tests replace this function)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def make_table(parent: QWidget, name: str, model: Any, widths: tuple[int, ...] = (),
               multi: bool = False) -> QTableView:
    """A read-only, row-selecting table over ``model`` with sensible column widths."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
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


class TrainingTab(QWidget):
    changed = Signal(str)  # this tab wrote training data ("catalog", "sessions", …)

    def __init__(self, page: TrainingPage, name: str) -> None:
        super().__init__(page)
        self.setObjectName(name)
        self.page = page
        self.ctx = page.ctx
        self.stale = True
        self._loads: list[JobRunner] = []
        self._progress: dict[JobRunner, tuple[QProgressDialog, Callable[[], str]]] = {}
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}.status")
        self.status.setWordWrap(True)

    @property
    def choices(self) -> TrainingChoices:
        return self.page.choices

    def denied(self, permission: Permission) -> str | None:
        return self.page.denied(permission)

    # -- background reads --------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return bool(self._loads)

    def fetch(self, job: Job, on_success: Callable[[Any], None]) -> JobRunner:
        """Read in the background; ``on_success(result)`` on the GUI thread."""
        runner = JobRunner(job, self)
        self._loads.append(runner)
        runner.succeeded.connect(on_success)
        runner.failed.connect(self.show_problem)
        runner.finished.connect(lambda: self._loaded(runner))
        runner.start()
        return runner

    def fetch_with_progress(self, job: Job, title: Callable[[], str],
                            on_success: Callable[[Any], None]) -> JobRunner:
        """A long read (the JP views over a province database): a progress window with
        *Batal* appears when it takes more than a moment; failures in a message box.
        ``title`` gives the window's text in the current language (it follows a switch)."""
        text = title()
        runner = self.page.run_job(job, title=text, on_success=on_success)
        self._loads.append(runner)
        runner.finished.connect(lambda: self._loaded(runner))
        found = [d for d in self.page.findChildren(QProgressDialog, "job.progress")
                 if d.windowTitle() == text]
        if found:
            self._progress[runner] = (found[-1], title)
        return runner

    def _retranslate_progress(self) -> None:
        for dialog, title in list(self._progress.values()):
            if shiboken6.isValid(dialog):
                text = title()
                dialog.setWindowTitle(text)
                dialog.setLabelText(text)
                dialog.setAccessibleName(text)
                dialog.setCancelButtonText(QCoreApplication.translate("JobRunner", "Cancel"))

    def _loaded(self, runner: JobRunner) -> None:
        self._progress.pop(runner, None)
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
              what: str = "training") -> JobRunner:
        """A write job with a progress window; then ``changed(what)`` and ``on_success``."""
        def done(result: Any) -> None:
            self.changed.emit(what)
            if on_success is not None:
                on_success(result)

        return self.page.run_job(job, title=title, on_success=done, cancellable=False)

    # -- life cycle --------------------------------------------------------------------------
    def show_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the tab's data again (subclasses)."""
        self.stale = False

    def choices_loaded(self) -> None:
        """The page's choice lists arrived or changed (subclasses refill their combos)."""

    def shutdown(self) -> None:
        for runner in list(self._loads):
            runner.shutdown()

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._retranslate_progress()
        super().changeEvent(event)
