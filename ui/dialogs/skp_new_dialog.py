"""Start an SKP: the employee, the year and the approach. The pejabat penilai and the atasan
come from the unit structure (changeable afterwards on the Rencana tab); the seven BerAKHLAK
values are added by the service. Tests replace :meth:`NewSkpDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import FieldError
from app.services.appraisal import SkpDetail, SkpHeader, create_skp
from app.services.employee_query import EmployeeRow
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.models import appraisal_labels as lbl
from ui.text import plain
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT, required=True),
            FieldSpec(
                "approach",
                QT_TRANSLATE_NOOP("Fields", "Approach"),
                FieldKind.CHOICE,
                "approach",
                required=True,
            ),
        ),
    ),
)


class NewSkpDialog(AppraisalDialog):
    REQUIRED = ("year", "approach")

    def __init__(
        self,
        ctx: ServiceContext,
        year: int,
        unit_id: str | None = None,
        employee: EmployeeRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        self.unit_id = unit_id
        self.employee = employee
        super().__init__(
            "new_skp",
            ctx,
            GROUPS,
            {"approach": lambda: lbl.items(lbl.APPROACH)},
            parent,
            {"year": year, "approach": "kuantitatif"},
        )
        row = QWidget(self)
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        self.chosen = QLabel(row)
        self.chosen.setObjectName("new_skp.employee")
        self.chosen.setWordWrap(True)
        self.chosen.setStyleSheet("font-weight: 600;")
        self.pick_button = QPushButton(row)
        self.pick_button.setObjectName("new_skp.pick")
        self.pick_button.clicked.connect(self.pick)
        line.addWidget(self.chosen, 1)
        line.addWidget(self.pick_button)
        self.layout().insertWidget(1, row)
        self.start()

    def pick(self) -> None:
        row = EmployeePickerDialog.ask(
            self.ctx, self.tr("Employee of the new SKP"), self.unit_id, self
        )
        if row is not None:
            self.employee = row
            self.retranslate()
            self.validator.validate_now()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        return [] if self.employee is not None else [FieldError("employee", "field.required")]

    def save_job(self) -> Job:
        v, ctx = self.form.values(), self.ctx
        assert self.employee is not None
        employee_id = self.employee.id
        header = SkpHeader(approach=v["approach"] or "kuantitatif")
        return lambda _p: ctx.write(create_skp, employee_id, int(v["year"] or 0), header)

    def retranslate(self) -> None:
        e = self.employee
        self.chosen.setText(
            f"{e.nama_lengkap} — {e.nip_display}"
            if e is not None
            else self.tr("No employee chosen yet.")
        )
        text = self.tr("Choose &employee…")
        self.pick_button.setText(text)
        self.pick_button.setAccessibleName(plain(text).rstrip("…"))
        self.set_texts(
            self.tr("New SKP"),
            self.tr(
                "The appraising official and the superior are taken from the "
                "unit structure; change them on the Plan tab if needed."
            ),
            self.tr("&Create"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        year: int,
        unit_id: str | None = None,
        employee: EmployeeRow | None = None,
        parent: QWidget | None = None,
    ) -> SkpDetail | None:
        return cls.run_dialog(lambda: cls(ctx, year, unit_id, employee, parent))
