"""Creating an SKP and keeping its header (approach, period, pejabat penilai and atasan).

The default pejabat penilai kinerja of an employee is the head of their unit: the person on
duty in that unit whose current jabatan is managerial (JPT, administrator, pengawas) and ranks
above the employee's own; when the unit has none (or the employee is its head), the search
moves up to the parent unit. The atasan pejabat penilai is found the same way for the penilai
(domain.md §6.4). Both may instead be any employee or a person outside the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.appraisal import Skp, SkpBehaviour, SkpStatus
from app.db.org import OrgUnit
from app.db.performance import Regime
from app.db.personnel import Employee
from app.db.tracking import tombstone
from app.domain import berakhlak
from app.domain.jabatan import JenisJabatan, eselon_rank, is_manajerial
from app.errors import Conflict, FieldError, ValidationError, register_messages
from app.services.appraisal_common import (
    Official,
    OfficialInput,
    check_skp_year,
    guard_plan,
    resolve_official,
    skp_of,
    snapshot,
    store_official,
)
from app.services.appraisal_dto import SkpDetail
from app.services.appraisal_read import skp_detail
from app.services.roles import CurrentUser, Permission, require
from app.services.support import employee
from app.services.unit_scope import ON_DUTY

APPROACHES = ("kuantitatif", "kualitatif")


@dataclass(frozen=True)
class SkpHeader:
    """The SKP form's header. ``penilai``/``atasan`` ``None`` on a new SKP: take the
    suggestion from the unit structure. ``period_*`` ``None``: the whole year."""

    approach: str = "kuantitatif"
    penilai: OfficialInput | None = None
    atasan: OfficialInput | None = None
    period_start: date | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class PenilaiSuggestion:
    penilai: Official | None
    atasan: Official | None


def _rank(kind: str | None) -> int:
    """5 JPT utama … 1 pengawas; 0 for non-managerial jabatan."""
    order = [j for j in JenisJabatan if is_manajerial(j)]
    for n, j in enumerate(order):
        if kind == j.value:
            return len(order) - n
    return 0


class Suggester:
    """Finds unit heads; loads the managerial officials and the unit tree once (bulk use)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.parent = dict(session.execute(select(OrgUnit.id, OrgUnit.parent_id)).all())
        self.heads: dict[str, list[tuple[int, int, str, str]]] = {}
        managerial = [j.value for j in JenisJabatan if is_manajerial(j)]
        for emp_id, unit_id, kind, eselon, nama in session.execute(
            select(Employee.id, Employee.current_unit_id, Employee.current_jabatan_kind,
                   Employee.current_eselon, Employee.nama)
            .where(Employee.deleted.is_(False), Employee.status.in_(ON_DUTY),
                   Employee.current_jabatan_kind.in_(managerial))
        ):
            self.heads.setdefault(unit_id, []).append(
                (-_rank(kind), eselon_rank(eselon), nama, emp_id))
        for candidates in self.heads.values():
            candidates.sort()

    def head_for(self, employee_id: str, unit_id: str | None, kind: str | None) -> str | None:
        """The id of the penilai of someone (in ``unit_id`` with jabatan ``kind``)."""
        own = _rank(kind)
        seen: set[str] = set()
        current = unit_id
        while current is not None and current not in seen:
            seen.add(current)
            for minus_rank, _eselon, _nama, emp_id in self.heads.get(current, ()):
                if emp_id != employee_id and -minus_rank > own:
                    return emp_id
            current = self.parent.get(current)
        return None

    def suggest(self, emp: Employee) -> PenilaiSuggestion:
        penilai_id = self.head_for(emp.id, emp.current_unit_id, emp.current_jabatan_kind)
        if penilai_id is None:
            return PenilaiSuggestion(None, None)
        penilai = self.session.get(Employee, penilai_id)
        atasan_id = self.head_for(penilai.id, penilai.current_unit_id,
                                  penilai.current_jabatan_kind)
        atasan = self.session.get(Employee, atasan_id) if atasan_id else None
        return PenilaiSuggestion(snapshot(self.session, penilai),
                                 snapshot(self.session, atasan) if atasan else None)


def suggest_penilai(session: Session, actor: CurrentUser, employee_id: str) -> PenilaiSuggestion:
    """The pejabat penilai and atasan the unit structure suggests for an employee."""
    require(actor, Permission.EMPLOYEE_READ)
    return Suggester(session).suggest(employee(session, employee_id))


def _period(header: SkpHeader, year: int) -> tuple[date, date]:
    start = header.period_start or date(year, 1, 1)
    end = header.period_end or date(year, 12, 31)
    errors = []
    if start.year != year:
        errors.append(FieldError("period_start", "appraisal.period_in_year", {"year": year}))
    if end.year != year:
        errors.append(FieldError("period_end", "appraisal.period_in_year", {"year": year}))
    if end < start:
        errors.append(FieldError("period_end", "field.date_order",
                                 {"start": start.isoformat(), "end": end.isoformat()}))
    if header.approach not in APPROACHES:
        errors.append(FieldError("approach", "field.choice",
                                 {"value": header.approach, "allowed": ", ".join(APPROACHES)}))
    if errors:
        raise ValidationError(errors)
    return start, end


def _apply_header(session: Session, skp: Skp, emp: Employee, header: SkpHeader) -> None:
    skp.period_start, skp.period_end = _period(header, skp.year)
    skp.approach = header.approach
    penilai = resolve_official(session, header.penilai, "penilai", emp.id)
    atasan = resolve_official(session, header.atasan, "atasan", emp.id)
    if penilai and atasan and penilai.employee_id and penilai.employee_id == atasan.employee_id:
        raise ValidationError([FieldError("atasan", "appraisal.atasan_is_penilai")])
    store_official(skp, "penilai", penilai)
    store_official(skp, "atasan", atasan)
    me = snapshot(session, emp)
    skp.pegawai_nama, skp.pegawai_nip, skp.pegawai_pangkat = me.nama, me.nip, me.pangkat
    skp.pegawai_jabatan, skp.pegawai_unit = me.jabatan, me.unit
    skp.pegawai_jabatan_kind = emp.current_jabatan_kind


def existing_skp(session: Session, employee_id: str, year: int) -> Skp | None:
    return session.scalars(
        select(Skp).where(Skp.employee_id == employee_id, Skp.year == year,
                          Skp.deleted.is_(False))
    ).first()


def new_skp(
    session: Session, emp: Employee, year: int, header: SkpHeader, suggester: Suggester | None
) -> Skp:
    """An SKP in draft with the seven BerAKHLAK behaviours; the caller checked duplicates."""
    if suggester is not None and header.penilai is None:
        suggestion = suggester.suggest(emp)
        as_input = lambda o: OfficialInput(employee_id=o.employee_id) if o else None  # noqa: E731
        header = SkpHeader(header.approach, as_input(suggestion.penilai),
                           header.atasan or as_input(suggestion.atasan),
                           header.period_start, header.period_end)
    skp = Skp(employee_id=emp.id, year=year, regime=Regime.PM6_2022.value,
              status=SkpStatus.DRAFT.value)
    _apply_header(session, skp, emp, header)
    session.add(skp)
    session.flush()
    session.add_all(SkpBehaviour(skp_id=skp.id, berakhlak_code=v.code)
                    for v in berakhlak.berakhlak_values())
    return skp


def create_skp(
    session: Session,
    actor: CurrentUser,
    employee_id: str,
    year: int,
    header: SkpHeader | None = None,
    *,
    suggest: bool = True,
) -> SkpDetail:
    """A new SKP (draft) of an employee for a year; at most one per employee and year."""
    require(actor, Permission.APPRAISAL_WRITE)
    emp = employee(session, employee_id)
    check_skp_year(year)
    if existing_skp(session, emp.id, year) is not None:
        raise Conflict("appraisal.skp_exists", nama=emp.nama, year=year)
    skp = new_skp(session, emp, year, header or SkpHeader(),
                  Suggester(session) if suggest else None)
    session.flush()
    return skp_detail(session, skp)


def update_skp_header(
    session: Session, actor: CurrentUser, skp_id: str, header: SkpHeader
) -> SkpDetail:
    """Change approach, period, penilai or atasan of a draft; the pegawai's identity block is
    refreshed from the record at the same time."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_plan(skp)
    _apply_header(session, skp, employee(session, skp.employee_id), header)
    session.flush()
    return skp_detail(session, skp)


def delete_skp(session: Session, actor: CurrentUser, skp_id: str, reason: str) -> None:
    """Delete a draft or agreed SKP (a tombstone with ``reason``); evaluated ones stay."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    if skp.status in (SkpStatus.EVALUATED.value, SkpStatus.FINAL.value):
        raise Conflict("appraisal.skp_delete_evaluated", nama=skp.pegawai_nama, year=skp.year)
    tombstone(session, skp, reason)
    session.flush()


register_messages(
    {
        "appraisal.skp_exists": (
            "{nama} sudah mempunyai SKP tahun {year}.",
            "{nama} already has an SKP for {year}.",
        ),
        "appraisal.period_in_year": (
            "Periode penilaian harus di dalam tahun {year}.",
            "The appraisal period must lie within {year}.",
        ),
        "appraisal.atasan_is_penilai": (
            "Atasan pejabat penilai tidak boleh orang yang sama dengan pejabat penilai.",
            "The appraiser's superior cannot be the appraiser.",
        ),
        "appraisal.skp_delete_evaluated": (
            "SKP {nama} tahun {year} sudah dinilai dan tidak dapat dihapus.",
            "The {year} SKP of {nama} has been evaluated and cannot be deleted.",
        ),
    }
)
