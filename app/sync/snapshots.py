"""Snapshots the province adds to a bundle for office P (docs/sync.md, Routing).

* **Transfer in** — a lifecycle change that makes P the owner of a record P may never have
  had: the record and everything that belongs to it (``ON DELETE CASCADE`` children, down the
  tree: histories, SKP and its parts…) go along as whole rows.
* **Reference closure** — every record sent must find what it points at: a referenced row
  that is neither P's nor a province row of a shared table (an org unit of the office an
  employee came from, another office's penilai) goes along as a snapshot, and so do the rows
  that one references.

A snapshot carries every unit with its stamp; the receiver merges it unit by unit (LWW), so
sending one again is harmless.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.sync.merge_rows import chunks, parse_stamps
from app.sync.scope import PROVINCE, children_of, table_infos

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode


class SnapshotCollector:
    def __init__(self, session: Session, peer: str) -> None:
        self.session = session
        self.peer = peer
        self.infos = table_infos()
        self._owned: list[tuple[str, str]] = []
        self._refs: dict[str, set[str]] = {}
        self._checked: set[tuple[str, str]] = set()
        self._rows: dict[tuple[str, str], None] = {}  # ordered set of rows to send

    def add_owned(self, table: str, pk: str) -> None:
        self._owned.append((table, pk))

    def add_references(self, table: str, values_json: str) -> None:
        info = self.infos.get(table)
        if info is None or not info.references:
            return
        values = json.loads(values_json)
        for attr, target in info.references:
            value = values.get(attr)
            if value is not None and (target, value) not in self._checked:
                self._refs.setdefault(target, set()).add(value)

    def _in_scope(self, table: str, office: str) -> bool:
        if office == self.peer:
            return True
        info = self.infos[table]
        return office == PROVINCE and info.shared

    def _resolve(self) -> None:
        todo = list(self._owned)
        self._owned = []
        while todo:  # transfers: the row and all that belongs to it
            table, pk = todo.pop()
            if (table, pk) in self._rows:
                continue
            self._rows[(table, pk)] = None
            for child, attr in children_of(table):
                col = self.infos[child].table.c[dict(self.infos[child].attr_columns)[attr]]
                ids = self.session.scalars(select(self.infos[child].table.c.id)
                                           .where(col == pk))
                todo.extend((child, i) for i in ids)
        for table, pk in list(self._rows):
            self._queue_row_refs(table, pk)
        while self._refs:  # references, until closed
            table, ids = self._refs.popitem()
            wanted = [i for i in ids if (table, i) not in self._checked]
            self._checked.update((table, i) for i in wanted)
            t = self.infos[table].table
            for part in chunks(wanted):
                for pk, office in self.session.execute(
                        select(t.c.id, t.c.office_code).where(t.c.id.in_(part))):
                    if not self._in_scope(table, office) and (table, pk) not in self._rows:
                        self._rows[(table, pk)] = None
                        self._queue_row_refs(table, pk)

    def _queue_row_refs(self, table: str, pk: str) -> None:
        info = self.infos[table]
        if not info.references:
            return
        col_of = dict(info.attr_columns)
        row = self.session.execute(
            select(*(info.table.c[col_of[a]] for a, _ in info.references))
            .where(info.table.c.id == pk)).first()
        if row is None:
            return
        for (_attr, target), value in zip(info.references, row, strict=True):
            if value is not None and (target, value) not in self._checked:
                self._refs.setdefault(target, set()).add(value)

    def pending(self) -> bool:
        self._resolve()
        return bool(self._rows)

    def lines(self) -> Iterator[bytes]:
        self._resolve()
        by_table: dict[str, list[str]] = {}
        for table, pk in self._rows:
            by_table.setdefault(table, []).append(pk)
        for table, pks in by_table.items():
            info = self.infos[table]
            attr_of = {c: a for a, c in info.attr_columns}
            for part in chunks(pks):
                rows = self.session.execute(select(info.table).where(info.table.c.id.in_(part)))
                for row in rows.mappings():
                    yield snapshot_line(table, info, {attr_of.get(k, k): v
                                                      for k, v in row.items()})


def snapshot_line(table: str, info: Any, data: dict[str, Any]) -> bytes:
    stamps = parse_stamps(data.get("stamps"))
    units = [u for u in info.spec.units if u in stamps]
    doc = {
        "table": table, "pk": data["id"], "office": data["office_code"],
        "stamps": {u: list(stamps[u]) for u in units},
        "values": {u: info.spec.values(data, u) for u in units},
    }
    return (_encode(doc) + "\n").encode("utf-8")
