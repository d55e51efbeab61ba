"""The tamper-evident audit log (sync.md §3.3): a SHA-256 hash chain.

Each entry stores ``prev_hash`` and ``hash = sha256(canonical JSON of the entry, prev_hash
included)``; the first entry's ``prev_hash`` is 64 zeros. Editing or deleting an entry breaks
the chain from that seq on; :func:`verify_audit_chain` finds the first break. Somebody with
write access to the file can rebuild the whole chain, so the head (:func:`audit_head`) travels
in every signed bundle and the province keeps it as an anchor.

Entries name *which* record and *which* fields changed — never the values of personal data.
Old→new values are kept only for fields a model lists in ``__audit_safe__``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db.base import Base, utcnow
from app.db.sync_meta import (
    GENESIS_HASH,
    SiteState,
    TrackingError,
    allocate,
    insert_rows,
    set_audit_head,
)
from app.db.sync_units import dumps, dumps_sorted
from app.errors import message, register_messages

ACTOR_KEY = "simpeg.actor"  # session.info key of the bound actor (see app.db.tracking)


class AuditEntry(Base):
    __tablename__ = "audit_log"
    __table_args__ = (  # the audit screen filters by period, user and action (migration 0002)
        Index("ix_audit_log_username_at", "username", "at"),
        Index("ix_audit_log_action_at", "action", "at"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    username: Mapped[str] = mapped_column(String(64), nullable=False)
    user_id: Mapped[str | None] = mapped_column(String(36))
    office_code: Mapped[str | None] = mapped_column(String(8))
    action: Mapped[str] = mapped_column(String(32), nullable=False)
    table_name: Mapped[str | None] = mapped_column(String(64))
    record_pk: Mapped[str | None] = mapped_column(String(64))
    fields: Mapped[str] = mapped_column(Text, nullable=False, default="[]")
    changes: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)


_log = AuditEntry.__table__
_HASHED = ("seq", "at", "username", "user_id", "office_code", "action", "table_name",
           "record_pk", "fields", "changes", "detail", "prev_hash")


@dataclass(frozen=True)
class AuditDraft:
    """An entry before it gets its seq and hashes. ``fields``/``changes`` are JSON text."""

    username: str
    user_id: str | None
    office_code: str | None
    action: str
    table_name: str | None = None
    record_pk: str | None = None
    fields: str = "[]"
    changes: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class AuditCheck:
    """The result of :func:`verify_audit_chain`. ``reason`` is a message code ("" when ok)."""

    ok: bool
    count: int
    first_broken_seq: int | None = None
    reason: str = ""
    head_seq: int = 0
    head_hash: str = GENESIS_HASH

    def text(self, lang: str | None = None) -> str:
        code = self.reason or "audit.ok"
        return message(code, lang, seq=self.first_broken_seq, count=self.count)


def entry_hash(row: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of an entry (sorted keys, no spaces, UTF-8)."""
    doc = {k: row[k] for k in _HASHED}
    doc["at"] = row["at"].isoformat(timespec="microseconds")
    return hashlib.sha256(dumps_sorted(doc).encode("utf-8")).hexdigest()


def write_entries(
    session: Session, drafts: Sequence[AuditDraft], first_seq: int, prev_hash: str
) -> str:
    """Chain and insert entries whose seqs were reserved by :func:`allocate`; move the head.

    Returns the new head hash. Callers hold the site row lock (they just allocated).
    """
    if not drafts:
        return prev_hash
    at = utcnow()
    rows = []
    for offset, d in enumerate(drafts):
        row = {
            "seq": first_seq + offset, "at": at, "username": d.username, "user_id": d.user_id,
            "office_code": d.office_code, "action": d.action, "table_name": d.table_name,
            "record_pk": d.record_pk, "fields": d.fields, "changes": d.changes,
            "detail": d.detail, "prev_hash": prev_hash,
        }
        prev_hash = row["hash"] = entry_hash(row)
        rows.append(row)
    insert_rows(session, _log, rows)
    set_audit_head(session, prev_hash)
    return prev_hash


def append_audit(
    session: Session,
    *,
    action: str,
    table: str | None = None,
    pk: str | None = None,
    fields: Iterable[str] = (),
    detail: str = "",
    username: str | None = None,
    user_id: str | None = None,
) -> int:
    """Append one entry for an event that is not a row write (login, failed login, backup,
    export, import…). The user is the session's bound actor unless ``username`` is given
    (e.g. the name typed at a failed login). Returns the entry's seq.
    """
    actor = session.info.get(ACTOR_KEY)
    if username is None:
        if actor is None:
            raise TrackingError("tracking.no_actor")
        username, user_id = actor.username, actor.user_id
    office = actor.office_code if actor is not None else None
    draft = AuditDraft(
        username=username, user_id=user_id, office_code=office, action=action,
        table_name=table, record_pk=pk, fields=dumps(sorted(fields)),
        detail=detail,
    )
    alloc = allocate(session, audits=1)
    write_entries(session, [draft], alloc.first_audit_seq, alloc.audit_head)
    return alloc.first_audit_seq


def audit_head(session: Session) -> tuple[int, str]:
    """``(seq, hash)`` of the last entry; ``(0, 64 zeros)`` for an empty log."""
    row = session.execute(select(_log.c.seq, _log.c.hash).order_by(_log.c.seq.desc()).limit(1))
    last = row.first()
    return (int(last[0]), last[1]) if last else (0, GENESIS_HASH)


def verify_audit_chain(
    session: Session, *, anchor: tuple[int, str] | None = None, batch: int = 5000
) -> AuditCheck:
    """Walk the whole chain: seqs contiguous from 1, each ``prev_hash`` the previous hash,
    each hash recomputed; then the head recorded in ``site_state`` (catches a cut-off tail)
    and, if given, an ``anchor`` ``(seq, hash)`` the province holds.
    """
    stmt = select(*(_log.c[k] for k in (*_HASHED, "hash"))).order_by(_log.c.seq)
    result = session.execute(stmt.execution_options(yield_per=batch)).mappings()
    expected, prev, count, anchor_seen = 1, GENESIS_HASH, 0, False
    for row in result:
        seq = row["seq"]
        if seq != expected:
            result.close()
            return AuditCheck(False, count, expected, "audit.gap", expected - 1, prev)
        if row["prev_hash"] != prev:
            result.close()
            return AuditCheck(False, count, seq, "audit.prev_mismatch", expected - 1, prev)
        if entry_hash(row) != row["hash"]:
            result.close()
            return AuditCheck(False, count, seq, "audit.hash_mismatch", expected - 1, prev)
        if anchor is not None and seq == anchor[0]:
            anchor_seen = True
            if row["hash"] != anchor[1]:
                result.close()
                return AuditCheck(False, count, seq, "audit.anchor_mismatch", seq - 1, prev)
        prev, count, expected = row["hash"], count + 1, expected + 1
    return _check_tail(session, count, prev, anchor, anchor_seen)


def _check_tail(
    session: Session, count: int, head: str, anchor: tuple[int, str] | None, anchor_seen: bool
) -> AuditCheck:
    state = session.execute(select(SiteState.audit_seq, SiteState.audit_head)).first()
    if state is not None and state[0] > count:
        return AuditCheck(False, count, count + 1, "audit.truncated", count, head)
    if state is not None and (state[0] < count or state[1] != head):
        return AuditCheck(False, count, min(count, state[0] + 1), "audit.head_mismatch",
                          count, head)
    if anchor is not None and anchor[0] > 0 and not anchor_seen:
        return AuditCheck(False, count, count + 1, "audit.truncated", count, head)
    return AuditCheck(True, count, None, "", count, head)


register_messages(
    {
        "tracking.no_actor": (
            "Perubahan data harus dicatat atas nama seorang pengguna; tidak ada pengguna yang "
            "tercatat untuk sesi ini.",
            "Every change must be recorded under a user; no user is bound to this session.",
        ),
        "audit.ok": ("Log audit utuh ({count} entri).", "Audit log intact ({count} entries)."),
        "audit.gap": (
            "Log audit rusak: entri nomor {seq} hilang.",
            "Audit log broken: entry {seq} is missing.",
        ),
        "audit.prev_mismatch": (
            "Log audit rusak: rantai terputus di entri nomor {seq}.",
            "Audit log broken: the chain is cut at entry {seq}.",
        ),
        "audit.hash_mismatch": (
            "Log audit rusak: entri nomor {seq} telah diubah.",
            "Audit log broken: entry {seq} was altered.",
        ),
        "audit.truncated": (
            "Log audit rusak: entri mulai nomor {seq} hilang.",
            "Audit log broken: entries from {seq} on are missing.",
        ),
        "audit.head_mismatch": (
            "Log audit tidak cocok dengan catatan kepala rantai (sekitar entri nomor {seq}).",
            "Audit log does not match the recorded chain head (around entry {seq}).",
        ),
        "audit.anchor_mismatch": (
            "Log audit berbeda dari salinan yang dipegang provinsi pada entri nomor {seq}.",
            "Audit log differs from the copy the province holds at entry {seq}.",
        ),
    }
)
