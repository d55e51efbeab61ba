"""Evaluation dialogs of an SKP: a periodic evaluation (one open period), the logged
correction of a final SKP (with its reason), the employee's objection (keberatan) and the
atasan's decision on it. Each shows the predikat the chosen ratings give as the clerk picks.

Tests replace the ``ask`` class methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from app.errors import FieldError
from app.services.appraisal import (
    ObjectionRow,
    PeriodicEvaluationRow,
    PeriodRow,
    SkpDetail,
    correct_final_skp,
    decide_objection,
    record_periodic_evaluation,
    submit_objection,
)
from app.services.appraisal_common import predikat_code
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.models import appraisal_labels as lbl
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

_RATINGS = (
    FieldSpec(
        "rating_hasil_kerja",
        QT_TRANSLATE_NOOP("Fields", "Work result rating"),
        FieldKind.CHOICE,
        "rating",
        required=True,
    ),
    FieldSpec(
        "rating_perilaku",
        QT_TRANSLATE_NOOP("Fields", "Work behaviour rating"),
        FieldKind.CHOICE,
        "rating",
        required=True,
    ),
)
PERIODIC_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "period_id",
                QT_TRANSLATE_NOOP("Fields", "Period"),
                FieldKind.CHOICE,
                "period",
                required=True,
            ),
            *_RATINGS,
            FieldSpec("evaluated_on", QT_TRANSLATE_NOOP("Fields", "Date"), FieldKind.DATE),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
        ),
    ),
)
CORRECTION_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "rating_hasil_kerja",
                QT_TRANSLATE_NOOP("Fields", "Work result rating"),
                FieldKind.CHOICE,
                "rating",
            ),
            FieldSpec(
                "rating_perilaku",
                QT_TRANSLATE_NOOP("Fields", "Work behaviour rating"),
                FieldKind.CHOICE,
                "rating",
            ),
            FieldSpec(
                "capaian_organisasi",
                QT_TRANSLATE_NOOP("Fields", "Organisation result"),
                FieldKind.CHOICE,
                "org",
            ),
            FieldSpec(
                "catatan",
                QT_TRANSLATE_NOOP("Fields", "Notes / recommendations"),
                FieldKind.LONG_TEXT,
            ),
            FieldSpec(
                "reason",
                QT_TRANSLATE_NOOP("Fields", "Reason for the correction"),
                FieldKind.LONG_TEXT,
                required=True,
            ),
        ),
    ),
)
OBJECTION_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "submitted_on",
                QT_TRANSLATE_NOOP("Fields", "Submitted on"),
                FieldKind.DATE,
                required=True,
            ),
            FieldSpec(
                "text", QT_TRANSLATE_NOOP("Fields", "Objection"), FieldKind.LONG_TEXT, required=True
            ),
        ),
    ),
)
DECISION_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "decision",
                QT_TRANSLATE_NOOP("Fields", "Decision"),
                FieldKind.CHOICE,
                "decision",
                required=True,
            ),
            FieldSpec(
                "reason", QT_TRANSLATE_NOOP("Fields", "Reason"), FieldKind.LONG_TEXT, required=True
            ),
            FieldSpec(
                "rating_hasil_kerja",
                QT_TRANSLATE_NOOP("Fields", "New work result rating"),
                FieldKind.CHOICE,
                "rating",
            ),
            FieldSpec(
                "rating_perilaku",
                QT_TRANSLATE_NOOP("Fields", "New work behaviour rating"),
                FieldKind.CHOICE,
                "rating",
            ),
            FieldSpec(
                "decided_by",
                QT_TRANSLATE_NOOP("Fields", "Decided by"),
                max_length=200,
                required=True,
            ),
        ),
    ),
)


def _ratings() -> list[tuple[str, str]]:
    return lbl.items(lbl.RATING)


class _PredikatDialog(AppraisalDialog):
    """Shows the predikat of the chosen ratings under the form, live."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.predikat = QLabel(self)
        self.predikat.setObjectName(f"{self.objectName()}.predikat")
        self.predikat.setStyleSheet("font-weight: 600;")
        self.layout().insertWidget(2, self.predikat)
        self.form.edited.connect(lambda _n: self.show_predikat())

    def ratings(self) -> tuple[str | None, str | None]:
        v = self.form.values()
        return v["rating_hasil_kerja"], v["rating_perilaku"]

    def show_predikat(self) -> None:
        hasil, perilaku = self.ratings()
        if hasil and perilaku:
            text = lbl.label(lbl.PREDIKAT, predikat_code(hasil, perilaku))
            self.predikat.setText(self.tr("Predikat: %1").replace("%1", text))
        else:
            self.predikat.setText("")

    def start(self) -> None:
        super().start()
        self.show_predikat()


class PeriodicDialog(_PredikatDialog):
    REQUIRED = ("period_id", "rating_hasil_kerja", "rating_perilaku")

    def __init__(
        self,
        ctx: ServiceContext,
        skp: SkpDetail,
        periods: Sequence[PeriodRow],
        parent: QWidget | None = None,
    ) -> None:
        self.skp = skp
        self.periods = [p for p in periods if p.kind == "periodic" and p.status == "open"]
        choices = {"period": lambda: [(p.id, p.name) for p in self.periods], "rating": _ratings}
        first = self.periods[0].id if self.periods else None
        super().__init__(
            "periodic",
            ctx,
            PERIODIC_GROUPS,
            choices,
            parent,
            {"period_id": first, "evaluated_on": date.today()},
        )
        self.start()

    def save_job(self) -> Job:
        v, ctx, skp_id = self.form.values(), self.ctx, self.skp.id
        return lambda _p: ctx.write(
            record_periodic_evaluation,
            skp_id,
            v["period_id"],
            v["rating_hasil_kerja"],
            v["rating_perilaku"],
            evaluated_on=v["evaluated_on"],
            notes=v["notes"],
        )

    def retranslate(self) -> None:
        intro = self.tr(
            "Only open periods of %1 are listed; a second evaluation of the same "
            "period replaces the first."
        ).replace("%1", str(self.skp.year))
        self.set_texts(self.tr("Periodic evaluation"), intro, self.tr("&Save"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        skp: SkpDetail,
        periods: Sequence[PeriodRow],
        parent: QWidget | None = None,
    ) -> PeriodicEvaluationRow | None:
        return cls.run_dialog(lambda: cls(ctx, skp, periods, parent))


class CorrectionDialog(_PredikatDialog):
    REQUIRED = ("reason",)

    def __init__(self, ctx: ServiceContext, skp: SkpDetail, parent: QWidget | None = None) -> None:
        self.skp = skp
        values = {
            "rating_hasil_kerja": skp.rating_hasil_kerja,
            "rating_perilaku": skp.rating_perilaku,
            "capaian_organisasi": skp.capaian_organisasi,
            "catatan": skp.catatan,
        }
        super().__init__(
            "correction",
            ctx,
            CORRECTION_GROUPS,
            {"rating": _ratings, "org": lambda: lbl.items(lbl.ORG_RESULT)},
            parent,
            values,
        )
        self.start()

    def changes(self) -> dict[str, Any]:
        """Only what differs from the SKP (the service refuses a correction of nothing)."""
        v, skp = self.form.values(), self.skp
        out: dict[str, Any] = {}
        for name in ("rating_hasil_kerja", "rating_perilaku", "capaian_organisasi", "catatan"):
            if v[name] != getattr(skp, name):
                out[name] = v[name]
        return out

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        if not values.get("rating_hasil_kerja") or not values.get("rating_perilaku"):
            return [FieldError("rating_hasil_kerja", "field.required")]
        return []

    def save_job(self) -> Job:
        changes, reason = self.changes(), self.form.values()["reason"] or ""
        ctx, skp_id = self.ctx, self.skp.id
        return lambda _p: ctx.write(correct_final_skp, skp_id, reason, **changes)

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Correct a final SKP"),
            self.tr(
                "A final SKP changes only through a correction: the reason and "
                "the fields changed go into the audit log."
            ),
            self.tr("&Correct"),
        )

    @classmethod
    def ask(
        cls, ctx: ServiceContext, skp: SkpDetail, parent: QWidget | None = None
    ) -> SkpDetail | None:
        return cls.run_dialog(lambda: cls(ctx, skp, parent))


class ObjectionDialog(AppraisalDialog):
    REQUIRED = ("submitted_on", "text")

    def __init__(self, ctx: ServiceContext, skp: SkpDetail, parent: QWidget | None = None) -> None:
        self.skp = skp
        super().__init__(
            "objection", ctx, OBJECTION_GROUPS, None, parent, {"submitted_on": date.today()}
        )
        self.start()

    def save_job(self) -> Job:
        v, ctx, skp_id = self.form.values(), self.ctx, self.skp.id
        return lambda _p: ctx.write(submit_objection, skp_id, v["text"] or "", v["submitted_on"])

    def retranslate(self) -> None:
        name = self.skp.pegawai.nama if self.skp.pegawai else ""
        self.set_texts(
            self.tr("Objection (keberatan)"),
            self.tr("%1 objects to the evaluation; the appraiser's superior decides.").replace(
                "%1", name or ""
            ),
            self.tr("&Submit"),
        )

    @classmethod
    def ask(
        cls, ctx: ServiceContext, skp: SkpDetail, parent: QWidget | None = None
    ) -> ObjectionRow | None:
        return cls.run_dialog(lambda: cls(ctx, skp, parent))


class DecisionDialog(_PredikatDialog):
    REQUIRED = ("decision", "reason", "decided_by")

    def __init__(
        self,
        ctx: ServiceContext,
        skp: SkpDetail,
        objection: ObjectionRow,
        parent: QWidget | None = None,
    ) -> None:
        self.skp, self.objection = skp, objection
        atasan = skp.atasan.nama if skp.atasan else None
        super().__init__(
            "decision",
            ctx,
            DECISION_GROUPS,
            {
                "decision": lambda: lbl.items(lbl.DECISION, ("accepted", "rejected")),
                "rating": _ratings,
            },
            parent,
            {"decided_by": atasan, "rating_hasil_kerja": None, "rating_perilaku": None},
        )
        self.start()

    def ratings(self) -> tuple[str | None, str | None]:
        hasil, perilaku = super().ratings()
        return hasil or self.skp.rating_hasil_kerja, perilaku or self.skp.rating_perilaku

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        changed = values.get("rating_hasil_kerja") or values.get("rating_perilaku")
        if values.get("decision") == "rejected" and changed:
            return [FieldError("decision", "appraisal.objection_rejected_ratings")]
        return []

    def save_job(self) -> Job:
        v, ctx, objection_id = self.form.values(), self.ctx, self.objection.id
        return lambda _p: ctx.write(
            decide_objection,
            objection_id,
            v["decision"] or "",
            v["reason"] or "",
            rating_hasil_kerja=v["rating_hasil_kerja"],
            rating_perilaku=v["rating_perilaku"],
            decided_by=v["decided_by"],
        )

    def retranslate(self) -> None:
        intro = self.tr(
            "Objection: %1\nAn accepted objection may change the ratings (leave "
            "them empty to keep them); on a final SKP the change is logged as a "
            "correction."
        ).replace("%1", self.objection.text)
        self.set_texts(self.tr("Decide the objection"), intro, self.tr("&Decide"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        skp: SkpDetail,
        objection: ObjectionRow,
        parent: QWidget | None = None,
    ) -> ObjectionRow | None:
        return cls.run_dialog(lambda: cls(ctx, skp, objection, parent))
