"""The clerk review queue (sync.md §4.7): recording conflicts while merging, closing them.

Kinds: ``edit-edit`` (two offices changed the same unit concurrently), ``delete-edit``,
``constraint`` (a unique key such as the NIK, see :mod:`app.sync.constraints`),
``ownership`` (an office changed a record after the province had moved it to another office:
held, not applied) and ``orphan`` (a change of a record whose creation never reached this
office, or of a held record). Each row keeps the local and incoming values, both stamps, the
base the editor saw and the change id — losing values are never thrown away.

An open conflict is closed as ``superseded`` when a later change of the same unit arrives from
an editor who had seen both sides (its base is at least as new as both stamps). Resolution by a
clerk is :mod:`app.sync.resolve`.

On the province every new or changed conflict gets the next ``receipt_seq``, so the offices
whose changes it concerns receive a receipt (:mod:`app.sync.receipts`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import new_id
from app.db.sync_meta import ChangeLog, Conflict
from app.db.sync_units import dumps, dumps_sorted
from app.sync.records import ChangeRecord, Stamp, parse_stamp

if TYPE_CHECKING:
    from app.sync.merge import MergeContext


def stamp_text(stamp: Stamp | None) -> str | None:
    return dumps(list(stamp)) if stamp is not None else None


def stamp_of(text: str | None) -> Stamp | None:
    if not text:
        return None
    return parse_stamp(json.loads(text))


def next_receipt_seq(session: Session) -> int:
    return int(session.scalar(select(func.max(Conflict.receipt_seq))) or 0) + 1


class ConflictBuffer:
    """Conflicts found while merging one bundle; written by :meth:`flush`."""

    def __init__(self, session: Session, ctx: MergeContext) -> None:
        self.session = session
        self.ctx = ctx
        self.created: list[Conflict] = []
        self._open: dict[tuple[str, str, str], list[Conflict]] | None = None
        self._receipt_seq: int | None = None

    def _receipt(self) -> int | None:
        if not self.ctx.is_province:
            return None
        if self._receipt_seq is None:
            self._receipt_seq = next_receipt_seq(self.session)
        else:
            self._receipt_seq += 1
        return self._receipt_seq

    def _open_index(self) -> dict[tuple[str, str, str], list[Conflict]]:
        if self._open is None:
            self._open = {}
            for c in self.session.scalars(select(Conflict).where(Conflict.status == "open")):
                self._open.setdefault((c.table_name, c.pk, c.unit), []).append(c)
        return self._open

    def add(self, table: str, pk: str, unit: str, kind: str, office: str,
            local_values: Mapping[str, Any] | None, local_stamp: Stamp | None,
            rec: ChangeRecord, *, winner: str | None,
            detail: Mapping[str, Any] | None = None) -> Conflict:
        return self.add_values(table, pk, unit, kind, office, local_values, local_stamp,
                               rec.values, rec.stamp, winner=winner, base=rec.base,
                               change=rec.change_id, detail=detail)

    def add_values(self, table: str, pk: str, unit: str, kind: str, office: str,
                   local_values: Mapping[str, Any] | None, local_stamp: Stamp | None,
                   incoming_values: Mapping[str, Any] | None, incoming_stamp: Stamp | None,
                   *, winner: str | None, base: Stamp | None = None,
                   change: str | None = None,
                   detail: Mapping[str, Any] | None = None) -> Conflict:
        key = (table, pk, unit)
        if kind == "constraint":
            for existing in self._open_index().get(key, []):
                if existing.kind == "constraint":  # the same clash again: keep the newest side
                    existing.incoming_values = dumps_sorted(dict(incoming_values or {}))
                    existing.incoming_stamp = stamp_text(incoming_stamp)
                    existing.incoming_change = change
                    existing.receipt_seq = self._receipt()
                    return existing
        row = Conflict(
            id=new_id(), table_name=table, pk=pk, unit=unit, kind=kind, office_code=office,
            local_values=dumps_sorted(dict(local_values)) if local_values is not None else None,
            local_stamp=stamp_text(local_stamp),
            incoming_values=dumps_sorted(dict(incoming_values))
            if incoming_values is not None else None,
            incoming_stamp=stamp_text(incoming_stamp), base_stamp=stamp_text(base),
            incoming_change=change, winner=winner,
            detail=dumps_sorted(dict(detail)) if detail else "", status="open",
            detected_at=self.ctx.now, receipt_seq=self._receipt(),
        )
        self.session.add(row)
        self.created.append(row)
        self._open_index().setdefault(key, []).append(row)
        return row

    def supersede(self, table: str, pk: str, unit: str, rec: ChangeRecord) -> None:
        """Close open conflicts of this unit that ``rec``'s editor had seen both sides of."""
        if rec.base is None:
            return
        found = self._open_index().get((table, pk, unit))
        if not found:
            return
        for c in list(found):
            if c.kind not in ("edit-edit", "delete-edit"):
                continue
            sides = [s for s in (stamp_of(c.local_stamp), stamp_of(c.incoming_stamp)) if s]
            if sides and all(rec.base >= s for s in sides):
                c.status, c.resolution = "resolved", "superseded"
                c.resolved_by = f"{rec.user}@{rec.origin_site}"[:64]
                c.resolved_at = self.ctx.now
                c.resolved_values = dumps_sorted(rec.values)
                c.receipt_seq = self._receipt()
                found.remove(c)

    def flush(self) -> None:
        self.session.flush()


def seen_by(session: Session, table: str, pk: str, unit: str, stamp: Stamp,
            knowledge: Mapping[str, int]) -> bool:
    """Had a site with ``knowledge`` seen the change that gave ``unit`` its ``stamp``?

    The change is looked up in our change log by record and stamp; one we cannot find
    (seeded data, a snapshot) counts as seen.
    """
    rows = session.execute(
        select(ChangeLog.origin_inc, ChangeLog.origin_seq)
        .where(ChangeLog.table_name == table, ChangeLog.pk == pk, ChangeLog.unit == unit,
               ChangeLog.lamport == stamp[0], ChangeLog.origin_site == stamp[1])
    ).all()
    if not rows:
        return True
    return all(seq <= knowledge.get(f"{stamp[1]}/{inc}", 0) for inc, seq in rows)
