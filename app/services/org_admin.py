"""What the Referensi screen needs beyond :mod:`app.services.org` and
:mod:`app.services.reference`: the OPD tree with employee counts, partial changes of a unit
(move it, (de)activate it with its sub-units, edit it without losing fields the form does not
show), checks a form runs while the clerk types, the choice lists of the unit and jabatan forms,
the offices the province may look at, and the BerAKHLAK values with their behaviours.

Writes go through :func:`app.services.org.update_org_unit` (same validation, same audit) or
follow its rules (Permission.ORG_WRITE, only the owning office).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.org import Office, OrgUnit, OrgUnitKind
from app.db.personnel import ACTIVE_STATUSES, Employee
from app.db.reference import BerakhlakValue, Jabatan, PelaksanaCategory
from app.domain import berakhlak
from app.domain.jabatan import InvalidJabatan, JenisJabatan, Jenjang, bup_for
from app.errors import FieldError, ValidationError, message, register_messages
from app.services import org, reference
from app.services.access import office_scope, require_owner
from app.services.org import OrgUnitInput, OrgUnitNode
from app.services.reference import JabatanCatalogInput, RefTable
from app.services.roles import CurrentUser, Permission, require

# --- the tree with its counts -----------------------------------------------------------------

@dataclass(frozen=True)
class OrgTreeRow:
    """One unit of the tree (``node``, in tree order) with what the screen shows about it."""

    node: OrgUnitNode
    on_duty: int  # employees on duty (aktif, CLTN, tugas belajar, …) placed in this unit
    on_duty_total: int  # … in this unit and every unit below it
    recorded: int  # every employee record placed here, retired ones too (they block a delete)
    sub_units: int  # live units directly below
    siasn_unor_id: str | None

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def name(self) -> str:
        return self.node.name


def org_tree_rows(
    session: Session, actor: CurrentUser, office_code: str | None = None,
) -> list[OrgTreeRow]:
    """The office's units in tree order (inactive ones too) with their employee counts.

    A regency sees its own tree; the province may ask for any office's (default: its own)."""
    require(actor, Permission.EMPLOYEE_READ)
    office = office_scope(actor, office_code) or actor.office_code
    nodes = org.list_org_tree(session, actor, office)
    on_duty = dict(session.execute(
        select(Employee.current_unit_id, func.count())
        .where(Employee.office_code == office, Employee.deleted.is_(False),
               Employee.current_unit_id.is_not(None),
               Employee.status.in_([s.value for s in ACTIVE_STATUSES]))
        .group_by(Employee.current_unit_id)
    ).all())
    siasn = dict(session.execute(
        select(OrgUnit.id, OrgUnit.siasn_unor_id)
        .where(OrgUnit.office_code == office, OrgUnit.deleted.is_(False),
               OrgUnit.siasn_unor_id.is_not(None))
    ).all())
    totals = {n.id: on_duty.get(n.id, 0) for n in nodes}
    sub_units = dict.fromkeys(totals, 0)
    for n in reversed(nodes):  # children come after their parent in tree order
        if n.parent_id in totals:
            totals[n.parent_id] += totals[n.id]
            sub_units[n.parent_id] += 1
    return [OrgTreeRow(n, on_duty.get(n.id, 0), totals[n.id], n.employee_count, sub_units[n.id],
                       siasn.get(n.id)) for n in nodes]


@dataclass(frozen=True)
class OfficeChoice:
    code: str
    name: str


def list_offices(session: Session, actor: CurrentUser) -> list[OfficeChoice]:
    """The offices whose tree the actor may look at: all of them for the province, else its
    own."""
    require(actor, Permission.EMPLOYEE_READ)
    stmt = select(Office.code, Office.name).where(Office.deleted.is_(False))
    if office_scope(actor) is not None:
        stmt = stmt.where(Office.code == actor.office_code)
    return [OfficeChoice(code, name) for code, name in session.execute(stmt.order_by(Office.code))]


# --- changing one unit ------------------------------------------------------------------------

def unit_input(session: Session, actor: CurrentUser, unit_id: str) -> OrgUnitInput:
    """Every stored field of a unit, as the input of :func:`app.services.org.update_org_unit`."""
    require(actor, Permission.EMPLOYEE_READ)
    unit = org.live_unit(session, actor, unit_id)
    return OrgUnitInput(
        name=unit.name, kind=unit.kind, parent_id=unit.parent_id, short_name=unit.short_name,
        eselon=unit.eselon, sort_order=unit.sort_order, active=unit.active,
        siasn_unor_id=unit.siasn_unor_id,
    )


def check_org_unit(
    session: Session, actor: CurrentUser, data: OrgUnitInput, unit_id: str | None = None,
) -> list[FieldError]:
    """The errors :func:`~app.services.org.create_org_unit` (``unit_id`` None) or
    :func:`~app.services.org.update_org_unit` would raise for ``data``. No write."""
    require(actor, Permission.EMPLOYEE_READ)
    unit = org.live_unit(session, actor, unit_id) if unit_id else None
    try:
        org.validate_org_unit(session, actor, data, unit)
    except ValidationError as exc:
        return list(exc.errors)
    return []


def move_org_unit(
    session: Session, actor: CurrentUser, unit_id: str, parent_id: str | None,
) -> OrgUnitNode:
    """Put a unit (with everything below it) under ``parent_id`` (``None``: a top-level OPD).
    Refused below itself or next to a sibling of the same name."""
    require(actor, Permission.ORG_WRITE)
    current = unit_input(session, actor, unit_id)
    return org.update_org_unit(session, actor, unit_id, replace(current, parent_id=parent_id))


def set_org_unit_active(
    session: Session, actor: CurrentUser, unit_id: str, active: bool,
) -> int:
    """(De)activate a unit together with every unit below it; the number of units changed.

    An inactive unit keeps its employees and history but is no longer offered in pick lists.
    A unit cannot be activated under an inactive parent."""
    require(actor, Permission.ORG_WRITE)
    unit = org.live_unit(session, actor, unit_id)
    require_owner(actor, unit, message("org.unit"))
    if active and unit.parent_id is not None:
        parent = session.get(OrgUnit, unit.parent_id)
        if parent is not None and not parent.deleted and not parent.active:
            raise ValidationError([FieldError("active", "org.parent_inactive",
                                              {"unit": unit.name, "parent": parent.name})])
    ids = org.unit_subtree_ids(session, unit.id)
    changed = 0
    for row in session.scalars(select(OrgUnit).where(OrgUnit.id.in_(ids),
                                                     OrgUnit.deleted.is_(False))):
        if row.active != active:
            row.active = active
            changed += 1
    session.flush()
    return changed


# --- the jabatan catalogue --------------------------------------------------------------------

def check_jabatan(
    session: Session, actor: CurrentUser, data: JabatanCatalogInput,
    jabatan_id: str | None = None,
) -> list[FieldError]:
    """The field errors :func:`~app.services.reference.save_jabatan` would raise. No write."""
    require(actor, Permission.EMPLOYEE_READ)
    row = reference.live_row(session, Jabatan, jabatan_id) if jabatan_id else None
    try:
        reference.validate_jabatan(session, data, row)
    except ValidationError as exc:
        return list(exc.errors)
    return []


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    group: str = ""  # jenjang: the jabatan kind it belongs to


@dataclass(frozen=True)
class ReferenceChoices:
    """The choice lists of the unit and jabatan forms, and the BUP each kind gets by law."""

    unit_kinds: tuple[str, ...]
    jabatan_kinds: tuple[Choice, ...]
    jenjang: tuple[Choice, ...]
    eselon: tuple[Choice, ...]
    pelaksana_categories: tuple[str, ...]
    default_bup: Mapping[tuple[str, str], int]  # (kind, jenjang or "") -> years

    def bup_of(self, kind: str | None, jenjang: str | None) -> int | None:
        """The retirement age PP 11/2017 gives a jabatan of this kind and level."""
        if not kind:
            return None
        return self.default_bup.get((kind, jenjang or "")) or self.default_bup.get((kind, ""))


def reference_choices(session: Session, actor: CurrentUser) -> ReferenceChoices:
    require(actor, Permission.EMPLOYEE_READ)
    bup: dict[tuple[str, str], int] = {}
    for kind in JenisJabatan:
        levels = [""] + [j.value for j in Jenjang if j.jenis is kind]
        for level in levels:
            try:
                bup[(kind.value, level)] = bup_for(kind, level or None)
            except InvalidJabatan:
                continue  # a JF keahlian needs its jenjang
    eselon = reference.list_reference(session, actor, RefTable.ESELON)
    return ReferenceChoices(
        unit_kinds=tuple(k.value for k in OrgUnitKind),
        jabatan_kinds=tuple(Choice(k.value, k.label) for k in JenisJabatan),
        jenjang=tuple(Choice(j.value, j.label, j.jenis.value) for j in Jenjang),
        eselon=tuple(Choice(e.code, e.name) for e in eselon),
        pelaksana_categories=tuple(c.value for c in PelaksanaCategory),
        default_bup=bup,
    )


# --- BerAKHLAK --------------------------------------------------------------------------------

@dataclass(frozen=True)
class BerakhlakRow:
    code: str
    name: str
    meaning: str
    behaviours: tuple[str, ...]


def list_berakhlak(session: Session, actor: CurrentUser) -> list[BerakhlakRow]:
    """The seven core values (SE MenPANRB 20/2021) with their panduan perilaku, from the
    reference table (which travels in bundles), else from the shipped data."""
    require(actor, Permission.EMPLOYEE_READ)
    rows = list(session.scalars(
        select(BerakhlakValue).where(BerakhlakValue.deleted.is_(False))
        .order_by(BerakhlakValue.sort_order, BerakhlakValue.code)))
    if rows:
        return [BerakhlakRow(r.code, r.name, r.meaning or "",
                             tuple(json.loads(r.behaviours or "[]"))) for r in rows]
    return [BerakhlakRow(v.code, v.name, v.meaning, v.behaviours)
            for v in berakhlak.berakhlak_values()]


register_messages(
    {
        "org.parent_inactive": (
            "Unit induk {parent} nonaktif; aktifkan induknya dahulu sebelum {unit}.",
            "The parent unit {parent} is inactive; activate it before {unit}.",
        ),
    }
)

__all__ = [
    "BerakhlakRow", "Choice", "OfficeChoice", "OrgTreeRow", "ReferenceChoices",
    "check_jabatan", "check_org_unit", "list_berakhlak", "list_offices",
    "move_org_unit", "org_tree_rows", "reference_choices", "set_org_unit_active", "unit_input",
]
