"""Create, change, delete and restore employees (the rules are in
:mod:`app.services.employee_input`; photos in :mod:`app.services.personnel_photo`).

Every write validates the whole record first and refuses with *all* errors at once, so bad
input changes nothing. NIP and NIK are unique: checked before the flush with a message naming
the other record, and the database's unique constraints are the backstop (a concurrent write
that slipped in between gets the same message). Deleting is a tombstone with a reason and needs
Permission.EMPLOYEE_DELETE (a verifikator, not an operator).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db import tracking
from app.db.audit import AuditEntry, append_audit
from app.db.personnel import Employee
from app.db.users import User
from app.errors import Conflict, FieldError, ValidationError, message, register_messages
from app.services.access import get_employee
from app.services.employee_input import (
    INPUT_FIELDS,
    EmployeeInput,
    check_input,
    input_of,
    unique_clash,
)
from app.services.employee_query import EmployeeRow, employee_row
from app.services.roles import CurrentUser, Permission, require

__all__ = [
    "EmployeeCheck", "EmployeeInput", "EmployeeSaved", "check_employee", "create_employee",
    "delete_employee", "employee_input", "restore_employee", "update_employee",
    "validate_employee",
]


@dataclass(frozen=True)
class EmployeeSaved:
    """The saved employee's list row and the warnings to show (the save went through)."""

    id: str
    row: EmployeeRow
    warnings: tuple[FieldError, ...] = ()


@dataclass(frozen=True)
class EmployeeCheck:
    errors: tuple[FieldError, ...]
    warnings: tuple[FieldError, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def check_employee(
    session: Session, actor: CurrentUser, data: EmployeeInput, employee_id: str | None = None,
    today: date | None = None,
) -> EmployeeCheck:
    """Errors and warnings of ``data`` (``employee_id``: the record being edited). No write."""
    require(actor, Permission.EMPLOYEE_READ)
    office = actor.office_code
    if employee_id is not None:
        office = get_employee(session, actor, employee_id, include_deleted=True).office_code
    found = check_input(session, data, office, employee_id, today)
    return EmployeeCheck(found.errors, found.warnings)


def validate_employee(
    session: Session, actor: CurrentUser, data: EmployeeInput, employee_id: str | None = None,
) -> list[FieldError]:
    """Every error of ``data`` (what a form calls as the user types). No write."""
    return list(check_employee(session, actor, data, employee_id).errors)


def employee_input(session: Session, actor: CurrentUser, employee_id: str) -> EmployeeInput:
    """The stored values as form data (to prefill an edit form)."""
    require(actor, Permission.EMPLOYEE_READ)
    return input_of(get_employee(session, actor, employee_id))


def create_employee(
    session: Session, actor: CurrentUser, data: EmployeeInput, today: date | None = None
) -> EmployeeSaved:
    require(actor, Permission.EMPLOYEE_WRITE)
    found = check_input(session, data, actor.office_code, None, today)
    if found.errors:
        raise ValidationError(found.errors)
    employee = Employee(office_code=actor.office_code, **found.values)
    _write_unique(session, employee, found.values, lambda: session.add(employee))
    return EmployeeSaved(employee.id, employee_row(session, actor, employee.id), found.warnings)


def update_employee(
    session: Session, actor: CurrentUser, employee_id: str,
    changes: Mapping[str, Any] | EmployeeInput, today: date | None = None,
    *, expected_updated_at: datetime | None = None,
) -> EmployeeSaved:
    """Change some fields (a mapping of field → value) or all (an :class:`EmployeeInput`).
    The whole resulting record is validated.

    ``expected_updated_at``: the record's ``updated_at`` when the clerk opened it; when it was
    changed since (another clerk on the LAN saved first) the save is refused with
    :class:`~app.errors.Conflict` naming who changed it and when, instead of silently
    overwriting that change."""
    require(actor, Permission.EMPLOYEE_WRITE)
    employee = get_employee(session, actor, employee_id, write=True)
    if expected_updated_at is not None and not _same_moment(employee.updated_at,
                                                            expected_updated_at):
        raise _changed_since(session, employee)
    data = _merged(employee, changes)
    found = check_input(session, data, employee.office_code, employee.id, today)
    if found.errors:
        raise ValidationError(found.errors)
    def apply() -> None:
        for key, value in found.values.items():
            if getattr(employee, key) != value:
                setattr(employee, key, value)

    _write_unique(session, employee, found.values, apply)
    return EmployeeSaved(employee.id, employee_row(session, actor, employee.id), found.warnings)


def delete_employee(session: Session, actor: CurrentUser, employee_id: str, reason: str) -> None:
    """Tombstone the employee (kept with the reason; histories stay with it)."""
    require(actor, Permission.EMPLOYEE_DELETE)
    employee = get_employee(session, actor, employee_id, write=True)
    tracking.tombstone(session, employee, reason)
    session.flush()


def restore_employee(
    session: Session, actor: CurrentUser, employee_id: str, reason: str | None = None
) -> EmployeeRow:
    """Bring a deleted employee back (a lifecycle write: it wins over the tombstone at every
    office the bundle reaches). ``reason``, when given, is kept in the audit log next to the
    restore (the tombstone's own reason is cleared with it)."""
    require(actor, Permission.EMPLOYEE_DELETE)
    employee = get_employee(session, actor, employee_id, write=True, include_deleted=True)
    if not employee.deleted:
        raise Conflict("employee.not_deleted")
    tracking.restore(session, employee)
    session.flush()
    text = (reason or "").strip()
    if text:
        append_audit(session, action="restore.reason", table=Employee.__tablename__,
                     pk=employee.id, detail=text)
    return employee_row(session, actor, employee.id)


def _same_moment(stored: datetime, expected: datetime) -> bool:
    """Equal up to the database's precision (naive UTC; a driver may drop microseconds)."""
    if expected.tzinfo is not None:
        expected = expected.astimezone(UTC).replace(tzinfo=None)
    if stored.tzinfo is not None:
        stored = stored.astimezone(UTC).replace(tzinfo=None)
    return abs((stored - expected).total_seconds()) < 0.001


def _changed_since(session: Session, employee: Employee) -> Conflict:
    """The refusal of a stale save: who changed the record last (the audit log) and when."""
    last = session.execute(
        select(AuditEntry.username, AuditEntry.at)
        .where(AuditEntry.table_name == Employee.__tablename__,
               AuditEntry.record_pk == employee.id)
        .order_by(AuditEntry.seq.desc()).limit(1)
    ).first()
    who = message("employee.someone")
    when = employee.updated_at
    if last is not None:
        name = session.scalar(select(User.full_name).where(User.username == last.username))
        who = f"{name} ({last.username})" if name else last.username
        when = max(when, last.at)
    shown = when.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")
    return Conflict("employee.changed_since", who=who, when=shown)


def _merged(employee: Employee, changes: Mapping[str, Any] | EmployeeInput) -> EmployeeInput:
    if isinstance(changes, EmployeeInput):
        return changes
    unknown = sorted(set(changes) - set(INPUT_FIELDS))
    if unknown:
        raise ValidationError([FieldError(name, "employee.unknown_field") for name in unknown])
    return dataclasses.replace(input_of(employee), **dict(changes))


def _write_unique(
    session: Session, employee: Employee, values: Mapping[str, Any], apply: Callable[[], None]
) -> None:
    """Apply the change and flush it inside a savepoint: a unique-constraint clash (a
    concurrent write slipped in after the check) becomes the usual message and the rest of the
    transaction stays usable."""
    session.flush()  # anything pending belongs outside the savepoint
    try:
        with session.begin_nested():
            apply()
            session.flush()
    except IntegrityError:
        errors = [e for f in ("nip", "nik") if values.get(f) is not None
                  and (e := unique_clash(session, f, values[f], employee.id)) is not None]
        if errors:
            raise ValidationError(errors) from None
        raise


register_messages({
    "employee.unknown_field": (
        "Isian ini tidak dikenal pada data pegawai.",
        "This field does not exist on an employee record.",
    ),
    "employee.changed_since": (
        "Data pegawai ini sudah diubah oleh {who} pada {when}, setelah Anda membukanya. "
        "Perubahan Anda belum disimpan: muat ulang data untuk melihat perubahan itu, lalu "
        "isi lagi perubahan Anda.",
        "{who} changed this employee's record at {when}, after you opened it. Your changes "
        "were not saved: reload the record to see that change, then make yours again.",
    ),
    "employee.someone": ("pengguna lain", "another user"),
    "employee.not_deleted": (
        "Pegawai ini tidak dalam keadaan terhapus; tidak ada yang perlu dipulihkan.",
        "This employee is not deleted; there is nothing to restore.",
    ),
})
