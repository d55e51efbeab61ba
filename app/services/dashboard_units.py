"""Where a dashboard bar of a unit chart puts an employee: the top unit (OPD) above their unit.

The roll-up reads every unit of the office once — tombstoned ones too, since employees may
still point at a unit that was deleted until they are moved, and the Pegawai list's unit filter
covers such sub-units (:func:`app.services.org.unit_subtree_ids`). An employee whose chain of
units does not end at a live OPD counts as "no unit" (:func:`app.services.dashboard_filters.
unit_missing` says the same in SQL).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Office, OrgUnit

NO_UNIT = ""


@dataclass(frozen=True)
class TopUnit:
    id: str
    name: str
    order: int


@dataclass(frozen=True)
class UnitRollup:
    tops: tuple[TopUnit, ...]  # the live OPDs of the office, in tree order
    top_of: dict[str, str]  # unit id -> its live OPD's id (units under no live OPD absent)

    def top(self, unit_id: str | None) -> str:
        return self.top_of.get(unit_id or "", NO_UNIT)


def unit_rollup(session: Session, office_code: str) -> UnitRollup:
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.sort_order, OrgUnit.deleted)
        .where(OrgUnit.office_code == office_code)
    ).all()
    by_id = {r[0]: r for r in rows}
    roots = sorted((r for r in rows if r[1] is None and not r[4]),
                   key=lambda r: (r[3], r[2].lower()))
    tops = tuple(TopUnit(r[0], r[2], n) for n, r in enumerate(roots))
    live_roots = {t.id for t in tops}
    memo: dict[str, str | None] = {}
    for uid in by_id:
        path: list[str] = []
        seen: set[str] = set()
        current: str | None = uid
        while current is not None and current in by_id and current not in memo \
                and current not in seen:
            path.append(current)
            seen.add(current)
            current = by_id[current][1]
        if current is not None and current in memo:
            found = memo[current]
        else:  # None: the chain ended at a root; else a missing parent or a cycle
            found = path[-1] if current is None and path else None
        for u in path:
            memo[u] = found
    top_of = {u: t for u, t in memo.items() if t is not None and t in live_roots}
    return UnitRollup(tops, top_of)


def office_names(session: Session) -> dict[str, str]:
    """Every office's code and name (the province's dashboard, one bar per office)."""
    rows = session.execute(
        select(Office.code, Office.name).where(Office.deleted.is_(False)).order_by(Office.code))
    return {code: name for code, name in rows}
