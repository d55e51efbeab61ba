"""Constraint conflicts (sync.md §4.7, T23): an incoming row that would break a unique key.

Two offices may enter the same person (same NIK) under different keys. Before a batch is
written, the final unique-key values of every row the batch inserts or changes are compared
with the stored rows and with each other. A collision never reaches the database:

* a key with a nullable column (NIK, NIP, a jabatan code) is **parked**: the incoming row is
  applied with that column empty, its value kept in a ``constraint`` conflict for the clerk
  (merge the duplicates, or correct the number);
* a key of required columns cannot be parked: the incoming unit is **held** (not applied),
  its values kept in the conflict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync.merge_rows import RowState, chunks, key_chunk, key_in
from app.sync.scope import TableInfo, UniqueRule


@dataclass(frozen=True)
class Collision:
    rule: UniqueRule
    pk: str
    other_pk: str
    values: tuple[Any, ...]


def _final(info: TableInfo, state: RowState, rule: UniqueRule) -> tuple[Any, ...] | None:
    unit_of = info.spec.unit_of
    values = tuple(state.value(a, unit_of[a]) for a in rule.attrs)
    if any(v is None for v in values):
        return None  # NULLs never collide
    if rule.live_only and state.value("deleted", "lifecycle"):
        return None
    return values


def _touches(info: TableInfo, state: RowState, rule: UniqueRule) -> bool:
    if not state.exists:
        return True
    unit_of = info.spec.unit_of
    units = {unit_of[a] for a in rule.attrs} | ({"lifecycle"} if rule.live_only else set())
    return any(u in state.pending for u in units)


def find_collisions(session: Session, info: TableInfo, states: Iterable[RowState]
                    ) -> list[Collision]:
    """Collisions of the rows this batch inserts or changes, first come first kept."""
    states = [s for s in states if s.pending]
    by_pk = {s.pk: s for s in states}
    found: list[Collision] = []
    for rule in info.uniques:
        wanted: dict[tuple[Any, ...], str] = {}
        for state in states:
            if not _touches(info, state, rule):
                continue
            key = _final(info, state, rule)
            if key is None:
                continue
            if key in wanted:
                found.append(Collision(rule, state.pk, wanted[key], key))
            else:
                wanted[key] = state.pk
        if wanted:
            found += _stored_collisions(session, info, rule, wanted, by_pk)
    return found


def _stored_collisions(session: Session, info: TableInfo, rule: UniqueRule,
                       wanted: dict[tuple[Any, ...], str], by_pk: dict[str, RowState]
                       ) -> list[Collision]:
    table = info.table
    col_of = dict(info.attr_columns)
    spec = info.spec
    cols = [table.c[col_of[a]] for a in rule.attrs]
    found = []
    keys = list(wanted)
    for part in chunks(keys, key_chunk(session)):
        # by the first column only (an index prefix on both databases); the rest is compared
        # below, on the values read back
        firsts = list({_decode(spec, rule.attrs[0], k[0]) for k in part})
        stmt = (select(table.c.id, table.c.deleted, *cols)
                .where(key_in(session, cols[0], firsts)))
        for row in session.execute(stmt):
            other = row[0]
            if rule.live_only and row[1]:
                continue
            key = tuple(spec.encode(a, row[2 + i]) for i, a in enumerate(rule.attrs))
            pk = wanted.get(key)
            if pk is None or pk == other:
                continue
            moving = by_pk.get(other)
            if moving is not None and _final(info, moving, rule) != key:
                continue  # the stored holder gives the value up in this very batch
            found.append(Collision(rule, pk, other, key))
    return found


def _decode(spec, attr: str, value: Any) -> Any:  # type: ignore[no-untyped-def]
    codec = spec.decoders[attr]
    return value if value is None or codec is None else codec(value)
