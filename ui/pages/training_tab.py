"""What the tabs of the Pelatihan page share beyond :class:`~ui.pages.tabbed.PageTab`: the
choice lists, where to save a workbook, writes through the page's progress window (failures in a
message box), and long reads with a progress window that follows a language switch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ui.models.training_choices import TrainingChoices
from ui.pages.tabbed import PageTab
from ui.widgets.choice_combo import ChoiceCombo
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


class TrainingTab(PageTab):
    page: TrainingPage

    def __init__(self, page: TrainingPage, name: str) -> None:
        super().__init__(page, name)
        self._progress: dict[JobRunner, tuple[QProgressDialog, Callable[[], str]]] = {}

    @property
    def choices(self) -> TrainingChoices:
        return self.page.choices

    def unit_scope(self, name: str) -> ChoiceCombo:
        """The "which unit" combo of a recap (filled in ``choices_loaded``); the tab reloads
        when the clerk picks another unit."""
        combo = ChoiceCombo(self)
        combo.setObjectName(name)
        combo.setMinimumContentsLength(28)
        combo.edited.connect(self.reload)
        return combo

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
        super()._loaded(runner)

    def write(self, job: Job, title: str, on_success: Callable[[Any], None] | None = None,
              what: str = "training") -> JobRunner:
        """A write job with a progress window; then ``changed(what)`` and ``on_success``."""
        return self.write_job(job, title, what, on_success)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_progress()
        super().changeEvent(event)
