"""Add or change one row of a shared reference list (provincial data steward only): code,
name, order, active, and for training types their kind (klasikal / nonklasikal).

On lists whose codes drive the rules (eselon, education levels) the code cannot be changed
and no row can be added; the service refuses it anyway (``reference.fixed_codes``). What the
service refuses on save (a code already used) appears under its field. Tests replace
:meth:`ReferenceRowDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.reference import FIXED_CODES, RefInput, RefRow, RefTable, save_reference
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.org_labels import FormChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

_COMMON = (
    FieldSpec("code", QT_TRANSLATE_NOOP("Fields", "Code"), required=True, max_length=32,
              hint=QT_TRANSLATE_NOOP("Fields", "short, lowercase, e.g. kawin")),
    FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True, max_length=80),
    FieldSpec("sort_order", QT_TRANSLATE_NOOP("Fields", "Order in the list"), FieldKind.INT),
    FieldSpec("active", QT_TRANSLATE_NOOP("Fields", "Active (offered in pick lists)"),
              FieldKind.BOOL),
)
_KIND = FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind of training"), FieldKind.CHOICE,
                  "training_kind", required=True)


class ReferenceRowDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, table: RefTable, list_title: str,
                 row: RefRow | None = None, parent: QWidget | None = None) -> None:
        self.table = RefTable(table)
        self.list_title = list_title
        self.row = row
        fields = (*_COMMON, _KIND) if self.table is RefTable.TRAINING_TYPE else _COMMON
        form = FieldForm("reference_row", (FieldGroup("", fields),), FormChoices().items)
        super().__init__("reference_row", ctx, form, self._check, parent)
        self.setMinimumWidth(500)
        if row is not None:
            form.set_values({"code": row.code, "name": row.name, "sort_order": row.sort_order,
                             "active": row.active, "kind": row.extra.get("kind")})
        else:
            form.set_values({"active": True, "sort_order": 0, "kind": "klasikal"})
        form.widget("code").setEnabled(self.table not in FIXED_CODES)
        self.retranslate()
        self.validator.validate_now()

    def data(self, values: dict[str, Any] | None = None) -> RefInput:
        v = self.form.values() if values is None else values
        return RefInput(code=v["code"], name=v["name"], sort_order=v["sort_order"] or 0,
                        active=bool(v["active"]), kind=v.get("kind"))

    def _check(self, values: dict[str, Any]) -> Problems:
        """What needs no database: the required fields (the service checks the rest)."""
        required = ["code", "name"] + (["kind"] if self.table is RefTable.TRAINING_TYPE else [])
        return [FieldError(f, "field.required") for f in required if not values.get(f)], ()

    def save_job(self) -> Job:
        data, ctx, table = self.data(), self.ctx, self.table
        row_id = self.row.id if self.row is not None else None
        return lambda _p: ctx.write(save_reference, table, data, row_id)

    def retranslate(self) -> None:
        title = (self.tr("Add to %1") if self.row is None else self.tr("Change in %1")).replace(
            "%1", self.list_title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        text = self.tr("Reference lists belong to the province and go to every office with "
                       "the next bundle.")
        if self.table in FIXED_CODES:
            text += " " + self.tr("The codes of this list drive the rules: only the name, "
                                  "order and active flag change.")
        self.intro.setText(text)
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, table: RefTable, list_title: str,
            row: RefRow | None = None, parent: QWidget | None = None) -> RefRow | None:
        """The saved row, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, table, list_title, row, parent))
