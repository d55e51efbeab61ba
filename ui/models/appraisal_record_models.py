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
from ui.models.appraisal_models import _PREDIKAT_ORDER, _STATUS_ORDER, _day, _Finder, _fold
from ui.models.employee_labels import fmt_date
from ui.models.row_table_model import Column, RowTableModel


class PublicFeedbackTableModel(_Finder, RowTableModel[PublicFeedbackRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Date"),
            lambda r: fmt_date(r.received_on),
            lambda r: _day(r.received_on),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Channel"),
            lambda r: lbl.label(lbl.CHANNEL, r.channel),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Rating"),
            lambda r: "★" * r.rating,
            lambda r: r.rating,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "About"),
            lambda r: r.employee_nama or r.unit_name or "",
            lambda r: _fold(r.employee_nama or r.unit_name),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Feedback"),
            lambda r: r.text or "",
            tooltip=lambda r: r.text or "",
        ),
    )


def _score(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


class LegacyTableModel(_Finder, RowTableModel[LegacyRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: str(r.year), lambda r: r.year
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Regime"),
            lambda r: lbl.label(lbl.REGIME, r.regime),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Score"),
            lambda r: _score(r.total if r.regime != "DP3_1979" else r.average),
            lambda r: r.total if r.regime != "DP3_1979" else r.average,
            align_right=True,
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Rating"), lambda r: r.sebutan or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"), lambda r: r.penilai_nama or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Notes"), lambda r: r.notes or ""),
    )


class TalentTableModel(_Finder, RowTableModel[TalentRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: str(r.year), lambda r: r.year
        ),
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
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Score"),
            lambda r: _score(r.score),
            lambda r: r.score or 0.0,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Assessed"),
            lambda r: fmt_date(r.assessed_on),
            lambda r: _day(r.assessed_on),
        ),
    )


class TalentMemberTableModel(RowTableModel[TalentMember]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Name"), lambda r: r.nama, lambda r: _fold(r.nama)
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: nip_text(r.nip),
            lambda r: r.nip or "",
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Unit"), lambda r: r.unit_name or ""),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Score"),
            lambda r: _score(r.score),
            lambda r: r.score or 0.0,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Assessed"),
            lambda r: fmt_date(r.assessed_on),
            lambda r: _day(r.assessed_on),
        ),
    )


class EmployeePickTableModel(_Finder, RowTableModel[EmployeeRow]):
    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Name"),
            lambda r: r.nama_lengkap,
            lambda r: _fold(r.nama),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "NIP"),
            lambda r: r.nip_display,
            lambda r: r.nip or "",
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Position"), lambda r: r.jabatan or ""),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Unit"), lambda r: r.unit_name or ""),
    )


class PersonSkpTableModel(_Finder, RowTableModel[SkpRow]):
    """One employee's SKPs, newest year first."""

    CONTEXT = "AppraisalTables"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Year"), lambda r: str(r.year), lambda r: r.year
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Status"),
            lambda r: lbl.label(lbl.STATUS, r.status),
            lambda r: _STATUS_ORDER.get(r.status, 9),
        ),
        Column(
            QT_TRANSLATE_NOOP("AppraisalTables", "Predikat"),
            lambda r: lbl.label(lbl.PREDIKAT, r.predikat),
            lambda r: _PREDIKAT_ORDER.get(r.predikat or "", 0),
        ),
        Column(QT_TRANSLATE_NOOP("AppraisalTables", "Appraiser"), lambda r: r.penilai_nama or ""),
    )
