"""Evaluation periods of a year and the periodic evaluations of an SKP.

A year has periodic evaluations — quarterly (triwulan, e-Kinerja BKN's default) by default,
or per semester, or custom periods — and the annual (akhir) evaluation; the granularity is the
instansi's choice (domain.md §6.1). Periods are opened and closed (closing needs
:attr:`Permission.APPRAISAL_FINALIZE`); a periodic evaluation is recorded only in an open
period, on an agreed or evaluated SKP of the same year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.appraisal import AppraisalPeriod, PeriodKind, SkpPeriodicEvaluation
from app.db.tracking import restore, tombstone
from app.errors import Conflict, FieldError, ValidationError, register_messages
from app.services.appraisal_common import (
    guard_evaluation,
    parse_rating,
    predikat_code,
    skp_of,
)
from app.services.appraisal_dto import PeriodicEvaluationRow, PeriodRow
from app.services.appraisal_read import periodic_rows
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, live, text_field

SCHEMES = ("quarterly", "semester", "custom")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class PeriodSpec:
    """One custom periodic period."""

    name: str
    start_date: date
    end_date: date


def scheme_periods(year: int, scheme: str) -> list[PeriodSpec]:
    """The periodic periods of a standard scheme."""
    if scheme == "quarterly":
        ends = [date(year, 3, 31), date(year, 6, 30), date(year, 9, 30), date(year, 12, 31)]
        return [PeriodSpec(f"Triwulan {_ROMAN[n]}", date(year, 3 * n + 1, 1), end)
                for n, end in enumerate(ends)]
    if scheme == "semester":
        return [PeriodSpec("Semester I", date(year, 1, 1), date(year, 6, 30)),
                PeriodSpec("Semester II", date(year, 7, 1), date(year, 12, 31))]
    raise ValueError(scheme)


def _row(p: AppraisalPeriod) -> PeriodRow:
    return PeriodRow(p.id, p.year, p.kind, p.sequence, p.name, p.start_date, p.end_date,
                     p.status)


def _check_custom(year: int, specs: Sequence[PeriodSpec]) -> None:
    errors: list[FieldError] = []
    if not 1 <= len(specs) <= 12:
        errors.append(FieldError("periods", "appraisal.periods_count"))
    names = [s.name.strip() for s in specs]
    for n, spec in enumerate(specs, 1):
        where = f"periods[{n}]"
        if not names[n - 1]:
            errors.append(FieldError(where, "field.required"))
        if spec.start_date.year != year or spec.end_date.year != year:
            errors.append(FieldError(where, "appraisal.period_in_year", {"year": year}))
        if spec.end_date < spec.start_date:
            errors.append(FieldError(where, "field.date_order", {
                "start": spec.start_date.isoformat(), "end": spec.end_date.isoformat()}))
    ordered = sorted(specs, key=lambda s: s.start_date)
    for before, after in zip(ordered, ordered[1:], strict=False):
        if after.start_date <= before.end_date:
            errors.append(FieldError("periods", "appraisal.periods_overlap",
                                     {"a": before.name, "b": after.name}))
    if len(set(names)) != len(names):
        errors.append(FieldError("periods", "appraisal.periods_names"))
    if errors:
        raise ValidationError(errors)


def create_periods(
    session: Session,
    actor: CurrentUser,
    year: int,
    scheme: str = "quarterly",
    custom: Sequence[PeriodSpec] = (),
) -> list[PeriodRow]:
    """The periods of a year: the periodic ones of ``scheme`` (or ``custom``) + the annual
    one ("Akhir", 1 January – 31 December). Refused when the year already has periods."""
    require(actor, Permission.APPRAISAL_WRITE)
    if scheme not in SCHEMES:
        raise ValidationError([FieldError("scheme", "field.choice",
                                          {"value": scheme, "allowed": ", ".join(SCHEMES)})])
    if not 2000 <= year <= 2100:
        raise ValidationError([FieldError("year", "appraisal.year_range", {"year": year})])
    existing = list(session.scalars(select(AppraisalPeriod).where(
        AppraisalPeriod.office_code == actor.office_code, AppraisalPeriod.year == year)))
    if any(not p.deleted for p in existing):
        raise Conflict("appraisal.periods_exist", year=year)
    if scheme == "custom":
        _check_custom(year, custom)
        specs = sorted(custom, key=lambda s: s.start_date)
    else:
        specs = scheme_periods(year, scheme)
    slots = [(PeriodKind.PERIODIC.value, n, s.name.strip(), s.start_date, s.end_date)
             for n, s in enumerate(specs, 1)]
    slots.append((PeriodKind.ANNUAL.value, 0, "Akhir", date(year, 1, 1), date(year, 12, 31)))
    ghosts = {(p.kind, p.sequence): p for p in existing}
    rows = []
    for kind, seq, name, start, end in slots:
        period = ghosts.get((kind, seq))
        if period is None:
            period = AppraisalPeriod(year=year, kind=kind, sequence=seq)
            session.add(period)
        else:  # the slot is unique even among tombstones: reuse it
            restore(session, period)
        period.name, period.start_date, period.end_date = name, start, end
        period.status = "open"
        rows.append(period)
    session.flush()
    return [_row(p) for p in rows]


def list_periods(session: Session, actor: CurrentUser, year: int) -> list[PeriodRow]:
    """The periods of a year: periodic ones in order, then the annual one."""
    require(actor, Permission.EMPLOYEE_READ)
    rows = session.scalars(select(AppraisalPeriod).where(
        AppraisalPeriod.office_code == actor.office_code, AppraisalPeriod.year == year,
        AppraisalPeriod.deleted.is_(False)))
    return sorted((_row(p) for p in rows), key=lambda p: (p.kind != "periodic", p.sequence))


def set_period_open(
    session: Session, actor: CurrentUser, period_id: str, is_open: bool
) -> PeriodRow:
    """Open or close a period for evaluations."""
    require(actor, Permission.APPRAISAL_FINALIZE)
    period = live(session, AppraisalPeriod, period_id, "appraisal.period_not_found")
    period.status = "open" if is_open else "closed"
    session.flush()
    return _row(period)


def delete_periods(session: Session, actor: CurrentUser, year: int, reason: str) -> None:
    """Remove a year's periods (to choose another scheme) while no evaluation uses them."""
    require(actor, Permission.APPRAISAL_FINALIZE)
    periods = list(session.scalars(select(AppraisalPeriod).where(
        AppraisalPeriod.office_code == actor.office_code, AppraisalPeriod.year == year,
        AppraisalPeriod.deleted.is_(False))))
    used = session.scalars(select(SkpPeriodicEvaluation.id).where(
        SkpPeriodicEvaluation.period_id.in_([p.id for p in periods]),
        SkpPeriodicEvaluation.deleted.is_(False))).first()
    if used is not None:
        raise Conflict("appraisal.periods_in_use", year=year)
    for p in periods:
        tombstone(session, p, reason)
    session.flush()


def record_periodic_evaluation(
    session: Session,
    actor: CurrentUser,
    skp_id: str,
    period_id: str,
    rating_hasil_kerja: object,
    rating_perilaku: object,
    *,
    evaluated_on: date | None = None,
    notes: str | None = None,
) -> PeriodicEvaluationRow:
    """Record (or replace) the evaluation of an SKP for one open periodic period."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_evaluation(skp)
    period = live(session, AppraisalPeriod, period_id, "appraisal.period_not_found")
    if period.kind != PeriodKind.PERIODIC.value or period.year != skp.year:
        raise Conflict("appraisal.period_wrong", period=period.name, year=skp.year)
    if period.status != "open":
        raise Conflict("appraisal.period_closed", period=period.name, year=period.year)
    hasil = parse_rating(rating_hasil_kerja, "rating_hasil_kerja")
    perilaku = parse_rating(rating_perilaku, "rating_perilaku")
    p = Problems()
    text = text_field(p, "notes", notes, max_len=4000)
    p.check()
    row = session.scalars(select(SkpPeriodicEvaluation).where(
        SkpPeriodicEvaluation.skp_id == skp.id,
        SkpPeriodicEvaluation.period_id == period.id)).first()
    if row is None:
        row = SkpPeriodicEvaluation(skp_id=skp.id, period_id=period.id)
        session.add(row)
    elif row.deleted:
        restore(session, row)
    row.rating_hasil_kerja, row.rating_perilaku = hasil, perilaku
    row.predikat = predikat_code(hasil, perilaku)
    row.evaluated_on = evaluated_on or date.today()
    row.notes = text
    session.flush()
    return next(r for r in periodic_rows(session, skp.id) if r.id == row.id)


register_messages(
    {
        "appraisal.period_not_found": (
            "Periode penilaian tidak ditemukan.",
            "Appraisal period not found.",
        ),
        "appraisal.periods_exist": (
            "Periode penilaian tahun {year} sudah dibuat.",
            "The appraisal periods of {year} already exist.",
        ),
        "appraisal.periods_in_use": (
            "Periode tahun {year} sudah dipakai untuk penilaian periodik dan tidak dapat "
            "dihapus.",
            "The periods of {year} are used by periodic evaluations and cannot be removed.",
        ),
        "appraisal.periods_count": (
            "Isi 1 sampai 12 periode.",
            "Give 1 to 12 periods.",
        ),
        "appraisal.periods_overlap": (
            "Periode '{a}' dan '{b}' tumpang tindih.",
            "Periods '{a}' and '{b}' overlap.",
        ),
        "appraisal.periods_names": (
            "Nama periode tidak boleh sama.",
            "Period names must differ.",
        ),
        "appraisal.period_wrong": (
            "Periode '{period}' bukan periode periodik tahun {year}.",
            "Period '{period}' is not a periodic period of {year}.",
        ),
        "appraisal.period_closed": (
            "Periode {period} tahun {year} sudah ditutup.",
            "Period {period} of {year} is closed.",
        ),
    }
)
