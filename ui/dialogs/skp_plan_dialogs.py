"""The plan of an SKP: an RHK (rencana hasil kerja) and an indicator (IKI with its aspect and
target). An RHK utama cascades from an RHK of the pejabat penilai — picked from the leader's
own SKP when the penilai is one of ours and has one, or typed in — and may name who assigned
it; an RHK tambahan cascades from nothing. Perspektif is for JPT only.

Tests replace :meth:`RhkDialog.ask` and :meth:`IndicatorDialog.ask`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.appraisal import (
    IndicatorData,
    IndicatorRow,
    RhkData,
    RhkOption,
    RhkRow,
    add_indicator,
    add_rhk,
    update_indicator,
    update_rhk,
)
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.models import appraisal_labels as lbl
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

RHK_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "kind",
                QT_TRANSLATE_NOOP("Fields", "RHK kind"),
                FieldKind.CHOICE,
                "kind",
                required=True,
            ),
            FieldSpec(
                "parent_rhk_id",
                QT_TRANSLATE_NOOP("Fields", "Leader's RHK (from the list)"),
                FieldKind.CHOICE,
                "leader",
            ),
            FieldSpec(
                "parent_rhk_text",
                QT_TRANSLATE_NOOP("Fields", "Leader's RHK (typed in)"),
                FieldKind.LONG_TEXT,
            ),
            FieldSpec(
                "text",
                QT_TRANSLATE_NOOP("Fields", "Work plan (RHK)"),
                FieldKind.LONG_TEXT,
                required=True,
            ),
            FieldSpec(
                "penugasan_dari",
                QT_TRANSLATE_NOOP("Fields", "Assigned by"),
                max_length=250,
                hint=QT_TRANSLATE_NOOP("Fields", "e.g. Kepala Bidang Pembinaan SMP"),
            ),
            FieldSpec(
                "perspektif",
                QT_TRANSLATE_NOOP("Fields", "Perspective (JPT)"),
                max_length=120,
                hint=QT_TRANSLATE_NOOP("Fields", "e.g. Penerima Layanan"),
            ),
        ),
    ),
)
INDICATOR_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "aspek",
                QT_TRANSLATE_NOOP("Fields", "Aspect"),
                FieldKind.CHOICE,
                "aspek",
                required=True,
            ),
            FieldSpec(
                "iki",
                QT_TRANSLATE_NOOP("Fields", "Individual performance indicator (IKI)"),
                FieldKind.LONG_TEXT,
                required=True,
            ),
            FieldSpec(
                "target",
                QT_TRANSLATE_NOOP("Fields", "Target"),
                max_length=1000,
                hint=QT_TRANSLATE_NOOP("Fields", "e.g. 120 berkas, 95%, Desember"),
            ),
        ),
    ),
)


class RhkDialog(AppraisalDialog):
    REQUIRED = ("kind", "text")

    def __init__(
        self,
        ctx: ServiceContext,
        skp_id: str,
        options: Sequence[RhkOption],
        row: RhkRow | None = None,
        kind: str = "utama",
        parent: QWidget | None = None,
    ) -> None:
        self.skp_id, self.row = skp_id, row
        self.options = tuple(options)
        choices = {
            "kind": lambda: lbl.items(lbl.RHK_KIND),
            "leader": lambda: [(o.id, o.text) for o in self.options],
        }
        values: Any = row if row is not None else {"kind": kind}
        if row is not None and row.parent_rhk_id:
            values = {
                **{
                    n: getattr(row, n)
                    for n in ("kind", "text", "penugasan_dari", "perspektif", "parent_rhk_id")
                },
                "parent_rhk_text": None,
            }
        super().__init__("rhk", ctx, RHK_GROUPS, choices, parent, values)
        self.form.widget("parent_rhk_id").setMinimumWidth(380)
        self.start()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        """An RHK tambahan cascades from nothing: said under the leader's RHK given."""
        if values.get("kind") != "tambahan":
            return []
        field = "parent_rhk_id" if values.get("parent_rhk_id") else "parent_rhk_text"
        if values.get(field):
            return [FieldError(field, "appraisal.rhk_tambahan_parent")]
        return []

    def data(self) -> RhkData:
        v = self.form.values()
        return RhkData(
            text=v["text"] or "",
            kind=v["kind"] or "utama",
            parent_rhk_id=v["parent_rhk_id"],
            parent_rhk_text=None if v["parent_rhk_id"] else v["parent_rhk_text"],
            penugasan_dari=v["penugasan_dari"],
            perspektif=v["perspektif"],
        )

    def save_job(self) -> Job:
        data, ctx, row, skp_id = self.data(), self.ctx, self.row, self.skp_id
        if row is None:
            return lambda _p: ctx.write(add_rhk, skp_id, data)
        return lambda _p: ctx.write(update_rhk, row.id, data)

    def retranslate(self) -> None:
        title = (
            self.tr("New work plan item (RHK)")
            if self.row is None
            else self.tr("Change work plan item (RHK)")
        )
        if self.options:
            intro = self.tr(
                "An RHK utama supports one of the appraiser's own RHK: pick it "
                "from the list (from the appraiser's SKP of the same year)."
            )
        else:
            intro = self.tr(
                "The appraiser has no SKP with RHK in this database for the year: "
                "type the leader's RHK this item supports, if any."
            )
        self.set_texts(title, intro, self.tr("&Save"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        skp_id: str,
        options: Sequence[RhkOption],
        row: RhkRow | None = None,
        kind: str = "utama",
        parent: QWidget | None = None,
    ) -> RhkRow | None:
        """The saved RHK, or ``None`` when the clerk cancelled."""
        return cls.run_dialog(lambda: cls(ctx, skp_id, options, row, kind, parent))


class IndicatorDialog(AppraisalDialog):
    REQUIRED = ("aspek", "iki")

    def __init__(
        self,
        ctx: ServiceContext,
        rhk: RhkRow,
        row: IndicatorRow | None = None,
        quantitative: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        self.rhk, self.row, self.quantitative = rhk, row, quantitative
        values: Any = row if row is not None else {"aspek": "kuantitas"}
        super().__init__(
            "indicator",
            ctx,
            INDICATOR_GROUPS,
            {"aspek": lambda: lbl.items(lbl.ASPEK)},
            parent,
            values,
        )
        self.start()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        if self.quantitative and not values.get("target"):
            return [FieldError("target", "field.required")]
        return []

    def data(self) -> IndicatorData:
        v = self.form.values()
        return IndicatorData(
            iki=v["iki"] or "", aspek=v["aspek"] or "kuantitas", target=v["target"]
        )

    def save_job(self) -> Job:
        data, ctx, row, rhk_id = self.data(), self.ctx, self.row, self.rhk.id
        if row is None:
            return lambda _p: ctx.write(add_indicator, rhk_id, data)
        return lambda _p: ctx.write(update_indicator, row.id, data)

    def retranslate(self) -> None:
        title = self.tr("New indicator") if self.row is None else self.tr("Change indicator")
        intro = self.tr("Indicator of: %1").replace("%1", self.rhk.text)
        if self.quantitative:
            intro += "\n" + self.tr("Quantitative approach: every indicator needs a target.")
        self.set_texts(title, intro, self.tr("&Save"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        rhk: RhkRow,
        row: IndicatorRow | None = None,
        quantitative: bool = True,
        parent: QWidget | None = None,
    ) -> IndicatorRow | None:
        return cls.run_dialog(lambda: cls(ctx, rhk, row, quantitative, parent))
