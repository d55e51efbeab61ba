"""Record (or correct) a training an employee attended elsewhere, with its certificate. It
counts toward the yearly JP like our sessions: in the year of its last day, else of its first
day, else of the year written. Tests replace :meth:`ExternalTrainingDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.training import (
    ExternalTrainingData,
    ExternalTrainingRow,
    add_external_training,
    update_external_training,
)
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.dialogs.training_program_dialog import kind_problems
from ui.dialogs.training_session_dialog import date_problems
from ui.models.training_choices import TrainingChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup(QT_TRANSLATE_NOOP("Fields", "Training"), (
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name of the training"),
                  required=True, max_length=250),
        FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind"),
                  FieldKind.CHOICE, "kind", required=True),
        FieldSpec("category", QT_TRANSLATE_NOOP("Fields", "Category"), FieldKind.CHOICE, "category",
                  required=True),
        FieldSpec("type_code", QT_TRANSLATE_NOOP("Fields", "Form of training"),
                  FieldKind.CHOICE, "type_code"),
        FieldSpec("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser"), max_length=200),
        FieldSpec("place", QT_TRANSLATE_NOOP("Fields", "Place"), max_length=200),
        FieldSpec("angkatan", QT_TRANSLATE_NOOP("Fields", "Class (angkatan)"), max_length=20),
    )),
    FieldGroup(QT_TRANSLATE_NOOP("Fields", "When and how long"), (
        FieldSpec("start_date", QT_TRANSLATE_NOOP("Fields", "First day"), FieldKind.DATE),
        FieldSpec("end_date", QT_TRANSLATE_NOOP("Fields", "Last day"), FieldKind.DATE),
        FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "only when the dates are unknown")),
        FieldSpec("jp", QT_TRANSLATE_NOOP("Fields", "JP"), FieldKind.INT, required=True),
    )),
    FieldGroup(QT_TRANSLATE_NOOP("Fields", "Certificate"), (
        FieldSpec("certificate_nomor", QT_TRANSLATE_NOOP("Fields", "Certificate number"),
                  max_length=100),
        FieldSpec("certificate_tanggal", QT_TRANSLATE_NOOP("Fields", "Certificate date"),
                  FieldKind.DATE),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
    )),
)


class ExternalTrainingDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: TrainingChoices, employee_id: str,
                 employee_name: str, row: ExternalTrainingRow | None = None,
                 parent: QWidget | None = None) -> None:
        self.row = row
        self.choices = choices
        self.employee_id = employee_id
        self.employee_name = employee_name
        form = FieldForm("external", GROUPS, choices.items, columns=2)
        super().__init__("external", ctx, form, self._check, parent)
        self.setMinimumWidth(820)
        form.set_values(row if row is not None else {"kind": "klasikal", "category": "teknis"})
        self.retranslate()
        self.validator.validate_now()

    def _check(self, values: dict[str, Any]) -> Problems:
        errors = date_problems(values, required=False) + kind_problems(values, self.choices)
        if values.get("jp") is None:
            errors.append(FieldError("jp", "field.required"))
        return errors, ()

    def data(self) -> ExternalTrainingData:
        v = self.form.values()
        has_dates = v["start_date"] is not None or v["end_date"] is not None
        return ExternalTrainingData(
            name=v["name"] or "", kind=v["kind"] or "", category=v["category"] or "",
            jp=v["jp"], start_date=v["start_date"], end_date=v["end_date"],
            year=None if has_dates else v["year"], type_code=v["type_code"],
            organiser=v["organiser"], place=v["place"], angkatan=v["angkatan"],
            certificate_nomor=v["certificate_nomor"],
            certificate_tanggal=v["certificate_tanggal"], notes=v["notes"],
        )

    def save_job(self) -> Job:
        data, ctx, row, employee_id = self.data(), self.ctx, self.row, self.employee_id
        if row is None:
            return lambda _p: ctx.write(add_external_training, employee_id, data)
        return lambda _p: ctx.write(update_external_training, row.id, data)

    def retranslate(self) -> None:
        title = self.tr("Record training attended elsewhere") if self.row is None else \
            self.tr("Change training attended elsewhere")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("Employee: %1. The JP counts in the year of the last day "
                                   "(else the first day, else the year written).")
                           .replace("%1", self.employee_name))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: TrainingChoices, employee_id: str,
            employee_name: str, row: ExternalTrainingRow | None = None,
            parent: QWidget | None = None) -> ExternalTrainingRow | None:
        """The saved record, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, choices, employee_id, employee_name, row,
                                          parent))
