"""What the Sinkronisasi screen shows: keys, peers (lag, acknowledgements), bundles, the conflict
queue and receipts — frozen DTOs read from the sync tables, never ORM objects."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.personnel import Employee
from app.db.sync_meta import BundleLog, Conflict, SyncPeer, site_info
from app.db.sync_peers import ReceiptRow, TrustedPeerRow
from app.errors import SimpegError
from app.sync.conflicts import stamp_of
from app.sync.keys import fingerprint_text
from app.sync.scope import table_infos
from app.sync.trust import own_key_info
from app.sync.watermarks import knowledge_vector, peer_acks, split_key


@dataclass(frozen=True)
class KeyStatus:
    office_code: str
    fingerprint: str  # 64 hex
    fingerprint_text: str  # "3F2A 9C01 …" to read over the phone
    key_path: str
    needs_passphrase: bool


@dataclass(frozen=True)
class PeerStatus:
    """One office this office exchanges bundles with."""

    office_code: str
    name: str
    trusted: bool
    fingerprint_text: str
    last_sent_at: datetime | None
    last_link_sent: int
    last_received_at: datetime | None
    last_link_received: int
    unacked_changes: int  # our own changes the peer has not confirmed yet
    unacked_bundles: int  # our bundles to it not confirmed yet
    parked_bundles: int  # its bundles waiting here for an earlier one
    audit_anchor_seq: int | None
    audit_anchor_head: str | None
    schema_version: str | None


@dataclass(frozen=True)
class BundleEntry:
    bundle_id: str
    direction: str  # in / out
    peer: str
    file_name: str
    link_seq: int | None
    status: str  # written, applied, duplicate, parked, rejected
    kind: str | None
    created_at: datetime | None
    logged_at: datetime
    applied_at: datetime | None
    acked_at: datetime | None
    reason: str | None
    counts: dict[str, Any]


@dataclass(frozen=True)
class Side:
    values: dict[str, Any] | None
    lamport: int | None
    office: str | None  # the office whose write this was


@dataclass(frozen=True)
class ConflictItem:
    id: str
    table: str
    pk: str
    record_label: str
    unit: str
    kind: str  # edit-edit, delete-edit, constraint, ownership, orphan
    office_code: str | None  # the record's owner
    status: str  # open / resolved
    local: Side
    incoming: Side
    winner: str | None  # local / incoming (which values the record holds now)
    detail: dict[str, Any]
    incoming_change: str | None
    detected_at: datetime
    resolution: str | None
    resolved_by: str | None
    resolved_at: datetime | None
    resolved_values: dict[str, Any] | None


@dataclass(frozen=True)
class ReceiptItem:
    conflict_id: str
    from_office: str
    table: str
    pk: str
    record_label: str
    unit: str
    kind: str
    outcome: str  # won / lost / held
    our_values: dict[str, Any] | None
    winning_values: dict[str, Any] | None
    decided_by: str  # "" = automatic (the later write won)
    decided_at: datetime | None
    status: str
    resolution: str | None
    received_at: datetime


@dataclass(frozen=True)
class SyncOverview:
    office_code: str
    keys: KeyStatus | None
    peers: tuple[PeerStatus, ...]
    open_conflicts: int
    parked_bundles: int
    receipts_lost: int


def key_status(session: Session) -> KeyStatus | None:
    try:
        info = own_key_info(session)
    except SimpegError:
        return None
    return KeyStatus(info.office_code, info.fingerprint, info.fingerprint_text,
                     str(info.key_path), info.needs_passphrase)


def peer_statuses(session: Session) -> list[PeerStatus]:
    site = site_info(session)
    mine = {k: v for k, v in knowledge_vector(session, site).items()
            if split_key(k)[0] == site.site_code}
    trusted = {r.office_code: r for r in session.scalars(select(TrustedPeerRow))}
    out = []
    for peer in session.scalars(select(SyncPeer).order_by(SyncPeer.office_code)):
        acks = peer_acks(peer)
        lag = sum(max(0, top - acks.get(key, 0)) for key, top in mine.items())
        unacked = session.scalar(select(func.count()).select_from(BundleLog).where(
            BundleLog.direction == "out", BundleLog.peer == peer.office_code,
            BundleLog.status == "written", BundleLog.acked_at.is_(None)))
        parked = session.scalar(select(func.count()).select_from(BundleLog).where(
            BundleLog.direction == "in", BundleLog.peer == peer.office_code,
            BundleLog.status == "parked"))
        t = trusted.get(peer.office_code)
        out.append(PeerStatus(
            peer.office_code, peer.name, t is not None,
            fingerprint_text(t.fingerprint) if t else "", peer.last_sent_at,
            int(peer.last_link_seq_sent or 0), peer.last_received_at,
            int(peer.last_link_seq_received or 0), lag, int(unacked or 0), int(parked or 0),
            peer.audit_anchor_seq, peer.audit_anchor_head, peer.peer_schema_version))
    return out


def bundle_history(session: Session, peer: str | None = None,
                   limit: int = 200) -> list[BundleEntry]:
    stmt = select(BundleLog).order_by(BundleLog.id.desc()).limit(limit)
    if peer:
        stmt = stmt.where(BundleLog.peer == peer)
    return [BundleEntry(b.bundle_id, b.direction, b.peer, b.file_name, b.link_seq, b.status,
                        b.kind, b.created_at, b.logged_at, b.applied_at, b.acked_at, b.reason,
                        json.loads(b.counts_json or "{}")) for b in session.scalars(stmt)]


def record_label(session: Session, table: str, pk: str) -> str:
    """A human name for a record: the employee's name and NIP, or the row's name/code."""
    info = table_infos().get(table)
    if info is None:
        return pk
    employee_id = pk if table == "employee" else None
    cols = info.table.c
    if employee_id is None and "employee_id" in cols:
        employee_id = session.scalar(select(cols.employee_id).where(cols.id == pk))
    if employee_id is not None:
        row = session.execute(select(Employee.nama, Employee.nip)
                              .where(Employee.id == employee_id)).first()
        if row is not None:
            return f"{row.nama} ({row.nip})" if row.nip else row.nama
    for name in ("nama", "name", "title", "code", "key"):
        if name in cols:
            value = session.scalar(select(cols[name]).where(cols.id == pk))
            if value:
                return str(value)
    return pk[:8]


def _side(values: str | None, stamp: str | None) -> Side:
    parsed = stamp_of(stamp)
    return Side(json.loads(values) if values else None, parsed[0] if parsed else None,
                parsed[1] if parsed else None)


def conflict_item(session: Session, c: Conflict) -> ConflictItem:
    return ConflictItem(
        c.id, c.table_name, c.pk, record_label(session, c.table_name, c.pk), c.unit, c.kind,
        c.office_code, c.status, _side(c.local_values, c.local_stamp),
        _side(c.incoming_values, c.incoming_stamp), c.winner,
        json.loads(c.detail) if c.detail else {}, c.incoming_change, c.detected_at,
        c.resolution, c.resolved_by, c.resolved_at,
        json.loads(c.resolved_values) if c.resolved_values else None)


def conflict_items(session: Session, *, status: str | None = "open",
                   office: str | None = None, limit: int = 500) -> list[ConflictItem]:
    stmt = select(Conflict).order_by(Conflict.detected_at, Conflict.id).limit(limit)
    if status:
        stmt = stmt.where(Conflict.status == status)
    if office:
        stmt = stmt.where(Conflict.office_code == office)
    return [conflict_item(session, c) for c in session.scalars(stmt)]


def receipt_items(session: Session, *, outcome: str | None = None,
                  limit: int = 500) -> list[ReceiptItem]:
    stmt = select(ReceiptRow).order_by(ReceiptRow.receipt_seq.desc()).limit(limit)
    if outcome:
        stmt = stmt.where(ReceiptRow.outcome == outcome)
    return [ReceiptItem(
        r.conflict_id, r.from_office, r.table_name, r.pk,
        record_label(session, r.table_name, r.pk), r.unit, r.kind, r.outcome,
        json.loads(r.our_values) if r.our_values else None,
        json.loads(r.winning_values) if r.winning_values else None, r.decided_by,
        r.decided_at, r.status, r.resolution, r.received_at) for r in session.scalars(stmt)]


def overview(session: Session) -> SyncOverview:
    site = site_info(session)
    open_conflicts = session.scalar(select(func.count()).select_from(Conflict)
                                    .where(Conflict.status == "open"))
    parked = session.scalar(select(func.count()).select_from(BundleLog).where(
        BundleLog.direction == "in", BundleLog.status == "parked"))
    lost = session.scalar(select(func.count()).select_from(ReceiptRow)
                          .where(ReceiptRow.outcome == "lost"))
    return SyncOverview(site.site_code, key_status(session), tuple(peer_statuses(session)),
                        int(open_conflicts or 0), int(parked or 0), int(lost or 0))
