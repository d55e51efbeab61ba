"""Who is due what: the conditions behind the Beranda's "needs attention" lists.

Each rule comes from :mod:`app.domain`; SQL does the narrowing, the domain function decides:

* **KGB** due in a month (domain.md §4.3): SQL keeps employees whose MKG anniversary falls in
  that month (from ``tmt_golongan`` and the MKG on that SK — the zero-date method); then
  :func:`app.domain.kgb.next_kgb` says whether MKG reaches a gaji-table row that month.
* **KP reguler** due in a period (§4.1–4.2): SQL keeps PNS whose TMT golongan lies four years
  before the period (give or take a period); :func:`app.domain.kenaikan_pangkat.kp_due_in_period`
  decides (education caps included).
* **Retirement** in a window (§3): for every BUP value a birth-date range, all in SQL.
* **JP below target** in a year (§5): the JP of the year as :mod:`app.services.training_jp`
  counts it (credited sessions plus external training, by end date), below the minimum of the
  employee's kind (office setting, else domain data).
* **SKP not final** for a year (§6): no SKP of that year with status ``final``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Integer, and_, false, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from app.db.appraisal import Skp, SkpStatus
from app.db.personnel import Employee, JenisPegawai
from app.db.reference import Jabatan
from app.domain import kenaikan_pangkat, kgb, masa_kerja
from app.domain.dates import add_months, add_years
from app.domain.golongan import parse_golongan
from app.domain.kenaikan_pangkat import KpInput, kp_due_in_period, kp_reguler_cap
from app.domain.masa_kerja import MasaKerja
from app.services.employee_facts import birth_window, bup_values
from app.services.roles import CurrentUser
from app.services.training_jp import jp_per_employee, jp_targets


class month_index(FunctionElement[int]):  # noqa: N801 - reads like the SQL function
    """``year * 12 + month`` of a date column (SQLite: from the ISO text, without strftime)."""

    type = Integer()
    inherit_cache = True
    name = "month_index"


@compiles(month_index)
def _month_index(element: month_index, compiler: Any, **kw: Any) -> str:
    col = compiler.process(element.clauses, **kw)
    return (f"(CAST(EXTRACT(YEAR FROM {col}) AS INTEGER) * 12"
            f" + CAST(EXTRACT(MONTH FROM {col}) AS INTEGER))")


@compiles(month_index, "sqlite")
def _month_index_sqlite(element: month_index, compiler: Any, **kw: Any) -> str:
    col = compiler.process(element.clauses, **kw)
    return (f"(CAST(substr({col}, 1, 4) AS INTEGER) * 12"
            f" + CAST(substr({col}, 6, 2) AS INTEGER))")


# --- KGB --------------------------------------------------------------------------------------

def kgb_due_ids(session: Session, base: list[ColumnElement[bool]], year: int,
                month: int) -> list[str]:
    """Ids of employees (among ``base`` conditions) whose KGB falls due in ``year``-``month``."""
    start = date(year, month, 1)
    target = year * 12 + month
    zero = month_index(Employee.tmt_golongan) - (
        Employee.mkg_tahun * 12 + func.coalesce(Employee.mkg_bulan, 0))
    rows = session.execute(
        select(Employee.id, Employee.current_golongan_code, Employee.tmt_golongan,
               Employee.mkg_tahun, Employee.mkg_bulan)
        .where(*base, Employee.current_golongan_code.is_not(None),
               Employee.tmt_golongan < start, Employee.mkg_tahun.is_not(None),
               ((target - zero) % 12).in_((0, 11)))
    )
    return [r[0] for r in rows if _kgb_due(r[1], r[2], r[3], r[4] or 0, start)]


def _kgb_due(golongan: str, tmt: date, years: int, months: int, start: date) -> bool:
    """Whether MKG reaches a gaji-table row in the month starting ``start``."""
    try:
        g = parse_golongan(golongan)
    except ValueError:
        return False
    sk_mkg = MasaKerja(years, months)
    last = max(tmt, add_months(start, -1))
    mkg_last = masa_kerja.mkg_on(last, sk_tmt=tmt, sk_mkg=sk_mkg, sk_golongan=g)
    try:
        step = kgb.next_kgb(g, last, mkg_last)
    except ValueError:  # a PPPK golongan with no known PNS equivalent
        return False
    return kgb.is_due_in_month(step, start.year, start.month)


# --- KP ---------------------------------------------------------------------------------------

def kp_due_ids(session: Session, base: list[ColumnElement[bool]], period: date) -> list[str]:
    """Ids of PNS (among ``base``) due a KP reguler in ``period`` (a KP period date)."""
    tables = kenaikan_pangkat.default_tables()
    years = tables.required_years
    earlier = add_months(period, -13)  # no two periods are further apart than a year
    rows = session.execute(
        select(Employee.id, Employee.current_golongan_code, Employee.tmt_golongan,
               Employee.current_pendidikan_code)
        .where(*base, Employee.jenis_pegawai == JenisPegawai.PNS.value,
               Employee.current_golongan_code.is_not(None),
               Employee.tmt_golongan > add_years(earlier, -years),
               Employee.tmt_golongan <= add_years(period, -years))
    )
    items = []
    for emp_id, code, tmt, pendidikan in rows:
        try:
            golongan = parse_golongan(code)
        except ValueError:
            continue
        items.append(KpInput(emp_id, golongan, tmt, _known_cap(pendidikan)))
    return [str(d.key) for d in kp_due_in_period(items, period, tables=tables)]


def _known_cap(pendidikan: str | None) -> str | None:
    if pendidikan is None:
        return None
    try:
        kp_reguler_cap(pendidikan)
    except ValueError:
        return None
    return pendidikan


def next_kp_period(today: date) -> date:
    """The first KP period date after ``today``."""
    return kenaikan_pangkat.next_period_on_or_after(date.fromordinal(today.toordinal() + 1))


# --- retirement -------------------------------------------------------------------------------

def pensiun_condition(
    session: Session, bup: ColumnElement[int], start: date, end: date
) -> ColumnElement[bool]:
    """TMT pensiun in ``start`` … ``end`` (``bup`` the employee's BUP expression)."""
    overrides = set(session.scalars(
        select(Jabatan.bup).where(Jabatan.bup.is_not(None)).distinct()))
    windows = {value: window for value in sorted(bup_values(overrides))
               if (window := birth_window(value, start, end)) is not None}
    if not windows:
        return false()
    # the birth ranges alone first: each a range on the birth-date index
    births = or_(*[Employee.tanggal_lahir.between(*w) for w in windows.values()])
    exact = or_(*[and_(bup == value, Employee.tanggal_lahir.between(*w))
                  for value, w in windows.items()])
    return and_(births, exact)


# --- JP ---------------------------------------------------------------------------------------

def jp_below_condition(session: Session, actor: CurrentUser, year: int) -> ColumnElement[bool]:
    """The employee's kind has a yearly JP minimum and JP in ``year`` is below it (the rule
    and the targets of :mod:`app.services.training_jp`)."""
    targets = jp_targets(session, actor)
    per = jp_per_employee(year)
    parts = []
    for jenis in JenisPegawai:
        target = targets.min_for(jenis.value)
        if target is not None:
            enough = select(per.c.employee_id).where(per.c.jp >= target)
            parts.append(and_(Employee.jenis_pegawai == jenis.value,
                              Employee.id.not_in(enough)))
    return or_(*parts) if parts else false()


def jp_target(session: Session, actor: CurrentUser, jenis: str = "PNS") -> float | None:
    return jp_targets(session, actor).min_for(jenis)


# --- SKP --------------------------------------------------------------------------------------

def skp_unfinished_condition(year: int) -> ColumnElement[bool]:
    """No SKP of ``year`` has reached status ``final``."""
    final = select(Skp.employee_id).where(Skp.year == year, Skp.deleted.is_(False),
                                          Skp.status == SkpStatus.FINAL.value)
    return Employee.id.not_in(final)
