"""Open or change a training session (angkatan) of a catalogue programme: dates, JP, place,
organiser, capacity. An empty title, organiser or JP takes the programme's. The dates are
checked as the clerk types (both given, the end not before the start); everything else by
the service on save. Tests replace :meth:`SessionDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.training import SessionData, SessionRow, create_session, update_session
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.training_choices import TrainingChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup("", (
        FieldSpec("program_id", QT_TRANSLATE_NOOP("Fields", "Programme"),
                  FieldKind.CHOICE, "program_id",
                  required=True),
        FieldSpec("title", QT_TRANSLATE_NOOP("Fields", "Session title"), max_length=250,
                  hint=QT_TRANSLATE_NOOP("Fields", "empty: the programme's name")),
        FieldSpec("angkatan", QT_TRANSLATE_NOOP("Fields", "Class (angkatan)"), max_length=20,
                  hint=QT_TRANSLATE_NOOP("Fields", "e.g. II")),
        FieldSpec("start_date", QT_TRANSLATE_NOOP("Fields", "First day"),
                  FieldKind.DATE, required=True),
        FieldSpec("end_date", QT_TRANSLATE_NOOP("Fields", "Last day"),
                  FieldKind.DATE, required=True),
        FieldSpec("jp", QT_TRANSLATE_NOOP("Fields", "JP"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "empty: the programme's JP")),
        FieldSpec("place", QT_TRANSLATE_NOOP("Fields", "Place"), max_length=200),
        FieldSpec("organiser", QT_TRANSLATE_NOOP("Fields", "Organiser"), max_length=200,
                  hint=QT_TRANSLATE_NOOP("Fields", "empty: the programme's organiser")),
        FieldSpec("capacity", QT_TRANSLATE_NOOP("Fields", "Capacity"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "empty: no limit")),
        FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
    )),
)


def date_problems(values: dict[str, Any], start: str = "start_date",
                  end: str = "end_date", required: bool = True) -> list[FieldError]:
    """The two dates given (when ``required``) and in order."""
    out = []
    first, last = values.get(start), values.get(end)
    if required and first is None:
        out.append(FieldError(start, "field.required"))
    if required and last is None:
        out.append(FieldError(end, "field.required"))
    if first is not None and last is not None and last < first:
        out.append(FieldError(end, "field.date_order",
                              {"start": first.isoformat(), "end": last.isoformat()}))
    return out


class SessionDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: TrainingChoices,
                 row: SessionRow | None = None, program_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        self.row = row
        self.choices = choices
        form = FieldForm("session", GROUPS, choices.items)
        super().__init__("session", ctx, form, self._check, parent)
        self.setMinimumWidth(580)
        if row is not None:
            form.set_values(row)
        else:
            form.set_values({"program_id": program_id})
        self.retranslate()
        self.validator.validate_now()

    def _check(self, values: dict[str, Any]) -> Problems:
        errors = date_problems(values)
        if not values.get("program_id"):
            errors.append(FieldError("program_id", "field.required"))
        return errors, ()

    def data(self) -> SessionData:
        v = self.form.values()
        return SessionData(
            program_id=v["program_id"] or "", start_date=v["start_date"],
            end_date=v["end_date"], jp=v["jp"], title=v["title"], angkatan=v["angkatan"],
            place=v["place"], organiser=v["organiser"], capacity=v["capacity"],
            notes=v["notes"],
        )

    def save_job(self) -> Job:
        data, ctx, row = self.data(), self.ctx, self.row
        if row is None:
            return lambda _p: ctx.write(create_session, data)
        return lambda _p: ctx.write(update_session, row.id, data)

    def retranslate(self) -> None:
        title = self.tr("New training session") if self.row is None else \
            self.tr("Change training session")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("The JP of a session counts in the year of its last day: "
                                   "a session of 28 December to 3 January counts in the new "
                                   "year."))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: TrainingChoices, row: SessionRow | None = None,
            program_id: str | None = None, parent: QWidget | None = None) -> SessionRow | None:
        """The saved session, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, choices, row, program_id, parent))
