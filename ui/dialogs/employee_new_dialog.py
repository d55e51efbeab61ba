"""A new employee: identity and employment, checked as typed by ``check_employee`` (the NIP
part by part, the NIK, dates, a NIP already used by someone else), saved by
``create_employee``. The histories are added afterwards on the employee's record.
Tests replace :meth:`NewEmployeeDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_form_specs import NEW_EMPLOYEE_GROUPS
from ui.widgets.employee_data_tab import employee_input
from ui.widgets.field_form import FieldForm
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.personnel import EmployeeSaved


class NewEmployeeDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: EmployeeChoices,
                 parent: QWidget | None = None) -> None:
        self.choices = choices
        form = FieldForm("new_employee", NEW_EMPLOYEE_GROUPS, lambda k: self.choices.items(k),
                         columns=2)
        super().__init__("new_employee", ctx, form, self._check, parent)
        self.resize(1000, 600)
        form.set_values(employee_input({}))
        form.edited.connect(self._on_form_edited)
        self.retranslate()
        self.validator.validate_now()

    def _on_form_edited(self, name: str) -> None:
        if name == "jenis_pegawai":  # PPPK have their own golongan list
            self.choices = self.choices.for_employee(self.form.values()["jenis_pegawai"])

    def _check(self, values: dict[str, Any]) -> Problems:
        from app.services.personnel import check_employee

        found = self.ctx.read(check_employee, employee_input(values))
        return found.errors, found.warnings

    def save_job(self) -> Job:
        from app.services.personnel import create_employee

        data, ctx = employee_input(self.form.values()), self.ctx
        return lambda _p: ctx.write(create_employee, data)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New employee"))
        self.setAccessibleName(self.windowTitle())
        self.intro.setText(self.tr(
            "Fill in the identity and employment data. The histories (rank, position, "
            "education, family…) are added on the employee's record after saving."))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: EmployeeChoices,
            parent: QWidget | None = None) -> EmployeeSaved | None:
        return cls.run_dialog(lambda: cls(ctx, choices, parent))
