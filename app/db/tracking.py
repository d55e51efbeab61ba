"""Change tracking: every write to a ``Synced`` row is stamped, logged for sync and audited.

How a flush is handled (installed per session factory by :func:`install`, which
``app.db.engine.make_session_factory`` calls):

* ``before_flush`` refuses hard deletes of synced rows (deletes are tombstones, sync.md §4.6)
  and prepares *new* rows: id, ``office_code`` from the actor when missing, and ``stamps`` for
  every unit — so the INSERT carries them and no second write is needed.
* ``after_flush`` sees the exact values the flush wrote (column defaults and foreign keys set
  from relationships included), finds which change units of *existing* rows changed, stamps
  those (one executemany UPDATE per table), writes one ``change_log`` row per changed unit and
  one audit entry per record.

The Lamport clock moves **once per flush**: every unit written by one flush carries the same
stamp ``[lamport, site]``. That is all last-writer-wins needs — a flush's stamp is above every
stamp this site had seen before it, and later flushes get higher ones. Sequence numbers and
audit seqs are reserved in one statement per flush (:func:`app.db.sync_meta.allocate`).

Writes made inside :func:`applying_remote` are the origin's changes: no local change_log rows,
the importer sets each applied unit's stamp (:func:`set_unit_stamp`), the clock observes them,
audit entries say ``sync-apply``. :func:`bulk_mode` keeps everything but writes one audit entry
per table and action per flush; :func:`bulk_insert` loads plain row dicts in one step.
Raw INSERT/UPDATE/DELETE statements on synced tables through the session are refused outside
those two paths: they would bypass all of this.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, event, insert, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.orm.attributes import (
    PASSIVE_NO_INITIALIZE,
    get_history,
    instance_state,
    set_committed_value,
)

from app.db.audit import ACTOR_KEY, AuditDraft, write_entries
from app.db.base import Synced, new_id, utcnow
from app.db.sync_meta import Allocation, ChangeLog, TrackingError, allocate, insert_rows
from app.db.sync_units import (
    LIFECYCLE,
    UnitSpec,
    dumps,
    dumps_sorted,
    unit_spec,
)
from app.errors import FieldError, ValidationError, register_messages

SYSTEM = "system"
REMOTE_KEY = "simpeg.applying_remote"
BULK_KEY = "simpeg.bulk_mode"
RAW_KEY = "simpeg.raw_writes_ok"
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


def _require_actor(session: Session) -> Actor:
    actor = session.info.get(ACTOR_KEY)
    if actor is None:
        raise TrackingError("tracking.no_actor")
    return actor


def install(target: sessionmaker[Any] | type[Session]) -> None:
    """Attach the tracking hooks to a ``sessionmaker`` (or a Session class). Idempotent.

    The mark lives on the session class, not in ``event.contains()``: that lookup is keyed by
    ``id()`` and says "already there" for a new factory whose class reuses the address of a
    collected one — the hooks would silently be missing.
    """
    cls = target.class_ if isinstance(target, sessionmaker) else target
    if not (isinstance(cls, type) and issubclass(cls, Session)):
        raise TypeError("install() takes a sessionmaker or a Session class")
    if getattr(cls, "_simpeg_tracking", False):  # this class or a base already has the hooks
        return
    for name, fn in (("before_flush", _before_flush), ("after_flush", _after_flush),
                     ("do_orm_execute", _refuse_raw_writes)):
        event.listen(cls, name, fn)
    cls._simpeg_tracking = True  # type: ignore[attr-defined]


@contextmanager
def _flag(session: Session, key: str, *, flush: bool = False) -> Iterator[Session]:
    """Set a mode flag for the block. With ``flush``, pending writes are flushed before the
    block ends, so they are handled in that mode and not by the caller's later commit."""
    before = session.info.get(key)
    session.info[key] = True
    try:
        yield session
        if flush:
            session.flush()
    finally:
        if before is None:
            session.info.pop(key, None)
        else:
            session.info[key] = before


def applying_remote(session: Session) -> Any:
    """Writes inside are a bundle's changes being applied (see the module docstring).
    Pending writes are flushed when the block ends."""
    return _flag(session, REMOTE_KEY, flush=True)


def bulk_mode(session: Session) -> Any:
    """Inside: one audit entry per table and action per flush instead of one per record.
    Pending writes are flushed when the block ends."""
    return _flag(session, BULK_KEY, flush=True)


# --- tombstones -------------------------------------------------------------------------------

def _synced(obj: object) -> Synced:
    if not isinstance(obj, Synced):
        raise TypeError(f"{type(obj).__name__} is not a synced model")
    return obj


def tombstone(session: Session, obj: Synced, reason: str) -> None:
    """Delete a synced row the only allowed way: it stays as a tombstone with its reason."""
    text = (reason or "").strip()
    if not text:
        raise ValidationError([FieldError("reason", "field.required")])
    _synced(obj).deleted = True
    obj.deleted_reason = text
    session.add(obj)


def restore(session: Session, obj: Synced) -> None:
    """Undelete (and un-merge) a tombstone: a new lifecycle write that wins everywhere."""
    _synced(obj).deleted = False
    obj.deleted_reason = None
    obj.merged_into = None
    session.add(obj)


def mark_merged(session: Session, loser: Synced, survivor: Synced, reason: str) -> None:
    """Retire a duplicate: tombstone ``loser`` pointing at ``survivor`` (op ``merge``)."""
    if type(loser) is not type(survivor) or loser is survivor:
        raise TypeError("merge needs two different rows of the same model")
    if survivor.id is None:
        survivor.id = new_id()
    tombstone(session, loser, reason)
    loser.merged_into = survivor.id


# --- the flush hooks --------------------------------------------------------------------------

@dataclass
class _Plan:
    lamport: int
    site: str
    new: list[tuple[Synced, UnitSpec, list[str]]]


@dataclass
class _Record:
    obj: Synced
    spec: UnitSpec
    units: list[str]
    action: str
    fields: list[str]
    changes: dict[str, list[Any]] | None
    base: Mapping[str, Any]  # unit -> stamp the editor saw (dirty rows only)
    lifecycle_op: str = "upsert"
    old_stamps: dict[str, Any] | None = None


def _before_flush(session: Session, _ctx: Any, _instances: Any) -> None:
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
    actor = _require_actor(session)
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
    session.info[_PLAN_KEY] = _Plan(alloc.lamport, alloc.site_code, planned)


def _after_flush(session: Session, _ctx: Any) -> None:
    plan: _Plan | None = session.info.pop(_PLAN_KEY, None)
    remote = bool(session.info.get(REMOTE_KEY))
    records: list[_Record] = []
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
    actor = _require_actor(session)
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
        _write_changes(session, items, alloc, lamport, actor)
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


def _new_record(obj: Synced, spec: UnitSpec, units: list[str] | None, remote: bool) -> _Record:
    data = _data(obj, spec)
    if units is None:  # applied from a bundle: the importer stamped what it wrote
        stamps = json.loads(obj.stamps or "{}")
        if not stamps:
            raise TrackingError("tracking.remote_unstamped", table=spec.table_name)
        units = list(stamps)
    fields = sorted(k for u in units for k in spec.units[u] if data.get(k) is not None)
    safe = {k: [None, spec.encode(k, data.get(k))] for k in fields if k in spec.audit_safe}
    action = "sync-apply" if remote else "create"
    return _Record(obj, spec, units, action, fields, safe or None, {})


def _dirty_record(obj: Synced, remote: bool) -> _Record | None:
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
    return _Record(
        obj, spec, units, "sync-apply" if remote else action, sorted(changed), safe or None,
        {u: old_stamps.get(u) for u in units}, op, None if remote else old_stamps,
    )


def _lifecycle_op(changed: Mapping[str, tuple[Any, Any]]) -> tuple[str, str]:
    if "merged_into" in changed and changed["merged_into"][1] is not None:
        return "merge", "merge"
    if "deleted" in changed:
        return ("delete", "delete") if changed["deleted"][1] else ("upsert", "restore")
    return "upsert", "update"


def _max_lamport(records: list[_Record]) -> int:
    top = 0
    for r in records:
        stamps = json.loads(r.obj.stamps or "{}")
        top = max([top, *(int(stamps[u][0]) for u in r.units if u in stamps)])
    return top


def _stamp_dirty(session: Session, records: list[_Record], stamp: list[Any]) -> None:
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


def _write_changes(
    session: Session, items: list[tuple[Mapping[str, Any], _Record]], alloc: Allocation,
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
    session: Session, records: list[_Record], actor: Actor, remote: bool
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
    drafts = []
    for r in records:
        detail = _origins(r) if remote else ""
        drafts.append(AuditDraft(
            *who, action=r.action, table_name=r.spec.table_name, record_pk=r.obj.id,
            fields=dumps(r.fields), changes=dumps(r.changes) if r.changes else None,
            detail=detail,
        ))
    return drafts


def _origins(r: _Record) -> str:
    stamps = json.loads(r.obj.stamps or "{}")
    sites = sorted({str(stamps[u][1]) for u in r.units if u in stamps})
    return "origin=" + ",".join(sites)


# --- bulk loads and the raw-write guard -------------------------------------------------------

def bulk_insert(
    session: Session, cls: type[Synced], rows: Iterable[Mapping[str, Any]]
) -> list[str]:
    """Insert many new rows of ``cls`` from attribute dicts, tracked, in one step.

    For the demo generator and other local bulk loads (feed it batches of ~10,000 rows):
    ids, ``office_code`` (from the actor) and Python-side defaults are filled in, every row
    gets its stamps and change_log rows, and the batch gets **one** audit entry
    (``bulk-create``). Pending ORM changes are flushed first. Returns the new ids in order.
    """
    if session.info.get(REMOTE_KEY):
        raise TypeError("bulk_insert records local changes; not inside applying_remote()")
    spec, actor = unit_spec(cls), _require_actor(session)
    session.flush()
    prepared, unit_lists, fields = [], [], set()
    for row in rows:
        data = dict(row)
        if data.get("id") is None:
            data["id"] = new_id()
        if data.get("office_code") is None:
            data["office_code"] = actor.office_code
        for key, make in spec.defaults.items():
            if key not in data:
                data[key] = make()
        fields.update(k for k in spec.unit_of if data.get(k) is not None)
        prepared.append(data)
        unit_lists.append(spec.insert_units(data))
    if not prepared:
        return []
    n_changes = sum(len(u) for u in unit_lists)
    alloc = allocate(session, changes=n_changes, audits=1, tick=1)
    stamp = [alloc.lamport, alloc.site_code]
    for data, units in zip(prepared, unit_lists, strict=True):
        data["stamps"] = dumps_sorted({u: stamp for u in units})
    with _flag(session, RAW_KEY):
        session.execute(insert(cls), prepared)
    items = [(d, _Record(None, spec, u, "create", [], None, {}))  # type: ignore[arg-type]
             for d, u in zip(prepared, unit_lists, strict=True)]
    _write_changes(session, items, alloc, alloc.lamport, actor)
    draft = AuditDraft(actor.username, actor.user_id, actor.office_code, "bulk-create",
                       spec.table_name, None, dumps(sorted(fields)), None,
                       f"count={len(prepared)}")
    write_entries(session, [draft], alloc.first_audit_seq, alloc.audit_head)
    return [d["id"] for d in prepared]


_SYNCED_TABLES: dict[Any, type] = {}


def _synced_class_for(table: Any) -> type | None:
    if table is None:
        return None
    if table not in _SYNCED_TABLES:
        todo = list(Synced.__subclasses__())
        while todo:
            cls = todo.pop()
            todo.extend(cls.__subclasses__())
            if "__table__" in cls.__dict__:
                _SYNCED_TABLES[cls.__dict__["__table__"]] = cls
    return _SYNCED_TABLES.get(table)


def _refuse_raw_writes(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    info = state.session.info
    if info.get(RAW_KEY) or info.get(REMOTE_KEY):
        return
    mapper = state.bind_mapper
    cls = mapper.class_ if mapper is not None else _synced_class_for(
        getattr(state.statement, "table", None))
    if cls is not None and issubclass(cls, Synced):
        raise TrackingError("tracking.raw_write", table=cls.__tablename__)


register_messages(
    {
        "tracking.hard_delete": (
            "Data {table} tidak boleh dihapus permanen; hapus dengan menyebutkan alasannya.",
            "{table} records cannot be deleted permanently; delete them with a reason.",
        ),
        "tracking.raw_write": (
            "Penulisan langsung ke tabel {table} ditolak karena melewati pencatatan perubahan.",
            "A direct write to table {table} was refused: it would bypass change tracking.",
        ),
        "tracking.remote_incomplete": (
            "Data {table} dari paket sinkronisasi tidak lengkap (id atau kode kantor kosong).",
            "A {table} record from the sync bundle is incomplete (no id or office code).",
        ),
        "tracking.remote_unstamped": (
            "Perubahan {table} dari paket sinkronisasi tidak membawa cap versi.",
            "A {table} change from the sync bundle carries no version stamp.",
        ),
    }
)
