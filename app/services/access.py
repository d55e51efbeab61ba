"""Which rows an actor may see and change (shared by the personnel services).

Reading: a regency/city office sees its own records; the province (office ``15``) consolidates
every office and sees them all. Writing: only the owning office changes a record (a bundle may
only touch what its sender owns, sync.md), so a record of another office is read-only here.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.db.base import Synced
from app.db.personnel import Employee
from app.errors import NotFound, PermissionDenied, message, register_messages
from app.services.roles import PROVINCE_OFFICE, CurrentUser


def office_scope(actor: CurrentUser, wanted: str | None = None) -> str | None:
    """The office whose records a query covers; ``None`` means every office (province only)."""
    if actor.office_code == PROVINCE_OFFICE:
        return wanted or None
    return actor.office_code


def may_see(actor: CurrentUser, office_code: str) -> bool:
    scope = office_scope(actor)
    return scope is None or scope == office_code


def require_owner(actor: CurrentUser, row: Synced, what: str) -> None:
    """Raise unless ``row`` belongs to the actor's office."""
    if row.office_code != actor.office_code:
        raise PermissionDenied("access.other_office", what=what, office=row.office_code)


def get_employee(
    session: Session, actor: CurrentUser, employee_id: str, *, write: bool = False,
    include_deleted: bool = False,
) -> Employee:
    """The employee, or :class:`NotFound` (also for a record the actor may not see)."""
    employee = session.get(Employee, employee_id)
    if (employee is None or (employee.deleted and not include_deleted)
            or not may_see(actor, employee.office_code)):
        raise NotFound(what=message("access.employee"))
    if write:
        require_owner(actor, employee, message("access.employee"))
    return employee


register_messages(
    {
        "access.employee": ("pegawai", "employee"),
        "access.other_office": (
            "Data {what} ini milik kantor {office}; hanya kantor itu yang boleh mengubahnya.",
            "This {what} belongs to office {office}; only that office may change it.",
        ),
    }
)
