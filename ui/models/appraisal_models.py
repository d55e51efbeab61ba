"""Table models of the Kinerja screen: SKPs of a unit, periods, continuous feedback,
objections, periodic evaluations, BerAKHLAK values, indicators with their realisation, public
feedback, legacy scores, talent placements and the people of a 9-box cell.

Rows are the appraisal services' DTOs; sorting uses raw values (``SortRole``): dates as dates,
names case-folded, statuses in workflow order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.reports.formatting import nip_text
from app.services.appraisal import (
    BehaviourRow,
    FeedbackRow,
    IndicatorRow,
    ObjectionRow,
    PeriodicEvaluationRow,
    PeriodRow,
    SkpRow,
)
from ui.models import appraisal_labels as lbl
from ui.models.employee_labels import fmt_date
from ui.models.row_table_model import Column, RowTableModel

_STATUS_ORDER = {"draft": 0, "agreed": 1, "evaluated": 2, "final": 3}
_PREDIKAT_ORDER = {
    "sangat_baik": 5,
    "baik": 4,
    "butuh_perbaikan": 3,
    "kurang": 2,
    "sangat_kurang": 1,
}
_RATING_ORDER = {"di_atas": 3, "sesuai": 2, "di_bawah": 1}


def _day(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


def _fold(text: str | None) -> str:
    return (text or "").casefold()


class _Finder:
    def find(self, row_id: str) -> int:
        rows = self._rows  # type: ignore[attr-defined]
        return next((i for i, r in enumerate(rows) if getattr(r, "id", None) == row_id), -1)


class SkpTableModel(_Finder, RowTableModel[SkpRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Name"),
            lambda r: r.pegawai_nama or "",
            lambda r: _fold(r.pegawai_nama),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: nip_text(r.pegawai_nip),
            lambda r: r.pegawai_nip or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Unit"),
            lambda r: r.pegawai_unit or "",
            lambda r: _fold(r.pegawai_unit),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Status"),
            lambda r: lbl.label(lbl.STATUS, r.status),
            lambda r: _STATUS_ORDER.get(r.status, 9),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Work results"),
            lambda r: lbl.label(lbl.RATING, r.rating_hasil_kerja),
            lambda r: _RATING_ORDER.get(r.rating_hasil_kerja or "", 0),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Behaviour"),
            lambda r: lbl.label(lbl.RATING, r.rating_perilaku),
            lambda r: _RATING_ORDER.get(r.rating_perilaku or "", 0),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Predikat"),
            lambda r: lbl.label(lbl.PREDIKAT, r.predikat),
            lambda r: _PREDIKAT_ORDER.get(r.predikat or "", 0),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"),
            lambda r: r.penilai_nama or "",
            lambda r: _fold(r.penilai_nama),
        ),
    )


class PeriodTableModel(_Finder, RowTableModel[PeriodRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Period"),
            lambda r: r.name,
            lambda r: (r.kind != "periodic", r.sequence),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "From"),
            lambda r: fmt_date(r.start_date),
            lambda r: _day(r.start_date),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "To"),
            lambda r: fmt_date(r.end_date),
            lambda r: _day(r.end_date),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Status"),
            lambda r: lbl.label(lbl.PERIOD_STATUS, r.status),
        ),
    )


class FeedbackTableModel(_Finder, RowTableModel[FeedbackRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Date"),
            lambda r: fmt_date(r.given_on),
            lambda r: _day(r.given_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "From"),
            lambda r: r.author,
            lambda r: _fold(r.author),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"),
            lambda r: r.text,
            tooltip=lambda r: r.text,
        ),
    )


class ObjectionTableModel(_Finder, RowTableModel[ObjectionRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Submitted"),
            lambda r: fmt_date(r.submitted_on),
            lambda r: _day(r.submitted_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Objection"),
            lambda r: r.text,
            tooltip=lambda r: r.text,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Decision"),
            lambda r: lbl.label(lbl.DECISION, r.decision or "pending"),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Reason"),
            lambda r: r.reason or "",
            tooltip=lambda r: r.reason or "",
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Decided by"), lambda r: r.decided_by or ""),
    )


class PeriodicTableModel(_Finder, RowTableModel[PeriodicEvaluationRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Period"), lambda r: r.period_name),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Work results"),
            lambda r: lbl.label(lbl.RATING, r.rating_hasil_kerja),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Behaviour"),
            lambda r: lbl.label(lbl.RATING, r.rating_perilaku),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Predikat"),
            lambda r: lbl.label(lbl.PREDIKAT, r.predikat),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Date"),
            lambda r: fmt_date(r.evaluated_on),
            lambda r: _day(r.evaluated_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Notes"),
            lambda r: r.notes or "",
            tooltip=lambda r: r.notes or "",
        ),
    )


class BehaviourTableModel(_Finder, RowTableModel[BehaviourRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Core value"), lambda r: r.name),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Leader's specific expectation"),
            lambda r: r.ekspektasi_khusus or "",
            tooltip=lambda r: r.ekspektasi_khusus or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"),
            lambda r: r.feedback or "",
            tooltip=lambda r: r.feedback or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Expected behaviour"),
            lambda r: " · ".join(r.behaviours),
            tooltip=lambda r: "\n".join(f"- {b}" for b in r.behaviours),
        ),
    )


@dataclass(frozen=True)
class IndicatorLine:
    """An indicator with the number and wording of its RHK (the realisation table)."""

    number: int
    rhk_text: str
    indicator: IndicatorRow

    @property
    def id(self) -> str:
        return self.indicator.id


class IndicatorTableModel(_Finder, RowTableModel[IndicatorLine]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "No."), lambda r: str(r.number), lambda r: r.number
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Work plan (RHK)"),
            lambda r: r.rhk_text,
            tooltip=lambda r: r.rhk_text,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Indicator (IKI)"),
            lambda r: r.indicator.iki,
            tooltip=lambda r: r.indicator.iki,
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Target"), lambda r: r.indicator.target or ""),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Realisation"),
            lambda r: r.indicator.realisasi or "",
            tooltip=lambda r: r.indicator.realisasi or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Evidence"),
            lambda r: r.indicator.evidence or "",
            tooltip=lambda r: r.indicator.evidence or "",
        ),
    )
