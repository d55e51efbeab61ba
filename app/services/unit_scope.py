"""The scope of an org unit in queries: the unit alone or with all its sub-units (a recursive
query on both backends), the live on-duty employees of a unit, and the unit tree in display
order. Shared by the training, appraisal and talent services."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from app.db.org import OrgUnit
from app.db.personnel import Employee, EmployeeStatus


def subtree_ids(unit_id: str) -> Select[tuple[str]]:
    """``SELECT id`` of a unit and all units below it (recursive CTE, both backends)."""
    tree = select(OrgUnit.id).where(OrgUnit.id == unit_id).cte(recursive=True)
    child = aliased(OrgUnit)
    tree = tree.union_all(select(child.id).where(child.parent_id == tree.c.id))
    return select(tree.c.id)


def in_unit(column: Any, unit_id: str | None, include_subunits: bool) -> ColumnElement[bool]:
    """``column`` (a unit id column) is the unit, or within its subtree."""
    if include_subunits:
        return column.in_(subtree_ids(unit_id))  # type: ignore[arg-type]
    return column == unit_id  # type: ignore[no-any-return]


ON_DUTY = (EmployeeStatus.AKTIF.value,)
"""Statuses of employees the yearly obligations (JP, SKP) apply to: those on duty."""


def employee_scope(
    unit_id: str | None, include_subunits: bool = True, statuses: Sequence[str] | None = ON_DUTY,
) -> list[ColumnElement[bool]]:
    """WHERE clauses for the live employees of a unit (``None``: every unit of the database)."""
    where = [Employee.deleted.is_(False)]
    if statuses is not None:
        where.append(Employee.status.in_(statuses))
    if unit_id is not None:
        where.append(in_unit(Employee.current_unit_id, unit_id, include_subunits))
    return where


@dataclass(frozen=True)
class UnitNode:
    id: str
    parent_id: str | None
    name: str
    sort_order: int
    active: bool


def unit_tree(session: Session, unit_id: str | None = None) -> list[tuple[UnitNode, int]]:
    """``(unit, depth)`` in tree order (depth-first by sort order, then name): every live unit,
    or ``unit_id`` and its sub-units (``unit_id`` at depth 0)."""
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.sort_order, OrgUnit.active)
        .where(OrgUnit.deleted.is_(False))
    ).all()
    nodes = {r[0]: UnitNode(*r) for r in rows}
    children: dict[str | None, list[UnitNode]] = {}
    for n in nodes.values():
        parent = n.parent_id if n.parent_id in nodes else None
        children.setdefault(parent, []).append(n)
    for kids in children.values():
        kids.sort(key=lambda n: (n.sort_order, n.name.lower()))
    out: list[tuple[UnitNode, int]] = []

    def walk(node: UnitNode, depth: int) -> None:
        out.append((node, depth))
        for kid in children.get(node.id, ()):
            walk(kid, depth + 1)

    roots = [nodes[unit_id]] if unit_id is not None else children.get(None, [])
    for root in roots:
        walk(root, 0)
    return out
