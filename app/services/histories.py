"""Add, change, delete and list the histories of an employee — every kind, one code path.

The kind follows from the input's type (``add_history(s, actor, emp_id, PangkatInput(...))``)
or is named by its key (``"pangkat"``, ``"jabatan"``, ``"pendidikan"``, ``"kgb"``, ``"pmk"``,
``"angka_kredit"``, ``"keluarga"``, ``"penghargaan"``, ``"hukuman_disiplin"``, ``"luar_negeri"``,
``"organisasi"``). Every write validates the whole input (all errors at once), refuses a
duplicate, and refreshes the employee's ``current_*`` columns the kind feeds
(:mod:`app.services.history_current`). Deletes are tombstones with a reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import tracking
from app.db.personnel import Employee, EmployeeRecord
from app.errors import FieldError, NotFound, ValidationError, message
from app.services import history_career, history_personal
from app.services.access import get_employee
from app.services.history_career import (
    AngkaKreditInput,
    JabatanInput,
    KgbInput,
    PangkatInput,
    PendidikanInput,
    PmkInput,
)
from app.services.history_current import recompute_current
from app.services.history_engine import (
    KINDS,
    HistoryCheck,
    HistoryKind,
    HistoryRow,
    RecordInput,
    kind_of,
)
from app.services.history_personal import (
    HukumanDisiplinInput,
    KeluargaInput,
    LuarNegeriInput,
    OrganisasiInput,
    PenghargaanInput,
)
from app.services.roles import CurrentUser, Permission, require
from app.services.support import clean_values

__all__ = [
    "KINDS", "AngkaKreditInput", "HistoryRow", "HukumanDisiplinInput", "JabatanInput",
    "KeluargaInput", "KgbInput", "LuarNegeriInput", "OrganisasiInput", "PangkatInput",
    "PendidikanInput", "PenghargaanInput", "PmkInput", "RecordInput", "add_history",
    "delete_history", "get_history", "history_kinds", "list_history", "update_history",
    "validate_history",
]
_ = (history_career, history_personal)  # imported for their registrations


def history_kinds() -> list[tuple[str, str]]:
    """``(key, label)`` of every kind, in the current language."""
    return [(key, message(f"history.kind.{key}")) for key in KINDS]


def list_history(
    session: Session, actor: CurrentUser, employee_id: str, kind: str
) -> list[HistoryRow[Any]]:
    """The live rows of one kind for one employee, oldest first."""
    require(actor, Permission.EMPLOYEE_READ)
    get_employee(session, actor, employee_id)
    spec = kind_of(kind)
    return [spec.to_row(r) for r in spec.live_rows(session, [employee_id])]


def get_history(session: Session, actor: CurrentUser, kind: str, record_id: str) -> HistoryRow[Any]:
    require(actor, Permission.EMPLOYEE_READ)
    spec = kind_of(kind)
    record = _record(session, actor, spec, record_id, write=False)
    return spec.to_row(record)


def validate_history(
    session: Session, actor: CurrentUser, employee_id: str, data: RecordInput,
    record_id: str | None = None,
) -> list[FieldError]:
    """Every problem of ``data`` for this employee (as a form types); writes nothing."""
    require(actor, Permission.EMPLOYEE_READ)
    employee = get_employee(session, actor, employee_id)
    return list(_check(session, employee, kind_of(data), data, record_id)[0])


def add_history(
    session: Session, actor: CurrentUser, employee_id: str, data: RecordInput
) -> HistoryRow[Any]:
    require(actor, Permission.EMPLOYEE_WRITE)
    spec = kind_of(data)
    employee = get_employee(session, actor, employee_id, write=True)
    values = _checked(session, employee, spec, data, None)
    record = spec.model(employee_id=employee.id, office_code=employee.office_code, **values)
    session.add(record)
    return _saved(session, employee, spec, record)


def update_history(
    session: Session, actor: CurrentUser, record_id: str, data: RecordInput
) -> HistoryRow[Any]:
    require(actor, Permission.EMPLOYEE_WRITE)
    spec = kind_of(data)
    record = _record(session, actor, spec, record_id, write=True)
    employee = session.get(Employee, record.employee_id)
    assert employee is not None
    values = _checked(session, employee, spec, data, record.id)
    for key, value in values.items():
        if getattr(record, key) != value:
            setattr(record, key, value)
    return _saved(session, employee, spec, record)


def delete_history(
    session: Session, actor: CurrentUser, kind: str, record_id: str, reason: str
) -> None:
    """Tombstone one row (a reason is required) and refresh what it fed."""
    require(actor, Permission.EMPLOYEE_WRITE)
    spec = kind_of(kind)
    record = _record(session, actor, spec, record_id, write=True)
    employee = session.get(Employee, record.employee_id)
    assert employee is not None
    tracking.tombstone(session, record, reason)
    if spec.recompute:
        recompute_current(session, employee, spec.recompute)
    session.flush()


# --- internals --------------------------------------------------------------------------------

def _record(
    session: Session, actor: CurrentUser, spec: HistoryKind, record_id: str, *, write: bool
) -> Any:
    record = session.get(spec.model, record_id)
    if record is None or record.deleted:
        raise NotFound(what=message(f"history.kind.{spec.key}"))
    get_employee(session, actor, record.employee_id, write=write)
    return record


def _check(
    session: Session, employee: Employee, spec: HistoryKind, data: RecordInput,
    record_id: str | None, today: date | None = None,
) -> tuple[list[FieldError], dict[str, Any]]:
    if not isinstance(data, spec.input_type):
        raise TypeError(f"{type(data).__name__} is not a {spec.input_type.__name__}")
    values = clean_values(data)
    check = HistoryCheck(values, session, employee, today)
    spec.validate(check)
    check.model_limits(spec.model)  # after the validator: its own message wins on a field
    if not check.errors:
        _check_duplicate(check, spec, record_id)
    return check.errors, values


def _checked(
    session: Session, employee: Employee, spec: HistoryKind, data: RecordInput,
    record_id: str | None,
) -> dict[str, Any]:
    errors, values = _check(session, employee, spec, data, record_id)
    if errors:
        raise ValidationError(errors)
    return values


def _check_duplicate(check: HistoryCheck, spec: HistoryKind, record_id: str | None) -> None:
    """Refuse a second live row with the same key fields (only when all are filled in)."""
    if not spec.unique or any(check.values.get(f) is None for f in spec.unique):
        return
    model = spec.model
    stmt = select(model.id).where(
        model.employee_id == check.employee.id, model.deleted.is_(False),
        *[getattr(model, f) == check.values[f] for f in spec.unique])
    if record_id is not None:
        stmt = stmt.where(model.id != record_id)
    if check.session.scalar(stmt.limit(1)) is not None:
        shown = ", ".join(_shown(check.values[f]) for f in spec.unique)
        check.error(spec.unique[0], "history.duplicate", fields=shown)


def _shown(value: object) -> str:
    return value.strftime("%d-%m-%Y") if isinstance(value, date) else str(value)


def _saved(
    session: Session, employee: Employee, spec: HistoryKind, record: EmployeeRecord
) -> HistoryRow[Any]:
    session.flush()
    if spec.after_save is not None:
        spec.after_save(session, record)
    if spec.recompute:
        recompute_current(session, employee, spec.recompute)
    session.flush()
    return spec.to_row(record)

