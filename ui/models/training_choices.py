"""The choice lists of the Pelatihan screen: the fixed training codes (kind, category, session
status, attendance) with translated labels, the training forms of the reference data, the
active programmes of the catalogue, and the personnel lists (units, jabatan kinds…) the
enrolment filter needs. Loaded once per page by :func:`load_training_choices` (a job).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.services.reference import RefRow, RefTable, list_reference
from app.services.training import ProgramRow, list_programs
from app.services.ui_support import PersonnelChoices, personnel_choices
from ui.models import training_labels as lbl
from ui.models.employee_choices import EmployeeChoices
from ui.widgets.choice_combo import Item

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@dataclass(frozen=True)
class TrainingChoiceData:
    personnel: PersonnelChoices | None
    types: tuple[RefRow, ...]
    programs: tuple[ProgramRow, ...]


def load_training_choices(ctx: ServiceContext) -> TrainingChoiceData:
    return TrainingChoiceData(
        ctx.read(personnel_choices),
        tuple(ctx.read(list_reference, RefTable.TRAINING_TYPE)),
        tuple(ctx.read(list_programs, include_inactive=True)),
    )


_FIXED = {"kind": lbl.KIND, "category": lbl.CATEGORY, "status": lbl.STATUS,
          "attendance": lbl.ATTENDANCE}


class TrainingChoices:
    def __init__(self, data: TrainingChoiceData | None = None) -> None:
        self.data = data
        self.personnel = EmployeeChoices(data.personnel if data else None)

    def items(self, key: str) -> list[Item]:
        """The entries of list ``key`` (empty until loaded, except the fixed lists)."""
        if key in _FIXED:
            return list(lbl.items(_FIXED[key]))
        if self.data is None:
            return []
        if key == "type_code":
            return [(r.code, r.name) for r in self.data.types]
        if key == "program_id":
            inactive = QCoreApplication.translate("TrainingLabels", "%1 (inactive)")
            return [(p.id, p.name if p.active else inactive.replace("%1", p.name))
                    for p in self.data.programs]
        return self.personnel.items(key)

    def program(self, program_id: str | None) -> ProgramRow | None:
        if self.data is None or not program_id:
            return None
        return next((p for p in self.data.programs if p.id == program_id), None)

    def type_kind(self, code: str | None) -> str | None:
        """The kind (klasikal/nonklasikal) of a training form."""
        if self.data is None or not code:
            return None
        row = next((r for r in self.data.types if r.code == code), None)
        kind = row.extra.get("kind") if row is not None else None
        return str(kind) if kind else None
