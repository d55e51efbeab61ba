"""The column kinds the Kinerja screen's tables share (dates, names, years, scores, workflow
statuses, ratings, long texts) and :class:`AppraisalTableModel`, the base of those tables.

Headers are passed in already marked with ``QT_TRANSLATE_NOOP("AppraisalTables", …)`` so that
the translation tools see them where the table lists them. Sorting uses raw values: dates as
dates, names case-folded, statuses and ratings in workflow order, missing values first.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.models import appraisal_labels as lbl
from ui.models.employee_labels import fmt_date
from ui.models.row_table_model import Column, RowTableModel

R = TypeVar("R")

STATUS_ORDER = {"draft": 0, "agreed": 1, "evaluated": 2, "final": 3}
PREDIKAT_ORDER = {
    "sangat_baik": 5,
    "baik": 4,
    "butuh_perbaikan": 3,
    "kurang": 2,
    "sangat_kurang": 1,
}
RATING_ORDER = {"di_atas": 3, "sesuai": 2, "di_bawah": 1}


def day_number(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


def folded(text: str | None) -> str:
    return (text or "").casefold()


def score_text(value: float | None) -> str:
    """2.50 → "2,5" (Indonesian decimal comma, no trailing zeros); None → ""."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


class AppraisalTableModel(RowTableModel[R]):
    """A Kinerja table: headers in the ``AppraisalTables`` context, rows found by ``id``."""

    CONTEXT = "AppraisalTables"

    def find(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)


def date_column(header: str, get: Callable[[Any], date | None]) -> Column[Any]:
    return Column(header, lambda r: fmt_date(get(r)), lambda r: day_number(get(r)))


def name_column(header: str, get: Callable[[Any], str | None]) -> Column[Any]:
    """A person's or unit's name, sorted without regard to case."""
    return Column(header, lambda r: get(r) or "", lambda r: folded(get(r)))


def number_column(header: str, get: Callable[[Any], int]) -> Column[Any]:
    """A year or a sequence number, sorted as a number."""
    return Column(header, lambda r: str(get(r)), get)


def score_column(header: str, get: Callable[[Any], float | None]) -> Column[Any]:
    return Column(header, lambda r: score_text(get(r)), lambda r: get(r) or 0.0,
                  align_right=True)


def long_text_column(header: str, get: Callable[[Any], str | None]) -> Column[Any]:
    """Text that may be cut off in the cell: the whole of it in the tooltip."""
    return Column(header, lambda r: get(r) or "", tooltip=lambda r: get(r) or "")


def status_column(header: str) -> Column[Any]:
    """The SKP's workflow status (``r.status``), in workflow order."""
    return Column(header, lambda r: lbl.label(lbl.STATUS, r.status),
                  lambda r: STATUS_ORDER.get(r.status, 9))


def predikat_column(header: str) -> Column[Any]:
    """The predikat (``r.predikat``), best last when sorted ascending."""
    return Column(header, lambda r: lbl.label(lbl.PREDIKAT, r.predikat),
                  lambda r: PREDIKAT_ORDER.get(r.predikat or "", 0))


def rating_column(header: str, get: Callable[[Any], str | None]) -> Column[Any]:
    """A rating (di atas / sesuai / di bawah ekspektasi), in that order."""
    return Column(header, lambda r: lbl.label(lbl.RATING, get(r)),
                  lambda r: RATING_ORDER.get(get(r) or "", 0))


def result_columns() -> tuple[Column[Any], ...]:
    """The outcome of an appraisal (``rating_hasil_kerja``, ``rating_perilaku``, ``predikat``):
    the SKP list and the periodic evaluations show the same three columns."""
    return (
        rating_column(QT_TRANSLATE_NOOP("AppraisalTables", "Work results"),
                      lambda r: r.rating_hasil_kerja),
        rating_column(QT_TRANSLATE_NOOP("AppraisalTables", "Behaviour"),
                      lambda r: r.rating_perilaku),
        predikat_column(QT_TRANSLATE_NOOP("AppraisalTables", "Predikat")),
    )
