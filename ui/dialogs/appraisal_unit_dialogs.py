"""Dialogs about a unit's appraisal: start SKPs for everyone of a unit (optionally from a
template SKP), record the unit's organisation result (capaian kinerja organisasi), and choose
what to print (form and paper).

Tests replace the ``ask`` class methods.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.reports.model import Paper
from app.services.appraisal import (
    OrgResultRow,
    SkpRow,
    StartResult,
    set_org_result,
    start_skps_for_unit,
)
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_jobs import UnitChoice
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

BULK_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "unit_id",
                QT_TRANSLATE_NOOP("Fields", "Unit"),
                FieldKind.CHOICE,
                "unit",
                required=True,
            ),
            FieldSpec(
                "include_subunits",
                QT_TRANSLATE_NOOP("Fields", "Include its sub-units"),
                FieldKind.BOOL,
            ),
            FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT, required=True),
            FieldSpec(
                "template_skp_id",
                QT_TRANSLATE_NOOP("Fields", "Copy the plan of"),
                FieldKind.CHOICE,
                "template",
            ),
        ),
    ),
)
ORG_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec("unit_id", QT_TRANSLATE_NOOP("Fields", "Unit"), FieldKind.CHOICE, "unit"),
            FieldSpec("year", QT_TRANSLATE_NOOP("Fields", "Year"), FieldKind.INT, required=True),
            FieldSpec(
                "result",
                QT_TRANSLATE_NOOP("Fields", "Organisation result"),
                FieldKind.CHOICE,
                "result",
                required=True,
            ),
            FieldSpec("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), FieldKind.LONG_TEXT),
        ),
    ),
)
PRINT_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "form", QT_TRANSLATE_NOOP("Fields", "Form"), FieldKind.CHOICE, "form", required=True
            ),
            FieldSpec(
                "paper",
                QT_TRANSLATE_NOOP("Fields", "Paper"),
                FieldKind.CHOICE,
                "paper",
                required=True,
            ),
        ),
    ),
)


def unit_items(units: Sequence[UnitChoice]) -> list[tuple[str, str, int]]:
    return [(u.id, u.name, u.depth) for u in units]


class BulkStartDialog(AppraisalDialog):
    REQUIRED = ("unit_id", "year")

    def __init__(
        self,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        year: int,
        templates: Sequence[SkpRow],
        parent: QWidget | None = None,
    ) -> None:
        self.units, self.templates = tuple(units), tuple(templates)
        choices = {
            "unit": lambda: unit_items(self.units),
            "template": lambda: [
                (t.id, f"{t.pegawai_nama} ({t.pegawai_unit or '-'})") for t in self.templates
            ],
        }
        super().__init__(
            "bulk_start",
            ctx,
            BULK_GROUPS,
            choices,
            parent,
            {"unit_id": unit_id, "year": year, "include_subunits": True},
        )
        self.start()

    def save_job(self) -> Job:
        v, ctx = self.form.values(), self.ctx
        return lambda _p: ctx.write(
            start_skps_for_unit,
            v["unit_id"],
            int(v["year"] or 0),
            v["template_skp_id"],
            bool(v["include_subunits"]),
        )

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Start SKPs for a unit"),
            self.tr(
                "A draft SKP is made for every employee on duty in the unit who has none "
                "for the year, with the appraiser the unit structure suggests. With a "
                "template, its RHK, indicators and expectations are copied."
            ),
            self.tr("&Start"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        year: int,
        templates: Sequence[SkpRow],
        parent: QWidget | None = None,
    ) -> StartResult | None:
        return cls.run_dialog(lambda: cls(ctx, units, unit_id, year, templates, parent))


class OrgResultDialog(AppraisalDialog):
    REQUIRED = ("year", "result")

    def __init__(
        self,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        year: int,
        current: OrgResultRow | None,
        parent: QWidget | None = None,
    ) -> None:
        self.units = tuple(units)
        own = current is not None and not current.inherited
        values = {
            "unit_id": unit_id,
            "year": year,
            "result": current.result if own and current else None,
            "notes": current.notes if own and current else None,
        }
        super().__init__(
            "org_result",
            ctx,
            ORG_GROUPS,
            {"unit": lambda: unit_items(self.units), "result": lambda: lbl.items(lbl.ORG_RESULT)},
            parent,
            values,
        )
        self.start()

    def save_job(self) -> Job:
        v, ctx = self.form.values(), self.ctx
        return lambda _p: ctx.write(
            set_org_result, int(v["year"] or 0), v["result"] or "", v["unit_id"], v["notes"]
        )

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Organisation result"),
            self.tr(
                "The capaian kinerja organisasi of a unit for a year (empty unit: the "
                "whole office). Sub-units without their own take the nearest one above; "
                "it is printed on the evaluation and checks the spread of predikat."
            ),
            self.tr("&Save"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        units: Sequence[UnitChoice],
        unit_id: str | None,
        year: int,
        current: OrgResultRow | None,
        parent: QWidget | None = None,
    ) -> OrgResultRow | None:
        return cls.run_dialog(lambda: cls(ctx, units, unit_id, year, current, parent))


@dataclass(frozen=True)
class PrintChoice:
    form: str
    paper: Paper


class PrintDialog(AppraisalDialog):
    REQUIRED = ("form", "paper")

    def __init__(
        self,
        ctx: ServiceContext,
        intro: str,
        form: str = "evaluasi",
        forms: Sequence[str] = ("evaluasi", "lembar-evaluasi", "skp"),
        parent: QWidget | None = None,
    ) -> None:
        self.intro_text, self.forms = intro, tuple(forms)
        super().__init__(
            "print_choice",
            ctx,
            PRINT_GROUPS,
            {
                "form": lambda: lbl.items(lbl.FORM, self.forms),
                "paper": lambda: lbl.items(lbl.PAPER),
            },
            parent,
            {"form": form, "paper": "A4"},
        )
        self.start()

    @property
    def dirty(self) -> bool:
        return False  # a choice, nothing to lose

    def save_job(self) -> Job:
        v = self.form.values()
        choice = PrintChoice(v["form"] or "evaluasi", Paper(v["paper"] or "A4"))
        return lambda _p: choice

    def retranslate(self) -> None:
        self.set_texts(self.tr("Print"), self.intro_text, self.tr("&Preview"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        intro: str,
        form: str = "evaluasi",
        forms: Sequence[str] = ("evaluasi", "lembar-evaluasi", "skp"),
        parent: QWidget | None = None,
    ) -> PrintChoice | None:
        return cls.run_dialog(lambda: cls(ctx, intro, form, forms, parent))
