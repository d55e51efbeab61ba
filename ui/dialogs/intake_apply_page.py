"""Intake wizard, step 4: apply in a worker (progress bar and Batal), then the result.

The database is backed up first (SQLite) and the good rows are applied in one transaction:
Batal, a refusal or a crash leaves it as it was, and the page says so. After success it
shows what was saved, where the backup is, and offers the rows with problems for export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.intake import IntakeResult, apply_preview
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.dialogs.intake_export import export_bad_rows
from ui.models.employee_labels import fmt_count
from ui.text import plain
from ui.workers import JobRunner

if TYPE_CHECKING:
    from ui.dialogs.intake_wizard import IntakeWizard

HEADLINE_STYLE = "font-size: 15px; font-weight: bold;"


class IntakeApplyPage(QWizardPage):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intake.apply")
        self.wiz = wizard
        self.runner: JobRunner | None = None
        self.outcome: str | None = None  # ok | error | cancelled
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("intake.apply.status")
        self.status.setStyleSheet(HEADLINE_STYLE)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("intake.apply.progress")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("intake.apply.cancel")
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.result = QLabel(self)
        self.result.setObjectName("intake.apply.result")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("intake.apply.export")
        self.export_button.clicked.connect(self.export_bad_rows)
        self.export_button.hide()
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        layout.addLayout(export_row)
        layout.addStretch(1)
        self.retranslate()

    # -- running -------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        preview = self.wiz.preview
        assert preview is not None
        ctx = self.wiz.ctx
        self.outcome = None
        self.result.clear()
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.status.setText(self.tr("Backing up the database, then saving %1 rows…")
                            .replace("%1", fmt_count(len(preview.to_apply))))
        runner = JobRunner(lambda progress: apply_preview(ctx, preview, progress), self)
        runner.progressed.connect(self._on_progress)
        runner.succeeded.connect(self._on_applied)
        runner.failed.connect(self._on_failed)
        runner.cancelled.connect(self._on_cancelled)
        runner.finished.connect(self._on_finished)
        self.runner = runner
        runner.start()

    def cancel(self) -> None:
        if self.runner is not None and self.runner.is_running():
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))
            self.runner.cancel()

    @property
    def running(self) -> bool:
        return self.runner is not None and self.runner.is_running()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if text:
            self.status.setText(text)

    def _on_applied(self, result: IntakeResult) -> None:
        self.outcome = "ok"
        self.wiz.applied = result
        self.status.setText(self.tr("Done."))
        self.result.setStyleSheet("")
        self.result.setText(self.describe(result) + "\n\n" + self.tr(
            "The employee list already shows the imported data."))
        preview = self.wiz.preview
        self.export_button.setVisible(bool(preview and preview.bad_rows))

    def _on_failed(self, text: str) -> None:
        self.outcome = "error"
        self.status.setText(self.tr("The import stopped."))
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text)

    def _on_cancelled(self) -> None:
        self.outcome = "cancelled"
        self.status.setText(self.tr("Cancelled."))
        self.result.setText(self.tr("Nothing was changed."))

    def _on_finished(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if self.outcome == "ok" else 0)
        self.cancel_button.hide()
        self.completeChanged.emit()

    def describe(self, result: IntakeResult) -> str:
        lines = [self.tr("%1 new employees, %2 employees updated, %3 history records added.")
                 .replace("%1", fmt_count(result.created))
                 .replace("%2", fmt_count(result.updated))
                 .replace("%3", fmt_count(result.histories_added))]
        if result.units_created or result.jabatan_created:
            lines.append(self.tr("%1 new work units and %2 new positions were added.")
                         .replace("%1", fmt_count(result.units_created))
                         .replace("%2", fmt_count(result.jabatan_created)))
        if result.bad:
            lines.append(self.tr("%1 rows with problems were not imported.")
                         .replace("%1", fmt_count(result.bad)))
        if result.backup_path:
            lines.append(self.tr("Backup taken before the import: %1")
                         .replace("%1", result.backup_path))
        return "\n".join(lines)

    def export_bad_rows(self) -> None:
        self.export_runner = export_bad_rows(self, self.wiz.preview, self.wiz.ctx.office_name)

    # -- QWizardPage ---------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.outcome is not None and not self.running

    def retranslate(self) -> None:
        self.setTitle(self.wiz.step_title(4, self.tr("Apply and result")))
        self.setSubTitle(self.tr("The good rows are saved in one go: if anything stops the "
                                 "import, nothing is changed."))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.bar.setAccessibleName(self.tr("Progress"))
        self.export_button.setText(self.tr("&Export rows with problems…"))
        self.export_button.setAccessibleName(plain(self.export_button.text()))
        if self.outcome == "ok" and self.wiz.applied is not None:
            self.result.setText(self.describe(self.wiz.applied))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
