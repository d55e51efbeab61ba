"""SKPs for a whole unit at once, and how far a unit's appraisal has come.

:func:`start_skps_for_unit` opens a draft SKP for every employee on duty in a unit (and its
sub-units) who has none for the year, each with the penilai and atasan the unit structure
suggests; with a template SKP it copies the template's RHK, indicators (without realisation)
and ekspektasi khusus. A link to the leader's RHK is kept when the new SKP has the same
penilai as the template, else its wording is copied as text.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.db.appraisal import Skp, SkpBehaviour, SkpIndicator, SkpRhk, SkpStatus
from app.db.personnel import Employee
from app.db.tracking import bulk_mode
from app.services.appraisal_common import check_skp_year, skp_of
from app.services.appraisal_skp import SkpHeader, Suggester, new_skp
from app.services.roles import CurrentUser, Permission, require
from app.services.support import unit
from app.services.unit_scope import employee_scope


@dataclass(frozen=True)
class StartResult:
    created: int
    skipped_existing: int
    without_penilai: int  # created, but no penilai could be suggested: fill in by hand


@dataclass(frozen=True)
class UnitProgress:
    employees: int
    without_skp: int
    draft: int
    agreed: int
    evaluated: int
    final: int

    @property
    def percent_final(self) -> float:
        return round(100 * self.final / self.employees, 1) if self.employees else 0.0


def _copy_plan(session: Session, template: Skp, target: Skp) -> None:
    same_leader = template.penilai_employee_id == target.penilai_employee_id
    rhks = session.scalars(select(SkpRhk).where(SkpRhk.skp_id == template.id,
                                                SkpRhk.deleted.is_(False)))
    for r in rhks:
        parent_text = r.parent_rhk_text
        if r.parent_rhk_id and not same_leader:
            parent_text = session.scalar(select(SkpRhk.text).where(SkpRhk.id == r.parent_rhk_id))
        copy = SkpRhk(skp_id=target.id, kind=r.kind, text=r.text, sort_order=r.sort_order,
                      parent_rhk_id=r.parent_rhk_id if same_leader else None,
                      parent_rhk_text=parent_text, penugasan_dari=r.penugasan_dari,
                      perspektif=r.perspektif)
        session.add(copy)
        session.flush()
        for i in session.scalars(select(SkpIndicator).where(SkpIndicator.rhk_id == r.id,
                                                             SkpIndicator.deleted.is_(False))):
            session.add(SkpIndicator(rhk_id=copy.id, aspek=i.aspek, iki=i.iki, target=i.target,
                                     sort_order=i.sort_order))
    expectations = dict(session.execute(select(SkpBehaviour.berakhlak_code,
                                               SkpBehaviour.ekspektasi_khusus)
                                        .where(SkpBehaviour.skp_id == template.id)).all())
    session.flush()
    for b in session.scalars(select(SkpBehaviour).where(SkpBehaviour.skp_id == target.id)):
        b.ekspektasi_khusus = expectations.get(b.berakhlak_code)


def start_skps_for_unit(
    session: Session,
    actor: CurrentUser,
    unit_id: str,
    year: int,
    template_skp_id: str | None = None,
    include_subunits: bool = True,
) -> StartResult:
    """Draft SKPs for everyone on duty in a unit who has none for ``year``."""
    require(actor, Permission.APPRAISAL_WRITE)
    unit(session, unit_id)
    check_skp_year(year)
    template = skp_of(session, template_skp_id) if template_skp_id else None
    people = list(session.scalars(
        select(Employee).where(*employee_scope(unit_id, include_subunits))
        .order_by(Employee.nama_search)))
    have = set(session.scalars(select(Skp.employee_id).where(
        Skp.year == year, Skp.deleted.is_(False),
        Skp.employee_id.in_([e.id for e in people]))))
    suggester = Suggester(session)
    created = without = 0
    with bulk_mode(session):
        for emp in people:
            if emp.id in have:
                continue
            skp = new_skp(session, emp, year, SkpHeader(
                approach=template.approach if template else "kuantitatif"), suggester)
            if template is not None and template.employee_id != emp.id:
                _copy_plan(session, template, skp)
            created += 1
            without += skp.penilai_nama is None
    return StartResult(created, len(have), without)


def unit_progress(
    session: Session, actor: CurrentUser, unit_id: str | None, year: int,
    include_subunits: bool = True,
) -> UnitProgress:
    """How many employees on duty of a unit have no SKP for the year, or one in each status."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    rows = session.execute(
        select(Skp.status, func.count())
        .select_from(Employee)
        .outerjoin(Skp, and_(Skp.employee_id == Employee.id, Skp.year == year,
                             Skp.deleted.is_(False)))
        .where(*employee_scope(unit_id, include_subunits))
        .group_by(Skp.status)
    ).all()
    counts = {status: int(n) for status, n in rows}
    return UnitProgress(
        employees=sum(counts.values()), without_skp=counts.get(None, 0),
        draft=counts.get(SkpStatus.DRAFT.value, 0), agreed=counts.get(SkpStatus.AGREED.value, 0),
        evaluated=counts.get(SkpStatus.EVALUATED.value, 0),
        final=counts.get(SkpStatus.FINAL.value, 0),
    )
