"""An old appraisal score, as on paper or in SIASN (domain.md §6.6): DP3 (PP 10/1979, until
2013) with its eight element scores, PP 46/2011 (2014–2020) with the capaian SKP and the
behaviour average or elements, PermenPANRB 8/2021 (2021) with the predikat as printed. The
fields of the other rules are hidden; totals and ratings are computed by the service.

Tests replace :meth:`LegacyDialog.ask`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError, ValidationError
from app.services.appraisal import LegacyData, LegacyRow, add_legacy_appraisal
from app.services.employee_query import EmployeeRow
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.models import appraisal_labels as lbl
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

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
PREDIKAT_PRINTED = ("Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang")


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
            n.removeprefix(prefix): value if isinstance(value, int) else float(value)
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
