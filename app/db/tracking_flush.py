"""The flush hooks behind :mod:`app.db.tracking` (see its docstring for the whole picture).

``before_flush`` refuses hard deletes of synced rows and prepares new rows (id, owner, stamps
for every unit) so their INSERT carries everything; ``after_flush`` sees the exact values the
flush wrote, stamps the changed units of existing rows, writes change_log rows and the audit
entries. Both are attached by :func:`app.db.tracking.install`.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import (
    PASSIVE_NO_INITIALIZE,
    get_history,
    instance_state,
    set_committed_value,
)

from app.db.audit import ACTOR_KEY, AuditDraft, write_entries
from app.db.base import Synced, new_id, utcnow
from app.db.sync_meta import Allocation, ChangeLog, TrackingError, allocate, insert_rows
from app.db.sync_units import LIFECYCLE, UnitSpec, dumps, dumps_sorted, unit_spec

REMOTE_KEY = "simpeg.applying_remote"
BULK_KEY = "simpeg.bulk_mode"
_PLAN_KEY = "simpeg.flush_plan"
_changes = ChangeLog.__table__


@dataclass(frozen=True, slots=True)
class Actor:
    """Who is writing: recorded in change_log and the audit log."""

    username: str
    user_id: str | None
    office_code: str


def bind_actor(session: Session, *, username: str, user_id: str | None, office_code: str) -> Actor:
    """Record who writes through this session (system tasks: ``username="system"``)."""
    if not username:
        raise TrackingError("tracking.no_actor")
    actor = Actor(username, user_id, office_code)
    session.info[ACTOR_KEY] = actor
    return actor


def current_actor(session: Session) -> Actor | None:
    return session.info.get(ACTOR_KEY)


def require_actor(session: Session) -> Actor:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise TrackingError("tracking.no_actor")
    return actor


@dataclass
class Plan:
    lamport: int
    site: str
    new: list[tuple[Synced, UnitSpec, list[str]]]


@dataclass
class Record:
    obj: Synced
    spec: UnitSpec
    units: list[str]
    action: str
    fields: list[str]
    changes: dict[str, list[Any]] | None
    base: Mapping[str, Any]  # unit -> stamp the editor saw (dirty rows only)
    lifecycle_op: str = "upsert"
    old_stamps: dict[str, Any] | None = None


def before_flush_hook(session: Session, _ctx: Any, _instances: Any) -> None:
    session.info.pop(_PLAN_KEY, None)
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise TrackingError("tracking.hard_delete", table=type(obj).__tablename__)
    new = [o for o in session.new if isinstance(o, Synced)]
    if not new:
        return
    if session.info.get(REMOTE_KEY):
        for obj in new:
            if obj.id is None or obj.office_code is None:
                raise TrackingError("tracking.remote_incomplete", table=type(obj).__tablename__)
        return
    actor = require_actor(session)
    alloc = allocate(session, tick=1)
    stamp = [alloc.lamport, alloc.site_code]
    planned, stamps_text = [], {}  # every unit of this flush has the same stamp
    for obj in new:
        spec = unit_spec(type(obj))
        data = obj.__dict__
        if data.get("id") is None:
            obj.id = new_id()
        if data.get("office_code") is None:
            obj.office_code = actor.office_code
        units = spec.insert_units(data)
        key = tuple(units)
        text = stamps_text.get(key)
        if text is None:
            text = stamps_text[key] = dumps_sorted({u: stamp for u in units})
        obj.stamps = text
        planned.append((obj, spec, units))
    session.info[_PLAN_KEY] = Plan(alloc.lamport, alloc.site_code, planned)


def after_flush_hook(session: Session, _ctx: Any) -> None:
    plan: Plan | None = session.info.pop(_PLAN_KEY, None)
    remote = bool(session.info.get(REMOTE_KEY))
    records: list[Record] = []
    if remote:
        records += [_new_record(o, unit_spec(type(o)), None, remote)
                    for o in session.new if isinstance(o, Synced)]
    elif plan is not None:
        records += [_new_record(o, spec, units, remote) for o, spec, units in plan.new]
    for obj in session.dirty:
        if isinstance(obj, Synced):
            record = _dirty_record(obj, remote)
            if record is not None:
                records.append(record)
    if not records:
        return
    actor = require_actor(session)
    drafts = _audit_drafts(session, records, actor, remote)
    if remote:
        alloc = allocate(session, audits=len(drafts), observed=_max_lamport(records))
    else:
        n_changes = sum(len(r.units) for r in records)
        alloc = allocate(session, changes=n_changes, audits=len(drafts), tick=int(plan is None))
        lamport = plan.lamport if plan is not None else alloc.lamport
        stamp = [lamport, alloc.site_code]
        _stamp_dirty(session, [r for r in records if r.old_stamps is not None], stamp)
        items = [(_data(r.obj, r.spec), r) for r in records]
        write_changes(session, items, alloc, lamport, actor)
    write_entries(session, drafts, alloc.first_audit_seq, alloc.audit_head)


def _data(obj: Synced, spec: UnitSpec) -> Mapping[str, Any]:
    """The row's values after the flush. An attribute never set is NULL (absent from the
    dict); one the flush expired (a server-side default) is loaded."""
    data = obj.__dict__
    expired = instance_state(obj).expired_attributes
    if not expired:
        return data
    out = dict(data)
    out.update({k: getattr(obj, k) for k in expired if k in spec.unit_of})
    return out


def _new_record(obj: Synced, spec: UnitSpec, units: list[str] | None, remote: bool) -> Record:
    data = _data(obj, spec)
    if units is None:  # applied from a bundle: the importer stamped what it wrote
        stamps = json.loads(obj.stamps or "{}")
        if not stamps:
            raise TrackingError("tracking.remote_unstamped", table=spec.table_name)
        units = list(stamps)
    fields = [k for k in spec.sorted_attrs(tuple(units)) if data.get(k) is not None]
    safe = {k: [None, spec.encode(k, data.get(k))] for k in fields if k in spec.audit_safe}
    action = "sync-apply" if remote else "create"
    return Record(obj, spec, units, action, fields, safe or None, {})


def _dirty_record(obj: Synced, remote: bool) -> Record | None:
    spec = unit_spec(type(obj))
    state_changes = instance_state(obj).committed_state  # keys of modified attributes
    changed: dict[str, tuple[Any, Any]] = {}
    for key in state_changes:
        if key in spec.unit_of:
            hist = get_history(obj, key, passive=PASSIVE_NO_INITIALIZE)
            if hist.added or hist.deleted:
                old = hist.deleted[0] if hist.deleted else None
                changed[key] = (old, hist.added[0] if hist.added else None)
    if not changed:
        return None
    units = list(dict.fromkeys(spec.unit_of[k] for k in changed))
    stamps_hist = get_history(obj, "stamps", passive=PASSIVE_NO_INITIALIZE)
    old_json = stamps_hist.deleted[0] if stamps_hist.deleted else obj.stamps
    old_stamps = json.loads(old_json or "{}")
    if remote:
        new_stamps = json.loads(obj.stamps or "{}")
        for unit in units:
            if new_stamps.get(unit) is None or new_stamps.get(unit) == old_stamps.get(unit):
                raise TrackingError("tracking.remote_unstamped", table=spec.table_name)
    op, action = _lifecycle_op(changed) if LIFECYCLE in units else ("upsert", "update")
    safe = {k: [spec.encode(k, o), spec.encode(k, n)] for k, (o, n) in changed.items()
            if k in spec.audit_safe}
    return Record(
        obj, spec, units, "sync-apply" if remote else action, sorted(changed), safe or None,
        {u: old_stamps.get(u) for u in units}, op, None if remote else old_stamps,
    )


def _lifecycle_op(changed: Mapping[str, tuple[Any, Any]]) -> tuple[str, str]:
    if "merged_into" in changed and changed["merged_into"][1] is not None:
        return "merge", "merge"
    if "deleted" in changed:
        return ("delete", "delete") if changed["deleted"][1] else ("upsert", "restore")
    return "upsert", "update"


def _max_lamport(records: list[Record]) -> int:
    top = 0
    for r in records:
        stamps = json.loads(r.obj.stamps or "{}")
        top = max([top, *(int(stamps[u][0]) for u in r.units if u in stamps)])
    return top


def _stamp_dirty(session: Session, records: list[Record], stamp: list[Any]) -> None:
    by_table: dict[UnitSpec, list[dict[str, Any]]] = defaultdict(list)
    for r in records:
        stamps = dict(r.old_stamps or {})
        stamps.update({u: stamp for u in r.units})
        text = dumps_sorted(stamps)
        set_committed_value(r.obj, "stamps", text)
        by_table[r.spec].append(
            {"b_id": r.obj.id, "b_stamps": text,
             "b_updated": r.obj.__dict__.get("updated_at") or utcnow()}
        )
    conn = session.connection()
    for spec, params in by_table.items():
        table = spec.cls.__table__  # type: ignore[attr-defined]
        stmt = (
            update(table)
            .where(table.c[spec.id_column] == bindparam("b_id"))
            .values({spec.stamps_column: bindparam("b_stamps"),
                     spec.updated_column: bindparam("b_updated")})
        )
        conn.execute(stmt, params)


def write_changes(
    session: Session, items: list[tuple[Mapping[str, Any], Record]], alloc: Allocation,
    lamport: int, actor: Actor,
) -> None:
    """One change_log row per recorded unit, seqs from ``alloc``, stamp ``[lamport, site]``."""
    seq, now = alloc.first_seq, utcnow()
    site, inc, user = alloc.site_code, alloc.incarnation, actor.username
    rows = []
    for data, r in items:
        pk, office, table = data["id"], data["office_code"], r.spec.table_name
        for unit in r.units:
            base = r.base.get(unit)
            rows.append({
                "origin_site": site, "origin_inc": inc, "origin_seq": seq, "lamport": lamport,
                "table_name": table, "pk": pk, "unit": unit,
                "op": r.lifecycle_op if unit == LIFECYCLE else "upsert",
                "office_code": office, "values_json": dumps(r.spec.values(data, unit)),
                "base_stamp": dumps(base) if base is not None else None,
                "user_name": user, "created_at_utc": now,
            })
            seq += 1
    insert_rows(session, _changes, rows)


def _audit_drafts(
    session: Session, records: list[Record], actor: Actor, remote: bool
) -> list[AuditDraft]:
    who = (actor.username, actor.user_id, actor.office_code)
    if session.info.get(BULK_KEY):
        groups: dict[tuple[str, str], tuple[set[str], list[int]]] = {}
        for r in records:
            fields, count = groups.setdefault((r.spec.table_name, r.action), (set(), [0]))
            fields.update(r.fields)
            count[0] += 1
        return [AuditDraft(*who, action=action, table_name=table, fields=dumps(sorted(fields)),
                           detail=f"count={count[0]}")
                for (table, action), (fields, count) in groups.items()]
    drafts, fields_text = [], {}  # rows of one table mostly list the same fields
    for r in records:
        key = tuple(r.fields)
        text = fields_text.get(key)
        if text is None:
            text = fields_text[key] = dumps(r.fields)
        drafts.append(AuditDraft(
            *who, action=r.action, table_name=r.spec.table_name, record_pk=r.obj.id,
            fields=text, changes=dumps(r.changes) if r.changes else None,
            detail=_origins(r) if remote else "",
        ))
    return drafts


def _origins(r: Record) -> str:
    stamps = json.loads(r.obj.stamps or "{}")
    sites = sorted({str(stamps[u][1]) for u in r.units if u in stamps})
    return "origin=" + ",".join(sites)
