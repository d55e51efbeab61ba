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
the importer sets each applied unit's stamp (:func:`app.db.sync_units.set_unit_stamp`), the
clock observes them, audit entries say ``sync-apply``. :func:`bulk_mode` keeps everything but
writes one audit entry per table and action per flush; :func:`bulk_insert` loads plain row
dicts in one step.
Raw INSERT/UPDATE/DELETE statements on synced tables through the session are refused outside
those two paths: they would bypass all of this.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, insert
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.db.audit import AuditDraft, write_entries
from app.db.base import Synced, new_id
from app.db.sync_meta import TrackingError, allocate
from app.db.sync_units import dumps, dumps_sorted, unit_spec
from app.db.tracking_flush import (
    BULK_KEY,
    REMOTE_KEY,
    Actor,
    Record,
    after_flush_hook,
    before_flush_hook,
    bind_actor,
    current_actor,
    require_actor,
    write_changes,
)
from app.errors import FieldError, ValidationError, register_messages

__all__ = [
    "SYSTEM", "Actor", "applying_remote", "bind_actor", "bulk_insert", "bulk_mode",
    "current_actor", "install", "mark_merged", "restore", "tombstone",
]

SYSTEM = "system"
RAW_KEY = "simpeg.raw_writes_ok"


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
    for name, fn in (("before_flush", before_flush_hook), ("after_flush", after_flush_hook),
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
    spec, actor = unit_spec(cls), require_actor(session)
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
    items = [(d, Record(None, spec, u, "create", [], None, {}))  # type: ignore[arg-type]
             for d, u in zip(prepared, unit_lists, strict=True)]
    write_changes(session, items, alloc, alloc.lamport, actor)
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
