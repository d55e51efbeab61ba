"""Records around the appraisal: public feedback (umpan balik masyarakat) about a unit or an
employee, and a talent placement (potential level; the kinerja level comes from the evaluated
SKP unless given). Old appraisal scores: :mod:`ui.dialogs.appraisal_legacy_dialog`.

Tests replace the ``ask`` class methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import FieldError
from app.services.appraisal import (
    PublicFeedbackRow,
    TalentRow,
    add_public_feedback,
    record_talent_assessment,
)
from app.services.employee_query import EmployeeRow
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.dialogs.appraisal_unit_dialogs import unit_items
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_jobs import UnitChoice
from ui.text import plain
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

PUBLIC_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "received_on",
                QT_TRANSLATE_NOOP("Fields", "Received on"),
                FieldKind.DATE,
                required=True,
            ),
            FieldSpec(
                "channel",
                QT_TRANSLATE_NOOP("Fields", "Channel"),
                FieldKind.CHOICE,
                "channel",
                required=True,
            ),
            FieldSpec(
                "rating",
                QT_TRANSLATE_NOOP("Fields", "Satisfaction (1–5)"),
                FieldKind.CHOICE,
                "stars",
                required=True,
            ),
            FieldSpec(
                "unit_id", QT_TRANSLATE_NOOP("Fields", "About the unit"), FieldKind.CHOICE, "unit"
            ),
            FieldSpec("text", QT_TRANSLATE_NOOP("Fields", "What was said"), FieldKind.LONG_TEXT),
        ),
    ),
)
TALENT_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT, required=True),
            FieldSpec(
                "potential",
                QT_TRANSLATE_NOOP("Fields", "Potential"),
                FieldKind.CHOICE,
                "potential",
                required=True,
            ),
            FieldSpec(
                "kinerja",
                QT_TRANSLATE_NOOP("Fields", "Performance (empty: from the SKP)"),
                FieldKind.CHOICE,
                "rating",
            ),
            FieldSpec(
                "score", QT_TRANSLATE_NOOP("Fields", "Assessment score (0–100)"), FieldKind.DECIMAL
            ),
            FieldSpec("assessed_on", QT_TRANSLATE_NOOP("Fields", "Assessed on"), FieldKind.DATE),
            FieldSpec("assessor", QT_TRANSLATE_NOOP("Fields", "Assessor"), max_length=200),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
        ),
    ),
)


class _EmployeeLine(QWidget):
    """The chosen employee with *Pilih…* and, when optional, *Kosongkan*."""

    def __init__(
        self,
        owner: AppraisalDialog,
        employee: EmployeeRow | None,
        optional: bool,
        unit_id: str | None = None,
    ) -> None:
        super().__init__(owner)
        self.owner, self.employee, self.optional, self.unit_id = owner, employee, optional, unit_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName(f"{owner.objectName()}.employee")
        self.label.setWordWrap(True)
        self.pick_button = QPushButton(self)
        self.pick_button.setObjectName(f"{owner.objectName()}.pick")
        self.pick_button.clicked.connect(self.pick)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName(f"{owner.objectName()}.clear")
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(optional)
        row.addWidget(self.label, 1)
        row.addWidget(self.pick_button)
        row.addWidget(self.clear_button)

    def pick(self) -> None:
        row = EmployeePickerDialog.ask(
            self.owner.ctx, self.tr("Choose the employee"), self.unit_id, self.owner
        )
        if row is not None:
            self.employee = row
            self.retranslate()
            self.owner.validator.validate_now()

    def clear(self) -> None:
        self.employee = None
        self.retranslate()
        self.owner.validator.validate_now()

    def retranslate(self) -> None:
        e = self.employee
        if e is not None:
            self.label.setText(
                self.tr("Employee: %1 (%2)")
                .replace("%1", e.nama_lengkap)
                .replace("%2", e.nip_display or "-")
            )
        else:
            self.label.setText(self.tr("Employee: none chosen"))
        for button, text in (
            (self.pick_button, self.tr("Choose…")),
            (self.clear_button, self.tr("Clear")),
        ):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))


class PublicFeedbackDialog(AppraisalDialog):
    REQUIRED = ("received_on", "channel", "rating")

    def __init__(
        self,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        self.units = tuple(units)
        choices = {
            "channel": lambda: lbl.items(lbl.CHANNEL),
            "stars": lambda: [(str(n), "★" * n) for n in range(5, 0, -1)],
            "unit": lambda: unit_items(self.units),
        }
        super().__init__(
            "public_feedback",
            ctx,
            PUBLIC_GROUPS,
            choices,
            parent,
            {"received_on": date.today(), "unit_id": unit_id},
        )
        self.person = _EmployeeLine(self, None, True, unit_id)
        self.layout().insertWidget(1, self.person)
        self.start()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        if not values.get("unit_id") and self.person.employee is None:
            return [FieldError("unit_id", "appraisal.public_subject")]
        return []

    def save_job(self) -> Job:
        v, ctx = self.form.values(), self.ctx
        employee_id = self.person.employee.id if self.person.employee else None
        return lambda _p: ctx.write(
            add_public_feedback,
            v["received_on"],
            v["channel"] or "",
            int(v["rating"] or 0),
            v["text"],
            unit_id=v["unit_id"],
            employee_id=employee_id,
        )

    def retranslate(self) -> None:
        self.person.retranslate()
        self.set_texts(
            self.tr("Public feedback"),
            self.tr(
                "What the public said about a unit or an employee (or both). "
                "It appears in the unit's and the employee's appraisal view."
            ),
            self.tr("&Save"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        parent: QWidget | None = None,
    ) -> PublicFeedbackRow | None:
        return cls.run_dialog(lambda: cls(ctx, units, unit_id, parent))


class TalentDialog(AppraisalDialog):
    REQUIRED = ("year", "potential")

    def __init__(
        self,
        ctx: ServiceContext,
        employee: EmployeeRow | None,
        year: int,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        choices = {
            "potential": lambda: lbl.items(lbl.POTENTIAL),
            "rating": lambda: lbl.items(lbl.RATING),
        }
        super().__init__(
            "talent",
            ctx,
            TALENT_GROUPS,
            choices,
            parent,
            {"year": year, "assessed_on": date.today()},
        )
        self.person = _EmployeeLine(self, employee, False, unit_id)
        self.layout().insertWidget(1, self.person)
        self.start()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        return [] if self.person.employee else [FieldError("employee", "field.required")]

    def save_job(self) -> Job:
        v, ctx = self.form.values(), self.ctx
        assert self.person.employee is not None
        employee_id = self.person.employee.id
        score = float(v["score"]) if v["score"] is not None else None
        return lambda _p: ctx.write(
            record_talent_assessment,
            employee_id,
            int(v["year"] or 0),
            v["potential"],
            kinerja=v["kinerja"],
            assessed_on=v["assessed_on"],
            score=score,
            assessor=v["assessor"],
            notes=v["notes"],
        )

    def retranslate(self) -> None:
        self.person.retranslate()
        self.set_texts(
            self.tr("Talent placement (9-box)"),
            self.tr(
                "The potential level from an assessment; the performance "
                "level comes from the evaluated SKP of the year unless you "
                "choose it. A second placement for the year replaces the "
                "first."
            ),
            self.tr("&Save"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        employee: EmployeeRow | None,
        year: int,
        unit_id: str | None = None,
        parent: QWidget | None = None,
    ) -> TalentRow | None:
        return cls.run_dialog(lambda: cls(ctx, employee, year, unit_id, parent))
