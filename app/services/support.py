"""Small pieces the training and appraisal services share: collecting field errors, cleaning
text, finding live (non-deleted) rows, reading office settings, and the scope of an org unit
(the unit alone, or the unit with all its sub-units, as a recursive query).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session, aliased

from app.db.base import Synced
from app.db.org import PROVINCE_CODE, OrgUnit, Setting
from app.db.personnel import Employee, EmployeeStatus
from app.db.users import User
from app.errors import FieldError, NotFound, ValidationError, register_messages
from app.services.roles import CurrentUser

T = TypeVar("T", bound=Synced)


class Problems:
    """Collects :class:`FieldError` s of one form; :meth:`check` raises them all at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: str, /, **params: object) -> None:
        self.errors.append(FieldError(field, code, params))

    def __bool__(self) -> bool:
        return bool(self.errors)

    def check(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean(value: str | None) -> str | None:
    """Text as stored: surrounding spaces removed, empty → None."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def text_field(
    problems: Problems, field: str, value: str | None, *, max_len: int, required: bool = False
) -> str | None:
    """A cleaned text value, with ``field.required`` / ``field.too_long`` recorded."""
    text = clean(value)
    if text is None:
        if required:
            problems.add(field, "field.required")
        return None
    if len(text) > max_len:
        problems.add(field, "field.too_long", max=max_len, count=len(text))
    return text


def choice_field(
    problems: Problems, field: str, value: object, allowed: Iterable[str], *,
    required: bool = True,
) -> str | None:
    """``value`` (a str or StrEnum) when it is one of ``allowed``; records ``field.choice``."""
    options = [str(a) for a in allowed]
    if value is None or str(value).strip() == "":
        if required:
            problems.add(field, "field.required")
        return None
    text = str(value).strip()
    if text not in options:
        problems.add(field, "field.choice", value=text, allowed=", ".join(options))
        return None
    return text


def live(session: Session, model: type[T], row_id: str | None, code: str) -> T:
    """The row with ``row_id`` unless missing or tombstoned (then :class:`NotFound` ``code``)."""
    obj = session.get(model, row_id) if row_id else None
    if obj is None or obj.deleted:
        raise NotFound(code, id=row_id or "-")
    return obj


def employee(session: Session, employee_id: str | None) -> Employee:
    return live(session, Employee, employee_id, "employee.not_found")


def who(actor: CurrentUser) -> str:
    """What a who-column stores for the actor: the user id, or the name of a system job."""
    return actor.user_id or actor.username


def who_names(session: Session, values: Iterable[str | None]) -> dict[str, str]:
    """Display names for who-column values (user ids → full names; others as they are)."""
    ids = {v for v in values if v}
    if not ids:
        return {}
    rows = session.execute(select(User.id, User.full_name).where(User.id.in_(ids))).all()
    names = {r[0]: r[1] for r in rows}
    return {v: names.get(v, v) for v in ids}


def year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def setting_value(session: Session, actor: CurrentUser, key: str) -> Any:
    """An office setting (JSON): the actor's office first, then the province's; None if unset."""
    rows = session.execute(
        select(Setting.office_code, Setting.value).where(
            Setting.key == key, Setting.deleted.is_(False),
            Setting.office_code.in_({actor.office_code, PROVINCE_CODE}),
        )
    ).all()
    by_office = {r[0]: r[1] for r in rows}
    for office in (actor.office_code, PROVINCE_CODE):
        if office in by_office:
            try:
                return json.loads(by_office[office])
            except ValueError:
                return None
    return None


# --- org-unit scope -------------------------------------------------------------------------

def unit(session: Session, unit_id: str | None) -> OrgUnit:
    return live(session, OrgUnit, unit_id, "unit.not_found")


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


register_messages(
    {
        # Same text as app.services.field_checks: both register it, whichever loads first.
        "field.too_long": (
            "Terlalu panjang: {count} karakter, maksimal {max}.",
            "Too long: {count} characters, at most {max}.",
        ),
        "field.choice": (
            "Nilai '{value}' tidak dikenal; pilih salah satu: {allowed}.",
            "Unknown value '{value}'; choose one of: {allowed}.",
        ),
        "field.date_order": (
            "Tanggal selesai ({end}) tidak boleh sebelum tanggal mulai ({start}).",
            "The end date ({end}) cannot be before the start date ({start}).",
        ),
        "employee.not_found": (
            "Pegawai tidak ditemukan (mungkin sudah dihapus).",
            "Employee not found (it may have been deleted).",
        ),
        "unit.not_found": (
            "Unit organisasi tidak ditemukan (mungkin sudah dihapus).",
            "Organisation unit not found (it may have been deleted).",
        ),
    }
)
