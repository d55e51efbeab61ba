"""The merge rule (sync.md §4.7), the same on every site so all sites converge.

For every incoming change ``c`` of ``(table, pk, unit)`` with stamp ``(lamport, site)``:

* ``cur`` = our stamp of that unit (``None``: row or unit unknown here);
* **apply** when ``cur is None or c.stamp > cur`` — last writer wins by ``(lamport, site)``;
  equal stamps with different values (a site restored from a backup reused a clock value)
  are ordered by the values' canonical JSON, so every site still picks the same one;
* **concurrent** when ``cur is not None and c.base != cur and c.stamp != cur`` (the units of a
  new row, ``base = None``, are never concurrent; the lifecycle is not stamped at creation, so
  two first lifecycle writes with ``base = None`` are): an ``edit-edit`` conflict keeps both
  values and which one won — nothing is silently lost, the clerk may decide otherwise later;
* **delete vs edit**: an edit arriving for a row deleted here, or a delete arriving from the
  sender while we hold edits it had not seen (its knowledge in the manifest tells), is a
  ``delete-edit`` conflict; the tombstone stands (the lifecycle is its own unit) and the edit's
  values stay in the row and in the conflict;
* unique keys: see :mod:`app.sync.constraints`.

A snapshot (a whole row) is merged unit by unit with the same rule, without conflicts.
Records of one table are handled in batches (one query to read, executemany to write); the
caller cuts batches only between different rows so a new row's units stay together.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.db.sync_meta import insert_rows
from app.db.sync_units import LIFECYCLE, dumps_sorted
from app.sync import conflicts as conflict_log
from app.sync.constraints import find_collisions
from app.sync.merge_rows import (
    RowState,
    commit_states,
    fetch_states,
    load_unit_values,
    write_rows,
)
from app.sync.records import ChangeRecord, SnapshotRecord, Stamp
from app.sync.scope import TableInfo, table_infos


@dataclass
class TableStats:
    """What an import did (or a dry run would do) to one table."""

    new: int = 0
    changed: int = 0
    deleted: int = 0
    skipped: int = 0  # changes already superseded here (an older write lost)
    conflicts: int = 0


@dataclass
class MergeContext:
    """Everything the merge of one bundle shares across tables."""

    site: str  # the receiving office
    sender: str
    sender_knowledge: Mapping[str, int]
    is_province: bool
    now: datetime
    holds: dict[str, str] = field(default_factory=dict)  # change id -> conflict kind
    stats: dict[str, TableStats] = field(default_factory=dict)
    held_rows: set[tuple[str, str]] = field(default_factory=set)
    max_lamport: int = 0
    applied_changes: int = 0
    log_rows: list[dict[str, Any]] = field(default_factory=list)
    parked: list[tuple[TableInfo, str, str, Stamp | None]] = field(default_factory=list)
    conflicts: conflict_log.ConflictBuffer | None = None

    def table_stats(self, table: str) -> TableStats:
        return self.stats.setdefault(table, TableStats())


def _stamp(state: RowState, unit: str) -> Stamp | None:
    return state.pending_stamps.get(unit) or state.stamps.get(unit)


class Merger:
    """Applies a bundle's records inside the caller's transaction."""

    def __init__(self, session: Session, ctx: MergeContext) -> None:
        self.session = session
        self.ctx = ctx
        if ctx.conflicts is None:
            ctx.conflicts = conflict_log.ConflictBuffer(session, ctx)
        self.conflicts = ctx.conflicts

    # --- change records ---------------------------------------------------------------------

    def apply_changes(self, info: TableInfo, records: list[ChangeRecord]) -> None:
        """Merge one batch of change records of one table (already free of duplicates)."""
        states = fetch_states(self.session, info, list(dict.fromkeys(r.pk for r in records)))
        logged: dict[tuple[str, str], list[dict[str, Any]]] = {}
        stats = self.ctx.table_stats(info.name)
        for rec in records:
            self.ctx.max_lamport = max(self.ctx.max_lamport, rec.lamport)
            kind = self.ctx.holds.get(rec.change_id)
            if kind is not None or (info.name, rec.pk) in self.ctx.held_rows:
                self._hold(info, rec, kind or "orphan", states.get(rec.pk))
                continue
            if self._holds_reference(info, rec):
                continue
            state = states.get(rec.pk)
            if state is None:
                state = states[rec.pk] = RowState(
                    rec.pk, False, rec.office, False, {},
                    {"office_code": rec.office, "deleted": False})
            self._merge(info, state, rec, stats)
            logged.setdefault((rec.pk, rec.unit), []).append(rec.log_row())
        self._finish_batch(info, states, logged, stats)

    def _holds_reference(self, info: TableInfo, rec: ChangeRecord) -> bool:
        """A record pointing at a row that is held here cannot be applied either."""
        if not self.ctx.held_rows:
            return False
        for attr, target in info.references:
            value = rec.values.get(attr)
            if value is not None and (target, value) in self.ctx.held_rows:
                self.ctx.held_rows.add((info.name, rec.pk))
                self._hold(info, rec, "orphan", None)
                return True
        return False

    def _merge(self, info: TableInfo, state: RowState, rec: ChangeRecord,
               stats: TableStats) -> None:
        unit, incoming = rec.unit, rec.stamp
        cur = _stamp(state, unit)
        wins = cur is None or incoming > cur
        if cur is not None and incoming == cur:
            local = load_unit_values(self.session, info, state, unit)
            wins = dumps_sorted(rec.values) > dumps_sorted(local)
        creation = rec.base is None and unit != LIFECYCLE  # a new row: nothing to clash with
        concurrent = cur is not None and not creation and rec.base != cur and incoming != cur
        lifecycle_now = state.value("deleted", LIFECYCLE)
        if concurrent:
            local = load_unit_values(self.session, info, state, unit)
            self.conflicts.add(info.name, rec.pk, unit, "edit-edit", state.office, local, cur,
                               rec, winner="incoming" if wins else "local")
            stats.conflicts += 1
        if unit != LIFECYCLE and lifecycle_now and state.exists:
            self.conflicts.add(info.name, rec.pk, unit, "delete-edit", state.office,
                               load_unit_values(self.session, info, state, LIFECYCLE),
                               _stamp(state, LIFECYCLE), rec, winner="local",
                               detail={"deleted_side": "local"})
            stats.conflicts += 1
        if unit == LIFECYCLE and wins and rec.values.get("deleted") and not lifecycle_now \
                and state.exists and rec.origin_site == self.ctx.sender:
            self._unseen_edits(info, state, rec, stats)
        if not wins:
            stats.skipped += 1
            return
        state.pending[unit] = dict(rec.values)
        state.pending_stamps[unit] = incoming
        self.ctx.applied_changes += 1
        if unit == LIFECYCLE:
            state.office = rec.values["office_code"]
        self.conflicts.supersede(info.name, rec.pk, unit, rec)

    def _unseen_edits(self, info: TableInfo, state: RowState, rec: ChangeRecord,
                      stats: TableStats) -> None:
        """A delete from the sender: our edits it had not seen become delete-edit conflicts."""
        for unit in info.insert_units:
            stamp = _stamp(state, unit)
            if stamp is None or stamp[1] == rec.origin_site or stamp[0] == 0:
                continue
            if conflict_log.seen_by(self.session, info.name, state.pk, unit, stamp,
                                    self.ctx.sender_knowledge):
                continue
            local = load_unit_values(self.session, info, state, unit)
            self.conflicts.add(info.name, state.pk, unit, "delete-edit", state.office, local,
                               stamp, rec, winner="incoming",
                               detail={"deleted_side": "incoming"})
            stats.conflicts += 1

    def _hold(self, info: TableInfo, rec: ChangeRecord, kind: str,
              state: RowState | None) -> None:
        local = local_stamp = None
        if state is not None and state.exists:
            local = load_unit_values(self.session, info, state, rec.unit)
            local_stamp = _stamp(state, rec.unit)
        office = state.office if state is not None else rec.office
        self.conflicts.add(info.name, rec.pk, rec.unit, kind, office, local, local_stamp, rec,
                           winner=None)
        self.ctx.table_stats(info.name).conflicts += 1

    def _finish_batch(self, info: TableInfo, states: dict[str, RowState],
                      logged: dict[tuple[str, str], list[dict[str, Any]]],
                      stats: TableStats) -> None:
        for state in [s for s in states.values() if not s.exists and s.pending]:
            missing = [u for u in info.insert_units if u not in state.pending]
            if missing:  # the row's creation never reached this office
                self._orphan_row(info, state, logged)
        self._check_uniques(info, states, logged)
        for state in states.values():
            if not state.pending:
                continue
            if not state.exists:
                stats.new += 1
            else:
                stats.changed += 1
            lifecycle = state.pending.get(LIFECYCLE)
            if lifecycle is not None and lifecycle.get("deleted") and not state.was_deleted:
                stats.deleted += 1
        write_rows(self.session, info, states.values())
        commit_states(states.values())
        for rows in logged.values():
            self.ctx.log_rows.extend(rows)
        self.flush_log()

    def _orphan_row(self, info: TableInfo, state: RowState,
                    logged: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
        self.ctx.held_rows.add((info.name, state.pk))
        for unit, values in state.pending.items():
            self.conflicts.add_values(info.name, state.pk, unit, "orphan", state.office, None,
                                      None, values, state.pending_stamps[unit], winner=None,
                                      change=_change_of(logged, state.pk, unit))
            logged.pop((state.pk, unit), None)
            self.ctx.table_stats(info.name).conflicts += 1
        state.pending.clear()
        state.pending_stamps.clear()

    def _check_uniques(self, info: TableInfo, states: dict[str, RowState],
                       logged: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
        if not info.uniques:
            return
        for hit in find_collisions(self.session, info, states.values()):
            state = states[hit.pk]
            unit = info.spec.unit_of[hit.rule.attrs[0]]
            values = state.pending.get(unit)
            stamp = state.pending_stamps.get(unit)
            if values is None:  # the row's other units created the clash: hold the row
                unit = next(iter(state.pending))
                values, stamp = state.pending[unit], state.pending_stamps[unit]
            other = self._other_values(info, hit.other_pk, unit, states)
            detail = {"rule": hit.rule.name, "attrs": list(hit.rule.attrs),
                      "other_pk": hit.other_pk}
            if hit.rule.nullable and state.value(hit.rule.nullable[0], unit) is not None:
                parked = list(hit.rule.nullable)
                detail["parked"] = parked
                self.conflicts.add_values(info.name, hit.pk, unit, "constraint", state.office,
                                          other, None, dict(values), stamp, winner="local",
                                          detail=detail,
                                          change=_change_of(logged, hit.pk, unit))
                for attr in parked:
                    state.pending.setdefault(info.spec.unit_of[attr], {})[attr] = None
                self.ctx.parked.append((info, hit.pk, unit, stamp))
            else:
                self._hold_unique(info, state, unit, other, detail, logged)
            self.ctx.table_stats(info.name).conflicts += 1

    def _hold_unique(self, info: TableInfo, state: RowState, unit: str, other: Any,
                     detail: dict[str, Any],
                     logged: dict[tuple[str, str], list[dict[str, Any]]]) -> None:
        if state.exists:
            values, stamp = state.pending.pop(unit), state.pending_stamps.pop(unit)
            units = [(unit, values, stamp)]
        else:  # a new row that cannot be stored: hold all of it
            units = [(u, v, state.pending_stamps[u]) for u, v in state.pending.items()]
            self.ctx.held_rows.add((info.name, state.pk))
            state.pending.clear()
            state.pending_stamps.clear()
        for i, (u, values, stamp) in enumerate(units):
            self.conflicts.add_values(info.name, state.pk, u, "constraint", state.office,
                                      other if i == 0 else None, None, values, stamp,
                                      winner=None, detail={**detail, "held": True},
                                      change=_change_of(logged, state.pk, u))
            logged.pop((state.pk, u), None)

    def _other_values(self, info: TableInfo, pk: str, unit: str,
                      states: dict[str, RowState]) -> dict[str, Any]:
        state = states.get(pk)
        if state is None:
            found = fetch_states(self.session, info, [pk])
            state = found.get(pk)
        if state is None:
            return {"id": pk}
        return {"id": pk, **load_unit_values(self.session, info, state, unit)}

    def flush_log(self) -> None:
        if self.ctx.log_rows:
            from app.db.sync_meta import ChangeLog

            insert_rows(self.session, ChangeLog.__table__, self.ctx.log_rows)
            self.ctx.log_rows = []

    # --- snapshots ----------------------------------------------------------------------------

    def apply_snapshots(self, records: Iterable[SnapshotRecord]) -> None:
        """Merge whole rows unit by unit (LWW, no conflicts), table by table."""
        by_table: dict[str, list[SnapshotRecord]] = {}
        for rec in records:
            by_table.setdefault(rec.table, []).append(rec)
        infos = table_infos()
        for table, recs in by_table.items():
            info = infos[table]
            states = fetch_states(self.session, info, [r.pk for r in recs])
            stats = self.ctx.table_stats(table)
            for rec in recs:
                state = states.get(rec.pk)
                if state is None:
                    state = states[rec.pk] = RowState(
                        rec.pk, False, rec.office, False, {},
                        {"office_code": rec.office, "deleted": False})
                for unit, stamp in rec.stamps.items():
                    self.ctx.max_lamport = max(self.ctx.max_lamport, stamp[0])
                    cur = _stamp(state, unit)
                    wins = cur is None or stamp > cur
                    if cur is not None and stamp == cur:
                        local = load_unit_values(self.session, info, state, unit)
                        wins = dumps_sorted(rec.values[unit]) > dumps_sorted(local)
                    if wins:
                        state.pending[unit] = dict(rec.values[unit])
                        state.pending_stamps[unit] = stamp
                        if unit == LIFECYCLE:
                            state.office = rec.values[unit]["office_code"]
            self._finish_batch(info, states, {}, stats)


def _change_of(logged: dict[tuple[str, str], list[dict[str, Any]]], pk: str,
               unit: str) -> str | None:
    rows = logged.get((pk, unit))
    if not rows:
        return None
    row = rows[-1]
    return f"{row['origin_site']}/{row['origin_inc']}/{row['origin_seq']}"


__all__ = ["MergeContext", "Merger", "TableStats"]
