"""Apply a previewed intake: only the good rows, every write through the services.

Policy — all or nothing, in the caller's one transaction:

* new units first (parents before children, ``create_org_unit``), then new catalogue jabatan
  (``save_jabatan``), then each good row in file order: ``create_employee`` or
  ``update_employee`` (only the changed fields), then ``add_history`` for its new pangkat,
  jabatan and pendidikan records — each validated, audited and tracked for sync by the service;
* refused (bad) rows and unchanged rows are not touched;
* if the database moved since the preview (an employee of the file was changed or deleted, a
  NIP was taken meanwhile) or any service refuses a row, :class:`IntakeApplyError` names the
  row and the reason and the caller's unit of work rolls *everything* back: run the preview
  again. Cancelling (``progress.cancel()``) rolls back the same way;
* the mapping is remembered for the layout in the same transaction (:mod:`app.intake.memory`).

The caller takes a backup first (:func:`app.intake.jobs.apply_file` does, for SQLite).
Applying the same file twice changes nothing the second time: its preview finds every row
unchanged.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.personnel import Employee
from app.errors import PermissionDenied, SimpegError, ValidationError, message
from app.intake.dto import IntakePreview, IntakeResult, RowPlan, RowStatus
from app.intake.memory import remember_mapping
from app.jobs import NO_PROGRESS, Progress
from app.services.employee_input import EmployeeInput
from app.services.histories import add_history
from app.services.org import OrgUnitInput, create_org_unit
from app.services.personnel import create_employee, update_employee
from app.services.reference import JabatanCatalogInput, save_jabatan
from app.services.roles import CurrentUser, Permission, require


class IntakeApplyError(SimpegError):
    """The apply stopped at one row (nothing was changed)."""

    code = "intake.apply_failed"


def apply(
    session: Session, actor: CurrentUser, preview: IntakePreview,
    progress: Progress = NO_PROGRESS, *, remember: bool = True, today: date | None = None,
) -> IntakeResult:
    require(actor, Permission.EMPLOYEE_WRITE)
    if preview.office_code != actor.office_code:
        raise PermissionDenied("access.other_office", what=message("intake.what"),
                               office=preview.office_code)
    if preview.blocked:
        raise SimpegError("intake.cannot_apply")
    rows = preview.to_apply
    _check_fresh(session, rows)
    created: dict[str, str] = {}
    _create_units(session, actor, preview, created)
    _create_jabatan(session, actor, preview, created)
    total, histories, ids = len(rows), 0, []
    for i, plan in enumerate(rows):
        progress.step(i, total, message("intake.progress_apply", row=i + 1, total=total))
        try:
            ids.append(_apply_row(session, actor, plan, created, today))
        except ValidationError as exc:
            raise IntakeApplyError(row=plan.row, nip=plan.nip or "-",
                                   reason=_reason(exc)) from exc
        histories += len(plan.histories)
    progress.step(total, total, message("intake.progress_done"))
    signature = remember_mapping(session, actor, preview.mapping) if remember else None
    counts = preview.counts
    return IntakeResult(
        preview.source, created=counts["new"], updated=counts["changed"],
        unchanged=counts["unchanged"], bad=counts["bad"], histories_added=histories,
        units_created=len(preview.new_units), jabatan_created=len(preview.new_jabatan),
        employee_ids=tuple(ids), mapping_saved=signature)


def _reason(exc: ValidationError) -> str:
    return "; ".join(dict.fromkeys(e.text() for e in exc.errors)) or exc.text()


def _check_fresh(session: Session, rows: tuple[RowPlan, ...]) -> None:
    """Every existing employee of the plan is as the preview saw it."""
    wanted = {p.employee_id: p for p in rows if p.employee_id is not None}
    ids = sorted(wanted)
    for i in range(0, len(ids), 500):
        for emp_id, stamps, deleted in session.execute(
                select(Employee.id, Employee.stamps, Employee.deleted)
                .where(Employee.id.in_(ids[i:i + 500]))):
            plan = wanted.pop(emp_id)
            if deleted or stamps != plan.version:
                raise IntakeApplyError("intake.stale", row=plan.row, nama=plan.nama or "-")
    if wanted:
        plan = next(iter(wanted.values()))
        raise IntakeApplyError("intake.stale", row=plan.row, nama=plan.nama or "-")


def _resolve(ref: str | None, created: dict[str, str]) -> str | None:
    return created.get(ref, ref) if ref is not None else None


def _create_units(session: Session, actor: CurrentUser, preview: IntakePreview,
                  created: dict[str, str]) -> None:
    for unit in preview.new_units:
        data = OrgUnitInput(name=unit.name, kind=unit.kind,
                            parent_id=_resolve(unit.parent_ref, created),
                            siasn_unor_id=unit.siasn_unor_id)
        try:
            created[unit.key] = create_org_unit(session, actor, data).id
        except ValidationError as exc:
            raise IntakeApplyError("intake.unit_failed", name=unit.name,
                                   reason=_reason(exc)) from exc


def _create_jabatan(session: Session, actor: CurrentUser, preview: IntakePreview,
                    created: dict[str, str]) -> None:
    for j in preview.new_jabatan:
        data = JabatanCatalogInput(name=j.name, kind=j.kind, code=j.code, jenjang=j.jenjang,
                                   eselon=j.eselon)
        try:
            created[j.key] = save_jabatan(session, actor, data).id
        except ValidationError as exc:
            raise IntakeApplyError("intake.jabatan_failed", name=j.name,
                                   reason=_reason(exc)) from exc


def _apply_row(session: Session, actor: CurrentUser, plan: RowPlan, created: dict[str, str],
               today: date | None) -> str:
    unit_id = _resolve(plan.unit_ref, created)
    if plan.status is RowStatus.NEW:
        data = EmployeeInput(**plan.values, current_unit_id=unit_id)
        employee_id = create_employee(session, actor, data, today).id
    else:
        assert plan.employee_id is not None
        employee_id = plan.employee_id
        changes: dict[str, Any] = dict(plan.values)
        if plan.unit_ref is not None:
            changes["current_unit_id"] = unit_id
        if changes:
            update_employee(session, actor, employee_id, changes, today)
    for h in plan.histories:
        data_h = h.data
        if h.kind == "jabatan":
            data_h = dataclasses.replace(data_h, jabatan_id=_resolve(h.jabatan_ref, created),
                                         unit_id=_resolve(h.unit_ref, created))
        add_history(session, actor, employee_id, data_h)
    return employee_id
