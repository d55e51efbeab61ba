"""Base of the personnel record dialogs (a history row, a new employee): a :class:`FieldForm`
checked as the clerk types by the service's own rules, *Simpan* enabled only when the form is
valid, the write in a background job, and a question before unsaved input is thrown away.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.dialogs.employee_unsaved_dialog import Choice, UnsavedChangesDialog
from ui.text import plain
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from ui.widgets.live_validation import Check, LiveValidator
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class EmployeeRecordDialog(QDialog):
    def __init__(self, name: str, ctx: ServiceContext, form: FieldForm, check: Check,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.ctx = ctx
        self.form = form
        self.result_value: Any = None
        self._runner: JobRunner | None = None
        self._quiet = False
        self._save_error = ""  # a refused save (not a field error): shown until the next edit
        self.intro = QLabel(self)
        self.intro.setObjectName(f"{name}.intro")
        self.intro.setWordWrap(True)
        scroll = QScrollArea(self)
        scroll.setObjectName(f"{name}.scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName(f"{name}.submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}.cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.validator = LiveValidator(form, check, self)
        self.validator.validated.connect(lambda _ok: self._update_submit())
        form.edited.connect(self._on_edited)

    # -- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    @property
    def dirty(self) -> bool:
        return bool(self.form.touched) and self.result_value is None

    def field_error(self, name: str) -> str:
        return self.form.field_error(name)

    def _update_submit(self) -> None:
        ready = self.validator.ok and not self.validator.pending and not self.busy
        self.submit_button.setEnabled(ready)
        if ready:
            self.submit_button.setToolTip("")
        elif self.validator.pending:
            self.submit_button.setToolTip(self.tr("Checking the input…"))
        else:
            self.submit_button.setToolTip(
                self.tr("Not ready to save; check: %1").replace(
                    "%1", self.validator.summary() or self.validator.failure))
        text = self.validator.failure or self._save_error
        self.error.setVisible(bool(text))
        self.error.setText(text)

    def _on_edited(self, _name: str) -> None:
        self._save_error = ""
        self._update_submit()

    def save_error(self) -> str:
        """The message of a refused save the clerk reads above the buttons ('' when none)."""
        return self._save_error if not self.error.isHidden() else ""

    def set_buttons(self, submit: str, cancel: str) -> None:
        self.submit_button.setText(submit)
        self.submit_button.setAccessibleName(plain(submit))
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(plain(cancel))

    # -- saving ------------------------------------------------------------------------------
    def submit(self) -> None:
        """Check once more, then save in the background; on success the dialog closes."""
        if self.busy:
            return
        self.form.touch_all()
        if not self.validator.validate_now():
            widget = self.form.first_problem_widget(self.validator.errors)
            if widget is not None:
                widget.setFocus()
            return
        self._save_error = ""
        self.error.hide()
        runner = JobRunner(self.save_job(), self)
        self._runner = runner
        self.form.set_enabled_fields(False)
        self._update_submit()
        runner.succeeded.connect(self._on_saved)
        runner.failed.connect(lambda text: self._on_failed(runner.error, text))
        runner.finished.connect(self._on_job_finished)
        runner.start()

    def save_job(self) -> Job:
        raise NotImplementedError

    def _on_saved(self, value: object) -> None:
        self.result_value = value
        self.accept()

    def _on_failed(self, exc: BaseException | None, text: str) -> None:
        if isinstance(exc, ValidationError):
            self.validator.show_errors(exc.by_field())
        else:
            self._save_error = text
            self.error.setText(text)
            self.error.show()

    def _on_job_finished(self) -> None:
        self._runner = None
        self.form.set_enabled_fields(True)
        self._update_submit()

    # -- closing -----------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:
            return
        if self.dirty and not self._quiet:
            choice = UnsavedChangesDialog.ask(self, self.windowTitle())
            if choice == Choice.CANCEL:
                return
            if choice == Choice.SAVE:
                self.submit()
                return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """The window's close button asks like *Batal*; a close() from code (the program is
        ending, a test tearing down) closes, after the running save has finished."""
        if event.spontaneous() and (self.busy or (self.dirty and self.isVisible())):
            event.ignore()
            self.reject()
            return
        if self._runner is not None:
            self._runner.shutdown()
        self._quiet = True  # QDialog.closeEvent calls reject(): no question this time
        try:
            super().closeEvent(event)
        finally:
            self._quiet = False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    @classmethod
    def run_dialog(cls, make: Callable[[], EmployeeRecordDialog]) -> Any:
        """Show the dialog made by ``make`` modally; the saved value or ``None``."""
        dialog = make()
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
