"""Table models of the Pelatihan screen's lists: the catalogue, the sessions, the participants
of a session, an employee's external training and everything counted for an employee's JP.

Rows are the training services' DTOs (``app.services.training``); sorting uses raw values
(``SortRole``), so JP 100 sorts after JP 24 and dates sort as dates.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.services.training import (
    ExternalTrainingRow,
    ParticipantRow,
    ProgramRow,
    SessionRow,
    TrainingRecordRow,
)
from ui.models import training_labels as lbl
from ui.models.employee_labels import fmt_date
from ui.models.row_table_model import Column, RowTableModel


def _date_key(value: date | None) -> int:
    return value.toordinal() if value is not None else 0


def _yes(value: bool) -> str:
    return QCoreApplication.translate("TrainingTables", "Yes") if value else ""


class ProgramTableModel(RowTableModel[ProgramRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Code"), lambda r: r.code or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Programme"),
               lambda r: r.name, lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Kind"), lambda r: lbl.label(lbl.KIND, r.kind)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Category"),
               lambda r: lbl.label(lbl.CATEGORY, r.category)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "JP"), lambda r: lbl.fmt_jp(r.default_jp),
               lambda r: r.default_jp or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Organiser"), lambda r: r.organiser or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Competency area"),
               lambda r: r.competency_area or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Sessions"),
               lambda r: str(r.sessions), lambda r: r.sessions,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "In use"), lambda r: _active(r.active)),
    )

    def find(self, program_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == program_id), -1)


def _active(active: bool) -> str:
    if active:
        return QCoreApplication.translate("TrainingTables", "Active")
    return QCoreApplication.translate("TrainingTables", "Inactive")


def _seats(r: SessionRow) -> str:
    if r.capacity is None:
        return str(r.participants)
    return f"{r.participants} / {r.capacity}"


class SessionTableModel(RowTableModel[SessionRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Session"),
               lambda r: r.title, lambda r: r.title.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Class"), lambda r: r.angkatan or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Dates"),
               lambda r: lbl.fmt_period(r.start_date, r.end_date),
               lambda r: (_date_key(r.start_date), _date_key(r.end_date))),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "JP"),
               lambda r: lbl.fmt_jp(r.jp), lambda r: r.jp,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Participants"),
               _seats, lambda r: r.participants,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Completed"), lambda r: str(r.completed),
               lambda r: r.completed, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Status"),
               lambda r: lbl.label(lbl.STATUS, r.status)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Place"), lambda r: r.place or ""),
    )

    def find(self, session_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == session_id), -1)


def _credited(r: ParticipantRow) -> str:
    if not r.completed:
        return ""
    text = lbl.fmt_jp(r.jp_credited)
    return f"{text} *" if r.jp_overridden else text


class ParticipantTableModel(RowTableModel[ParticipantRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Name"),
               lambda r: r.nama, lambda r: r.nama.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "NIP"), lambda r: r.nip or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Unit"), lambda r: r.unit_name or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Attendance"),
               lambda r: lbl.label(lbl.ATTENDANCE, r.attendance)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Completed"), lambda r: _yes(r.completed),
               lambda r: r.completed),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "JP credited"),
               _credited, lambda r: r.jp_credited or 0,
               align_right=True, tooltip=lambda r: r.notes or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Certificate no."),
               lambda r: r.certificate_nomor or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Certificate date"),
               lambda r: fmt_date(r.certificate_tanggal),
               lambda r: _date_key(r.certificate_tanggal)),
    )

    def find(self, participant_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == participant_id), -1)


class ExternalTableModel(RowTableModel[ExternalTrainingRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Training"),
               lambda r: r.name, lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Category"),
               lambda r: lbl.label(lbl.CATEGORY, r.category)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Kind"), lambda r: lbl.label(lbl.KIND, r.kind)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Dates"),
               lambda r: lbl.fmt_period(r.start_date, r.end_date),
               lambda r: _date_key(r.end_date or r.start_date)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Counts in"), lambda r: str(r.year or ""),
               lambda r: r.year or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "JP"),
               lambda r: lbl.fmt_jp(r.jp), lambda r: r.jp,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Organiser"), lambda r: r.organiser or ""),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Certificate no."),
               lambda r: r.certificate_nomor or ""),
    )


class TrainingRecordTableModel(RowTableModel[TrainingRecordRow]):
    CONTEXT = "TrainingTables"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Counts in"), lambda r: str(r.jp_year or ""),
               lambda r: r.jp_year or 0, align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Training"),
               lambda r: r.name, lambda r: r.name.casefold()),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Category"),
               lambda r: lbl.label(lbl.CATEGORY, r.category)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Dates"),
               lambda r: lbl.fmt_period(r.start_date, r.end_date),
               lambda r: _date_key(r.end_date or r.start_date)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "JP"),
               lambda r: lbl.fmt_jp(r.jp), lambda r: r.jp,
               align_right=True),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Source"),
               lambda r: lbl.label(lbl.SOURCE, r.source)),
        Column(QT_TRANSLATE_NOOP("TrainingTables", "Certificate no."),
               lambda r: r.certificate_nomor or ""),
    )
