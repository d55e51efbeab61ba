"""A canonical digest of the business data, to prove two sites hold the same records.

What is hashed: every table whose rows travel in bundles (ORM classes derived from
:class:`app.db.base.Synced`), per office: a line with the column names (sorted), then one JSON
array line per row in ``id`` order (byte order on both backends). Left out, because two sites
that converged may still differ in them: ``stamps`` (sync bookkeeping), ``updated_at`` (local
wall clock) and any column marked ``info={"local": True}``; and every purely local table (users,
audit log, change log, sync metadata — none is ``Synced``). The tombstone fields (``deleted``,
``deleted_reason``, ``merged_into``) are business data and count.

Values are normalised so SQLite and PostgreSQL give the same text: booleans ``true/false``,
decimals without trailing zeros, dates and times in ISO 8601, ``None`` as ``null``. Rows are
streamed (``yield_per``), never loaded all at once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from sqlalchemy import Column, Table, select
from sqlalchemy.orm import Session

from app.db.base import Base, Synced
from app.jobs import NO_PROGRESS, Progress

EXCLUDED_COLUMNS = frozenset({"stamps", "updated_at"})
BATCH = 5000
_EMPTY = hashlib.sha256().hexdigest()


@dataclass(frozen=True)
class TableDigest:
    table: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class OfficeDigest:
    office_code: str
    rows: int
    sha256: str
    tables: tuple[TableDigest, ...]


@dataclass(frozen=True)
class DigestReport:
    """``sha256`` covers every office listed; equal digests mean equal business data."""

    sha256: str
    rows: int
    offices: tuple[OfficeDigest, ...]

    def as_dict(self) -> dict[str, object]:
        return {
            "sha256": self.sha256,
            "rows": self.rows,
            "offices": {
                o.office_code: {
                    "sha256": o.sha256,
                    "rows": o.rows,
                    "tables": {t.table: {"rows": t.rows, "sha256": t.sha256} for t in o.tables},
                }
                for o in self.offices
            },
        }


def synced_tables() -> list[Table]:
    """Every table that travels in bundles, sorted by name."""
    import app.db.models  # noqa: F401 - registers every model with Base

    tables = {
        m.local_table.name: m.local_table
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced) and isinstance(m.local_table, Table)
    }
    return [tables[name] for name in sorted(tables)]


def digested_columns(table: Table) -> list[Column]:
    return sorted(
        (c for c in table.columns if c.name not in EXCLUDED_COLUMNS and not c.info.get("local")),
        key=lambda c: c.name,
    )


_AS_IS = frozenset({str, int, bool, type(None)})


def canonical_value(value: object) -> object:
    """One value as JSON-ready text/number, the same on SQLite and PostgreSQL."""
    if type(value) in _AS_IS:
        return value
    if isinstance(value, bool | int | str):
        return value
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "0") else text
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, dict | list):
        return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return str(value)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def canonical_row(values: Iterable[object]) -> bytes:
    """One row as a JSON array line (values in column-name order)."""
    return _ENCODE([canonical_value(v) for v in values]).encode("utf-8") + b"\n"


def canonical_header(names: Iterable[str]) -> bytes:
    """The first line of every table's text: its column names, sorted."""
    return _ENCODE(list(names)).encode("utf-8") + b"\n"


def _order_key(session: Session, table: Table):  # type: ignore[no-untyped-def]
    col = table.c.id
    if session.get_bind().dialect.name == "postgresql":
        return col.collate("C")  # byte order, like SQLite's BINARY
    return col


def _digest_table(
    session: Session, table: Table, office_code: str | None
) -> dict[str, tuple[int, str]]:
    cols = digested_columns(table)
    names = [c.name for c in cols]
    office_at = names.index("office_code")
    stmt = select(*cols).order_by(_order_key(session, table))
    if office_code is not None:
        stmt = stmt.where(table.c.office_code == office_code)
    hashers: dict[str, hashlib._Hash] = {}
    counts: dict[str, int] = {}
    result = session.execute(stmt.execution_options(yield_per=BATCH))
    for row in result:
        office = row[office_at]
        h = hashers.get(office)
        if h is None:
            h = hashers[office] = hashlib.sha256(canonical_header(names))
            counts[office] = 0
        h.update(canonical_row(row))
        counts[office] += 1
    return {o: (counts[o], hashers[o].hexdigest()) for o in hashers}


def digest(
    session: Session, office_code: str | None = None, progress: Progress = NO_PROGRESS
) -> DigestReport:
    """The digest of all business data, or of one office's rows only."""
    tables = synced_tables()
    per_office: dict[str, dict[str, tuple[int, str]]] = {}
    for i, table in enumerate(tables):
        progress.step(i, len(tables), table.name)
        for office, result in _digest_table(session, table, office_code).items():
            per_office.setdefault(office, {})[table.name] = result
    progress.step(len(tables), len(tables), "")
    offices = tuple(_office_digest(o, per_office[o], tables) for o in sorted(per_office))
    total = hashlib.sha256()
    for o in offices:
        total.update(f"{o.office_code}:{o.sha256}\n".encode())
    return DigestReport(total.hexdigest(), sum(o.rows for o in offices), offices)


def _office_digest(
    office: str, found: dict[str, tuple[int, str]], tables: list[Table]
) -> OfficeDigest:
    parts = tuple(TableDigest(t.name, *found.get(t.name, (0, _EMPTY))) for t in tables)
    h = hashlib.sha256()
    for part in parts:
        h.update(f"{part.table}:{part.rows}:{part.sha256}\n".encode())
    return OfficeDigest(office, sum(p.rows for p in parts), h.hexdigest(), parts)
