"""Import a peta jabatan from a spreadsheet (``.xlsx`` or ``.csv``), as the ABK team delivers it.

Columns are found by their headers (any order, title rows above the header are skipped):
``Unit Kerja`` (optional when one unit is being filled), ``Jabatan``, ``Jenis Jabatan``,
``Kelas``, ``Kebutuhan`` (also ``ABK``/``Formasi``/``K``), ``Keterangan``. A unit is named by
its name when that is unique, else by its path (``Sekretariat › Subbagian Umum``; ``>`` and
``/`` work too).

:func:`read_peta_jabatan` reads and checks everything and changes nothing; the clerk sees the
plan (units, lines, problems with their row numbers); :func:`apply_peta_import` then replaces the
peta jabatan of every unit in the file in one transaction — or nothing, when a line is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError, message, register_messages
from app.intake.table import RawRow, read_table
from app.services.formasi import PositionInput, save_unit_positions, validate_positions
from app.services.report_data import UnitInfo, load_units, subtree, unit_path
from app.services.roles import CurrentUser, Permission, require

HEADERS: dict[str, tuple[str, ...]] = {
    "unit": ("unitkerja", "unit", "unor", "satuankerja", "satker", "opd", "unitorganisasi",
             "subunit"),
    "jabatan": ("namajabatan", "jabatan", "nomenklaturjabatan", "nomenklatur"),
    "jenis": ("jenisjabatan", "jenis"),
    "kelas": ("kelasjabatan", "kelas"),
    "needed": ("kebutuhan", "kebutuhanpegawai", "jumlahkebutuhan", "kebutuhanabk", "abk",
               "formasi", "k"),
    "note": ("keterangan", "ket", "catatan"),
}
_SEPARATORS = re.compile(r"\s*[›»>/]\s*")


@dataclass(frozen=True)
class PetaUnitPlan:
    unit_id: str
    path: str
    positions: tuple[PositionInput, ...]


@dataclass(frozen=True)
class PetaImportPlan:
    source: str
    units: tuple[PetaUnitPlan, ...]
    problems: tuple[FieldError, ...]  # with {"row": n}; any problem blocks the import

    @property
    def lines(self) -> int:
        return sum(len(u.positions) for u in self.units)

    def texts(self, lang: str | None = None) -> list[str]:
        return [message(p.code, lang, **p.params) for p in self.problems]


def _key(text: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(text or "").lower())


def _columns(headers: tuple[str, ...]) -> dict[str, int]:
    keys = [_key(h) for h in headers]
    found: dict[str, int] = {}
    for field, names in HEADERS.items():
        for name in names:  # the most specific spelling first
            if name in keys and keys.index(name) not in found.values():
                found[field] = keys.index(name)
                break
    return found


class _Units:
    """Finds a unit of the scope by name or path (suffix of its path)."""

    def __init__(self, units: dict[str, UnitInfo], scope: set[str]) -> None:
        self.paths = {uid: [p.casefold() for p in unit_path(units, uid).split(" › ")]
                      for uid in scope}
        self.units = units

    def find(self, text: str) -> tuple[str | None, int]:
        """(unit id, number of matches)."""
        parts = [p.casefold() for p in _SEPARATORS.split(text.strip()) if p]
        hits = [uid for uid, path in self.paths.items() if path[-len(parts):] == parts]
        return (hits[0] if len(hits) == 1 else None), len(hits)


def read_peta_jabatan(session: Session, actor: CurrentUser, path: str | Path,
                      unit_id: str | None = None) -> PetaImportPlan:
    """Read a peta jabatan file for the office (or for ``unit_id`` and its sub-units)."""
    require(actor, Permission.ORG_WRITE)
    table = read_table(path)
    columns = _columns(table.headers)
    missing = [f for f in ("jabatan", "needed") if f not in columns]
    if missing:
        raise ValidationError([FieldError("file", "formasi.import_headers", {
            "file": table.source, "headers": ", ".join(table.headers)})])
    units = load_units(session, actor.office_code)
    scope = subtree(units, unit_id) if unit_id else set(units)
    finder = _Units(units, scope)
    problems: list[FieldError] = []
    grouped: dict[str, list[tuple[int, PositionInput]]] = {}
    for raw in table.rows:
        target = _unit_of(raw, columns, finder, unit_id, problems)
        line = _position(raw, columns, problems)
        if target is not None and line is not None:
            grouped.setdefault(target, []).append((raw.number, line))
    plans = []
    for uid in sorted(grouped, key=lambda u: units[u].order):
        rows = grouped[uid]
        try:
            validate_positions(session, [p for _n, p in rows])
        except ValidationError as exc:  # row numbers of the file, not of the unit's list
            for err in exc.errors:
                file_row = rows[int(err.params.get("row", 1)) - 1][0]
                params = dict(err.params, row=file_row)
                if "first" in params:
                    params["first"] = rows[int(params["first"]) - 1][0]
                problems.append(FieldError(err.field, err.code, params))
        plans.append(PetaUnitPlan(uid, unit_path(units, uid), tuple(p for _n, p in rows)))
    problems.sort(key=lambda p: int(p.params.get("row", 0)))
    return PetaImportPlan(table.source, tuple(plans), tuple(problems))


def _cell(raw: RawRow, columns: dict[str, int], field: str) -> object:
    return raw.cell(columns[field]) if field in columns else None


def _unit_of(raw: RawRow, columns: dict[str, int], finder: _Units, default: str | None,
             problems: list[FieldError]) -> str | None:
    text = str(_cell(raw, columns, "unit") or "").strip()
    if not text:
        if default is None:
            problems.append(FieldError("unit", "formasi.import_unit_empty", {"row": raw.number}))
        return default
    found, count = finder.find(text)
    if found is None:
        code = "formasi.import_unit_ambiguous" if count else "formasi.import_unit_unknown"
        problems.append(FieldError("unit", code, {"row": raw.number, "unit": text,
                                                  "count": count}))
    return found


def _int(value: object) -> int | None | str:
    """An integer cell (``3``, ``3.0``, ``"3"``); None when empty; the text when not a number."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    text = str(value).strip()
    return int(text) if text.isdigit() else text


def _position(raw: RawRow, columns: dict[str, int], problems: list[FieldError]
              ) -> PositionInput | None:
    needed, kelas = _int(_cell(raw, columns, "needed")), _int(_cell(raw, columns, "kelas"))
    bad = [(f, v) for f, v in (("needed", needed), ("kelas_jabatan", kelas))
           if isinstance(v, str)]
    for field, value in bad:
        problems.append(FieldError(field, "formasi.import_not_number",
                                   {"row": raw.number, "value": value}))
    if bad:
        return None
    text = _cell(raw, columns, "jenis")
    note = _cell(raw, columns, "note")
    return PositionInput(
        jabatan_name=str(_cell(raw, columns, "jabatan") or "").strip() or None,
        jabatan_kind=str(text).strip() if text else None,
        kelas_jabatan=kelas if isinstance(kelas, int) else None,
        needed=needed if isinstance(needed, int) else None,
        note=str(note).strip() if note else None)


def apply_peta_import(session: Session, actor: CurrentUser, plan: PetaImportPlan) -> int:
    """Replace the peta jabatan of every unit in ``plan``; the number of units saved."""
    require(actor, Permission.ORG_WRITE)
    if plan.problems:
        raise ValidationError(list(plan.problems))
    reason = message("formasi.import_reason", file=plan.source)
    for unit in plan.units:
        save_unit_positions(session, actor, unit.unit_id, unit.positions, reason)
    return len(plan.units)


register_messages({
    "formasi.import_headers": (
        "Berkas {file} tidak memiliki kolom 'Jabatan' dan 'Kebutuhan' (kolom yang ada: "
        "{headers}).",
        "The file {file} has no 'Jabatan' and 'Kebutuhan' columns (columns found: {headers}).",
    ),
    "formasi.import_unit_empty": ("Baris {row}: unit kerja kosong.", "Row {row}: no unit."),
    "formasi.import_unit_unknown": (
        "Baris {row}: unit kerja '{unit}' tidak ditemukan.",
        "Row {row}: unit '{unit}' not found.",
    ),
    "formasi.import_unit_ambiguous": (
        "Baris {row}: ada {count} unit kerja bernama '{unit}'; tulis dengan induknya, mis. "
        "'Dinas Kesehatan › {unit}'.",
        "Row {row}: {count} units are called '{unit}'; write it with its parent, e.g. "
        "'Dinas Kesehatan › {unit}'.",
    ),
    "formasi.import_not_number": (
        "Baris {row}: '{value}' bukan bilangan bulat.",
        "Row {row}: '{value}' is not a whole number.",
    ),
    "formasi.import_reason": ("peta jabatan diimpor dari {file}",
                              "peta jabatan imported from {file}"),
})
