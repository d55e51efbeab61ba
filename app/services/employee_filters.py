"""The WHERE clauses of the personnel list for one :class:`EmployeeQuery`.

Filters are columns of ``employee`` (no history table is joined). When a selective part — a
rare search text, a KGB/KP due list, a retirement window — narrows the office to a few
candidates, it *drives* the query: the other filters are marked
:func:`~app.services.employee_search.usually_true`, so the planner looks the candidates up by key
instead of walking the whole office.
"""

from __future__ import annotations

from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.db.personnel import Employee, EmployeeStatus
from app.db.reference import Jabatan
from app.domain import golongan as gol
from app.domain.golongan import InvalidGolongan, parse_golongan
from app.errors import FieldError, ValidationError
from app.services import due_filters
from app.services.access import office_scope
from app.services.dashboard_filters import chart_conditions
from app.services.employee_dto import INACTIVE_STATUSES, EmployeeQuery
from app.services.employee_facts import bup_sql
from app.services.employee_search import plan_search, usually_true
from app.services.org import unit_subtree_ids
from app.services.roles import CurrentUser, Permission, require

BUP = bup_sql(Employee.current_jabatan_kind, Employee.current_jabatan_jenjang, Jabatan.bup)
"""The employee's BUP as SQL (reads the jabatan catalogue: join it)."""


def conditions(
    session: Session, actor: CurrentUser, query: EmployeeQuery, *, counting: bool = False
) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE clauses and whether a selective part (rare text, a due list, a birth-date
    window) drives the query — then the other filters are only checked on its candidates.
    ``counting``: for a count, not a page (any text drives it, see
    :func:`~app.services.employee_search.plan_search`)."""
    search = plan_search(session, query.text, counting=counting)
    filters = _filters(session, actor, query)
    listed = _due_ids(session, actor, filters + list(search.conditions), query)
    driven = search.drives or listed is not None or query.pensiun_between is not None
    if driven:
        filters = [usually_true(c) for c in filters]
    if search.driver is not None:
        filters.append(Employee.id.in_(search.driver))
    if listed is not None:
        filters.append(Employee.id.in_(listed))
    where = filters + list(search.conditions) + _attention_conditions(session, actor, query)
    return where, driven


def _due_ids(
    session: Session, actor: CurrentUser, base: list[ColumnElement[bool]], query: EmployeeQuery
) -> list[str] | None:
    """Ids of those due a KGB/KP (the domain decides in Python), or None without such filter."""
    ids: list[str] | None = None
    if query.kgb_due is not None:
        ids = due_filters.kgb_due_ids(session, base, *query.kgb_due)
    if query.kp_due is not None:
        found = due_filters.kp_due_ids(session, base, query.kp_due)
        ids = found if ids is None else sorted(set(ids) & set(found))
    return ids


def _filters(
    session: Session, actor: CurrentUser, query: EmployeeQuery
) -> list[ColumnElement[bool]]:
    if query.deleted:
        require(actor, Permission.EMPLOYEE_DELETE)
    out: list[ColumnElement[bool]] = [Employee.deleted.is_(query.deleted)]
    office = office_scope(actor, query.office_code)
    if office is not None:
        out.insert(0, Employee.office_code == office)
    out += _status_condition(query.status)
    if query.unit_id is not None:
        units = (unit_subtree_ids(session, query.unit_id) if query.include_subunits
                 else {query.unit_id})
        out.append(Employee.current_unit_id.in_(sorted(units)))
    if query.golongan is not None:
        out.append(_golongan_condition(query.golongan))
    if query.jabatan_kind is not None:
        out.append(Employee.current_jabatan_kind.in_(_many(query.jabatan_kind)))
    if query.jenis_pegawai is not None:
        out.append(Employee.jenis_pegawai.in_(_many(query.jenis_pegawai)))
    return out


def _attention_conditions(
    session: Session, actor: CurrentUser, query: EmployeeQuery
) -> list[ColumnElement[bool]]:
    out: list[ColumnElement[bool]] = []
    if query.pensiun_between is not None:
        out.append(due_filters.pensiun_condition(session, BUP, *query.pensiun_between))
    if query.jp_below_year is not None:
        out.append(due_filters.jp_below_condition(session, actor, query.jp_below_year))
    if query.skp_unfinished_year is not None:
        out.append(due_filters.skp_unfinished_condition(query.skp_unfinished_year))
    out += chart_conditions(session, actor, query.chart)
    return out


def _many(value: str | tuple[str, ...]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def _status_condition(status: str) -> list[ColumnElement[bool]]:
    if status == "all":
        return []
    if status == "active":  # NOT IN: the list walks the name index, not the status index
        return [Employee.status.not_in(INACTIVE_STATUSES)]
    if status == "inactive":
        return [Employee.status.in_(INACTIVE_STATUSES)]
    if status not in {s.value for s in EmployeeStatus}:
        raise ValidationError([FieldError("status", "field.choice", {
            "value": status, "allowed": "active, inactive, all, " + ", ".join(EmployeeStatus)})])
    return [Employee.status == status]


def _golongan_condition(value: str | tuple[str, str]) -> ColumnElement[bool]:
    low_text, high_text = (value, value) if isinstance(value, str) else value
    try:
        low = parse_golongan(low_text)
        high = parse_golongan(high_text, low.kind)
    except InvalidGolongan as exc:
        raise ValidationError([exc.to_field_error("golongan")]) from exc
    if high < low:
        low, high = high, low
    table = gol.PNS if low.kind == "PNS" else gol.PPPK
    codes = [g.code for g in table if low.ordinal <= g.ordinal <= high.ordinal]
    return Employee.current_golongan_code.in_(codes)
