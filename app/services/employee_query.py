"""The personnel list: filter, search, sort and page 100,000 employees quickly.

:func:`list_employees` answers one :class:`EmployeeQuery` with a page of :class:`EmployeeRow`
and the total. Everything the list filters and sorts by is a column of ``employee`` (the
``current_*`` columns repeat the latest histories) so no history table is joined; text search
goes through the name-token index (:mod:`app.services.employee_search`).

The total is counted up to :attr:`EmployeeQuery.count_limit` rows (exact below it, "N+" above:
``EmployeePage.total_exact`` is False), so a keystroke never pays for counting 100,000 rows;
a query driven by a few candidates (:mod:`app.services.employee_filters`) gets its exact total
with the page. :func:`count_employees` gives the exact figure when it is wanted.

The "needs attention" filters (KGB/KP due, retirements, JP, SKP) are fields of the query too,
so the Beranda's items open this same list. Details of one employee: :func:`employee_detail`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from sqlalchemy import Select, func, literal, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from app.db.org import OrgUnit
from app.db.personnel import Employee, JenisPegawai
from app.db.reference import Jabatan
from app.domain.golongan import InvalidGolongan, parse_golongan
from app.domain.nip import display_nip
from app.services.access import get_employee
from app.services.employee_detail import EmployeeDetail, employee_detail
from app.services.employee_dto import (
    EmployeePage,
    EmployeeQuery,
    EmployeeRow,
    SortKey,
    with_page,
)
from app.services.employee_facts import employee_bup, pensiun_date, pensiun_order_sql
from app.services.employee_filters import BUP, conditions
from app.services.roles import CurrentUser, Permission, require

__all__ = [
    "EmployeeDetail", "EmployeePage", "EmployeeQuery", "EmployeeRow", "SortKey",
    "count_employees", "employee_detail", "employee_row", "list_employees", "with_page",
]

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
    where, driven = conditions(session, actor, query)
    if driven:
        return _driven_page(session, query, where)
    order = _order(query)
    ids = select(Employee.id)
    ids = _joined(ids) if _needs_join(query) else ids.select_from(Employee)
    page = (ids.where(*where).order_by(*order)
            .offset(max(query.offset, 0)).limit(max(query.limit, 0)))
    # The page's ids first, then their rows: the joins run for one page, not every match.
    stmt = _joined(select(*_ROW_COLUMNS)).where(Employee.id.in_(page)).order_by(*order)
    rows = [_row(r) for r in session.execute(stmt)]
    total, exact = _count(session, where, query.count_limit, _needs_join(query))
    return EmployeePage(rows, total, exact, query.offset)


def _driven_page(
    session: Session, query: EmployeeQuery, where: list[ColumnElement[bool]]
) -> EmployeePage:
    """A query with few candidates: they are all read and sorted anyway, so the total comes
    with the page (``count(*) OVER ()``) — exact, and no second pass."""
    order = _order(query, walkable=False)
    ids = select(Employee.id.label("page_id"), func.count().over().label("page_total"))
    ids = _joined(ids) if _needs_join(query) else ids.select_from(Employee)
    page = (ids.where(*where).order_by(*order)
            .offset(max(query.offset, 0)).limit(max(query.limit, 0))).subquery("page")
    stmt = (_joined(select(*_ROW_COLUMNS, page.c.page_total))
            .join(page, page.c.page_id == Employee.id).order_by(*order))
    found = session.execute(stmt).all()
    total = (int(found[0][-1]) if found  # past the last page: count on its own
             else _count(session, where, None, _needs_join(query))[0])
    return EmployeePage([_row(r[:-1]) for r in found], total, True, query.offset)


def count_employees(
    session: Session, actor: CurrentUser, query: EmployeeQuery, limit: int | None = None
) -> int:
    """How many employees ``query`` finds (counting stops at ``limit`` when one is given)."""
    require(actor, Permission.EMPLOYEE_READ)
    _custom_plans(session)
    where, driven = conditions(session, actor, query, counting=True)
    return _count(session, where, None if driven else limit, _needs_join(query))[0]


def employee_row(session: Session, actor: CurrentUser, employee_id: str) -> EmployeeRow:
    """The list row of one employee (after a save, to refresh one line)."""
    require(actor, Permission.EMPLOYEE_READ)
    get_employee(session, actor, employee_id, include_deleted=True)
    stmt = _joined(select(*_ROW_COLUMNS)).where(Employee.id == employee_id)
    return _row(session.execute(stmt).one())


def _custom_plans(session: Session) -> None:
    """PostgreSQL, for this transaction: plan each statement for its own values (psycopg
    prepares a statement run often, and a generic plan — blind to how rare a typed prefix is —
    walks the whole office), and cost random reads as on an SSD with the data cached (the
    default 4.0 makes a scan of 100,000 wide rows look cheaper than a few thousand lookups)."""
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
    session: Session, where: list[ColumnElement[bool]], limit: int | None, joined: bool
) -> tuple[int, bool]:
    rows = select(literal(1))  # no column to fetch: an index may answer alone
    inner = (_joined(rows) if joined else rows.select_from(Employee)).where(*where)
    if limit is not None:
        inner = inner.limit(limit + 1)
    total = session.scalar(select(func.count()).select_from(inner.subquery())) or 0
    if limit is not None and total > limit:
        return limit, False
    return total, True


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
        SortKey.TMT_PENSIUN: [pensiun_order_sql(Employee.tanggal_lahir, BUP),
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
