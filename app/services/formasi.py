"""Peta jabatan of a unit: read it with the current holders, save it whole, start from the
present composition.

A unit's peta jabatan is edited as one list (the clerk types or pastes the ABK table of the
unit and saves): :func:`save_unit_positions` keeps rows whose jabatan is still listed (updated
in place), adds new ones and tombstones the rest with a reason. Only the office owning the unit
changes it (Permission.ORG_WRITE). Holders are matched to a planned jabatan by catalogue id, or
else by name (:func:`jabatan_key`: case, spaces and punctuation ignored).

The Formasi report (:mod:`app.services.formasi_data`) sets the peta against holders and the
retirements ahead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import tracking
from app.db.formasi import PlannedPosition
from app.db.org import OrgUnit
from app.db.personnel import Employee, fold_search
from app.db.reference import Jabatan
from app.domain.common import InvalidValue
from app.domain.jabatan import parse_jenis_jabatan
from app.errors import FieldError, NotFound, ValidationError, message, register_messages
from app.services.access import may_see, require_owner
from app.services.employee_dto import INACTIVE_STATUSES
from app.services.roles import CurrentUser, Permission, require

MAX_NEEDED = 9999
NAME_LENGTH = 250
NOTE_LENGTH = 250


def jabatan_key(name: str | None) -> str:
    """What two spellings of one jabatan name share: lowercase ASCII words."""
    return fold_search(name)


@dataclass(frozen=True, kw_only=True)
class PositionInput:
    """One line of a unit's peta jabatan as the clerk entered or imported it."""

    jabatan_name: str | None = None
    jabatan_id: str | None = None
    jabatan_kind: str | None = None
    kelas_jabatan: int | None = None
    needed: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class PositionRow:
    id: str
    unit_id: str
    jabatan_id: str | None
    jabatan_name: str
    jabatan_kind: str | None
    kelas_jabatan: int | None
    needed: int
    sort_order: int
    note: str | None
    filled: int  # holders on duty in this unit now

    def as_input(self) -> PositionInput:
        return PositionInput(jabatan_name=self.jabatan_name, jabatan_id=self.jabatan_id,
                             jabatan_kind=self.jabatan_kind, kelas_jabatan=self.kelas_jabatan,
                             needed=self.needed, note=self.note)


# --- reading ----------------------------------------------------------------------------------

def _unit(session: Session, actor: CurrentUser, unit_id: str | None) -> OrgUnit:
    unit = session.get(OrgUnit, unit_id) if unit_id else None
    if unit is None or unit.deleted or not may_see(actor, unit.office_code):
        raise NotFound(what=message("formasi.unit"))
    return unit


def _live_rows(session: Session, unit_id: str) -> list[PlannedPosition]:
    return list(session.scalars(
        select(PlannedPosition)
        .where(PlannedPosition.unit_id == unit_id, PlannedPosition.deleted.is_(False))
        .order_by(PlannedPosition.sort_order, PlannedPosition.jabatan_name)))


@dataclass(frozen=True)
class Holder:
    unit_id: str
    jabatan_id: str | None
    names: tuple[str, ...]  # the jabatan as recorded, then as the catalogue calls it
    kind: str | None


def holders(session: Session, unit_ids: Sequence[str]) -> list[Holder]:
    """Every employee on duty in the units, with their jabatan."""
    if not unit_ids:
        return []
    rows = session.execute(
        select(Employee.current_unit_id, Employee.current_jabatan_id,
               Employee.current_jabatan_name, Jabatan.name, Employee.current_jabatan_kind)
        .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id)
        .where(Employee.current_unit_id.in_(list(unit_ids)), Employee.deleted.is_(False),
               Employee.status.not_in(INACTIVE_STATUSES)))
    return [Holder(u, j, tuple(n for n in (recorded, catalogue) if n), kind)
            for u, j, recorded, catalogue, kind in rows]


def match_holder(by_id: dict[str, int], by_name: dict[str, int], jabatan_id: str | None,
                 names: Sequence[str]) -> int | None:
    """The index of the planned line a holder fills: by catalogue id, else by the recorded
    name, else by the catalogue's name of the holder's jabatan."""
    if jabatan_id and jabatan_id in by_id:
        return by_id[jabatan_id]
    return next((by_name[k] for k in map(jabatan_key, names) if k in by_name), None)


def list_unit_positions(session: Session, actor: CurrentUser, unit_id: str) -> list[PositionRow]:
    """The unit's peta jabatan in its order, each line with its holders counted."""
    require(actor, Permission.EMPLOYEE_READ)
    _unit(session, actor, unit_id)
    rows = _live_rows(session, unit_id)
    by_id = {r.jabatan_id: i for i, r in enumerate(rows) if r.jabatan_id}
    by_name = {jabatan_key(r.jabatan_name): i for i, r in enumerate(rows)}
    filled = [0] * len(rows)
    for holder in holders(session, [unit_id]):
        found = match_holder(by_id, by_name, holder.jabatan_id, holder.names)
        if found is not None:
            filled[found] += 1
    return [PositionRow(r.id, r.unit_id, r.jabatan_id, r.jabatan_name, r.jabatan_kind,
                        r.kelas_jabatan, r.needed, r.sort_order, r.note, filled[i])
            for i, r in enumerate(rows)]


def current_composition(session: Session, actor: CurrentUser, unit_id: str
                        ) -> list[PositionInput]:
    """The unit's holders grouped by jabatan, as a first draft of its peta jabatan (the
    kebutuhan set to the present number; the clerk corrects it from the ABK)."""
    require(actor, Permission.EMPLOYEE_READ)
    _unit(session, actor, unit_id)
    found: dict[str, PositionInput] = {}
    for holder in holders(session, [unit_id]):
        if not holder.names:
            continue
        name = " ".join(holder.names[-1].split())  # the catalogue's name when there is one
        key = jabatan_key(name)
        line = found.get(key) or PositionInput(
            jabatan_id=holder.jabatan_id, jabatan_name=name, jabatan_kind=holder.kind, needed=0)
        found[key] = replace(line, needed=(line.needed or 0) + 1)
    return sorted(found.values(), key=lambda p: (p.jabatan_name or "").casefold())


# --- writing ----------------------------------------------------------------------------------

def save_unit_positions(session: Session, actor: CurrentUser, unit_id: str,
                        positions: Sequence[PositionInput],
                        reason: str | None = None) -> list[PositionRow]:
    """Make ``positions`` the unit's peta jabatan (in this order). Lines no longer listed are
    deleted with ``reason`` (default: "peta jabatan diperbarui")."""
    require(actor, Permission.ORG_WRITE)
    unit = _unit(session, actor, unit_id)
    require_owner(actor, unit, message("formasi.unit"))
    values = validate_positions(session, positions)
    existing = {jabatan_key(r.jabatan_name): r for r in _live_rows(session, unit_id)}
    for order, line in enumerate(values, start=1):
        row = existing.pop(jabatan_key(str(line["jabatan_name"])), None)
        if row is None:
            session.add(PlannedPosition(office_code=unit.office_code, unit_id=unit_id,
                                        sort_order=order, **line))
            continue
        for key, value in {**line, "sort_order": order}.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    for row in existing.values():
        tracking.tombstone(session, row, reason or message("formasi.replaced"))
    session.flush()
    return list_unit_positions(session, actor, unit_id)


def validate_positions(session: Session, positions: Sequence[PositionInput]
                       ) -> list[dict[str, object]]:
    """The lines as column values, or one :class:`ValidationError` naming every bad line."""
    errors: list[FieldError] = []
    out: list[dict[str, object]] = []
    seen: dict[str, int] = {}
    catalogue = _catalogue(session, [p.jabatan_id for p in positions if p.jabatan_id])
    for row, p in enumerate(positions, start=1):
        line = _line(p, row, errors, catalogue)
        key = jabatan_key(str(line["jabatan_name"] or ""))
        if key and key in seen:
            errors.append(FieldError("jabatan_name", "formasi.duplicate", {
                "row": row, "first": seen[key], "name": line["jabatan_name"]}))
        seen.setdefault(key, row)
        out.append(line)
    if errors:
        raise ValidationError(errors)
    return out


def _catalogue(session: Session, ids: list[str]) -> dict[str, tuple[str, str, int | None]]:
    if not ids:
        return {}
    rows = session.execute(select(Jabatan.id, Jabatan.name, Jabatan.kind, Jabatan.kelas_jabatan)
                           .where(Jabatan.id.in_(ids), Jabatan.deleted.is_(False)))
    return {r[0]: (r[1], r[2], r[3]) for r in rows}


def _line(p: PositionInput, row: int, errors: list[FieldError],
          catalogue: dict[str, tuple[str, str, int | None]]) -> dict[str, object]:
    name = (p.jabatan_name or "").strip()
    kind, kelas = p.jabatan_kind, p.kelas_jabatan
    if p.jabatan_id is not None:
        known = catalogue.get(p.jabatan_id)
        if known is None:
            errors.append(FieldError("jabatan_id", "formasi.jabatan_unknown", {"row": row}))
        else:
            name, kind, kelas = name or known[0], kind or known[1], kelas or known[2]
    if not name:
        errors.append(FieldError("jabatan_name", "formasi.name_required", {"row": row}))
    elif len(name) > NAME_LENGTH:
        errors.append(FieldError("jabatan_name", "formasi.name_long",
                                 {"row": row, "max": NAME_LENGTH}))
    if kind:
        try:
            kind = parse_jenis_jabatan(kind).value
        except InvalidValue:
            errors.append(FieldError("jabatan_kind", "formasi.kind_bad",
                                     {"row": row, "value": kind}))
    if kelas is not None and not 1 <= kelas <= 17:
        errors.append(FieldError("kelas_jabatan", "formasi.kelas_bad",
                                 {"row": row, "value": kelas}))
    if p.needed is None or not 0 <= p.needed <= MAX_NEEDED:
        errors.append(FieldError("needed", "formasi.needed_bad",
                                 {"row": row, "value": "" if p.needed is None else p.needed,
                                  "max": MAX_NEEDED}))
    note = (p.note or "").strip() or None
    if note and len(note) > NOTE_LENGTH:
        errors.append(FieldError("note", "formasi.note_long", {"row": row, "max": NOTE_LENGTH}))
    return {"jabatan_name": name or None, "jabatan_id": p.jabatan_id, "jabatan_kind": kind or None,
            "kelas_jabatan": kelas, "needed": p.needed, "note": note}


register_messages({
    "formasi.unit": ("unit kerja", "unit"),
    "formasi.replaced": ("peta jabatan diperbarui", "peta jabatan updated"),
    "formasi.duplicate": (
        "Baris {row}: jabatan '{name}' sudah ada di baris {first}; gabungkan kebutuhannya "
        "dalam satu baris.",
        "Row {row}: jabatan '{name}' is already on row {first}; put its need on one row.",
    ),
    "formasi.jabatan_unknown": (
        "Baris {row}: jabatan ini tidak ada (lagi) di katalog jabatan; pilih ulang atau tulis "
        "namanya saja.",
        "Row {row}: this jabatan is not (or no longer) in the catalogue; choose again or "
        "type its name only.",
    ),
    "formasi.name_required": ("Baris {row}: nama jabatan wajib diisi.",
                              "Row {row}: the jabatan name is required."),
    "formasi.name_long": ("Baris {row}: nama jabatan lebih dari {max} huruf.",
                          "Row {row}: the jabatan name is longer than {max} characters."),
    "formasi.kind_bad": (
        "Baris {row}: jenis jabatan '{value}' tidak dikenal (mis. pelaksana, fungsional "
        "keahlian, pengawas).",
        "Row {row}: unknown jabatan kind '{value}' (e.g. pelaksana, fungsional keahlian, "
        "pengawas).",
    ),
    "formasi.kelas_bad": ("Baris {row}: kelas jabatan {value} di luar 1–17.",
                          "Row {row}: kelas jabatan {value} is outside 1–17."),
    "formasi.needed_bad": (
        "Baris {row}: kebutuhan '{value}' tidak sah; tulis jumlah pegawai 0–{max}.",
        "Row {row}: need '{value}' is not valid; write a number of employees 0–{max}.",
    ),
    "formasi.note_long": ("Baris {row}: keterangan lebih dari {max} huruf.",
                          "Row {row}: the note is longer than {max} characters."),
})
