"""The dashboard's figures: a few GROUP BY queries over the employees on duty, whatever their
number (one query per chart; the retirement chart one per year).

Charts (:class:`~app.services.dashboard_dto.Chart`, keys):

* ``golongan`` — employees per golongan/ruang (PNS and CPNS), with PPPK and "no golongan";
* ``unit`` — per OPD (sub-units rolled up) by PNS/CPNS/PPPK; on the province's database
  across all offices it is ``office``: one bar per office;
* ``age`` — the age pyramid: five-year bands by gender, as of the dashboard's date;
* ``pensiun`` — retirements (TMT pensiun, domain.md §3) in each of the next five years;
* ``jp`` — per OPD (or office): employees with a yearly JP minimum who reached it / did not
  (domain.md §5, the rule of :mod:`app.services.training_jp`);
* ``predikat`` — per OPD (or office): evaluated SKPs of a year by predikat (§6).

"On duty" is the Pegawai list's default status filter, and every bar carries the
:class:`~app.services.dashboard_dto.BarQuery` that lists exactly the employees it counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, not_, select
from sqlalchemy.orm import Session

from app.db.appraisal import Predikat, Skp
from app.db.personnel import Employee, JenisPegawai
from app.db.reference import Jabatan
from app.domain import golongan as gol
from app.domain.dates import add_years
from app.services.access import office_scope
from app.services.dashboard_dto import (
    Bar,
    BarQuery,
    Chart,
    ChartFilter,
    Dashboard,
    OfficeChoice,
)
from app.services.dashboard_filters import EVALUATED, PNS_CODES
from app.services.dashboard_units import NO_UNIT, office_names, unit_rollup
from app.services.due_filters import pensiun_condition
from app.services.employee_dto import INACTIVE_STATUSES, EmployeeQuery, SortKey
from app.services.employee_filters import BUP
from app.services.roles import PROVINCE_OFFICE, CurrentUser, Permission, require
from app.services.training_jp import jp_per_employee, jp_targets

JENIS = tuple(j.value for j in JenisPegawai)
PPPK = JenisPegawai.PPPK.value
NO_DATA = "-"
AGE_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 24), (25, 29), (30, 34), (35, 39), (40, 44), (45, 49), (50, 54), (55, 59), (60, None))
PENSIUN_YEARS = 5
PREDIKAT = tuple(p.value for p in Predikat)
EARLIEST, LATEST = date(1, 1, 1), date(9999, 12, 31)


def dashboard(session: Session, actor: CurrentUser, *, office_code: str | None = None,
              year: int | None = None, predikat_year: int | None = None,
              as_of: date | None = None) -> Dashboard:
    """Every chart for the actor's office; the province: all offices (``office_code``
    None) or one office. ``year`` is the JP year (default: this year), ``predikat_year`` the
    SKP year (default: last year, whose SKPs are rated at the turn of the year)."""
    require(actor, Permission.EMPLOYEE_READ)
    when = as_of or date.today()
    office = office_scope(actor, office_code)
    base = _base(office)
    names = office_names(session)
    groups = _Groups(session, office, names)
    jp_year = year or when.year
    skp_year = predikat_year or default_predikat_year(session, office, when)
    heads = headcount(session, base, groups.key_column, when)
    charts = (
        golongan_chart(heads, office),
        groups.jenis_chart(heads),
        age_chart(heads, office, when),
        pensiun_chart(session, base, office, when),
        groups.jp_chart(actor, base, jp_year),
        groups.predikat_chart(base, skp_year),
    )
    active = sum(h.count for h in heads)
    offices = tuple(OfficeChoice(c, n) for c, n in names.items()) \
        if actor.office_code == PROVINCE_OFFICE else ()
    label = names.get(office, office) if office else ""
    return Dashboard(office, label, when, int(active), charts, offices)


def _base(office: str | None) -> list[ColumnElement[bool]]:
    """The Pegawai list's default: live employees on duty (of one office, or all)."""
    where = [Employee.deleted.is_(False), Employee.status.not_in(INACTIVE_STATUSES)]
    if office is not None:
        where.insert(0, Employee.office_code == office)
    return where


def _query(office: str | None, **kw: Any) -> BarQuery:
    return BarQuery(office_code=office, **kw)


# --- head count: one scan for the golongan, unit and age charts ----------------------------

@dataclass(frozen=True)
class Heads:
    """Employees on duty of one group (unit or office, kind, golongan, age band, gender)."""

    key: str | None  # current unit id (one office) or office code (every office)
    jenis: str
    golongan: str | None
    band: int | None  # index into AGE_BANDS (None: no birth date)
    gender: str | None
    count: int


def headcount(session: Session, base: list[ColumnElement[bool]], key_column: Any,
              as_of: date) -> list[Heads]:
    """One GROUP BY over the employees on duty."""
    bounds = [age_bounds(as_of, lo, hi) for lo, hi in AGE_BANDS]
    band = case(*[(Employee.tanggal_lahir.between(a, b), i) for i, (a, b) in enumerate(bounds)],
                else_=None)
    columns = (key_column, Employee.jenis_pegawai, Employee.current_golongan_code, band,
               Employee.jenis_kelamin)
    rows = session.execute(select(*columns, func.count()).where(*base).group_by(*columns))
    return [Heads(k, j, g, None if b is None else int(b), jk, int(n))
            for k, j, g, b, jk, n in rows]


def golongan_chart(heads: list[Heads], office: str | None) -> Chart:
    counts: dict[str, int] = defaultdict(int)
    for h in heads:
        key = PPPK if h.jenis == PPPK else (h.golongan if h.golongan in PNS_CODES else NO_DATA)
        counts[key] += h.count
    bars = [Bar(g.code, g.code, (counts[g.code],),
                (_query(office, golongan=g.code) if counts[g.code] else None,))
            for g in gol.PNS]
    bars.append(Bar(PPPK, PPPK, (counts[PPPK],),
                    (_query(office, jenis_pegawai=PPPK) if counts[PPPK] else None,)))
    if counts[NO_DATA]:
        bars.append(Bar(NO_DATA, NO_DATA, (counts[NO_DATA],),
                        (_query(office, chart=ChartFilter(golongan_missing=True)),)))
    return Chart("golongan", ("count",), tuple(bars))


# --- age and retirement -----------------------------------------------------------------------

def age_bounds(as_of: date, low: int, high: int | None) -> tuple[date, date]:
    """Birth dates of those aged ``low`` … ``high`` (None: and older) on ``as_of``."""
    first = EARLIEST if high is None else date.fromordinal(
        add_years(as_of, -(high + 1)).toordinal() + 1)
    last = LATEST if low == 0 else add_years(as_of, -low)
    return first, last


def age_label(low: int, high: int | None) -> str:
    if high is None:
        return f"≥ {low}"
    return f"≤ {high}" if low == 0 else f"{low}–{high}"


def age_chart(heads: list[Heads], office: str | None, as_of: date) -> Chart:
    bounds = [age_bounds(as_of, lo, hi) for lo, hi in AGE_BANDS]
    counts: dict[tuple[int, str], int] = defaultdict(int)
    left_out = 0
    for h in heads:
        if h.band is None or h.gender not in ("L", "P"):
            left_out += h.count
        else:
            counts[(h.band, str(h.gender))] += h.count
    bars = []
    for i, (lo, hi) in enumerate(AGE_BANDS):
        values = (counts[(i, "L")], counts[(i, "P")])
        queries = tuple(
            _query(office, chart=ChartFilter(jenis_kelamin=g, born_between=bounds[i]))
            if v else None for g, v in zip(("L", "P"), values, strict=True))
        bars.append(Bar(f"age{lo}", age_label(lo, hi), values, queries))
    return Chart("age", ("L", "P"), tuple(bars), note_count=left_out)


def pensiun_chart(session: Session, base: list[ColumnElement[bool]], office: str | None,
                  as_of: date) -> Chart:
    """Retirements in each calendar year from this one (the whole year, so the bar of this
    year also shows those whose TMT pensiun has passed but who are still on duty); one
    query, each employee in the first year whose window holds their TMT pensiun."""
    windows = [(date(y, 1, 1), date(y, 12, 31))
               for y in range(as_of.year, as_of.year + PENSIUN_YEARS)]
    year = case(*[(pensiun_condition(session, BUP, *w), w[0].year) for w in windows],
                else_=None)
    found = dict(session.execute(
        select(year, func.count()).select_from(Employee)
        .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id)
        .where(*base, pensiun_condition(session, BUP, windows[0][0], windows[-1][1]))
        .group_by(year)).all())
    bars = []
    for first, last in windows:
        n = int(found.get(first.year, 0))
        bars.append(Bar(str(first.year), str(first.year), (n,),
                        (_query(office, pensiun_between=(first, last)) if n else None,)))
    return Chart("pensiun", ("count",), tuple(bars))


def default_predikat_year(session: Session, office_code: str | None,  # noqa: ARG001
                          as_of: date | None = None) -> int:
    """The SKP year a predikat chart or recap shows unless asked: last year — the SKPs of a
    year are rated at its turn (PermenPANRB 6/2022), so this year's are not in yet."""
    return (as_of or date.today()).year - 1


# --- per unit (or per office) -----------------------------------------------------------------

class _Groups:
    """Bars per OPD of an office (sub-units rolled up), or per office across the province."""

    def __init__(self, session: Session, office: str | None, names: dict[str, str]) -> None:
        self.session = session
        self.office = office
        self.names = names
        self.rollup = unit_rollup(session, office) if office else None

    @property
    def key_column(self) -> Any:
        return Employee.current_unit_id if self.office else Employee.office_code

    def group_key(self, raw: str | None) -> str:
        return self.rollup.top(raw) if self.rollup else (raw or NO_UNIT)

    def categories(self) -> list[tuple[str, str]]:
        if self.rollup:
            return [(t.id, t.name) for t in self.rollup.tops] + [(NO_UNIT, NO_DATA)]
        return list(self.names.items())

    def where_for(self, key: str, **kw: Any) -> BarQuery:
        if self.rollup is None:
            return BarQuery(office_code=key, **kw)
        if key == NO_UNIT:
            chart = kw.pop("chart", None) or ChartFilter()
            return BarQuery(office_code=self.office,
                            chart=_merge(chart, ChartFilter(unit_missing=True)), **kw)
        return BarQuery(office_code=self.office, unit_id=key, **kw)

    def count(self, stmt: Any) -> dict[tuple[str, Any], int]:
        """``stmt`` selects (group key column, series value, count): summed per bar."""
        out: dict[tuple[str, Any], int] = defaultdict(int)
        for raw, series, n in self.session.execute(stmt):
            out[(self.group_key(raw), series)] += int(n)
        return out

    def chart(self, key: str, series: Sequence[str], counts: dict[tuple[str, Any], int],
              query_for: Callable[[str, str], BarQuery], year: int | None = None) -> Chart:
        bars = []
        for cat, label in self.categories():
            values = tuple(counts.get((cat, s), 0) for s in series)
            if cat == NO_UNIT and not any(values):
                continue
            queries = tuple(query_for(cat, s) if v else None
                            for s, v in zip(series, values, strict=True))
            bars.append(Bar(cat or NO_DATA, label, values, queries))
        if not self.rollup:
            bars = [b for b in bars if b.total]  # offices with no one here: not a bar
        bars.sort(key=lambda b: (b.key == NO_DATA, -b.total))
        return Chart(key if self.rollup else f"{key}_office", tuple(series), tuple(bars), year)

    def jenis_chart(self, heads: list[Heads]) -> Chart:
        counts: dict[tuple[str, Any], int] = defaultdict(int)
        for h in heads:
            counts[(self.group_key(h.key), h.jenis)] += h.count
        return self.chart("unit", JENIS, counts,
                          lambda cat, jenis: self.where_for(cat, jenis_pegawai=jenis))

    def jp_chart(self, actor: CurrentUser, base: list[ColumnElement[bool]], year: int) -> Chart:
        targets = jp_targets(self.session, actor)
        whens = [(Employee.jenis_pegawai == j, literal(float(t))) for j in JENIS
                 if (t := targets.min_for(j)) is not None]
        target = case(*whens, else_=None) if whens else literal(None)
        per = jp_per_employee(year)
        met = case((func.coalesce(per.c.jp, 0) >= target, "met"), else_="below")
        counts = self.count(
            select(self.key_column, met, func.count())
            .outerjoin(per, per.c.employee_id == Employee.id)
            .where(*base, target.is_not(None)).group_by(self.key_column, met))

        def query_for(cat: str, series: str) -> BarQuery:
            if series == "met":
                return self.where_for(cat, chart=ChartFilter(jp_met_year=year))
            return self.where_for(cat, jp_below_year=year)
        return self.chart("jp", ("met", "below"), counts, query_for, year)

    def predikat_chart(self, base: list[ColumnElement[bool]], year: int) -> Chart:
        counts = self.count(
            select(self.key_column, Skp.predikat, func.count())
            .join(Skp, and_(Skp.employee_id == Employee.id, Skp.year == year,
                            not_(Skp.deleted),  # as the (employee, year) index is written
                            Skp.status.in_(EVALUATED), Skp.predikat.is_not(None)))
            .where(*base).group_by(self.key_column, Skp.predikat))
        return self.chart(
            "predikat", PREDIKAT, counts,
            lambda cat, p: self.where_for(cat, chart=ChartFilter(predikat=(year, p))), year)


def _merge(a: ChartFilter, b: ChartFilter) -> ChartFilter:
    """Both filters at once (``b``'s set fields win)."""
    from dataclasses import fields, replace

    changes = {f.name: getattr(b, f.name) for f in fields(b)
               if getattr(b, f.name) not in (None, False)}
    return replace(a, **changes)


def employee_query(bar: BarQuery) -> EmployeeQuery:
    """The Pegawai list's query for the employees of one bar segment."""
    return EmployeeQuery(
        office_code=bar.office_code, unit_id=bar.unit_id, golongan=bar.golongan,
        jenis_pegawai=bar.jenis_pegawai, pensiun_between=bar.pensiun_between,
        jp_below_year=bar.jp_below_year, chart=bar.chart,
        sort=SortKey.TMT_PENSIUN if bar.pensiun_between else SortKey.NAMA)
