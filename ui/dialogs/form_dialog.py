"""Base of our small form dialogs: labelled fields, per-field errors, a job behind OK.

The service call runs in a :class:`~ui.workers.JobRunner` (password hashing takes a noticeable
fraction of a second), the form is disabled meanwhile, and a ``ValidationError`` is shown under
the fields it names; any other error above the buttons. Subclasses set the texts in
``retranslate()`` and implement ``_submit()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ValidationError
from ui.text import plain
from ui.workers import Job, JobRunner

ERROR_STYLE = "color: #b00020;"


class FormDialog(QDialog):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._name = name
        self._rows: dict[str, tuple[QLabel, QWidget, QLabel]] = {}
        self._runner: JobRunner | None = None
        outer = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName(f"{name}.intro")
        self.intro.setWordWrap(True)
        self.intro.hide()
        outer.addWidget(self.intro)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        self.error = QLabel(self)
        self.error.setObjectName(f"{name}.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        outer.addWidget(self.error)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName(f"{name}.submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self._on_submit_clicked)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName(f"{name}.cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        outer.addLayout(buttons)
        self.setMinimumWidth(440)

    # -- building --------------------------------------------------------------------------
    def add_field(self, field: str, widget: QWidget) -> QWidget:
        """A row for service field ``field``; the widget's objectName is ``<dialog>.<field>``."""
        label = QLabel(self)
        widget.setObjectName(f"{self._name}.{field}")
        widget.setParent(self)
        label.setBuddy(widget)
        error = QLabel(self)
        error.setObjectName(f"{self._name}.{field}.error")
        error.setWordWrap(True)
        error.setStyleSheet(ERROR_STYLE)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(label, column)
        self._rows[field] = (label, widget, error)
        return widget

    def add_line(self, field: str, *, password: bool = False) -> QLineEdit:
        edit = QLineEdit(self)
        if password:
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_field(field, edit)
        return edit

    def set_label(self, field: str, text: str) -> None:
        """Set a field's label (in ``retranslate``); also its widget's accessible name."""
        label, widget, _error = self._rows[field]
        label.setText(text)
        widget.setAccessibleName(plain(text).rstrip(":"))

    def set_buttons(self, submit: str, cancel: str) -> None:
        self.submit_button.setText(submit)
        self.submit_button.setAccessibleName(plain(submit))
        self.cancel_button.setText(cancel)
        self.cancel_button.setAccessibleName(plain(cancel))

    # -- errors ----------------------------------------------------------------------------
    def clear_errors(self) -> None:
        self.error.hide()
        self.error.clear()
        for _label, _widget, error in self._rows.values():
            error.hide()
            error.clear()

    def show_error(self, text: str, field: str | None = None) -> None:
        if field is not None and field in self._rows:
            _label, widget, error = self._rows[field]
            error.setText(text)
            error.show()
            widget.setFocus()
        else:
            self.error.setText(text)
            self.error.show()

    def show_exception(self, exc: BaseException | None, text: str) -> None:
        if isinstance(exc, ValidationError):
            for field, message in exc.by_field().items():
                self.show_error(message, field)
        else:
            self.show_error(text)

    def field_error(self, field: str) -> str:
        """The error shown under ``field`` ('' when none) — what the user reads."""
        _label, _widget, error = self._rows[field]
        return error.text() if not error.isHidden() else ""

    # -- running the service call ----------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    def run(self, job: Job, on_success: Callable[[Any], None]) -> None:
        """Run ``job`` in the background with the form disabled; then ``on_success(result)``."""
        self.clear_errors()
        runner = JobRunner(job, self)
        self._runner = runner
        self._set_enabled(False)
        runner.succeeded.connect(on_success)
        runner.failed.connect(lambda text: self.show_exception(runner.error, text))
        runner.finished.connect(self._on_job_finished)
        runner.start()

    def _on_job_finished(self) -> None:
        self._runner = None
        self._set_enabled(True)

    def _set_enabled(self, enabled: bool) -> None:
        for _label, widget, _error in self._rows.values():
            widget.setEnabled(enabled)
        self.submit_button.setEnabled(enabled)
        if enabled:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.BusyCursor)

    def _on_submit_clicked(self) -> None:
        if not self.busy:
            self.clear_errors()
            self._submit()

    def _submit(self) -> None:
        raise NotImplementedError

    # -- Qt --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._runner is not None:
            self._runner.shutdown()
        super().closeEvent(event)
