"""The *Data pribadi* tab: the employee's own record as an editable form.

Checked as the clerk types by ``check_employee`` (errors in red, warnings such as a NIK whose
birth date differs from the NIP's in amber); *Simpan* is enabled only for a changed, valid
record; the save runs in a background job. A clerk without Permission.EMPLOYEE_WRITE sees the
form read-only with the reason above it.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import Conflict, ValidationError
from app.services.auth import Permission, why_not
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_form_specs import EMPLOYEE_GROUPS
from ui.text import plain
from ui.widgets.field_form import ERROR_STYLE, FieldForm
from ui.widgets.live_validation import LiveValidator, Problems
from ui.workers import Job, JobRunner, run_blocking

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.employee_detail import EmployeeDetail
    from app.services.employee_input import EmployeeInput
    from app.services.personnel import EmployeeSaved


def employee_input(values: dict[str, Any], base: EmployeeInput | None = None) -> EmployeeInput:
    """The form's values over ``base`` (fields the form does not show keep their value)."""
    from app.services.employee_input import EmployeeInput
    names = {f.name for f in fields(EmployeeInput)}
    data = {f.name: getattr(base, f.name) for f in fields(EmployeeInput)} if base else {}
    data.update({k: v for k, v in values.items() if k in names})
    return EmployeeInput(**data)


class EmployeeDataTab(QWidget):
    saved = Signal(object)  # EmployeeSaved
    dirty_changed = Signal(bool)
    reload_requested = Signal()  # another clerk saved first: show the stored record again

    def __init__(self, ctx: ServiceContext, choices: EmployeeChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employee.data")
        self.ctx = ctx
        self._detail: EmployeeDetail | None = None
        self._loaded: dict[str, Any] = {}
        self._runner: JobRunner | None = None
        self._dirty = False
        self.choices = choices
        self.form = FieldForm("employee", EMPLOYEE_GROUPS, lambda key: self.choices.items(key),
                              columns=2)
        self.notice = QLabel(self)
        self.notice.setObjectName("employee.data.notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self.error = QLabel(self)
        self.error.setObjectName("employee.data.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("employee.save")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("employee.revert")
        self.revert_button.clicked.connect(self.revert)
        self.reload_button = QPushButton(self)
        self.reload_button.setObjectName("employee.data.reload")
        self.reload_button.clicked.connect(self._reload_stored)
        self.reload_button.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addWidget(self.reload_button)
        bar.addStretch(0)
        bar.addWidget(self.save_button)
        bar.addWidget(self.revert_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)
        self.validator = LiveValidator(self.form, self._check, self)
        self.validator.validated.connect(lambda _ok: self._update())
        self.form.edited.connect(lambda _n: self._update())
        self.retranslate()

    # -- state -------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def busy(self) -> bool:
        return self._runner is not None

    @property
    def read_only(self) -> bool:
        return why_not(self.ctx.user, Permission.EMPLOYEE_WRITE) is not None

    def load(self, detail: EmployeeDetail) -> None:
        """Show ``detail``'s record (drops unsaved edits: ask before calling)."""
        self._detail = detail
        self.choices = self.choices.for_employee(detail.values.jenis_pegawai)
        self.form.reload_choices()
        self.form.set_values(detail.values)
        self._loaded = self.form.values()
        self.validator.errors, self.validator.warnings = {}, {}
        self.error.hide()
        self.reload_button.hide()
        self._update()

    def rebase(self, detail: EmployeeDetail) -> None:
        """Keep the unsaved edits over a newer stored record (this clerk's own change of a
        history or the photo): the next save expects that version, not the one first opened."""
        self._detail = detail

    def _reload_stored(self) -> None:
        self.revert()
        self.reload_requested.emit()

    def revert(self) -> None:
        if self._detail is not None:
            self.load(self._detail)

    def _check(self, values: dict[str, Any]) -> Problems:
        if self._detail is None:
            return (), ()
        from app.services.personnel import check_employee

        found = self.ctx.read(check_employee, self._input(values), self._detail.id)
        return found.errors, found.warnings

    def _input(self, values: dict[str, Any]) -> EmployeeInput:
        return employee_input(values, self._detail.values if self._detail else None)

    def _update(self) -> None:
        denied = why_not(self.ctx.user, Permission.EMPLOYEE_WRITE)
        dirty = self._detail is not None and (
            self.form.values() != self._loaded or bool(self.form.parse_errors()))
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        ready = (dirty and denied is None and self.validator.ok and not self.validator.pending
                 and not self.busy)
        self.save_button.setEnabled(ready)
        self.revert_button.setEnabled(dirty and not self.busy)
        if denied:
            tip = denied
        elif not dirty:
            tip = self.tr("Nothing changed yet.")
        elif not self.validator.ok:
            tip = self.tr("Not ready to save; check: %1").replace(
                "%1", self.validator.summary() or self.validator.failure)
        else:
            tip = ""
        self.save_button.setToolTip(tip)
        self.form.set_enabled_fields(denied is None and not self.busy)
        self.notice.setVisible(denied is not None)
        self.notice.setText(denied or "")

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        """Save in the background (the page's Ctrl+S)."""
        if self._detail is None or self.busy or not self._dirty:
            return
        self.form.touch_all()
        if not self.validator.validate_now():
            return
        job = self._save_job()
        runner = JobRunner(job, self)
        self._runner = runner
        runner.succeeded.connect(self._on_saved)
        runner.failed.connect(lambda text: self._on_failed(runner.error, text))
        runner.finished.connect(self._on_job_finished)
        self.error.hide()
        self.reload_button.hide()
        runner.start()
        self._update()

    def _save_job(self) -> Job:
        """The write: the form over the stored record, refused when someone saved it since."""
        from app.services.personnel import update_employee

        assert self._detail is not None
        data, employee_id = self._input(self.form.values()), self._detail.id
        opened, ctx = self._detail.updated_at, self.ctx
        return lambda _p: ctx.write(update_employee, employee_id, data,
                                    expected_updated_at=opened)

    def save_and_wait(self) -> bool:
        """Save now and wait (before leaving the record); ``False`` when it cannot be saved."""
        if self._detail is None or not self._dirty:
            return True
        self.form.touch_all()
        if self.busy or not self.validator.validate_now():
            return False
        try:
            saved = run_blocking(self, self._save_job(), title=self.tr("Saving"),
                                 cancellable=False)
        except Exception as exc:  # noqa: BLE001 - shown to the clerk, the record stays open
            self._on_failed(exc, str(exc))
            return False
        self._on_saved(saved)
        return True

    def _on_saved(self, saved: EmployeeSaved) -> None:
        self._loaded = self.form.values()
        self.form.touched.clear()
        self._update()
        self.saved.emit(saved)

    def _on_failed(self, exc: BaseException | None, text: str) -> None:
        if isinstance(exc, ValidationError):
            self.validator.show_errors(exc.by_field())
            return
        self.error.setText(text)
        self.error.show()
        self.reload_button.setVisible(isinstance(exc, Conflict))

    def _on_job_finished(self) -> None:
        self._runner = None
        self._update()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for button, text in ((self.save_button, self.tr("&Save changes")),
                             (self.revert_button, self.tr("&Undo changes")),
                             (self.reload_button, self.tr("&Reload the record"))):
            button.setText(text)
            button.setAccessibleName(plain(text))
        self.form.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
