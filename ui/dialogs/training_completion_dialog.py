"""Completion (lulus) and certificate of one participant. Completing credits the session's JP
to the employee's record; a different JP (e.g. two of three days attended) needs a reason,
which is kept in the participant's notes. Unticking *Completed* takes the credit away. The
certificate number and date can be kept either way. Tests replace
:meth:`CompletionDialog.ask`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.roles import CurrentUser
from app.services.training import (
    ParticipantRow,
    SessionRow,
    record_completion,
    set_certificate,
)
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.training_choices import TrainingChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup("", (
        FieldSpec("completed", QT_TRANSLATE_NOOP("Fields", "Completed the training"),
                  FieldKind.BOOL),
        FieldSpec("jp_override", QT_TRANSLATE_NOOP("Fields", "JP credited"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "empty: the session's JP")),
        FieldSpec("override_reason", QT_TRANSLATE_NOOP("Fields", "Why a different JP"),
                  max_length=500),
        FieldSpec("certificate_nomor", QT_TRANSLATE_NOOP("Fields", "Certificate number"),
                  max_length=100),
        FieldSpec("certificate_tanggal", QT_TRANSLATE_NOOP("Fields", "Certificate date"),
                  FieldKind.DATE),
    )),
)


def save_completion(session: Any, actor: CurrentUser, participant_id: str,
                    values: dict[str, Any], was_completed: bool) -> ParticipantRow:
    """Completion (with the credited JP and the certificate), or undo it and keep the
    certificate — in one unit of work (``ctx.write`` passes its session through)."""
    nomor, tanggal = values["certificate_nomor"], values["certificate_tanggal"]
    if values["completed"]:
        return record_completion(session, actor, participant_id, True,
                                 jp_override=values["jp_override"],
                                 override_reason=values["override_reason"],
                                 certificate_nomor=nomor or "", certificate_tanggal=tanggal)
    if was_completed:
        record_completion(session, actor, participant_id, False)
    return set_certificate(session, actor, participant_id, nomor, tanggal)


class CompletionDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, session: SessionRow, row: ParticipantRow,
                 parent: QWidget | None = None) -> None:
        self.session = session
        self.row = row
        form = FieldForm("completion", GROUPS, TrainingChoices().items)
        super().__init__("completion", ctx, form, self._check, parent)
        self.setMinimumWidth(520)
        form.set_values({
            "completed": True,
            "jp_override": row.jp_credited if row.jp_overridden else None,
            "certificate_nomor": row.certificate_nomor,
            "certificate_tanggal": row.certificate_tanggal or session.end_date,
        })
        self.retranslate()
        self.validator.validate_now()

    def _check(self, values: dict[str, Any]) -> Problems:
        errors = []
        jp = values.get("jp_override")
        if values.get("completed") and jp is not None and jp != self.session.jp:
            if not 1 <= jp <= self.session.jp:
                errors.append(FieldError("jp_override", "training.jp_override_range",
                                         {"jp": self.session.jp, "value": jp}))
            if not values.get("override_reason"):
                errors.append(FieldError("override_reason", "field.required"))
        tanggal: date | None = values.get("certificate_tanggal")
        if tanggal is not None and tanggal < self.session.start_date:
            errors.append(FieldError("certificate_tanggal", "training.certificate_before_start",
                                     {"start": self.session.start_date.isoformat()}))
        return errors, ()

    def save_job(self) -> Job:
        values, ctx = self.form.values(), self.ctx
        if values["jp_override"] == self.session.jp:
            values["jp_override"] = None
        pid, was = self.row.id, self.row.completed
        return lambda _p: ctx.write(save_completion, pid, values, was)

    def retranslate(self) -> None:
        title = self.tr("Completion and certificate")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("%1 — %2 (%3 JP). Completing credits the JP to the "
                                   "employee's record.")
                           .replace("%1", self.row.nama).replace("%2", self.session.title)
                           .replace("%3", str(self.session.jp)))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, session: SessionRow, row: ParticipantRow,
            parent: QWidget | None = None) -> ParticipantRow | None:
        return cls.run_dialog(lambda: cls(ctx, session, row, parent))
