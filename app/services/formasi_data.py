"""Formasi (recruitment needs) data: per unit, the peta jabatan against the holders on duty
and the retirements ahead — what an office asks for in the next recruitment round.

For every planned jabatan of a unit: kebutuhan (from the ABK), bezetting (holders now),
the holders reaching their TMT pensiun (domain.md §3) in each year from the date of the report
to the end of the formasi year, and the usulan::

    usulan = max(0, kebutuhan - (bezetting - pensiun until the end of the formasi year))

Holders of a jabatan the unit's peta does not list are shown under it (kebutuhan empty), so
excess and misplaced staff are visible. A holder already past the TMT pensiun but still on
duty counts as retiring in the report's own year. Units in scope that have employees but no
peta jabatan are named in :attr:`FormasiReport.without_peta`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.formasi import PlannedPosition
from app.db.personnel import Employee
from app.db.reference import Jabatan
from app.errors import FieldError, ValidationError, register_messages
from app.services.employee_dto import INACTIVE_STATUSES
from app.services.employee_facts import employee_bup, pensiun_date
from app.services.formasi import jabatan_key, match_holder
from app.services.report_data import (
    OfficeHeader,
    UnitInfo,
    UnitRef,
    load_units,
    office_header,
    subtree,
    unit_path,
    unit_ref,
)
from app.services.roles import CurrentUser, Permission, require

MAX_YEARS_AHEAD = 5


@dataclass(frozen=True)
class FormasiLine:
    jabatan: str
    jabatan_kind: str | None
    kelas: int | None
    needed: int | None  # None: held here but not in the unit's peta jabatan
    filled: int
    retiring: tuple[int, ...]  # one count per year of FormasiReport.years
    note: str | None = None

    @property
    def retiring_total(self) -> int:
        return sum(self.retiring)

    @property
    def gap(self) -> int:
        """Bezetting minus kebutuhan: negative is a shortage, positive an excess."""
        return self.filled - (self.needed or 0)

    @property
    def proposal(self) -> int:
        if self.needed is None:
            return 0
        return max(0, self.needed - (self.filled - self.retiring_total))


@dataclass(frozen=True)
class FormasiUnit:
    unit_id: str
    name: str
    path: str
    depth: int
    lines: tuple[FormasiLine, ...]

    @property
    def needed(self) -> int:
        return sum(line.needed or 0 for line in self.lines)

    @property
    def filled(self) -> int:
        return sum(line.filled for line in self.lines)

    @property
    def proposal(self) -> int:
        return sum(line.proposal for line in self.lines)


@dataclass(frozen=True)
class FormasiReport:
    office: OfficeHeader
    unit: UnitRef | None
    as_of: date
    year: int  # the formasi year: retirements are counted until its end
    years: tuple[int, ...]  # as_of.year … year
    units: tuple[FormasiUnit, ...]  # units with a peta jabatan, in tree order
    without_peta: tuple[tuple[str, int], ...] = ()  # (unit path, employees on duty)

    def retiring_per_year(self) -> tuple[int, ...]:
        return tuple(sum(u_line.retiring[i] for u in self.units for u_line in u.lines)
                     for i in range(len(self.years)))

    @property
    def needed(self) -> int:
        return sum(u.needed for u in self.units)

    @property
    def filled(self) -> int:
        return sum(u.filled for u in self.units)

    @property
    def proposal(self) -> int:
        return sum(u.proposal for u in self.units)


def formasi_data(session: Session, actor: CurrentUser, *, unit_id: str | None = None,
                 as_of: date | None = None, year: int | None = None,
                 office_code: str | None = None) -> FormasiReport:
    """The formasi of the office (or of a unit and its sub-units) on ``as_of`` (default
    today) for recruitment year ``year`` (default next year)."""
    require(actor, Permission.REPORT_PRINT)
    office = office_header(session, actor, office_code)
    when = as_of or date.today()
    target = year or when.year + 1
    if not when.year <= target <= when.year + MAX_YEARS_AHEAD:
        raise ValidationError([FieldError("year", "formasi.year_range", {
            "year": target, "first": when.year, "last": when.year + MAX_YEARS_AHEAD})])
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    scope = sorted(subtree(units, unit.id) if unit else units)
    years = tuple(range(when.year, target + 1))
    planned = _planned(session, scope)
    people = _holders(session, scope)
    built = []
    without = []
    for uid in sorted(scope, key=lambda u: units[u].order):
        mine = people.get(uid, [])
        if uid in planned:
            built.append(_unit(units[uid], units, planned[uid], mine, when, years))
        elif mine:
            without.append((unit_path(units, uid), len(mine)))
    return FormasiReport(office, unit, when, target, years, tuple(built), tuple(without))


_Holder = tuple[str | None, tuple[str, ...], str | None, date | None]  # id, names, kind, TMT


def _planned(session: Session, unit_ids: list[str]) -> dict[str, list[PlannedPosition]]:
    out: dict[str, list[PlannedPosition]] = {}
    rows = session.scalars(
        select(PlannedPosition)
        .where(PlannedPosition.unit_id.in_(unit_ids), PlannedPosition.deleted.is_(False))
        .order_by(PlannedPosition.sort_order, PlannedPosition.jabatan_name))
    for row in rows:
        out.setdefault(row.unit_id, []).append(row)
    return out


def _holders(session: Session, unit_ids: list[str]) -> dict[str, list[_Holder]]:
    rows = session.execute(
        select(Employee.current_unit_id, Employee.current_jabatan_id,
               Employee.current_jabatan_name, Jabatan.name,
               Employee.current_jabatan_kind, Employee.current_jabatan_jenjang, Jabatan.bup,
               Employee.tanggal_lahir)
        .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id)
        .where(Employee.current_unit_id.in_(unit_ids), Employee.deleted.is_(False),
               Employee.status.not_in(INACTIVE_STATUSES)))
    out: dict[str, list[_Holder]] = {}
    for uid, jabatan_id, recorded, catalogue, kind, jenjang, override, birth in rows:
        tmt = pensiun_date(birth, employee_bup(kind, jenjang, override))
        names = tuple(n for n in (recorded, catalogue) if n)
        out.setdefault(uid, []).append((jabatan_id, names, kind, tmt))
    return out


@dataclass
class _Extra:
    """Holders of a jabatan the unit's peta does not list."""

    name: str
    kind: str | None
    filled: int
    retiring: list[int]


def _unit(info: UnitInfo, units: dict[str, UnitInfo], planned: list[PlannedPosition],
          holders: list[_Holder], as_of: date, years: tuple[int, ...]) -> FormasiUnit:
    by_id = {p.jabatan_id: i for i, p in enumerate(planned) if p.jabatan_id}
    by_name = {jabatan_key(p.jabatan_name): i for i, p in enumerate(planned)}
    filled = [0] * len(planned)
    retiring = [[0] * len(years) for _ in planned]
    extra: dict[str, _Extra] = {}
    for jabatan_id, names, kind, tmt in holders:
        index = match_holder(by_id, by_name, jabatan_id, names)
        bucket = _bucket(tmt, as_of, years)
        if index is not None:
            filled[index] += 1
            if bucket is not None:
                retiring[index][bucket] += 1
            continue
        name = " ".join(names[-1].split()) if names else "-"
        line = extra.setdefault(jabatan_key(name), _Extra(name, kind, 0, [0] * len(years)))
        line.filled += 1
        if bucket is not None:
            line.retiring[bucket] += 1
    lines = [FormasiLine(p.jabatan_name, p.jabatan_kind, p.kelas_jabatan, p.needed, filled[i],
                         tuple(retiring[i]), p.note) for i, p in enumerate(planned)]
    lines += [FormasiLine(e.name, e.kind, None, None, e.filled, tuple(e.retiring))
              for _k, e in sorted(extra.items())]
    return FormasiUnit(info.id, info.name, unit_path(units, info.id), info.depth, tuple(lines))


def _bucket(tmt: date | None, as_of: date, years: tuple[int, ...]) -> int | None:
    """Which year column a TMT pensiun falls in (None: after the last, or unknown)."""
    if tmt is None or tmt.year > years[-1]:
        return None
    return max(tmt.year, as_of.year) - years[0]


register_messages({
    "formasi.year_range": (
        "Tahun formasi {year} di luar {first}–{last}.",
        "Formasi year {year} is outside {first}–{last}.",
    ),
})
