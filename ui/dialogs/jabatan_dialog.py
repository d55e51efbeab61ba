"""Add or change an entry of the jabatan catalogue: name, kind, jenjang (JF), eselon, BUP,
kelas jabatan, pelaksana category, SIASN code, active.

Checked as the clerk types by the service's own rules (:func:`~app.services.org_admin.
check_jabatan`: a BUP outside 50–75, a JF without its jenjang, a jenjang of the other kind, a
category on a non-pelaksana post, a code already used) and each problem appears under its field.
The BUP field shows, greyed, the age PP 11/2017 gives the chosen kind; it is filled in only for
a jabatan whose own law sets another age (guru, dosen). Tests replace :meth:`JabatanDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLineEdit, QWidget

from app.services.org_admin import check_jabatan
from app.services.reference import JabatanCatalogInput, JabatanRow, save_jabatan
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.models.org_labels import FormChoices
from ui.widgets.field_form import FieldForm, FieldGroup, FieldKind, FieldSpec
from ui.widgets.live_validation import Problems
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup("", (
        FieldSpec("name", QT_TRANSLATE_NOOP("Fields", "Jabatan name"), required=True,
                  max_length=250, hint=QT_TRANSLATE_NOOP("Fields", "e.g. Analis Kepegawaian")),
        FieldSpec("kind", QT_TRANSLATE_NOOP("Fields", "Kind of jabatan"), FieldKind.CHOICE,
                  "kind_jabatan", required=True),
        FieldSpec("jenjang", QT_TRANSLATE_NOOP("Fields", "Level (JF)"), FieldKind.CHOICE,
                  "jenjang"),
        FieldSpec("eselon", QT_TRANSLATE_NOOP("Fields", "Eselon"), FieldKind.CHOICE, "eselon"),
        FieldSpec("bup", QT_TRANSLATE_NOOP("Fields", "Retirement age (BUP)"), FieldKind.INT),
        FieldSpec("kelas_jabatan", QT_TRANSLATE_NOOP("Fields", "Kelas jabatan"), FieldKind.INT,
                  hint=QT_TRANSLATE_NOOP("Fields", "1 to 17")),
        FieldSpec("pelaksana_category", QT_TRANSLATE_NOOP("Fields", "Pelaksana category"),
                  FieldKind.CHOICE, "pelaksana_category"),
        FieldSpec("code", QT_TRANSLATE_NOOP("Fields", "SIASN code"), max_length=64,
                  hint=QT_TRANSLATE_NOOP("Fields", "optional")),
        FieldSpec("active", QT_TRANSLATE_NOOP("Fields", "Active (offered in pick lists)"),
                  FieldKind.BOOL),
    )),
)


class JabatanDialog(EmployeeRecordDialog):
    def __init__(self, ctx: ServiceContext, choices: FormChoices, row: JabatanRow | None = None,
                 shared: bool = False, parent: QWidget | None = None) -> None:
        self.row = row
        self.choices = choices
        self.shared = row.shared if row is not None else shared
        form = FieldForm("jabatan", GROUPS, choices.items)
        super().__init__("jabatan", ctx, form, self._check, parent)
        self.setMinimumWidth(580)
        form.set_values(row if row is not None else {"kind": "pelaksana", "active": True})
        for name in ("bup", "kelas_jabatan"):  # room for the error sentence under the field
            form.widget(name).setMaximumWidth(16_777_215)
        form.edited.connect(lambda name: self._show_rule() if name in ("kind", "jenjang")
                            else None)
        self.retranslate()
        self.validator.validate_now()

    def data(self, values: dict[str, Any] | None = None) -> JabatanCatalogInput:
        v = self.form.values() if values is None else values
        return JabatanCatalogInput(
            name=v["name"], kind=v["kind"], code=v["code"], jenjang=v["jenjang"],
            eselon=v["eselon"], bup=v["bup"], kelas_jabatan=v["kelas_jabatan"],
            pelaksana_category=v["pelaksana_category"], active=bool(v["active"]),
            shared=self.shared,
        )

    def _check(self, values: dict[str, Any]) -> Problems:
        jabatan_id = self.row.id if self.row is not None else None
        return self.ctx.read(check_jabatan, self.data(values), jabatan_id), ()

    def save_job(self) -> Job:
        data, ctx = self.data(), self.ctx
        jabatan_id = self.row.id if self.row is not None else None
        return lambda _p: ctx.write(save_jabatan, data, jabatan_id)

    def _show_rule(self) -> None:
        """The BUP the kind gets by rule, as the BUP field's grey placeholder."""
        values = self.form.values()
        by_rule = self.choices.bup_of(values["kind"], values["jenjang"])
        widget = self.form.widget("bup")
        assert isinstance(widget, QLineEdit)
        if by_rule is None:
            widget.setPlaceholderText(self.tr("choose the level first"))
        else:
            widget.setPlaceholderText(self.tr("by rule: %1").replace("%1", str(by_rule)))

    def retranslate(self) -> None:
        title = self.tr("New jabatan") if self.row is None else self.tr("Change jabatan")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        if self.shared:
            where = self.tr("An entry of the province's shared catalogue: it goes to every "
                            "office with the next bundle.")
        else:
            where = self.tr("An entry of this office's own catalogue, for a local post.")
        self.intro.setText(where + " " + self.tr("Leave the BUP empty unless the jabatan's own "
                                                 "law sets another age (guru 60, dosen 65)."))
        self.set_buttons(self.tr("&Save"), self.tr("Cancel"))
        self.form.retranslate()
        self._show_rule()
        self._update_submit()

    @classmethod
    def ask(cls, ctx: ServiceContext, choices: FormChoices, row: JabatanRow | None = None,
            shared: bool = False, parent: QWidget | None = None) -> JabatanRow | None:
        """The saved entry, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, choices, row, shared, parent))
