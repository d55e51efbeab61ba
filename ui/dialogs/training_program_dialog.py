"""Add or change a programme of the training catalogue: name, code, kind (klasikal /
nonklasikal), category (Latsar, PKP, PKA, PKN, teknis, fungsional…), training form, default
JP, organiser, competency area. The service checks everything on save (a code already used,
a form of the other kind, a JP out of range) and each problem appears under its field.
Tests replace :meth:`ProgramDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.training import ProgramData, ProgramRow, create_program, update_program
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.training_choices import TrainingChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup("", (
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Programme name"),
                  required=True, max_length=250),
        FieldSpec("code", QT_TRANSLATE_NOOP("Fields", "Code"), max_length=32,
                  hint=QT_TRANSLATE_NOOP("Fields", "optional, e.g. BT-SKP")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind"),
                  FieldKind.CHOICE, "kind", required=True),
        FieldSpec("category", QT_TRANSLATE_NOOP("Fields", "Category"), FieldKind.CHOICE, "category",
                  required=True),
        FieldSpec("type_code", QT_TRANSLATE_NOOP("Fields", "Form of training"),
                  FieldKind.CHOICE, "type_code"),
        FieldSpec("default_jp", QT_TRANSLATE_NOOP("Fields", "Default JP"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "lesson hours of 45 minutes")),
        FieldSpec("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser"), max_length=200),
        FieldSpec("competency_area", QT_TRANSLATE_NOOP("Fields", "Competency area"),
                  max_length=150),
        FieldSpec("description", QT_TRANSLATE_NOOP("Fields", "Description"), FieldKind.LONG_TEXT),
    )),
)


def kind_problems(values: dict[str, Any], choices: TrainingChoices) -> list[FieldError]:
    """A training form of the other kind (e-learning is nonklasikal): said while typing."""
    form_kind = choices.type_kind(values.get("type_code"))
    if form_kind and values.get("kind") and form_kind != values["kind"]:
        return [FieldError("type_code", "training.type_kind",
                           {"value": values["type_code"], "kind": form_kind})]
    return []


class ProgramDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: TrainingChoices,
                 row: ProgramRow | None = None, parent: QWidget | None = None) -> None:
        self.row = row
        self.choices = choices
        form = FieldForm("program", GROUPS, choices.items)
        super().__init__("program", ctx, form, self._check, parent)
        self.setMinimumWidth(560)
        form.set_values(row if row is not None else {"kind": "klasikal", "category": "teknis"})
        self.retranslate()
        self.validator.validate_now()

    def _check(self, values: dict[str, Any]) -> Problems:
        return kind_problems(values, self.choices), ()

    def data(self) -> ProgramData:
        v = self.form.values()
        return ProgramData(
            name=v["name"] or "", kind=v["kind"] or "", category=v["category"] or "",
            code=v["code"], type_code=v["type_code"], default_jp=v["default_jp"],
            organiser=v["organiser"], competency_area=v["competency_area"],
            description=v["description"],
        )

    def save_job(self) -> Job:
        data, ctx, row = self.data(), self.ctx, self.row
        if row is None:
            return lambda _p: ctx.write(create_program, data)
        return lambda _p: ctx.write(update_program, row.id, data)

    def retranslate(self) -> None:
        title = self.tr("New training programme") if self.row is None else \
            self.tr("Change training programme")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("The catalogue lists the programmes the office runs or "
                                   "records. A session takes its name, JP and organiser from "
                                   "here unless you change them."))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: TrainingChoices, row: ProgramRow | None = None,
            parent: QWidget | None = None) -> ProgramRow | None:
        """The saved programme, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, choices, row, parent))
