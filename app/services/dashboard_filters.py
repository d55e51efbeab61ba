"""WHERE clauses of a :class:`~app.services.dashboard_dto.ChartFilter`: the employees behind a
dashboard bar, as the Pegawai list shows them (:mod:`app.services.employee_filters` adds these
to its own filters). Each condition counts exactly what :mod:`app.services.dashboard` counted.
"""

from __future__ import annotations

from sqlalchemy import Select, and_, false, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.elements import ColumnElement

from app.db.appraisal import Skp, SkpStatus
from app.db.org import OrgUnit
from app.db.personnel import Employee, JenisPegawai
from app.domain import golongan as gol
from app.services.dashboard_dto import ChartFilter
from app.services.roles import CurrentUser
from app.services.training_jp import jp_per_employee, jp_targets

PNS_CODES = tuple(g.code for g in gol.PNS)
EVALUATED = (SkpStatus.EVALUATED.value, SkpStatus.FINAL.value)


def chart_conditions(
    session: Session, actor: CurrentUser, chart: ChartFilter | None
) -> list[ColumnElement[bool]]:
    """The conditions of ``chart`` (none for ``None``)."""
    if chart is None:
        return []
    out: list[ColumnElement[bool]] = []
    if chart.jenis_kelamin is not None:
        out.append(Employee.jenis_kelamin == chart.jenis_kelamin)
    if chart.born_between is not None:
        out.append(Employee.tanggal_lahir.between(*chart.born_between))
    if chart.golongan_missing:
        out.append(golongan_missing())
    if chart.unit_missing:
        out.append(unit_missing())
    if chart.jp_met_year is not None:
        out.append(jp_met_condition(session, actor, chart.jp_met_year))
    if chart.predikat is not None:
        out.append(predikat_condition(*chart.predikat))
    return out


def golongan_missing() -> ColumnElement[bool]:
    """A PNS or CPNS with no readable PNS golongan (the "Tanpa data" bar)."""
    return and_(Employee.jenis_pegawai != JenisPegawai.PPPK.value,
                or_(Employee.current_golongan_code.is_(None),
                    Employee.current_golongan_code.not_in(PNS_CODES)))


def placed_units() -> Select[tuple[str]]:
    """Ids of the units under a live OPD (tombstoned sub-units included, as the list's unit
    filter has them): the units :mod:`app.services.dashboard_units` rolls up to an OPD."""
    child = aliased(OrgUnit)
    tree = (select(OrgUnit.id).where(OrgUnit.parent_id.is_(None), OrgUnit.deleted.is_(False))
            .cte("placed_units", recursive=True))
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def unit_missing() -> ColumnElement[bool]:
    """Placed in no unit, or in one under no live OPD."""
    return or_(Employee.current_unit_id.is_(None), Employee.current_unit_id.not_in(placed_units()))


def jp_met_condition(session: Session, actor: CurrentUser, year: int) -> ColumnElement[bool]:
    """The employee's kind has a yearly JP minimum and the JP of ``year`` reached it (the
    opposite of :func:`app.services.due_filters.jp_below_condition`)."""
    targets = jp_targets(session, actor)
    per = jp_per_employee(year)
    parts = []
    for jenis in JenisPegawai:
        target = targets.min_for(jenis.value)
        if target is not None:
            enough = select(per.c.employee_id).where(per.c.jp >= target)
            parts.append(and_(Employee.jenis_pegawai == jenis.value, Employee.id.in_(enough)))
    return or_(*parts) if parts else false()


def predikat_condition(year: int, predikat: str) -> ColumnElement[bool]:
    """An evaluated (or final) SKP of ``year`` with ``predikat``."""
    rated = select(Skp.employee_id).where(
        Skp.year == year, Skp.deleted.is_(False), Skp.predikat == predikat,
        Skp.status.in_(EVALUATED))
    return Employee.id.in_(rated)
