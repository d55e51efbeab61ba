"""The employee part of a row: the record to create, or the fields of an existing one to change.

New employees: the values of the row, with what the NIP encodes filling the gaps (birth date,
gender, TMT CPNS, and the jenis from the NIP layout) — the employee rules then check that the
row and its NIP agree. Existing employees: only the cells that hold something are compared
(an empty cell never blanks a stored value), and text that differs only in capitals or spacing
is not a change ("SITI AMINAH" from SIASN does not undo the clerk's "Siti Aminah"). The whole
resulting record is checked by the same rules as the employee form
(:func:`app.services.employee_input.check_input`).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.domain.nip import InvalidNip, parse_nip
from app.intake.dto import FieldChange
from app.intake.fields import BY_KEY, EMPLOYEE_FIELDS, FIELD_OF_ATTRIBUTE, Kind
from app.intake.records import ParsedRow
from app.intake.snapshot import KnownEmployee, Snapshot, fold
from app.services.employee_input import EmployeeInput, InputCheck, check_input

FOLDED = frozenset(f.attribute for f in EMPLOYEE_FIELDS if f.kind is Kind.TEXT)


def file_attributes(parsed: ParsedRow) -> dict[str, Any]:
    """EmployeeInput attribute → value for the employee cells the row fills."""
    out: dict[str, Any] = {}
    for key, value in parsed.values.items():
        spec = BY_KEY[key]
        if spec.attribute is not None:
            out[spec.attribute] = value
    return out


def derived_from_nip(nip: str | None, attrs: dict[str, Any]) -> dict[str, Any]:
    """What a new employee's NIP says and the row left empty."""
    if nip is None:
        return {}
    try:
        info = parse_nip(nip)
    except InvalidNip:
        return {}
    out: dict[str, Any] = {}
    jenis = attrs.get("jenis_pegawai") or ("PPPK" if info.kind == "PPPK" else "PNS")
    if "jenis_pegawai" not in attrs:
        out["jenis_pegawai"] = jenis
    if "tanggal_lahir" not in attrs:
        out["tanggal_lahir"] = info.birth_date
    if "jenis_kelamin" not in attrs:
        out["jenis_kelamin"] = info.gender
    if "tmt_cpns" not in attrs and info.tmt_cpns is not None and jenis in ("PNS", "CPNS"):
        out["tmt_cpns"] = info.tmt_cpns
    return out


def merged_input(known: KnownEmployee, attrs: dict[str, Any]) -> EmployeeInput:
    """The stored record with the row's values laid over it (same-looking text kept)."""
    stored = known.data
    changes = {}
    for name, value in attrs.items():
        old = getattr(stored, name)
        if name in FOLDED and isinstance(old, str) and fold(old) == fold(str(value)):
            continue
        changes[name] = value
    return dataclasses.replace(stored, **changes)


def check(session: Session, snapshot: Snapshot, data: EmployeeInput, employee_id: str | None,
          today: date | None) -> InputCheck:
    return check_input(session, data, snapshot.office_code, employee_id, today)


def changed_values(known: KnownEmployee, values: dict[str, Any]) -> dict[str, Any]:
    """The normalised values that differ from what is stored."""
    return {name: value for name, value in values.items()
            if name != "current_unit_id" and getattr(known.data, name) != value}


def describe(snapshot: Snapshot, attribute: str, value: Any) -> str:
    """A stored or new value as the preview shows it."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if attribute in ("agama_id", "status_perkawinan_id"):
        choices = snapshot.religions if attribute == "agama_id" else snapshot.marital
        return next((c.name for c in choices if c.id == value), str(value))
    return str(value)


def field_changes(snapshot: Snapshot, known: KnownEmployee, changed: dict[str, Any]
                  ) -> list[FieldChange]:
    return [FieldChange(FIELD_OF_ATTRIBUTE.get(name, name),
                        describe(snapshot, name, getattr(known.data, name)),
                        describe(snapshot, name, value))
            for name, value in changed.items()]
