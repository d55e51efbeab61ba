"""Add an OPD or a sub-unit, or change a unit: name, short name, kind, eselon of its head,
order among its siblings, SIASN unor id. Checked as the clerk types by the service's own rules
(:func:`~app.services.org_admin.check_org_unit`: a name already used under the same parent, an
unknown eselon) and each problem appears under its field. The parent is changed with *Pindahkan*
(:mod:`ui.dialogs.org_unit_move_dialog`), the active flag with *Nonaktifkan*; both are kept as
they are here. Tests replace :meth:`OrgUnitDialog.ask`.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.services.org import OrgUnitInput, OrgUnitNode, create_org_unit, update_org_unit
from app.services.org_admin import OrgTreeRow, check_org_unit, unit_input
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.org_labels import FormChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup("", (
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Unit name"), required=True,
                  max_length=250, hint=QT_TRANSLATE_NOOP("Fields", "e.g. Bidang Pembinaan SMP")),
        FieldSpec("short_name", QT_TRANSLATE_NOOP("Fields", "Short name"), max_length=60,
                  hint=QT_TRANSLATE_NOOP("Fields", "optional, e.g. Bid. SMP")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind of unit"), FieldKind.CHOICE,
                  "kind_unit", required=True),
        FieldSpec("eselon", QT_TRANSLATE_NOOP("Fields", "Eselon of its head"), FieldKind.CHOICE,
                  "eselon"),
        FieldSpec("sort_order", QT_TRANSLATE_NOOP("Fields", "Order"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "0 = by name")),
        FieldSpec("siasn_unor_id", QT_TRANSLATE_NOOP("Fields", "SIASN unor id"), max_length=64,
                  hint=QT_TRANSLATE_NOOP("Fields", "optional, from the SIASN export")),
    )),
)


class OrgUnitDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: FormChoices, parent_row: OrgTreeRow | None,
                 row: OrgTreeRow | None = None, parent: QWidget | None = None) -> None:
        self.parent_row = parent_row
        self.row = row
        self.choices = choices
        if row is not None:
            self.base = ctx.read(unit_input, row.id)
        else:
            self.base = OrgUnitInput(parent_id=parent_row.id if parent_row else None)
        form = FieldForm("org_unit", GROUPS, choices.items)
        super().__init__("org_unit", ctx, form, self._check, parent)
        self.setMinimumWidth(560)
        if row is not None:
            form.set_values(self.base)
        else:
            form.set_values({"kind": "bidang" if parent_row else "dinas", "sort_order": 0})
        self.retranslate()
        self.validator.validate_now()

    def data(self, values: dict[str, Any] | None = None) -> OrgUnitInput:
        v = self.form.values() if values is None else values
        return replace(self.base, name=v["name"], short_name=v["short_name"], kind=v["kind"],
                       eselon=v["eselon"], sort_order=v["sort_order"] or 0,
                       siasn_unor_id=v["siasn_unor_id"])

    def _check(self, values: dict[str, Any]) -> Problems:
        unit_id = self.row.id if self.row is not None else None
        return self.ctx.read(check_org_unit, self.data(values), unit_id), ()

    def save_job(self) -> Job:
        data, ctx, row = self.data(), self.ctx, self.row
        if row is None:
            return lambda _p: ctx.write(create_org_unit, data)
        return lambda _p: ctx.write(update_org_unit, row.id, data)

    def retranslate(self) -> None:
        if self.row is not None:
            title = self.tr("Change unit")
        elif self.parent_row is not None:
            title = self.tr("Add sub-unit")
        else:
            title = self.tr("New OPD")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if self.parent_row is not None:
            where = self.tr("Below: %1.").replace("%1", " › ".join(self.parent_row.node.path))
        else:
            where = self.tr("At the top of the tree (an OPD of the office).")
        self.intro.setText(where + " " + self.tr("To put it elsewhere, use Move."))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: FormChoices, parent_row: OrgTreeRow | None,
            row: OrgTreeRow | None = None, parent: QWidget | None = None) -> OrgUnitNode | None:
        """The saved unit, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, choices, parent_row, row, parent))
