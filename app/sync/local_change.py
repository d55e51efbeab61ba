"""Record a unit as a new local change of this site although its values did not change.

The merge parks a duplicate key (sync.md T23): the incoming row is stored with, say, its NIK
empty. That decision must reach the row's owner too, or the two sites would hold different
values under the same stamp. So the province records the parked unit as its own change —
a fresh Lamport stamp above the incoming one, base = the incoming stamp — exactly what the
tracking hook records for an edit, written here directly because the stored values already are
the parked ones (an ORM write would see nothing to record).
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.db.audit import AuditDraft, write_entries
from app.db.base import utcnow
from app.db.sync_meta import ChangeLog, allocate, insert_rows
from app.db.sync_units import dumps, dumps_sorted
from app.db.tracking import require_actor
from app.sync.records import Stamp
from app.sync.scope import TableInfo


def record_unit(session: Session, info: TableInfo, pk: str, unit: str,
                base: Stamp | None, why: str) -> Stamp:
    """Stamp ``unit`` of row ``pk`` anew and log it as a local change; returns the stamp."""
    actor = require_actor(session)
    table = info.table
    col_of = dict(info.attr_columns)
    attrs = info.spec.units[unit]
    row = session.execute(
        select(table.c.stamps, table.c.office_code, *(table.c[col_of[a]] for a in attrs))
        .where(table.c.id == pk)).one()
    values = {a: info.spec.encode(a, row[2 + i]) for i, a in enumerate(attrs)}
    alloc = allocate(session, changes=1, audits=1, tick=1)
    stamp = (alloc.lamport, alloc.site_code)
    stamps = json.loads(row[0] or "{}")
    stamps[unit] = list(stamp)
    session.execute(update(table).where(table.c.id == pk)
                    .values(stamps=dumps_sorted(stamps), updated_at=utcnow()))
    insert_rows(session, ChangeLog.__table__, [{
        "origin_site": alloc.site_code, "origin_inc": alloc.incarnation,
        "origin_seq": alloc.first_seq, "lamport": alloc.lamport, "table_name": info.name,
        "pk": pk, "unit": unit, "op": "upsert", "office_code": row[1],
        "values_json": dumps(values),
        "base_stamp": dumps(list(base)) if base is not None else None,
        "user_name": actor.username, "created_at_utc": utcnow(),
    }])
    write_entries(session, [AuditDraft(
        actor.username, actor.user_id, actor.office_code, "sync-park", info.name, pk,
        dumps(sorted(attrs)), None, why)], alloc.first_audit_seq, alloc.audit_head)
    return stamp


__all__ = ["record_unit"]
