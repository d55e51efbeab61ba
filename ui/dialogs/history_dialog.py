"""Add or change one history row of an employee (pangkat, jabatan, pendidikan, keluarga, …).

The fields come from the kind's :class:`~ui.models.employee_history_specs.HistorySpec`; the
input is checked as the clerk types by ``validate_history`` — the same rules ``add_history``
applies — so a TMT that is not the 1st of a month, or a date before the employee's 18th
birthday, is said under that field and *Simpan* stays disabled. Tests replace
:meth:`HistoryDialog.ask`.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_history_specs import HistorySpec, noun_of
from ui.widgets.employee_jabatan_picker import JabatanPicker
from ui.widgets.field_form import FieldForm
from ui.widgets.live_validation import Problems
from ui.workers import Job

CATALOGUE_LIMIT = 5000  # the province catalogue has a few hundred entries

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.histories import HistoryRow


class HistoryDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, employee_id: str, employee_name: str,
                 spec: HistorySpec, choices: EmployeeChoices,
                 row: HistoryRow[Any] | None = None, parent: QWidget | None = None) -> None:
        self.spec = spec
        self.employee_id = employee_id
        self.employee_name = employee_name
        self.row = row
        form = FieldForm(f"history.{spec.key}", spec.groups, choices.items)
        super().__init__("history", ctx, form, self._check, parent)
        self.setMinimumWidth(560)
        if row is not None:
            form.set_values(row.values)
        self.picker: JabatanPicker | None = None
        if spec.key == "jabatan":
            self._add_picker()
        self.retranslate()
        self.validator.validate_now()

    def _add_picker(self) -> None:
        """Jabatan: the name completes from the catalogue (see :mod:`employee_jabatan_picker`)."""
        from app.services.reference import list_jabatan

        entries = self.ctx.read(list_jabatan, "", None, True, CATALOGUE_LIMIT)
        linked = getattr(self.row.values, "jabatan_id", None) if self.row is not None else None
        self.picker = JabatanPicker(self.form, entries, self, linked)
        self.picker.picked.connect(self.validator.validate_now)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.picker.note)

    def _on_job_finished(self) -> None:
        super()._on_job_finished()
        if self.picker is not None:
            self.picker.apply()  # the catalogue's fields stay locked

    def _input(self, values: dict[str, Any]) -> Any:
        known = {f.name for f in fields(self.spec.input_type)}
        base = self.row.values if self.row is not None else self.spec.input_type()
        data = {f.name: getattr(base, f.name) for f in fields(self.spec.input_type)}
        data.update({k: v for k, v in values.items() if k in known})
        if self.picker is not None:
            data["jabatan_id"] = self.picker.jabatan_id
        return self.spec.input_type(**data)

    def _check(self, values: dict[str, Any]) -> Problems:
        from app.services.histories import validate_history

        record_id = self.row.id if self.row is not None else None
        errors = self.ctx.read(validate_history, self.employee_id, self._input(values),
                               record_id)
        return errors, ()

    def save_job(self) -> Job:
        from app.services.histories import add_history, update_history

        data = self._input(self.form.values())
        ctx, employee_id, row = self.ctx, self.employee_id, self.row
        if row is None:
            return lambda _p: ctx.write(add_history, employee_id, data)
        return lambda _p: ctx.write(update_history, row.id, data)

    def retranslate(self) -> None:
        noun = noun_of(self.spec)
        title = (self.tr("Add %1") if self.row is None else self.tr("Change %1")).replace(
            "%1", noun)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("Employee: %1").replace("%1", self.employee_name))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        if self.picker is not None:
            self.picker.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, employee_id: str, employee_name: str, spec: HistorySpec,
            choices: EmployeeChoices, row: HistoryRow[Any] | None = None,
            parent: QWidget | None = None) -> HistoryRow[Any] | None:
        """The saved row, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, employee_id, employee_name, spec, choices, row,
                                          parent))
