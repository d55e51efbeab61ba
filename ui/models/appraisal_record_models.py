"""Table models of the Kinerja screen's records around the SKP: public feedback, legacy
scores, talent placements, the people of a 9-box cell, the employee picker's list and one
employee's SKPs. Sorting uses raw values (``SortRole``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.reports.formatting import nip_text
from app.services.appraisal import (
    LegacyRow,
    PublicFeedbackRow,
    SkpRow,
    TalentMember,
    TalentRow,
)
from app.services.employee_query import EmployeeRow
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_columns import (
    AppraisalTableModel,
    date_column,
    folded,
    long_text_column,
    name_column,
    number_column,
    predikat_column,
    score_column,
    status_column,
)
from ui.models.row_table_model import Column


class PublicFeedbackTableModel(AppraisalTableModel[PublicFeedbackRow]):
    COLUMNS = (
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Date"), lambda r: r.received_on),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Channel"),
            lambda r: lbl.label(lbl.CHANNEL, r.channel),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Rating"),
            lambda r: "★" * r.rating,
            lambda r: r.rating,
        ),
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "About"),
                    lambda r: r.employee_nama or r.unit_name),
        long_text_column(QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"), lambda r: r.text),
    )


class LegacyTableModel(AppraisalTableModel[LegacyRow]):
    COLUMNS = (
        number_column(QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: r.year),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Regime"),
            lambda r: lbl.label(lbl.REGIME, r.regime),
        ),
        score_column(QT_TRANSLATE_NOOP("AppraisalTables", "Score"),
                     lambda r: r.total if r.regime != "DP3_1979" else r.average),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Rating"), lambda r: r.sebutan or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"), lambda r: r.penilai_nama or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Notes"), lambda r: r.notes or ""),
    )


class TalentTableModel(AppraisalTableModel[TalentRow]):
    COLUMNS = (
        number_column(QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: r.year),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Potential"),
            lambda r: lbl.label(lbl.POTENTIAL, r.potential),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Performance"),
            lambda r: lbl.label(lbl.RATING, r.kinerja),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Box"),
            lambda r: str(r.box or ""),
            lambda r: r.box or 0,
        ),
        score_column(QT_TRANSLATE_NOOP("AppraisalTables", "Score"), lambda r: r.score),
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Assessed"), lambda r: r.assessed_on),
    )


class TalentMemberTableModel(AppraisalTableModel[TalentMember]):
    COLUMNS = (
        name_column(QT_TRANSLATE_NOOP("AppraisalTables", "Name"), lambda r: r.nama),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: nip_text(r.nip),
            lambda r: r.nip or "",
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Unit"), lambda r: r.unit_name or ""),
        score_column(QT_TRANSLATE_NOOP("AppraisalTables", "Score"), lambda r: r.score),
        date_column(QT_TRANSLATE_NOOP("AppraisalTables", "Assessed"), lambda r: r.assessed_on),
    )


class EmployeePickTableModel(AppraisalTableModel[EmployeeRow]):
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Name"),
            lambda r: r.nama_lengkap,
            lambda r: folded(r.nama),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: r.nip_display,
            lambda r: r.nip or "",
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Position"), lambda r: r.jabatan or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Unit"), lambda r: r.unit_name or ""),
    )


class PersonSkpTableModel(AppraisalTableModel[SkpRow]):
    """One employee's SKPs, newest year first."""

    COLUMNS = (
        number_column(QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: r.year),
        status_column(QT_TRANSLATE_NOOP("AppraisalTables", "Status")),
        predikat_column(QT_TRANSLATE_NOOP("AppraisalTables", "Predikat")),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"), lambda r: r.penilai_nama or ""),
    )
