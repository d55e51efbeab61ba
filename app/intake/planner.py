"""One row's plan: new employee, changed employee, unchanged, or refused — and why.

Every problem of the row is collected (cells, employee rules, history rules, unit lookups) so
the review list shows them all at once; a row with any error is refused as a whole (nothing of
it is applied). See :mod:`app.intake.plan_employee` and :mod:`app.intake.plan_history`.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.intake import plan_employee as emp
from app.intake import plan_history as hist
from app.intake.dto import FieldChange, PlannedHistory, RowPlan, RowStatus
from app.intake.fields import FIELD_OF_ATTRIBUTE
from app.intake.records import ParsedRow
from app.intake.refs import Resolver, is_new_ref
from app.intake.snapshot import KnownEmployee, Snapshot
from app.intake.values import CellProblem
from app.services.employee_input import EmployeeInput


class Planner:
    def __init__(self, session: Session, snapshot: Snapshot, resolver: Resolver,
                 today: date | None) -> None:
        self.session = session
        self.snapshot = snapshot
        self.resolver = resolver
        self.today = today

    def plan(self, parsed: ParsedRow, duplicate_of: int | None = None) -> RowPlan:
        nip = parsed.key_nip()
        if duplicate_of is not None:  # an exact copy of an earlier row: only say so
            parsed.issues = [i for i in parsed.issues if i.severity == "error"]
            if not parsed.bad:
                parsed.warn("nip", "intake.duplicate_row", first=duplicate_of)
                return RowPlan(parsed.number, RowStatus.UNCHANGED, nip,
                               parsed.values.get("nama"), issues=tuple(parsed.issues))
        if "nip" not in parsed.values and not any(i.field == "nip" for i in parsed.issues):
            parsed.error("nip", "intake.nip_missing")
        known = self.snapshot.employees.get(nip) if nip else None
        if known is not None and not self._ours(parsed, known):  # nothing more to say
            return RowPlan(parsed.number, RowStatus.BAD, nip, parsed.values.get("nama"),
                           issues=tuple(parsed.issues))
        unit_ref = self._unit_ref(parsed)
        if known is None:
            values, changes, person = self._new(parsed, nip, unit_ref)
        else:
            values, changes, person = self._existing(parsed, known, unit_ref)
        histories = self._histories(parsed, person, known, unit_ref)
        status = self._status(parsed, known, values, changes, histories)
        if status is RowStatus.UNCHANGED:
            values, changes, histories, unit_ref = {}, [], [], None
        nama = parsed.values.get("nama") or (known.nama if known else None)
        return RowPlan(
            parsed.number, status, nip or parsed.values.get("nip"), nama,
            known.id if known else None, values,
            unit_ref if status is RowStatus.NEW or any(c.field == "unit" for c in changes)
            else None,
            tuple(changes), tuple(histories), tuple(parsed.issues),
            known.version if known else None, self.resolver.unit_name(unit_ref) or None)

    # -- pieces --------------------------------------------------------------------------------
    def _ours(self, parsed: ParsedRow, known: KnownEmployee) -> bool:
        if known.office_code != self.snapshot.office_code:
            parsed.error("nip", "intake.nip_other_office", nama=known.nama,
                         office=known.office_code)
            return False
        if known.deleted:
            parsed.error("nip", "intake.nip_deleted", nama=known.nama)
            return False
        return True

    def _unit_ref(self, parsed: ParsedRow) -> str | None:
        v = parsed.values
        name = v.get("unit") or v.get("unit_induk")
        if name is None:
            return None
        parent = v.get("unit_induk") if v.get("unit") else None
        try:
            return self.resolver.unit(name, parent, v.get("unit_siasn_id"))
        except CellProblem as problem:
            parsed.error("unit" if v.get("unit") else "unit_induk", problem.code,
                         **problem.params)
            return None

    def _report(self, parsed: ParsedRow, found: Any, origin_of: dict[str, str]) -> None:
        for e in found.errors:
            key = FIELD_OF_ATTRIBUTE.get(e.field, e.field)
            parsed.add(key, e.code, dict(e.params), origin=origin_of.get(key, "cell"))
        for w in found.warnings:
            key = FIELD_OF_ATTRIBUTE.get(w.field, w.field)
            parsed.add(key, w.code, dict(w.params), warning=True,
                       origin=origin_of.get(key, "cell"))

    def _new(self, parsed: ParsedRow, nip: str | None, unit_ref: str | None
             ) -> tuple[dict[str, Any], list[FieldChange], hist.Person]:
        attrs = emp.file_attributes(parsed)
        derived = emp.derived_from_nip(nip or attrs.get("nip"), attrs)
        data = EmployeeInput(**{**attrs, **derived}, current_unit_id=(
            None if is_new_ref(unit_ref) else unit_ref))
        found = emp.check(self.session, self.snapshot, data, None, self.today)
        self._report(parsed, found, {FIELD_OF_ATTRIBUTE.get(a, a): "nip" for a in derived})
        values = {k: v for k, v in found.values.items()
                  if v is not None and k != "current_unit_id"}
        person = hist.Person(None, self.snapshot.office_code, values.get("jenis_pegawai"),
                             values.get("tanggal_lahir"), values.get("tmt_cpns"))
        return values, [], person

    def _existing(self, parsed: ParsedRow, known: KnownEmployee, unit_ref: str | None
                  ) -> tuple[dict[str, Any], list[FieldChange], hist.Person]:
        attrs = emp.file_attributes(parsed)
        data = emp.merged_input(known, attrs)
        moves = unit_ref is not None and unit_ref != known.data.current_unit_id
        if data == known.data and not moves:  # nothing to save: no need to check the record
            return {}, [], hist.Person(known.id, self.snapshot.office_code,
                                       data.jenis_pegawai, data.tanggal_lahir, data.tmt_cpns)
        found = emp.check(self.session, self.snapshot, data, known.id, self.today)
        filled = {FIELD_OF_ATTRIBUTE.get(a, a) for a in attrs}
        stored = {FIELD_OF_ATTRIBUTE.get(a, a): "stored" for a in vars(known.data)}
        changed = emp.changed_values(known, found.values)
        changes = emp.field_changes(self.snapshot, known, changed)
        if moves:
            new_name = self.resolver.unit_name(unit_ref)
            changes.append(FieldChange("unit", self.resolver.unit_name(
                known.data.current_unit_id), new_name))
        if not changes:  # the record is not saved: what is wrong with it stays a note
            found = dataclasses.replace(found, errors=(), warnings=found.errors + found.warnings)
        self._report(parsed, found, {k: o for k, o in stored.items() if k not in filled})
        v = found.values
        person = hist.Person(known.id, self.snapshot.office_code, v.get("jenis_pegawai"),
                             v.get("tanggal_lahir"), v.get("tmt_cpns"))
        return changed, changes, person

    def _histories(self, parsed: ParsedRow, person: hist.Person, known: KnownEmployee | None,
                   unit_ref: str | None) -> list[PlannedHistory]:
        planned = [
            hist.plan_pangkat(self.session, parsed, person, known, self.snapshot.golongan,
                              self.today),
            hist.plan_jabatan(self.session, parsed, person, known, self.resolver, unit_ref,
                              self.today),
            hist.plan_pendidikan(self.session, parsed, person, known, self.today),
        ]
        return [p for p in planned if p is not None]

    @staticmethod
    def _status(parsed: ParsedRow, known: KnownEmployee | None, values: dict[str, Any],
                changes: list[FieldChange], histories: list[PlannedHistory]) -> RowStatus:
        if parsed.bad:
            return RowStatus.BAD
        if known is None:
            return RowStatus.NEW
        return RowStatus.CHANGED if changes or histories else RowStatus.UNCHANGED
