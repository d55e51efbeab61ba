"""Recaps: counts per unit broken down by a few dimensions, for a compact cross-table.

:class:`RecapData` is generic — rows (units), dimensions (golongan, jenis kelamin,
pendidikan …) each with categories, and a count per row × category — so other recaps (JP per
year, predikat kinerja) reuse :func:`app.reports.recap.recap_document` unchanged: build a
``RecapData`` with their own dimensions (see :func:`recap_from_counts`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.services.report_data import (
    OfficeHeader,
    UnitInfo,
    UnitRef,
    default_as_of,
    load_units,
    office_header,
    subtree,
    unit_ref,
)
from app.services.report_data_personnel import PersonnelRow, Scope, load_personnel
from app.services.roles import CurrentUser, Permission, require

UNKNOWN = "-"


@dataclass(frozen=True)
class RecapDimension:
    """A breakdown: ``categories`` are ``(code, label)``; ``label`` heads the column group."""

    key: str
    label: str
    categories: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RecapRow:
    key: str
    label: str
    counts: Mapping[str, tuple[float, ...]]  # dimension key → one value per category
    total: float
    depth: int = 0


@dataclass(frozen=True)
class RecapData:
    office: OfficeHeader
    unit: UnitRef | None
    as_of: date
    row_heading: str
    dimensions: tuple[RecapDimension, ...]
    rows: tuple[RecapRow, ...]
    totals: RecapRow
    total_label: str = "Jumlah"


def recap_from_counts(
    row_keys: Sequence[tuple[str, str]],
    dimensions: Sequence[RecapDimension],
    items: Iterable[tuple[str, Mapping[str, str], float]],
    *,
    drop_empty_unknown: bool = True,
) -> tuple[tuple[RecapDimension, ...], tuple[RecapRow, ...], RecapRow]:
    """Count ``items`` — ``(row key, {dimension: category}, weight)`` — into rows.

    An ``UNKNOWN`` category that stays empty is dropped from its dimension. Returns the
    (possibly trimmed) dimensions, the rows in ``row_keys`` order, and the totals row.
    """
    index = {d.key: {c: i for i, (c, _l) in enumerate(d.categories)} for d in dimensions}
    cells = {k: {d.key: [0.0] * len(d.categories) for d in dimensions} for k, _l in row_keys}
    totals = {k: 0.0 for k, _l in row_keys}
    for row_key, cats, weight in items:
        if row_key not in cells:
            continue
        totals[row_key] += weight
        for d in dimensions:
            code = cats.get(d.key, UNKNOWN)
            pos = index[d.key].get(code, index[d.key].get(UNKNOWN))
            if pos is not None:
                cells[row_key][d.key][pos] += weight
    dims = []
    for d in dimensions:
        keep = [i for i, (code, _l) in enumerate(d.categories)
                if not (drop_empty_unknown and code == UNKNOWN
                        and not any(cells[k][d.key][i] for k, _l in row_keys))]
        dims.append((RecapDimension(d.key, d.label, tuple(d.categories[i] for i in keep)), keep))
    rows = tuple(
        RecapRow(k, label, {d.key: tuple(_num(cells[k][d.key][i]) for i in keep)
                            for d, keep in dims}, _num(totals[k]))
        for k, label in row_keys
    )
    total_row = RecapRow(
        "total", "", {d.key: tuple(_num(sum(r.counts[d.key][j] for r in rows))
                                   for j in range(len(keep))) for d, keep in dims},
        _num(sum(r.total for r in rows)),
    )
    return tuple(d for d, _k in dims), rows, total_row


def _num(value: float) -> float:
    return int(value) if float(value).is_integer() else round(value, 2)


# --- headcount recap --------------------------------------------------------------------------

GOLONGAN = RecapDimension("golongan", "Golongan", (
    ("I", "I"), ("II", "II"), ("III", "III"), ("IV", "IV"), ("PPPK", "PPPK"),
    (UNKNOWN, "Tanpa data"),
))
GENDER = RecapDimension("jenis_kelamin", "Jenis Kelamin", (
    ("L", "L"), ("P", "P"), (UNKNOWN, "Tanpa data"),
))
EDUCATION = RecapDimension("pendidikan", "Pendidikan", (
    ("sma", "SD–SMA"), ("diploma", "D-I–D-III"), ("s1", "D-IV/S1"), ("s2", "S2"), ("s3", "S3"),
    (UNKNOWN, "Tanpa data"),
))
_EDU = {"SD": "sma", "SMP": "sma", "SMA": "sma", "D-I": "diploma", "D-II": "diploma",
        "D-III": "diploma", "D-IV": "s1", "S1": "s1", "S2": "s2", "S3": "s3"}


def headcount_categories(p: PersonnelRow) -> dict[str, str]:
    if p.jenis_pegawai == "PPPK":
        gol = "PPPK"
    else:
        gol = (p.golongan or "").split("/")[0] if p.golongan and "/" in p.golongan else UNKNOWN
    return {
        "golongan": gol,
        "jenis_kelamin": p.jenis_kelamin if p.jenis_kelamin in ("L", "P") else UNKNOWN,
        "pendidikan": _EDU.get(p.pendidikan or "", UNKNOWN),
    }


def recap_rows_for(units: Mapping[str, UnitInfo], root: str | None
                   ) -> tuple[list[tuple[str, str]], Callable[[str | None], str | None]]:
    """Rows of a unit recap: the OPDs (or the children of ``root``, with ``root`` itself for
    those placed directly in it), and a function mapping an employee's unit to its row."""
    if root is None:
        tops = sorted((u for u in units.values() if u.depth == 0), key=lambda u: u.order)
        keys = [(u.id, u.name) for u in tops]

        def row_of(unit_id: str | None) -> str | None:
            info = units.get(unit_id) if unit_id else None
            return info.opd_id if info else UNKNOWN
        keys.append((UNKNOWN, "Tanpa unit kerja"))
        return keys, row_of
    kids = sorted((u for u in units.values() if u.parent_id == root), key=lambda u: u.order)
    owner = {uid: k.id for k in kids for uid in subtree(dict(units), k.id)}
    keys = [(root, units[root].name), *((k.id, k.name) for k in kids)]
    return keys, lambda unit_id: owner.get(unit_id or "", root)


def headcount_recap(session: Session, actor: CurrentUser, *, unit_id: str | None = None,
                    as_of: date | None = None, office_code: str | None = None) -> RecapData:
    """Active employees per OPD (or per sub-unit of ``unit_id``) by golongan, jenis kelamin
    and education — each dimension a group of columns, plus the row total."""
    require(actor, Permission.REPORT_PRINT)
    office = office_header(session, actor, office_code)
    when = as_of or default_as_of()
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    scope = Scope(office.code, frozenset(subtree(units, unit.id)) if unit else None)
    people = load_personnel(session, scope, when, units)
    keys, row_of = recap_rows_for(units, unit.id if unit else None)
    items = [(row_of(p.unit_id) or UNKNOWN, headcount_categories(p), 1.0) for p in people]
    dims, rows, totals = recap_from_counts(keys, (GOLONGAN, GENDER, EDUCATION), items)
    rows = tuple(r for r in rows if r.key != UNKNOWN or r.total)
    return RecapData(office, unit, when, "Unit Kerja", dims, rows, totals)
