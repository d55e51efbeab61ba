"""Row state for the merge: read what the receiver has, write what the merge decided.

The merge works on batches of one table. :func:`fetch_states` reads, for the batch's keys,
the owner, tombstone flag, unit stamps and unique-key values in one query; decisions are
collected in :class:`RowState` (``pending``: the winning values per unit); :func:`write_rows`
then inserts the new rows and updates the changed ones with executemany statements — Core
writes inside ``applying_remote``, so no local change is recorded for them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, any_, bindparam, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.sync_meta import insert_rows
from app.db.sync_units import dumps_sorted
from app.sync.records import Stamp
from app.sync.scope import TableInfo

_IN_CHUNK = 500
_PG_CHUNK = 5000


@dataclass(slots=True)
class RowState:
    """One row as the merge sees it: stored state plus the decisions of this import."""

    pk: str
    exists: bool  # stored before this batch
    office: str
    deleted: bool
    stamps: dict[str, Stamp]
    stored: dict[str, Any] = field(default_factory=dict)  # JSON values read so far (by attr)
    pending: dict[str, dict[str, Any]] = field(default_factory=dict)  # unit -> winning values
    pending_stamps: dict[str, Stamp] = field(default_factory=dict)
    was_deleted: bool = False

    def value(self, attr: str, unit: str) -> Any:
        values = self.pending.get(unit)
        if values is not None and attr in values:
            return values[attr]
        return self.stored.get(attr)

    @property
    def changed(self) -> bool:
        return bool(self.pending)


def chunks(items: list[Any], size: int = _IN_CHUNK) -> Iterable[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def key_chunk(session: Session) -> int:
    """How many keys one :func:`key_in` lookup takes: SQLite binds each key as its own
    parameter; PostgreSQL gets one array, so a whole batch goes in one statement."""
    return _PG_CHUNK if session.get_bind().dialect.name == "postgresql" else _IN_CHUNK


def key_in(session: Session, column: Any, values: list[Any]) -> ColumnElement[bool]:
    """``column IN (values)``; on PostgreSQL ``column = ANY(:array)`` — one statement text
    whatever the number of values, so the driver parses it once and the server plans it once
    (500 separate parameters made psycopg re-parse every batch's query)."""
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, values, type_=ARRAY(column.type)))
    return column.in_(values)


def parse_stamps(text: str | None) -> dict[str, Stamp]:
    return {u: (int(s[0]), str(s[1])) for u, s in json.loads(text or "{}").items()}


def _unique_attrs(info: TableInfo) -> list[str]:
    seen: dict[str, None] = {}
    for rule in info.uniques:
        seen.update(dict.fromkeys(rule.attrs))
    return list(seen)


def fetch_states(session: Session, info: TableInfo, pks: list[str]) -> dict[str, RowState]:
    """Stored state of the rows among ``pks`` that exist (unique-key values included)."""
    table = info.table
    col_of = dict(info.attr_columns)
    extra = [a for a in _unique_attrs(info) if a not in ("office_code", "deleted")]
    cols = [table.c.id, table.c.office_code, table.c.deleted, table.c.stamps,
            *(table.c[col_of[a]] for a in extra)]
    found: dict[str, RowState] = {}
    encode = info.spec.encode
    for part in chunks(pks, key_chunk(session)):
        for row in session.execute(select(*cols).where(key_in(session, table.c.id, part))):
            stored = {a: encode(a, row[4 + i]) for i, a in enumerate(extra)}
            stored["office_code"], stored["deleted"] = row[1], bool(row[2])
            found[row[0]] = RowState(row[0], True, row[1], bool(row[2]), parse_stamps(row[3]),
                                     stored, was_deleted=bool(row[2]))
    return found


def load_unit_values(session: Session, info: TableInfo, state: RowState, unit: str
                     ) -> dict[str, Any]:
    """The row's current JSON values of ``unit`` (stored, then this import's decisions)."""
    attrs = info.spec.units[unit]
    missing = [a for a in attrs if a not in state.stored]
    if missing and state.exists:
        col_of = dict(info.attr_columns)
        table = info.table
        row = session.execute(select(*(table.c[col_of[a]] for a in missing))
                              .where(table.c.id == state.pk)).first()
        if row is not None:
            for i, a in enumerate(missing):
                state.stored[a] = info.spec.encode(a, row[i])
    values = {a: state.stored.get(a) for a in attrs}
    values.update(state.pending.get(unit, {}))
    return values


_CODECS: dict[str, tuple[tuple[str, Any], ...]] = {}


def _decode_in_place(info: TableInfo, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values → attribute values (dates, decimals…), for the attributes that need it."""
    codecs = _CODECS.get(info.name)
    if codecs is None:
        codecs = _CODECS[info.name] = tuple(
            (k, c) for k, c in info.spec.decoders.items() if c is not None)
    for key, codec in codecs:
        value = values.get(key)
        if value is not None:
            values[key] = codec(value)
    return values


def write_rows(session: Session, info: TableInfo, states: Iterable[RowState]) -> None:
    """Insert new rows and update changed ones (executemany, grouped by column set)."""
    col_of = dict(info.attr_columns)
    same_names = all(a == c for a, c in info.attr_columns)
    now = utcnow()
    texts: dict[tuple, str] = {}  # rows written together mostly share their stamps
    table = info.table
    blank = dict.fromkeys(c.name for c in table.columns)
    blank.update(deleted=False)
    inserts: list[dict[str, Any]] = []
    updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for state in states:
        if not state.pending:
            continue
        attrs: dict[str, Any] = {}
        for values in state.pending.values():
            attrs.update(values)
        _decode_in_place(info, attrs)
        stamps = dict(state.stamps)
        stamps.update(state.pending_stamps)
        key = tuple(sorted(stamps.items()))
        stamps_text = texts.get(key)
        if stamps_text is None:
            stamps_text = texts[key] = dumps_sorted(stamps)
        if not same_names:
            attrs = {col_of[k]: v for k, v in attrs.items()}
        if not state.exists:
            row = blank.copy()
            row["office_code"] = state.office
            row.update(attrs)
            row["id"], row["stamps"], row["updated_at"] = state.pk, stamps_text, now
            inserts.append(row)
            continue
        attrs["stamps"], attrs["updated_at"] = stamps_text, now
        updates[tuple(sorted(attrs))].append({**attrs, "b_id": state.pk})
    if inserts:
        insert_rows(session, table, inserts)
    conn = session.connection()
    for columns, params in updates.items():
        stmt = (update(table).where(table.c.id == bindparam("b_id"))
                .values({c: bindparam(c) for c in columns}))
        conn.execute(stmt, params)


def commit_states(states: Iterable[RowState]) -> None:
    """After writing: the rows are stored, their pending decisions part of the stored state."""
    for state in states:
        if not state.pending:
            continue
        for values in state.pending.values():
            state.stored.update(values)
        state.stamps.update(state.pending_stamps)
        state.pending.clear()
        state.pending_stamps.clear()
        state.exists = True
