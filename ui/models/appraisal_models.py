"""Table models of the Kinerja screen: SKPs of a unit, periods, continuous feedback,
objections, periodic evaluations, BerAKHLAK values, indicators with their realisation, public
feedback, legacy scores, talent placements and the people of a 9-box cell.

Rows are the appraisal services' DTOs; sorting uses raw values (``SortRole``): dates as dates,
names case-folded, statuses in workflow order.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from ui.models.appraisal_columns import (
    AppraisalTableModel,
    date_column,
    long_text_column,
    name_column,
    number_column,
    result_columns,
    status_column,
)
from ui.models.row_table_model import Column


class SkpTableModel(AppraisalTableModel[SkpRow]):
    COLUMNS = (
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "Name"), lambda r: r.pegawai_nama),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: nip_text(r.pegawai_nip),
            lambda r: r.pegawai_nip or "",
        ),
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "Unit"), lambda r: r.pegawai_unit),
        status_column(QT_TRANSLATE_NOOP("AppraisalTables", "Status")),
        *result_columns(),
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"), lambda r: r.penilai_nama),
    )


class PeriodTableModel(AppraisalTableModel[PeriodRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Period"),
            lambda r: r.name,
            lambda r: (r.kind != "periodic", r.sequence),
        ),
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "From"), lambda r: r.start_date),
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "To"), lambda r: r.end_date),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Status"),
            lambda r: lbl.label(lbl.PERIOD_STATUS, r.status),
        ),
    )


class FeedbackTableModel(AppraisalTableModel[FeedbackRow]):
    COLUMNS = (
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Date"), lambda r: r.given_on),
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "From"), lambda r: r.author),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"), lambda r: r.text),
    )


class ObjectionTableModel(AppraisalTableModel[ObjectionRow]):
    COLUMNS = (
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Submitted"), lambda r: r.submitted_on),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Objection"), lambda r: r.text),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Decision"),
            lambda r: lbl.label(lbl.DECISION, r.decision or "pending"),
        ),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Reason"), lambda r: r.reason),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Decided by"), lambda r: r.decided_by or ""),
    )


class PeriodicTableModel(AppraisalTableModel[PeriodicEvaluationRow]):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Period"), lambda r: r.period_name),
        *result_columns(),
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Date"), lambda r: r.evaluated_on),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Notes"), lambda r: r.notes),
    )


class BehaviourTableModel(AppraisalTableModel[BehaviourRow]):
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Core value"), lambda r: r.name),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Leader's specific expectation"),
                         lambda r: r.ekspektasi_khusus),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"), lambda r: r.feedback),
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


class IndicatorTableModel(AppraisalTableModel[IndicatorLine]):
    COLUMNS = (
        number_column(QT_TRANSLATE_NOOP("AppraisalTables", "No."), lambda r: r.number),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Work plan (RHK)"),
                         lambda r: r.rhk_text),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Indicator (IKI)"),
                         lambda r: r.indicator.iki),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Target"), lambda r: r.indicator.target or ""),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Realisation"),
                         lambda r: r.indicator.realisasi),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Evidence"),
                         lambda r: r.indicator.evidence),
    )
