"""Training an employee attended elsewhere (SIASN riwayat diklat / kursus, certificates brought
in by the employee). They count toward the yearly JP exactly like our sessions: in the year of
the end date, else of the start date, else of the recorded ``year`` (domain.md §5).

An external record with dates keeps ``year`` equal to that counting year, so lists and
printouts show the same year the JP totals use.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.reference import TrainingKind
from app.db.training import ExternalTraining, TrainingCategory
from app.errors import register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import (
    Problems,
    choice_field,
    employee,
    employee_records,
    live,
    remove_live,
    text_field,
)
from app.services.training_catalog import MAX_JP
from app.services.training_sessions import MAX_JP_PER_DAY

FIRST_YEAR = 1950


@dataclass(frozen=True)
class ExternalTrainingData:
    name: str
    kind: str = TrainingKind.KLASIKAL.value
    category: str = TrainingCategory.LAINNYA.value
    jp: int = 0
    start_date: date | None = None
    end_date: date | None = None
    year: int | None = None
    type_code: str | None = None
    organiser: str | None = None
    place: str | None = None
    angkatan: str | None = None
    certificate_nomor: str | None = None
    certificate_tanggal: date | None = None
    notes: str | None = None


@dataclass(frozen=True)
class ExternalTrainingRow:
    id: str
    employee_id: str
    name: str
    kind: str
    category: str
    jp: int
    start_date: date | None
    end_date: date | None
    year: int | None
    type_code: str | None
    organiser: str | None
    place: str | None
    angkatan: str | None
    certificate_nomor: str | None
    certificate_tanggal: date | None
    source: str
    notes: str | None


def _row(x: ExternalTraining) -> ExternalTrainingRow:
    return ExternalTrainingRow(
        x.id, x.employee_id, x.name, x.kind, x.category, x.jp, x.start_date, x.end_date, x.year,
        x.type_code, x.organiser, x.place, x.angkatan, x.certificate_nomor,
        x.certificate_tanggal, x.source, x.notes,
    )


def _validated(data: ExternalTrainingData) -> dict[str, object]:
    p = Problems()
    values: dict[str, object] = {
        "name": text_field(p, "name", data.name, max_len=250, required=True),
        "kind": choice_field(p, "kind", data.kind, [k.value for k in TrainingKind]),
        "category": choice_field(
            p, "category", data.category, [c.value for c in TrainingCategory]
        ),
        "type_code": text_field(p, "type_code", data.type_code, max_len=24),
        "organiser": text_field(p, "organiser", data.organiser, max_len=200),
        "place": text_field(p, "place", data.place, max_len=200),
        "angkatan": text_field(p, "angkatan", data.angkatan, max_len=20),
        "certificate_nomor": text_field(p, "certificate_nomor", data.certificate_nomor,
                                        max_len=100),
        "notes": text_field(p, "notes", data.notes, max_len=4000),
        "start_date": data.start_date,
        "end_date": data.end_date,
        "certificate_tanggal": data.certificate_tanggal,
        "jp": data.jp,
    }
    start, end = data.start_date, data.end_date
    if start and end and end < start:
        p.add("end_date", "field.date_order", start=start.isoformat(), end=end.isoformat())
    if data.jp is None or not 0 <= data.jp <= MAX_JP:
        p.add("jp", "training.external_jp_range", max=MAX_JP, value=data.jp)
    elif start and end and end >= start and data.jp > ((end - start).days + 1) * MAX_JP_PER_DAY:
        days = (end - start).days + 1
        p.add("jp", "training.jp_per_day", jp=data.jp, days=days, limit=days * MAX_JP_PER_DAY)
    counted = (end or start).year if (end or start) else data.year
    if counted is None:
        p.add("end_date", "training.external_when")
    elif not FIRST_YEAR <= counted <= date.today().year + 1:
        p.add("year", "training.external_year", value=counted, first=FIRST_YEAR)
    elif data.year is not None and (end or start) and data.year != counted:
        p.add("year", "training.external_year_mismatch", year=data.year, counted=counted)
    if data.certificate_tanggal and start and data.certificate_tanggal < start:
        p.add("certificate_tanggal", "training.certificate_before_start",
              start=start.isoformat())
    values["year"] = counted
    p.check()
    return values


def add_external_training(
    session: Session, actor: CurrentUser, employee_id: str, data: ExternalTrainingData
) -> ExternalTrainingRow:
    require(actor, Permission.TRAINING_WRITE)
    emp = employee(session, employee_id)
    record = ExternalTraining(employee_id=emp.id, **_validated(data))
    session.add(record)
    session.flush()
    return _row(record)


def update_external_training(
    session: Session, actor: CurrentUser, record_id: str, data: ExternalTrainingData
) -> ExternalTrainingRow:
    require(actor, Permission.TRAINING_WRITE)
    record = live(session, ExternalTraining, record_id, "training.external_not_found")
    for key, value in _validated(data).items():
        setattr(record, key, value)
    session.flush()
    return _row(record)


def remove_external_training(
    session: Session, actor: CurrentUser, record_id: str, reason: str
) -> None:
    require(actor, Permission.TRAINING_WRITE)
    remove_live(session, ExternalTraining, record_id, "training.external_not_found", reason)


def list_external_training(
    session: Session, actor: CurrentUser, employee_id: str
) -> list[ExternalTrainingRow]:
    """An employee's external training, newest first."""
    require(actor, Permission.EMPLOYEE_READ)
    rows = employee_records(session, ExternalTraining, employee_id, ExternalTraining.year.desc(),
                            ExternalTraining.end_date.desc(), ExternalTraining.name)
    return [_row(x) for x in rows]


register_messages(
    {
        "training.external_not_found": (
            "Riwayat pelatihan tidak ditemukan (mungkin sudah dihapus).",
            "Training record not found (it may have been deleted).",
        ),
        "training.external_jp_range": (
            "JP harus antara 0 dan {max} (diisi {value}).",
            "JP must be between 0 and {max} (got {value}).",
        ),
        "training.external_when": (
            "Isi tanggal selesai, tanggal mulai, atau tahun pelatihan.",
            "Give the end date, the start date or the year of the training.",
        ),
        "training.external_year": (
            "Tahun {value} tidak wajar (paling awal {first}, paling lambat tahun depan).",
            "Year {value} is not plausible (from {first} up to next year).",
        ),
        "training.external_year_mismatch": (
            "Tahun {year} tidak sama dengan tahun tanggal pelatihan ({counted}); JP dihitung "
            "pada tahun tanggal selesai.",
            "Year {year} differs from the year of the training dates ({counted}); JP counts in "
            "the year of the end date.",
        ),
    }
)
