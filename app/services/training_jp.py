"""JP per employee and per unit for a year: the 20-JP view (domain.md §5).

A year's JP of an employee = the JP credited for sessions they completed whose **end date**
falls in the year + the JP of their external training counted in that year (end date, else
start date, else the recorded year). Cancelled or deleted sessions and removed enrolments do
not count. Everything is summed in SQL (one grouped query), so the view stays fast on a
province database of 100,000 employees with years of records.

Targets come from the office setting ``bangkom.jp_per_year`` (JSON
``{"PNS": {"min": 20, "max": null}, "PPPK": {"min": null, "max": 24}}``) when present,
else from the domain data (:mod:`app.domain.bangkom`: 20 JP minimum for PNS; PPPK: a 24 JP
ceiling and no minimum). CPNS follow the PNS target unless the table names them. The view
covers employees on duty (status ``aktif``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, case, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from app.db.org import OrgUnit
from app.db.personnel import Employee, JenisPegawai
from app.db.training import (
    ExternalTraining,
    SessionStatus,
    TrainingParticipant,
    TrainingProgram,
    TrainingSession,
)
from app.domain import bangkom
from app.services.roles import CurrentUser, Permission, require
from app.services.support import setting_value, unit, year_bounds
from app.services.unit_scope import employee_scope, unit_tree

SETTING_KEY = "bangkom.jp_per_year"


@dataclass(frozen=True)
class JpTargets:
    """Yearly minimum and ceiling per jenis pegawai (``None``: none)."""

    minimum: Mapping[str, float | None]
    maximum: Mapping[str, float | None]

    def min_for(self, jenis: str) -> float | None:
        if jenis in self.minimum:
            return self.minimum[jenis]
        return self.minimum.get(JenisPegawai.PNS.value) if jenis == "CPNS" else None

    def max_for(self, jenis: str) -> float | None:
        if jenis in self.maximum:
            return self.maximum[jenis]
        return self.maximum.get(JenisPegawai.PNS.value) if jenis == "CPNS" else None


def jp_targets(session: Session, actor: CurrentUser) -> JpTargets:
    """The JP targets in force for the actor's office (setting, else domain data)."""
    data = setting_value(session, actor, SETTING_KEY)
    if isinstance(data, dict) and data:
        try:
            return JpTargets(
                {k: v.get("min") for k, v in data.items()},
                {k: v.get("max") for k, v in data.items()},
            )
        except AttributeError:
            pass
    tables = bangkom.default_tables()
    return JpTargets(dict(tables.jp_min), dict(tables.jp_max))


@dataclass(frozen=True)
class EmployeeJp:
    employee_id: str
    nama: str
    nip: str | None
    jenis_pegawai: str
    unit_id: str | None
    unit: str | None
    jp: float
    target: float | None
    remaining: float
    below_threshold: bool
    over_limit: bool


@dataclass(frozen=True)
class UnitJp:
    """JP figures of one unit (with or without its sub-units, as asked)."""

    unit_id: str | None  # None: employees not placed in any unit
    unit_name: str
    parent_id: str | None
    depth: int
    employees: int
    with_target: int  # employees a minimum applies to
    below_threshold: int
    jp_total: float

    @property
    def jp_average(self) -> float:
        return round(self.jp_total / self.employees, 2) if self.employees else 0.0

    @property
    def met_target(self) -> int:
        return self.with_target - self.below_threshold

    @property
    def percent_met(self) -> float | None:
        return round(100 * self.met_target / self.with_target, 1) if self.with_target else None


def jp_per_employee(year: int) -> Subquery:
    """``(employee_id, jp)`` of every employee with any JP counted in ``year``."""
    first, last = year_bounds(year)
    S, P, X = TrainingSession, TrainingParticipant, ExternalTraining
    credited = (
        select(P.employee_id.label("employee_id"), P.jp_credited.label("jp"))
        .join(S, S.id == P.session_id)
        .where(S.end_date >= first, S.end_date <= last, S.deleted.is_(False),
               S.status != SessionStatus.CANCELLED.value, P.deleted.is_(False),
               P.completed.is_(True), P.jp_credited.is_not(None))
    )
    external = select(X.employee_id, X.jp).where(
        X.deleted.is_(False),
        or_(
            and_(X.end_date >= first, X.end_date <= last),
            and_(X.end_date.is_(None), X.start_date >= first, X.start_date <= last),
            and_(X.end_date.is_(None), X.start_date.is_(None), X.year == year),
        ),
    )
    both = union_all(credited, external).subquery("jp_rows")
    return (
        select(both.c.employee_id, func.sum(both.c.jp).label("jp"))
        .group_by(both.c.employee_id)
        .subquery("jp_per_employee")
    )


def _target_expr(targets: JpTargets) -> ColumnElement[float | None]:
    whens = [
        (Employee.jenis_pegawai == j.value, literal(float(t)))
        for j in JenisPegawai
        if (t := targets.min_for(j.value)) is not None
    ]
    return case(*whens, else_=None) if whens else literal(None)


def employee_jp(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit_id: str | None = None,
    include_subunits: bool = True,
    *,
    below_only: bool = False,
) -> list[EmployeeJp]:
    """Every employee on duty (of a unit, or of the whole database) with their JP in ``year``,
    what remains to the target and whether they are below it; by name."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    targets = jp_targets(session, actor)
    per = jp_per_employee(year)
    jp = func.coalesce(per.c.jp, 0)
    stmt = (
        select(Employee.id, Employee.nama, Employee.nip, Employee.jenis_pegawai,
               Employee.current_unit_id, OrgUnit.name, jp)
        .outerjoin(per, per.c.employee_id == Employee.id)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.current_unit_id)
        .where(*employee_scope(unit_id, include_subunits))
        .order_by(Employee.nama_search, Employee.nip)
    )
    if below_only:
        target = _target_expr(targets)
        stmt = stmt.where(target.is_not(None), jp < target)
    by_kind = {j.value: (targets.min_for(j.value), targets.max_for(j.value))
               for j in JenisPegawai}
    out = []
    for emp_id, nama, nip, jenis, unit_ref, unit_name, total in session.execute(stmt):
        total = float(total or 0)
        target, limit = by_kind.get(jenis) or (targets.min_for(jenis), targets.max_for(jenis))
        if target is None:
            remaining, below = 0.0, False
        else:
            remaining = round(target - total, 2) if total < target else 0.0
            below = total < target
        out.append(EmployeeJp(emp_id, nama, nip, jenis, unit_ref, unit_name, total, target,
                              remaining, below, limit is not None and total > limit))
    return out


def employees_below_threshold(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit_id: str | None = None,
    include_subunits: bool = True,
) -> list[EmployeeJp]:
    """Employees still under their yearly JP minimum (for the bulk-add filter and Beranda)."""
    return employee_jp(session, actor, year, unit_id, include_subunits, below_only=True)


def jp_summary(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit_id: str | None = None,
    include_subunits: bool = True,
) -> list[UnitJp]:
    """One row per unit in tree order (``unit_id`` and its sub-units, or every unit plus a
    row for employees placed in no unit). With ``include_subunits`` each row's figures cover
    the unit's whole subtree; without, only the employees placed directly in it."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    targets = jp_targets(session, actor)
    per = jp_per_employee(year)
    jp = func.coalesce(per.c.jp, 0)
    target = _target_expr(targets)
    stmt = (
        select(
            Employee.current_unit_id,
            func.count(),
            func.coalesce(func.sum(jp), 0),
            func.sum(case((target.is_not(None), 1), else_=0)),
            func.sum(case((and_(target.is_not(None), jp < target), 1), else_=0)),
        )
        .outerjoin(per, per.c.employee_id == Employee.id)
        .where(*employee_scope(unit_id, True))
        .group_by(Employee.current_unit_id)
    )
    direct = {r[0]: (int(r[1]), float(r[2]), int(r[3] or 0), int(r[4] or 0))
              for r in session.execute(stmt)}
    return _rolled_up(session, unit_id, direct, include_subunits)


def _rolled_up(
    session: Session,
    unit_id: str | None,
    direct: Mapping[str | None, tuple[int, float, int, int]],
    include_subunits: bool,
) -> list[UnitJp]:
    tree = unit_tree(session, unit_id)
    totals = {node.id: list(direct.get(node.id, (0, 0.0, 0, 0))) for node, _ in tree}
    if include_subunits:
        parent_of = {node.id: node.parent_id for node, _ in tree}
        for node, _depth in reversed(tree):  # children come after parents: sum bottom-up
            parent = parent_of[node.id]
            if parent in totals and node.id != unit_id:
                for i, v in enumerate(totals[node.id]):
                    totals[parent][i] += v
    rows = [
        UnitJp(node.id, node.name, node.parent_id, depth, int(t[0]), int(t[2]), int(t[3]),
               round(t[1], 2))
        for node, depth in tree
        for t in [totals[node.id]]
    ]
    if unit_id is None:  # employees in no unit, or in a unit that no longer exists
        stray = [v for k, v in direct.items() if k not in totals]
        if stray:
            n, total, with_target, below = (sum(col) for col in zip(*stray, strict=True))
            rows.append(UnitJp(None, "", None, 0, int(n), int(with_target), int(below),
                               round(float(total), 2)))
    return rows


@dataclass(frozen=True)
class TrainingRecordRow:
    """One training of an employee as it counts: a completed session of ours or an external
    record. ``jp_year`` is the year its JP counts in."""

    source: str  # "session" / "external"
    record_id: str
    name: str
    category: str
    kind: str
    start_date: date | None
    end_date: date | None
    jp_year: int | None
    jp: int
    certificate_nomor: str | None
    certificate_tanggal: date | None


def employee_training_records(
    session: Session, actor: CurrentUser, employee_id: str
) -> list[TrainingRecordRow]:
    """Everything counted for an employee's JP, newest first (employee view, DRH)."""
    require(actor, Permission.EMPLOYEE_READ)
    S, P, G, X = TrainingSession, TrainingParticipant, TrainingProgram, ExternalTraining
    out = [
        TrainingRecordRow("session", p_id, title, category, kind, start, end, end.year,
                          jp or 0, nomor, tanggal)
        for p_id, title, category, kind, start, end, jp, nomor, tanggal in session.execute(
            select(P.id, S.title, G.category, G.kind, S.start_date, S.end_date, P.jp_credited,
                   P.certificate_nomor, P.certificate_tanggal)
            .join(S, S.id == P.session_id).join(G, G.id == S.program_id)
            .where(P.employee_id == employee_id, P.deleted.is_(False), P.completed.is_(True),
                   S.deleted.is_(False), S.status != SessionStatus.CANCELLED.value)
        )
    ]
    for x in session.scalars(
        select(X).where(X.employee_id == employee_id, X.deleted.is_(False))
    ):
        when = x.end_date or x.start_date
        out.append(TrainingRecordRow(
            "external", x.id, x.name, x.category, x.kind, x.start_date, x.end_date,
            when.year if when else x.year, x.jp, x.certificate_nomor, x.certificate_tanggal,
        ))
    out.sort(key=lambda r: (r.jp_year or 0, r.end_date or r.start_date or date.min),
             reverse=True)
    return out
