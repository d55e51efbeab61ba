"""The personnel list: filter, search, sort and page 100,000 employees quickly.

:func:`list_employees` answers one :class:`EmployeeQuery` with a page of :class:`EmployeeRow`
and the total. Everything the list filters and sorts by is a column of ``employee`` (the
``current_*`` columns repeat the latest histories) so no history table is joined; text search
goes through the name-token index (:mod:`app.services.employee_search`).

The total is counted up to :attr:`EmployeeQuery.count_limit` rows (exact below it, "N+" above:
``EmployeePage.total_exact`` is False), so a keystroke never pays for counting 100,000 rows;
:func:`count_employees` gives the exact figure when it is wanted.

The "needs attention" filters (KGB/KP due, retirements, JP, SKP) are fields of the query too,
so the Beranda's items open this same list. Details of one employee: :func:`employee_detail`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, literal, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.db.org import OrgUnit
from app.db.personnel import ACTIVE_STATUSES, Employee, EmployeeStatus, JenisPegawai
from app.db.reference import Jabatan
from app.domain import golongan as gol
from app.domain.golongan import InvalidGolongan, parse_golongan
from app.domain.nip import display_nip
from app.errors import FieldError, ValidationError
from app.services import due_filters
from app.services.access import office_scope
from app.services.employee_detail import EmployeeDetail, employee_detail
from app.services.employee_facts import bup_sql, employee_bup, pensiun_date, pensiun_order_sql
from app.services.employee_search import plan_search, usually_true
from app.services.org import unit_subtree_ids
from app.services.roles import CurrentUser, Permission, require

__all__ = [
    "EmployeeDetail", "EmployeePage", "EmployeeQuery", "EmployeeRow", "SortKey",
    "count_employees", "employee_detail", "employee_row", "list_employees",
]

INACTIVE_STATUSES = tuple(s.value for s in EmployeeStatus if s not in ACTIVE_STATUSES)


class SortKey(StrEnum):
    NAMA = "nama"
    NIP = "nip"
    GOLONGAN = "golongan"
    JABATAN = "jabatan"
    UNIT = "unit"
    JENIS = "jenis"
    STATUS = "status"
    TANGGAL_LAHIR = "tanggal_lahir"
    TMT_GOLONGAN = "tmt_golongan"
    TMT_PENSIUN = "tmt_pensiun"


@dataclass(frozen=True)
class EmployeeQuery:
    """One view of the personnel list.

    ``golongan`` — one code (``"III/b"``) or an inclusive range (``("III/a", "III/d")``) of one
    kind; ``status`` — ``"active"`` (default: aktif, CLTN, tugas belajar, diberhentikan
    sementara), ``"inactive"``, ``"all"`` or one :class:`EmployeeStatus` value;
    ``office_code`` — the province may narrow to one office (others always see their own).
    The attention filters: ``kgb_due`` (year, month), ``kp_due`` (a KP period date),
    ``pensiun_between`` (first, last TMT pensiun), ``jp_below_year``, ``skp_unfinished_year``.
    """

    text: str = ""
    unit_id: str | None = None
    include_subunits: bool = True
    golongan: str | tuple[str, str] | None = None
    jabatan_kind: str | tuple[str, ...] | None = None
    jenis_pegawai: str | tuple[str, ...] | None = None
    status: str = "active"
    office_code: str | None = None
    kgb_due: tuple[int, int] | None = None
    kp_due: date | None = None
    pensiun_between: tuple[date, date] | None = None
    jp_below_year: int | None = None
    skp_unfinished_year: int | None = None
    sort: SortKey | str = SortKey.NAMA
    descending: bool = False
    offset: int = 0
    limit: int = 200
    count_limit: int | None = 1000


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the personnel list."""

    id: str
    nip: str | None
    nip_display: str
    nik: str | None
    nama: str
    nama_lengkap: str
    jenis_kelamin: str | None
    tanggal_lahir: date | None
    golongan: str | None
    pangkat: str | None
    tmt_golongan: date | None
    jabatan: str | None
    jabatan_kind: str | None
    eselon: str | None
    unit_id: str | None
    unit_name: str | None
    jenis_pegawai: str
    status: str
    pendidikan: str | None
    bup: int
    tmt_pensiun: date | None
    office_code: str
    deleted: bool = False


@dataclass(frozen=True)
class EmployeePage:
    """``total`` is exact when ``total_exact``; otherwise at least ``total`` ("1000+")."""

    rows: list[EmployeeRow]
    total: int
    total_exact: bool = True
    offset: int = 0


_BUP = bup_sql(Employee.current_jabatan_kind, Employee.current_jabatan_jenjang, Jabatan.bup)
_ROW_COLUMNS = (
    Employee.id, Employee.nip, Employee.nik, Employee.nama, Employee.gelar_depan,
    Employee.gelar_belakang, Employee.jenis_kelamin, Employee.tanggal_lahir,
    Employee.current_golongan_code, Employee.tmt_golongan, Employee.current_jabatan_name,
    Employee.current_jabatan_kind, Employee.current_jabatan_jenjang, Employee.current_eselon,
    Employee.current_unit_id, OrgUnit.name, Employee.jenis_pegawai, Employee.status,
    Employee.current_pendidikan_code, Jabatan.bup, Employee.office_code, Employee.deleted,
)


def list_employees(session: Session, actor: CurrentUser, query: EmployeeQuery) -> EmployeePage:
    """A page of the list for ``query`` and its (possibly capped) total."""
    require(actor, Permission.EMPLOYEE_READ)
    _custom_plans(session)
    conditions, driven = _conditions(session, actor, query)
    if driven:
        return _driven_page(session, query, conditions)
    order = _order(query)
    ids = select(Employee.id)
    ids = _joined(ids) if _needs_join(query) else ids.select_from(Employee)
    page = (ids.where(*conditions).order_by(*order)
            .offset(max(query.offset, 0)).limit(max(query.limit, 0)))
    # The page's ids first, then their rows: the joins run for one page, not every match.
    stmt = _joined(select(*_ROW_COLUMNS)).where(Employee.id.in_(page)).order_by(*order)
    rows = [_row(r) for r in session.execute(stmt)]
    total, exact = _count(session, conditions, query.count_limit, _needs_join(query))
    return EmployeePage(rows, total, exact, query.offset)


def _driven_page(
    session: Session, query: EmployeeQuery, conditions: list[ColumnElement[bool]]
) -> EmployeePage:
    """A query with few candidates: they are all read and sorted anyway, so the total comes
    with the page (``count(*) OVER ()``) — exact, and no second pass."""
    order = _order(query, walkable=False)
    ids = select(Employee.id.label("page_id"), func.count().over().label("page_total"))
    ids = _joined(ids) if _needs_join(query) else ids.select_from(Employee)
    page = (ids.where(*conditions).order_by(*order)
            .offset(max(query.offset, 0)).limit(max(query.limit, 0))).subquery("page")
    stmt = (_joined(select(*_ROW_COLUMNS, page.c.page_total))
            .join(page, page.c.page_id == Employee.id).order_by(*order))
    found = session.execute(stmt).all()
    total = (int(found[0][-1]) if found  # past the last page: count on its own
             else _count(session, conditions, None, _needs_join(query))[0])
    return EmployeePage([_row(r[:-1]) for r in found], total, True, query.offset)


def count_employees(
    session: Session, actor: CurrentUser, query: EmployeeQuery, limit: int | None = None
) -> int:
    """How many employees ``query`` finds (counting stops at ``limit`` when one is given)."""
    require(actor, Permission.EMPLOYEE_READ)
    _custom_plans(session)
    conditions, driven = _conditions(session, actor, query)
    return _count(session, conditions, None if driven else limit, _needs_join(query))[0]


def employee_row(session: Session, actor: CurrentUser, employee_id: str) -> EmployeeRow:
    """The list row of one employee (after a save, to refresh one line)."""
    require(actor, Permission.EMPLOYEE_READ)
    from app.services.access import get_employee

    get_employee(session, actor, employee_id, include_deleted=True)
    stmt = _joined(select(*_ROW_COLUMNS)).where(Employee.id == employee_id)
    return _row(session.execute(stmt).one())


def _custom_plans(session: Session) -> None:
    """PostgreSQL: plan each statement for its own values. psycopg prepares a statement run
    often, and a generic plan (blind to how rare a typed prefix is) walks the whole office."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))
        session.execute(text("SET LOCAL random_page_cost = 1.1"))


def _joined(stmt: Select[Any]) -> Select[Any]:
    return (stmt.select_from(Employee)
            .outerjoin(OrgUnit, OrgUnit.id == Employee.current_unit_id)
            .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id))


def _needs_join(query: EmployeeQuery) -> bool:
    """Whether conditions or order read the unit or the jabatan catalogue (its BUP)."""
    return (query.pensiun_between is not None
            or SortKey(query.sort) in (SortKey.UNIT, SortKey.TMT_PENSIUN))


def _count(
    session: Session, conditions: list[ColumnElement[bool]], limit: int | None, joined: bool
) -> tuple[int, bool]:
    rows = select(literal(1))  # no column to fetch: an index may answer alone
    inner = (_joined(rows) if joined else rows.select_from(Employee)).where(*conditions)
    if limit is not None:
        inner = inner.limit(limit + 1)
    total = session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    if limit is not None and total > limit:
        return limit, False
    return total, True


# --- filters ----------------------------------------------------------------------------------

def _conditions(
    session: Session, actor: CurrentUser, query: EmployeeQuery
) -> tuple[list[ColumnElement[bool]], bool]:
    """The WHERE clauses and whether a selective part (rare text, a due list, a birth-date
    window) drives the query — then the other filters are only checked on its candidates."""
    search = plan_search(session, query.text)
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
    out: list[ColumnElement[bool]] = [Employee.deleted.is_(False)]
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
        out.append(due_filters.pensiun_condition(session, _BUP, *query.pensiun_between))
    if query.jp_below_year is not None:
        out.append(due_filters.jp_below_condition(session, actor, query.jp_below_year))
    if query.skp_unfinished_year is not None:
        out.append(due_filters.skp_unfinished_condition(query.skp_unfinished_year))
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


# --- order and rows ---------------------------------------------------------------------------

def _order(query: EmployeeQuery, walkable: bool = True) -> list[Any]:
    """ORDER BY for the query. ``walkable=False`` (a driven query) sorts the candidates on
    ``lower()`` of the (already lowercase) keys, so no planner walks the name index instead."""
    key = SortKey(query.sort)
    columns: list[Any] = {
        SortKey.NAMA: [],
        SortKey.NIP: [Employee.nip],
        SortKey.GOLONGAN: [Employee.current_golongan_ordinal, Employee.tmt_golongan],
        SortKey.JABATAN: [Employee.current_jabatan_name],
        SortKey.UNIT: [OrgUnit.name],
        SortKey.JENIS: [Employee.jenis_pegawai],
        SortKey.STATUS: [Employee.status],
        SortKey.TANGGAL_LAHIR: [Employee.tanggal_lahir],
        SortKey.TMT_GOLONGAN: [Employee.tmt_golongan],
        SortKey.TMT_PENSIUN: [pensiun_order_sql(Employee.tanggal_lahir, _BUP),
                              Employee.tanggal_lahir],
    }[key]
    if not walkable and key is SortKey.NIP:
        columns = [func.lower(Employee.nip)]
    ordered = [(c.desc() if query.descending else c.asc()).nulls_last() for c in columns]
    tail = [Employee.nama_search if walkable else func.lower(Employee.nama_search), Employee.id]
    return ordered + [c.desc() if query.descending else c.asc() for c in tail]


def _row(r: Any) -> EmployeeRow:
    (emp_id, nip, nik, nama, gelar_depan, gelar_belakang, jk, lahir, gol_code, tmt_gol,
     jabatan, kind, jenjang, eselon, unit_id, unit_name, jenis, status, pendidikan, override,
     office, deleted) = r
    bup = employee_bup(kind, jenjang, override)
    return EmployeeRow(
        emp_id, nip, _nip_display(nip), nik, nama,
        _nama_lengkap(nama, gelar_depan, gelar_belakang),
        jk, lahir, gol_code, _pangkat(gol_code), tmt_gol, jabatan, kind, eselon, unit_id,
        unit_name, jenis or JenisPegawai.PNS.value, status, pendidikan, bup,
        pensiun_date(lahir, bup), office, bool(deleted),
    )


def _nama_lengkap(nama: str, depan: str | None, belakang: str | None) -> str:
    text = f"{depan} {nama}" if depan else nama
    return f"{text}, {belakang}" if belakang else text


@lru_cache(maxsize=8192)
def _nip_display(nip: str | None) -> str:
    return display_nip(nip)


@lru_cache(maxsize=64)
def _pangkat(code: str | None) -> str | None:
    if not code:
        return None
    try:
        return parse_golongan(code).display()
    except InvalidGolongan:
        return code


def with_page(query: EmployeeQuery, offset: int, limit: int | None = None) -> EmployeeQuery:
    """The same query for another page."""
    return replace(query, offset=offset, limit=query.limit if limit is None else limit)
