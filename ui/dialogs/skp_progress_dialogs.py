"""During the year (an agreed SKP): the realisation of an indicator with its bukti dukung, an
entry of continuous feedback (on the whole SKP or one RHK), and one text (the leader's
specific expectation of a BerAKHLAK value, the feedback on a value, the employee's response).

Tests replace the ``ask`` class methods.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from app.errors import FieldError
from app.services.appraisal import (
    FeedbackRow,
    IndicatorRow,
    RhkRow,
    add_feedback,
    record_realisation,
)
from ui.dialogs.appraisal_dialog import AppraisalDialog
from ui.widgets.field_form import FieldGroup, FieldKind, FieldSpec
from ui.workers import Job

if TYPE_CHECKING:
    from app.services.context import ServiceContext

REALISATION_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec("realisasi", QT_TRANSLATE_NOOP("Fields", "Realisation"), FieldKind.LONG_TEXT),
            FieldSpec(
                "evidence",
                QT_TRANSLATE_NOOP("Fields", "Evidence (bukti dukung)"),
                FieldKind.LONG_TEXT,
            ),
        ),
    ),
)
FEEDBACK_GROUPS = (
    FieldGroup(
        "",
        (
            FieldSpec(
                "given_on", QT_TRANSLATE_NOOP("Fields", "Date"), FieldKind.DATE, required=True
            ),
            FieldSpec(
                "author", QT_TRANSLATE_NOOP("Fields", "Given by"), max_length=200, required=True
            ),
            FieldSpec("rhk_id", QT_TRANSLATE_NOOP("Fields", "About"), FieldKind.CHOICE, "rhk"),
            FieldSpec(
                "text", QT_TRANSLATE_NOOP("Fields", "Feedback"), FieldKind.LONG_TEXT, required=True
            ),
        ),
    ),
)


class RealisationDialog(AppraisalDialog):
    def __init__(
        self, ctx: ServiceContext, rhk_text: str, row: IndicatorRow, parent: QWidget | None = None
    ) -> None:
        self.rhk_text, self.row = rhk_text, row
        super().__init__("realisation", ctx, REALISATION_GROUPS, None, parent, row)
        self.start()

    def save_job(self) -> Job:
        v, ctx, row = self.form.values(), self.ctx, self.row
        return lambda _p: ctx.write(record_realisation, row.id, v["realisasi"], v["evidence"])

    def retranslate(self) -> None:
        target = self.row.target or "-"
        intro = (
            self.tr("RHK: %1\nIndicator: %2\nTarget: %3")
            .replace("%1", self.rhk_text)
            .replace("%2", self.row.iki)
            .replace("%3", target)
        )
        self.set_texts(self.tr("Realisation"), intro, self.tr("&Save"))

    @classmethod
    def ask(
        cls, ctx: ServiceContext, rhk_text: str, row: IndicatorRow, parent: QWidget | None = None
    ) -> IndicatorRow | None:
        return cls.run_dialog(lambda: cls(ctx, rhk_text, row, parent))


class FeedbackDialog(AppraisalDialog):
    REQUIRED = ("given_on", "author", "text")

    def __init__(
        self,
        ctx: ServiceContext,
        skp_id: str,
        rhks: Sequence[RhkRow],
        author: str,
        parent: QWidget | None = None,
    ) -> None:
        self.skp_id = skp_id
        self.rhks = tuple(rhks)
        super().__init__(
            "feedback",
            ctx,
            FEEDBACK_GROUPS,
            {"rhk": lambda: [(r.id, f"{n}. {r.text}") for n, r in enumerate(self.rhks, 1)]},
            parent,
            {"given_on": date.today(), "author": author},
        )
        self.start()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        when = values.get("given_on")
        if when is not None and when > date.today():
            return [FieldError("given_on", "appraisal.date_future")]
        return []

    def save_job(self) -> Job:
        v, ctx, skp_id = self.form.values(), self.ctx, self.skp_id
        return lambda _p: ctx.write(
            add_feedback,
            skp_id,
            v["text"] or "",
            given_on=v["given_on"],
            author=v["author"],
            rhk_id=v["rhk_id"],
        )

    def retranslate(self) -> None:
        self.set_texts(
            self.tr("Continuous feedback"),
            self.tr(
                "Feedback given during the year, based on evidence. Leave "
                '"About" empty for feedback on the whole SKP.'
            ),
            self.tr("&Save"),
        )

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        skp_id: str,
        rhks: Sequence[RhkRow],
        author: str,
        parent: QWidget | None = None,
    ) -> FeedbackRow | None:
        return cls.run_dialog(lambda: cls(ctx, skp_id, rhks, author, parent))


class TextDialog(AppraisalDialog):
    """One text saved by ``save(text)`` (a job run in the background); the field is named
    after the service's (so its errors land under it)."""

    def __init__(
        self,
        ctx: ServiceContext,
        field: str,
        label: str,
        title: str,
        intro: str,
        text: str | None,
        save: Callable[[str | None], Any],
        parent: QWidget | None = None,
    ) -> None:
        self.title, self.intro_text, self.save = title, intro, save
        groups = (FieldGroup("", (FieldSpec(field, label, FieldKind.LONG_TEXT),)),)
        self.field = field
        super().__init__("text_entry", ctx, groups, None, parent, {field: text})
        self.form.widget(field).setFixedHeight(110)
        self.start()

    def save_job(self) -> Job:
        value, save = self.form.values()[self.field], self.save
        return lambda _p: save(value) or True

    def retranslate(self) -> None:
        self.set_texts(self.title, self.intro_text, self.tr("&Save"))

    @classmethod
    def ask(
        cls,
        ctx: ServiceContext,
        field: str,
        label: str,
        title: str,
        intro: str,
        text: str | None,
        save: Callable[[str | None], Any],
        parent: QWidget | None = None,
    ) -> bool:
        """True when saved."""
        return bool(
            cls.run_dialog(lambda: cls(ctx, field, label, title, intro, text, save, parent))
        )
