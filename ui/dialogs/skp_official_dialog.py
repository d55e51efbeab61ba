"""Who appraises: the pejabat penilai kinerja or the atasan pejabat penilai of an SKP — one of
the office's employees (the identity is copied from the record), someone outside the database
typed in (no NIP or pangkat for an official outside the civil service), the one the unit
structure suggests, or (atasan only) nobody.

The whole SKP header is saved (``update_skp_header``): the other official is kept as it is.
Tests replace :meth:`OfficialDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QRadioButton, QWidget

from app.errors import FieldError, ValidationError
from app.services.appraisal import (
    Official,
    OfficialInput,
    SkpDetail,
    SkpHeader,
    suggest_penilai,
    update_skp_header,
)
from app.services.employee_query import EmployeeRow
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.text import plain
from ui.widgets.field_form import FieldGroup, FieldSpec
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext

GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "nama",
                QT_TRANSLATE_NOOP("Fields", "Name with titles"),
                max_length=200,
                required=True,
            ),
            FieldSpec(
                "nip",
                QT_TRANSLATE_NOOP("Fields", "NIP"),
                max_length=18,
                hint=QT_TRANSLATE_NOOP("Fields", "18 digits; empty outside the civil service"),
            ),
            FieldSpec("pangkat", QT_TRANSLATE_NOOP("Fields", "Rank, grade"), max_length=100),
            FieldSpec("jabatan", QT_TRANSLATE_NOOP("Fields", "Position"), max_length=250),
            FieldSpec("unit", QT_TRANSLATE_NOOP("Fields", "Unit"), max_length=250),
        ),
    ),
)
EMPLOYEE, TYPED, NOBODY = 0, 1, 2


def as_input(who: Official | None) -> OfficialInput | None:
    """The input that keeps an official as recorded."""
    if who is None:
        return None
    if who.employee_id:
        return OfficialInput(employee_id=who.employee_id)
    return OfficialInput(
        nama=who.nama, nip=who.nip, pangkat=who.pangkat, jabatan=who.jabatan, unit=who.unit
    )


def header_of(skp: SkpDetail, **changes: Any) -> SkpHeader:
    values = {
        "approach": skp.approach,
        "penilai": as_input(skp.penilai),
        "atasan": as_input(skp.atasan),
        "period_start": skp.period_start,
        "period_end": skp.period_end,
        **changes,
    }
    return SkpHeader(**values)


class OfficialDialog(AppraisalDialog):
    def __init__(
        self, ctx: ServiceContext, skp: SkpDetail, role: str, parent: QWidget | None = None
    ) -> None:
        self.skp, self.role = skp, role  # role: "penilai" or "atasan"
        current: Official | None = getattr(skp, role)
        self.employee: Official | None = current if current and current.employee_id else None
        typed = current if current and not current.employee_id else None
        super().__init__("official", ctx, GROUPS, None, parent, typed or {})
        self._build_choice()
        mode = (
            EMPLOYEE
            if self.employee
            else TYPED
            if typed
            else (NOBODY if role == "atasan" else EMPLOYEE)
        )
        self.modes.button(mode).setChecked(True)
        self._on_mode()
        self.start()

    def _build_choice(self) -> None:
        self.modes = QButtonGroup(self)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for mode, name in ((EMPLOYEE, "employee"), (TYPED, "typed"), (NOBODY, "nobody")):
            button = QRadioButton(box)
            button.setObjectName(f"official.mode.{name}")
            self.modes.addButton(button, mode)
            row.addWidget(button)
            button.setVisible(mode != NOBODY or self.role == "atasan")
        row.addStretch(1)
        pick = QWidget(self)
        line = QHBoxLayout(pick)
        line.setContentsMargins(0, 0, 0, 0)
        self.chosen = QLabel(pick)
        self.chosen.setObjectName("official.chosen")
        self.chosen.setWordWrap(True)
        self.pick_button = QPushButton(pick)
        self.pick_button.setObjectName("official.pick")
        self.pick_button.clicked.connect(self.pick_employee)
        self.suggest_button = QPushButton(pick)
        self.suggest_button.setObjectName("official.suggest")
        self.suggest_button.clicked.connect(self.use_suggestion)
        line.addWidget(self.chosen, 1)
        line.addWidget(self.pick_button)
        line.addWidget(self.suggest_button)
        self.layout().insertWidget(1, box)
        self.layout().insertWidget(2, pick)
        self.modes.idClicked.connect(lambda _i: self._on_mode())

    # -- modes -------------------------------------------------------------------------------
    @property
    def mode(self) -> int:
        return self.modes.checkedId()

    def _on_mode(self) -> None:
        typed = self.mode == TYPED
        self.form.set_enabled_fields(typed)
        for button in (self.pick_button,):
            button.setEnabled(self.mode == EMPLOYEE)
        self._show_chosen()
        self.validator.validate_now()

    def _show_chosen(self) -> None:
        if self.mode == EMPLOYEE and self.employee is not None:
            e = self.employee
            self.chosen.setText(" — ".join(x for x in (e.nama, e.jabatan, e.unit) if x))
        elif self.mode == EMPLOYEE:
            self.chosen.setText(self.tr("No employee chosen yet."))
        else:
            self.chosen.setText("")

    def pick_employee(self) -> None:
        row: EmployeeRow | None = EmployeePickerDialog.ask(
            self.ctx, self.tr("Choose the official"), None, self
        )
        if row is not None:
            self.employee = Official(
                row.id, row.nama_lengkap, row.nip, row.pangkat, row.jabatan, row.unit_name
            )
            self.modes.button(EMPLOYEE).setChecked(True)
            self._on_mode()

    def use_suggestion(self) -> None:
        ctx, employee_id, role = self.ctx, self.skp.employee_id, self.role
        runner = JobRunner(lambda _p: ctx.read(suggest_penilai, employee_id), self)
        runner.succeeded.connect(lambda s: self._on_suggestion(getattr(s, role)))
        runner.failed.connect(lambda text: self.error.setText(text) or self.error.show())
        runner.start()

    def _on_suggestion(self, who: Official | None) -> None:
        if who is None:
            self.chosen.setText(
                self.tr(
                    "The unit structure suggests nobody: choose an "
                    "employee or type the official in."
                )
            )
            return
        self.employee = who
        self.modes.button(EMPLOYEE).setChecked(True)
        self._on_mode()

    # -- checking and saving -----------------------------------------------------------------
    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        if self.mode == TYPED and not values.get("nama"):
            return [FieldError("nama", "field.required")]
        if (
            self.mode == TYPED
            and values.get("nip")
            and not (str(values["nip"]).isdigit() and len(str(values["nip"])) == 18)
        ):
            return [FieldError("nip", "appraisal.nip_shape", {"value": values["nip"]})]
        if self.mode == EMPLOYEE and self.employee is None:
            return [FieldError("official", "field.required")]
        return []

    def chosen_input(self) -> OfficialInput | None:
        if self.mode == NOBODY:
            return None
        if self.mode == EMPLOYEE:
            return OfficialInput(employee_id=self.employee.employee_id) if self.employee else None
        v = self.form.values()
        return OfficialInput(
            nama=v["nama"], nip=v["nip"], pangkat=v["pangkat"], jabatan=v["jabatan"], unit=v["unit"]
        )

    def save_job(self) -> Job:
        header = header_of(self.skp, **{self.role: self.chosen_input()})
        ctx, skp_id = self.ctx, self.skp.id
        return lambda _p: ctx.write(update_skp_header, skp_id, header)

    def _on_failed(self, exc: BaseException | None, text: str) -> None:
        if isinstance(exc, ValidationError):  # "penilai.nama" → the form's "nama"
            prefix = f"{self.role}."
            exc = ValidationError(
                [FieldError(e.field.removeprefix(prefix), e.code, e.params) for e in exc.errors]
            )
        super()._on_failed(exc, text)

    def retranslate(self) -> None:
        texts = (
            (EMPLOYEE, self.tr("An employee of this office")),
            (TYPED, self.tr("Someone outside the database")),
            (NOBODY, self.tr("Nobody")),
        )
        for mode, text in texts:
            self.modes.button(mode).setText(text)
            self.modes.button(mode).setAccessibleName(plain(text))
        for button, text in (
            (self.pick_button, self.tr("Choose &employee…")),
            (self.suggest_button, self.tr("As the &structure suggests")),
        ):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        if self.role == "penilai":
            title = self.tr("Appraising official (pejabat penilai kinerja)")
        else:
            title = self.tr("Appraiser's superior (atasan pejabat penilai)")
        self.set_texts(
            title,
            self.tr("The identity is printed on the SKP and the evaluation as it is saved now."),
            self.tr("&Save"),
        )
        self._show_chosen()

    @classmethod
    def ask(
        cls, ctx: ServiceContext, skp: SkpDetail, role: str, parent: QWidget | None = None
    ) -> SkpDetail | None:
        return cls.run_dialog(lambda: cls(ctx, skp, role, parent))
