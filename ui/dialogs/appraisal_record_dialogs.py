"""Records around the appraisal: public feedback (umpan balik masyarakat) about a unit or an
employee, an old appraisal score (DP3, PP 46/2011, PermenPANRB 8/2021) and a talent placement
(potential level; the kinerja level comes from the evaluated SKP unless given).

Tests replace the ``ask`` class methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import FieldError, ValidationError
from app.services.appraisal import (
    LegacyData,
    LegacyRow,
    PublicFeedbackRow,
    TalentRow,
    add_legacy_appraisal,
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
LEGACY_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "regime",
                QT_TRANSLATE_NOOP("Fields", "Rules"),
                FieldKind.CHOICE,
                "regime",
                required=True,
            ),
            FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT, required=True),
        ),
    ),
    FieldGroup(
        QT_TRANSLATE_NOOP("Fields", "DP3 element scores (0–100)"),
        (
            FieldSpec(
                "dp3_kesetiaan", QT_TRANSLATE_NOOP("Fields", "Loyalty (kesetiaan)"), FieldKind.INT
            ),
            FieldSpec(
                "dp3_prestasi_kerja",
                QT_TRANSLATE_NOOP("Fields", "Work achievement (prestasi kerja)"),
                FieldKind.INT,
            ),
            FieldSpec(
                "dp3_tanggung_jawab",
                QT_TRANSLATE_NOOP("Fields", "Responsibility (tanggung jawab)"),
                FieldKind.INT,
            ),
            FieldSpec(
                "dp3_ketaatan", QT_TRANSLATE_NOOP("Fields", "Obedience (ketaatan)"), FieldKind.INT
            ),
            FieldSpec(
                "dp3_kejujuran", QT_TRANSLATE_NOOP("Fields", "Honesty (kejujuran)"), FieldKind.INT
            ),
            FieldSpec(
                "dp3_kerjasama",
                QT_TRANSLATE_NOOP("Fields", "Cooperation (kerjasama)"),
                FieldKind.INT,
            ),
            FieldSpec(
                "dp3_prakarsa", QT_TRANSLATE_NOOP("Fields", "Initiative (prakarsa)"), FieldKind.INT
            ),
            FieldSpec(
                "dp3_kepemimpinan",
                QT_TRANSLATE_NOOP("Fields", "Leadership (kepemimpinan)"),
                FieldKind.INT,
                hint=QT_TRANSLATE_NOOP("Fields", "only for those who lead"),
            ),
        ),
    ),
    FieldGroup(
        QT_TRANSLATE_NOOP("Fields", "Scores"),
        (
            FieldSpec("skp_score", QT_TRANSLATE_NOOP("Fields", "SKP score"), FieldKind.DECIMAL),
            FieldSpec(
                "perilaku_score",
                QT_TRANSLATE_NOOP("Fields", "Behaviour score (average)"),
                FieldKind.DECIMAL,
            ),
            FieldSpec(
                "sebutan",
                QT_TRANSLATE_NOOP("Fields", "Predikat as printed"),
                FieldKind.CHOICE,
                "sebutan",
            ),
        ),
    ),
    FieldGroup(
        QT_TRANSLATE_NOOP("Fields", "Behaviour element scores (PP 46/2011, optional)"),
        (
            FieldSpec(
                "pp46_orientasi_pelayanan",
                QT_TRANSLATE_NOOP("Fields", "Service orientation"),
                FieldKind.DECIMAL,
            ),
            FieldSpec(
                "pp46_integritas", QT_TRANSLATE_NOOP("Fields", "Integrity"), FieldKind.DECIMAL
            ),
            FieldSpec(
                "pp46_komitmen", QT_TRANSLATE_NOOP("Fields", "Commitment"), FieldKind.DECIMAL
            ),
            FieldSpec(
                "pp46_disiplin", QT_TRANSLATE_NOOP("Fields", "Discipline"), FieldKind.DECIMAL
            ),
            FieldSpec(
                "pp46_kerja_sama", QT_TRANSLATE_NOOP("Fields", "Teamwork"), FieldKind.DECIMAL
            ),
            FieldSpec(
                "pp46_kepemimpinan",
                QT_TRANSLATE_NOOP("Fields", "Leadership (kepemimpinan)"),
                FieldKind.DECIMAL,
                hint=QT_TRANSLATE_NOOP("Fields", "only for structural officials"),
            ),
        ),
    ),
    FieldGroup(
        QT_TRANSLATE_NOOP("Fields", "Appraisers"),
        (
            FieldSpec("penilai_nama", QT_TRANSLATE_NOOP("Fields", "Appraiser"), max_length=200),
            FieldSpec("penilai_nip", QT_TRANSLATE_NOOP("Fields", "Appraiser's NIP"), max_length=18),
            FieldSpec(
                "atasan_nama", QT_TRANSLATE_NOOP("Fields", "Appraiser's superior"), max_length=200
            ),
            FieldSpec("atasan_nip", QT_TRANSLATE_NOOP("Fields", "Superior's NIP"), max_length=18),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
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
PREDIKAT_PRINTED = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")


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


class LegacyDialog(AppraisalDialog):
    REQUIRED = ("regime", "year")

    def __init__(
        self, ctx: ServiceContext, employee: EmployeeRow, parent: QWidget | None = None
    ) -> None:
        self.employee = employee
        choices = {
            "regime": lambda: lbl.items(lbl.REGIME),
            "sebutan": lambda: [(p, p) for p in PREDIKAT_PRINTED],
        }
        super().__init__(
            "legacy", ctx, LEGACY_GROUPS, choices, parent, {"regime": "PP46_2011", "year": 2020}
        )
        self.form.edited.connect(lambda name: name == "regime" and self._show_groups())
        self._show_groups()
        self.start()

    def _box(self, field: str) -> QWidget:
        return self.form.widget(field).parentWidget()

    def _show_groups(self) -> None:
        regime = self.form.values()["regime"]
        self._box("dp3_kesetiaan").setVisible(regime == "DP3_1979")
        self._box("skp_score").setVisible(regime in ("PP46_2011", "PM8_2021"))
        self._box("pp46_integritas").setVisible(regime == "PP46_2011")
        for name in ("sebutan",):
            self.form.widget(name).setEnabled(regime == "PM8_2021")

    def data(self) -> LegacyData:
        v = self.form.values()
        regime = v["regime"] or ""
        prefix = {"DP3_1979": "dp3_", "PP46_2011": "pp46_"}.get(regime)
        scores = {
            n.removeprefix(prefix): float(value)
            for n, value in v.items()
            if prefix and n.startswith(prefix) and value is not None
        }
        number = lambda name: float(v[name]) if v[name] is not None else None  # noqa: E731
        scored = regime in ("PP46_2011", "PM8_2021")
        return LegacyData(
            regime=regime,
            year=int(v["year"] or 0),
            scores=scores,
            skp_score=number("skp_score") if scored else None,
            perilaku_score=number("perilaku_score") if scored else None,
            sebutan=v["sebutan"] if regime == "PM8_2021" else None,
            penilai_nama=v["penilai_nama"],
            penilai_nip=v["penilai_nip"],
            atasan_nama=v["atasan_nama"],
            atasan_nip=v["atasan_nip"],
            notes=v["notes"],
        )

    def save_job(self) -> Job:
        data, ctx, employee_id = self.data(), self.ctx, self.employee.id
        return lambda _p: ctx.write(add_legacy_appraisal, employee_id, data)

    def _on_failed(self, exc: BaseException | None, text: str) -> None:
        if isinstance(exc, ValidationError):  # "scores.kesetiaan" → this regime's field
            regime = self.form.values()["regime"]
            prefix = {"DP3_1979": "dp3_", "PP46_2011": "pp46_"}.get(regime or "", "")
            exc = ValidationError(
                [
                    FieldError(
                        prefix + e.field.removeprefix("scores.")
                        if e.field.startswith("scores.")
                        else e.field,
                        e.code,
                        e.params,
                    )
                    for e in exc.errors
                ]
            )
        super()._on_failed(exc, text)

    def retranslate(self) -> None:
        intro = (
            self.tr(
                "Old appraisal of %1 (%2), as on paper or in SIASN: DP3 until 2013, "
                "PP 46/2011 for 2014–2020, PermenPANRB 8/2021 for 2021. Totals and "
                "ratings are computed."
            )
            .replace("%1", self.employee.nama_lengkap)
            .replace("%2", self.employee.nip_display or "-")
        )
        self.set_texts(self.tr("Old appraisal score"), intro, self.tr("&Save"))

    @classmethod
    def ask(
        cls, ctx: ServiceContext, employee: EmployeeRow, parent: QWidget | None = None
    ) -> LegacyRow | None:
        return cls.run_dialog(lambda: cls(ctx, employee, parent))


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
