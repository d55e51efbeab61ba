"""The OPD tree of an office: list it, add, change and delete units.

Units belong to their office (only it may change them, Permission.ORG_WRITE). A unit still
holding employees, or with live sub-units, cannot be deleted: the message says how many and
what to do. Deletes are tombstones with a reason.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import tracking
from app.db.org import OrgUnit, OrgUnitKind
from app.db.personnel import Employee
from app.domain.jabatan import InvalidJabatan, parse_eselon
from app.errors import FieldError, NotFound, ValidationError, message, register_messages
from app.services.access import may_see, office_scope, require_owner
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Checks, clean_values


@dataclass(frozen=True, kw_only=True)
class OrgUnitInput:
    name: str | None = None
    kind: str | None = None
    parent_id: str | None = None
    short_name: str | None = None
    eselon: str | None = None
    sort_order: int = 0
    active: bool = True
    siasn_unor_id: str | None = None


@dataclass(frozen=True)
class OrgUnitNode:
    """One unit in tree order: ``depth`` 0 for an OPD, ``path`` from the OPD down."""

    id: str
    parent_id: str | None
    name: str
    short_name: str | None
    kind: str
    eselon: str | None
    sort_order: int
    active: bool
    office_code: str
    depth: int
    path: tuple[str, ...]
    employee_count: int  # employees placed directly in this unit (active or not)


# --- reading ----------------------------------------------------------------------------------

def list_org_tree(
    session: Session, actor: CurrentUser, office_code: str | None = None,
    include_inactive: bool = True,
) -> list[OrgUnitNode]:
    """The units of one office in tree order (parents before children, by sort order, name).

    A regency sees its own tree; the province may ask for any office's (default: its own)."""
    require(actor, Permission.EMPLOYEE_READ)
    office = office_scope(actor, office_code) or actor.office_code
    stmt = select(OrgUnit).where(OrgUnit.office_code == office, OrgUnit.deleted.is_(False))
    if not include_inactive:
        stmt = stmt.where(OrgUnit.active.is_(True))
    units = list(session.scalars(stmt))
    counts = dict(session.execute(
        select(Employee.current_unit_id, func.count())
        .where(Employee.office_code == office, Employee.deleted.is_(False),
               Employee.current_unit_id.is_not(None))
        .group_by(Employee.current_unit_id)
    ).all())
    return _tree_order(units, counts)


def _tree_order(units: list[OrgUnit], counts: dict[str, int]) -> list[OrgUnitNode]:
    ids = {u.id for u in units}
    children: dict[str | None, list[OrgUnit]] = defaultdict(list)
    for u in units:
        children[u.parent_id if u.parent_id in ids else None].append(u)
    for group in children.values():
        group.sort(key=lambda u: (u.sort_order, u.name.lower()))
    out: list[OrgUnitNode] = []

    def walk(parent: str | None, depth: int, path: tuple[str, ...]) -> None:
        for u in children.get(parent, ()):
            here = (*path, u.name)
            out.append(OrgUnitNode(
                u.id, u.parent_id, u.name, u.short_name, u.kind, u.eselon, u.sort_order,
                u.active, u.office_code, depth, here, counts.get(u.id, 0),
            ))
            walk(u.id, depth + 1, here)

    walk(None, 0, ())
    return out


def unit_subtree_ids(session: Session, unit_id: str) -> set[str]:
    """``unit_id`` and every unit below it (tombstoned units included: employees may still
    point at them until moved)."""
    unit = session.get(OrgUnit, unit_id)
    if unit is None:
        return {unit_id}
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id).where(OrgUnit.office_code == unit.office_code)
    ).all()
    children: dict[str | None, list[str]] = defaultdict(list)
    for uid, parent in rows:
        children[parent].append(uid)
    found, todo = {unit_id}, [unit_id]
    while todo:
        for child in children.get(todo.pop(), ()):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def get_org_unit(session: Session, actor: CurrentUser, unit_id: str) -> OrgUnitNode:
    require(actor, Permission.EMPLOYEE_READ)
    unit = live_unit(session, actor, unit_id)
    for node in list_org_tree(session, actor, unit.office_code):
        if node.id == unit_id:
            return node
    raise NotFound(what=message("org.unit"))


# --- writing ----------------------------------------------------------------------------------

def create_org_unit(session: Session, actor: CurrentUser, data: OrgUnitInput) -> OrgUnitNode:
    require(actor, Permission.ORG_WRITE)
    values = validate_org_unit(session, actor, data, None)
    unit = OrgUnit(office_code=actor.office_code, **values)
    session.add(unit)
    session.flush()
    return get_org_unit(session, actor, unit.id)


def update_org_unit(
    session: Session, actor: CurrentUser, unit_id: str, data: OrgUnitInput
) -> OrgUnitNode:
    require(actor, Permission.ORG_WRITE)
    unit = live_unit(session, actor, unit_id)
    require_owner(actor, unit, message("org.unit"))
    values = validate_org_unit(session, actor, data, unit)
    for key, value in values.items():
        if getattr(unit, key) != value:
            setattr(unit, key, value)
    session.flush()
    return get_org_unit(session, actor, unit.id)


def delete_org_unit(session: Session, actor: CurrentUser, unit_id: str, reason: str) -> None:
    """Tombstone a unit that holds no employee and has no live sub-unit."""
    require(actor, Permission.ORG_WRITE)
    unit = live_unit(session, actor, unit_id)
    require_owner(actor, unit, message("org.unit"))
    employees = session.scalar(
        select(func.count()).select_from(Employee)
        .where(Employee.current_unit_id == unit.id, Employee.deleted.is_(False))
    ) or 0
    if employees:
        raise ValidationError([FieldError("unit_id", "org.has_employees",
                                          {"unit": unit.name, "count": employees})])
    children = session.scalar(
        select(func.count()).select_from(OrgUnit)
        .where(OrgUnit.parent_id == unit.id, OrgUnit.deleted.is_(False))
    ) or 0
    if children:
        raise ValidationError([FieldError("unit_id", "org.has_children",
                                          {"unit": unit.name, "count": children})])
    tracking.tombstone(session, unit, reason)
    session.flush()


def live_unit(session: Session, actor: CurrentUser, unit_id: str) -> OrgUnit:
    """The unit ``unit_id`` unless deleted or outside what ``actor`` may see (then
    :class:`NotFound`). For the services of this package; never handed to the UI."""
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted or not may_see(actor, unit.office_code):
        raise NotFound(what=message("org.unit"))
    return unit


def validate_org_unit(
    session: Session, actor: CurrentUser, data: OrgUnitInput, unit: OrgUnit | None
) -> dict[str, object]:
    """The cleaned column values of ``data`` for a new unit (``unit`` None) or for ``unit``.

    Raises :class:`ValidationError` with every problem at once (required fields, lengths,
    kind, eselon, a parent that is missing or below the unit itself, a sibling of the same
    name). No write: :func:`create_org_unit`, :func:`update_org_unit` and the form's live check
    (:func:`app.services.org_admin.check_org_unit`) share it."""
    values = clean_values(data)
    checks = Checks(values, date.today())
    checks.required("name", "kind")
    checks.model_limits(OrgUnit)
    checks.choice("kind", [k.value for k in OrgUnitKind])
    if values["eselon"] is not None:
        try:
            found = parse_eselon(values["eselon"])
            values["eselon"] = found.code if found else None
        except InvalidJabatan as exc:
            checks.invalid("eselon", exc)
    _check_parent(session, actor, values, unit, checks)
    if values["name"] and not checks.has_error("parent_id"):
        _check_sibling_name(session, actor, values, unit, checks)
    checks.raise_if_any()
    values["sort_order"] = values["sort_order"] or 0
    values["active"] = bool(values["active"])
    return values


def _check_parent(
    session: Session, actor: CurrentUser, values: dict[str, object], unit: OrgUnit | None,
    checks: Checks,
) -> None:
    parent_id = values["parent_id"]
    if parent_id is None:
        return
    parent = session.get(OrgUnit, parent_id)
    if parent is None or parent.deleted or parent.office_code != actor.office_code:
        checks.error("parent_id", "field.not_found", what=message("org.parent"))
    elif unit is not None and parent_id in unit_subtree_ids(session, unit.id):
        checks.error("parent_id", "org.cycle", unit=unit.name, parent=parent.name)


def _check_sibling_name(
    session: Session, actor: CurrentUser, values: dict[str, object], unit: OrgUnit | None,
    checks: Checks,
) -> None:
    name = str(values["name"])
    parent = values["parent_id"]
    stmt = select(OrgUnit.id).where(
        OrgUnit.office_code == actor.office_code, OrgUnit.deleted.is_(False),
        func.lower(OrgUnit.name) == name.lower(),
        OrgUnit.parent_id.is_(None) if parent is None else OrgUnit.parent_id == parent,
    )
    if unit is not None:
        stmt = stmt.where(OrgUnit.id != unit.id)
    if session.scalar(stmt.limit(1)) is not None:
        checks.error("name", "org.duplicate_name", name=name)


register_messages(
    {
        "org.unit": ("unit kerja", "org unit"),
        "org.parent": ("unit induk", "parent unit"),
        "org.has_employees": (
            "Unit kerja {unit} masih ditempati {count} pegawai; pindahkan mereka ke unit lain "
            "dahulu, atau nonaktifkan unit ini.",
            "The unit {unit} still holds {count} employee(s); move them to another unit "
            "first, or deactivate this unit.",
        ),
        "org.has_children": (
            "Unit kerja {unit} masih punya {count} sub-unit; hapus atau pindahkan sub-unit "
            "itu dahulu.",
            "The unit {unit} still has {count} sub-unit(s); delete or move them first.",
        ),
        "org.cycle": (
            "{parent} berada di bawah {unit}, jadi tidak bisa menjadi induknya.",
            "{parent} lies below {unit}, so it cannot be its parent.",
        ),
        "org.duplicate_name": (
            "Sudah ada unit bernama '{name}' di bawah induk yang sama.",
            "A unit named '{name}' already exists under the same parent.",
        ),
    }
)
