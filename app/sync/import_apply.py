"""Import, pass 2: apply a checked bundle inside the caller's transaction.

Snapshots first (they may create rows the changes then edit), then every table member in the
bundle's order, in batches that never split one row's records; changes we already know are
skipped. Then the bookkeeping that must commit with the data: knowledge, the peer's
acknowledgement, audit anchor and schema, our bundles the peer confirmed, receipts, the bundle
log and the audit entries.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.base import utcnow
from app.db.sync_meta import BundleLog, SyncPeer, observe, site_info
from app.jobs import Progress
from app.sync.bundle_reader import OpenedBundle
from app.sync.crashpoints import crash_point
from app.sync.import_checks import BATCH, Checked, data_tables
from app.sync.import_result import AckedBundle
from app.sync.local_change import record_unit
from app.sync.manifest import Manifest
from app.sync.merge import MergeContext, Merger, TableStats
from app.sync.merge_rows import chunks
from app.sync.receipts import store_receipts
from app.sync.records import ChangeRecord
from app.sync.scope import PROVINCE, TableInfo, table_infos
from app.sync.watermarks import advance, set_peer_acks, split_key


@dataclass
class Applied:
    stats: dict[str, TableStats]
    max_lamport: int = 0
    receipts: int = 0
    receipts_lost: int = 0
    acknowledged: list[AckedBundle] = field(default_factory=list)
    missing_reference: tuple[str, str, str, str] | None = None


def _batches(records: Iterator[ChangeRecord]) -> Iterator[list[ChangeRecord]]:
    """Batches of about BATCH records, cut only where the row changes."""
    batch: list[ChangeRecord] = []
    for rec in records:
        if len(batch) >= BATCH and rec.pk != batch[-1].pk:
            yield batch
            batch = []
        batch.append(rec)
    if batch:
        yield batch


def apply_bundle(session: Session, opened: OpenedBundle, checked: Checked, progress: Progress,
                 *, diagnose: bool = False) -> Applied:
    m = opened.manifest
    site = site_info(session)
    now = utcnow()
    ctx = MergeContext(site=site.site_code, sender=m.from_site, sender_knowledge=m.knowledge,
                       is_province=site.site_code == PROVINCE, now=now,
                       holds=dict(checked.holds))
    merger = Merger(session, ctx)
    written: dict[str, list[str]] = {}
    if checked.snapshots:
        merger.apply_snapshots(checked.snapshots)
        for s in checked.snapshots:
            written.setdefault(s.table, []).append(s.pk)
    total, done, first = checked.new_changes or 1, 0, True
    for info in data_tables(opened):
        records = (ChangeRecord.from_line(info.name, line)
                   for line in opened.iter_lines(info.name))
        fresh = (r for r in records if r.seq > checked.known.get(r.origin, 0))
        for batch in _batches(fresh):
            merger.apply_changes(info, batch)
            if diagnose:
                written.setdefault(info.name, []).extend(r.pk for r in batch)
            done += len(batch)
            progress.step(done, total, "Menerapkan perubahan")
            if first:
                crash_point("import.mid-apply")
                first = False
    merger.flush_log()
    merger.conflicts.flush()
    applied = Applied(stats=ctx.stats, max_lamport=ctx.max_lamport)
    if ctx.max_lamport:
        observe(session, ctx.max_lamport)
    for info, pk, unit, stamp in ctx.parked:  # the parked key travels back to the owner
        record_unit(session, info, pk, unit, stamp, "parked duplicate key")
    for key, (_, high) in m.ranges.items():
        advance(session, key, high)
    peer = _update_peer(session, opened)
    applied.acknowledged = _acknowledged(session, m, site.site_code)
    if checked.receipts and m.from_site == PROVINCE:
        stored = store_receipts(session, m.from_site, checked.receipts, peer)
        applied.receipts = len(stored)
        applied.receipts_lost = sum(1 for r in stored if r.outcome == "lost")
    if checked.receipts_ack is not None:
        peer.receipts_acked = max(int(peer.receipts_acked or 0), checked.receipts_ack)
    _log_bundle(session, opened, checked, ctx, now)
    _audit(session, m, ctx, checked)
    session.flush()
    if diagnose:
        applied.missing_reference = find_missing_reference(session, written)
    return applied


def _update_peer(session: Session, opened: OpenedBundle) -> SyncPeer:
    m = opened.manifest
    peer = session.get(SyncPeer, m.from_site)
    if peer is None:
        peer = SyncPeer(office_code=m.from_site, name=opened.sender.name)
        session.add(peer)
    restarted = peer.incarnation != m.from_incarnation
    newer = restarted or m.link_seq >= int(peer.last_link_seq_received or 0)
    if newer:  # an old bundle arriving late must not turn the acknowledgement back
        set_peer_acks(peer, m.knowledge)
        peer.incarnation = m.from_incarnation
        peer.last_link_seq_received = m.link_seq
        peer.peer_schema_version = m.schema_version
        peer.peer_reads_schema = ",".join(m.reads_schema)
        if restarted or m.audit_anchor.seq >= int(peer.audit_anchor_seq or 0):
            peer.audit_anchor_seq = m.audit_anchor.seq
            peer.audit_anchor_head = m.audit_anchor.head
    peer.last_received_bundle_id = m.bundle_id
    peer.last_received_at = utcnow()
    if opened.sender.name:
        peer.name = opened.sender.name
    return peer


def _acknowledged(session: Session, m: Manifest, own_site: str) -> list[AckedBundle]:
    """Our bundles to the sender whose own changes its knowledge now covers."""
    out = []
    rows = session.scalars(select(BundleLog).where(
        BundleLog.direction == "out", BundleLog.peer == m.from_site,
        BundleLog.acked_at.is_(None), BundleLog.status == "written"))
    for row in rows:
        ranges = json.loads(row.counts_json or "{}").get("ranges", {})
        own = {k: hi for k, (_, hi) in ranges.items() if split_key(k)[0] == own_site}
        if all(m.knowledge.get(k, 0) >= hi for k, hi in own.items()):
            row.acked_at = utcnow()
            out.append(AckedBundle(int(row.link_seq or 0), row.bundle_id, row.logged_at))
    return sorted(out, key=lambda a: a.link_seq)


def _log_bundle(session: Session, opened: OpenedBundle, checked: Checked, ctx: MergeContext,
                now) -> None:  # type: ignore[no-untyped-def]
    m = opened.manifest
    row = session.scalar(select(BundleLog).where(
        BundleLog.bundle_id == m.bundle_id, BundleLog.direction == "in",
        BundleLog.status == "parked"))
    if row is None:
        row = BundleLog(bundle_id=m.bundle_id, direction="in", peer=m.from_site)
        session.add(row)
    something = checked.new_changes or checked.snapshots or checked.receipts
    row.status = "applied" if something else "duplicate"
    row.file_name = opened.source_path.name[:255]
    row.sha256, row.link_seq, row.created_at = opened.source_sha256, m.link_seq, m.created_at
    row.kind, row.applied_at, row.reason = m.kind, now, None
    row.counts_json = json.dumps({
        "tables": {t: vars(s) for t, s in sorted(ctx.stats.items())},
        "new_changes": checked.new_changes, "duplicates": checked.duplicates,
        "snapshots": len(checked.snapshots), "held": len(checked.holds),
        "ranges": {k: list(v) for k, v in m.ranges.items()},
    }, sort_keys=True)


def _audit(session: Session, m: Manifest, ctx: MergeContext, checked: Checked) -> None:
    for table, s in sorted(ctx.stats.items()):
        if s.new or s.changed or s.conflicts:
            append_audit(session, action="sync-apply", table=table,
                         detail=f"bundle={m.bundle_id} from={m.from_site} new={s.new} "
                                f"changed={s.changed} deleted={s.deleted} "
                                f"conflicts={s.conflicts}")
    append_audit(session, action="sync.import", table="sync_bundle",
                 detail=f"bundle={m.bundle_id} from={m.from_site} link={m.link_seq} "
                        f"new_changes={checked.new_changes} duplicates={checked.duplicates} "
                        f"anchor={m.audit_anchor.seq}:{m.audit_anchor.head[:16]}")


def find_missing_reference(session: Session, written: dict[str, list[str]]
                           ) -> tuple[str, str, str, str] | None:
    """The first written row pointing at a row that does not exist (diagnosis only)."""
    infos = table_infos()
    for table, pks in written.items():
        info: TableInfo = infos[table]
        col_of = dict(info.attr_columns)
        t = info.table
        for attr, target in info.references:
            if target not in infos:
                continue
            parent = infos[target].table.alias("parent")
            col = t.c[col_of[attr]]
            for part in chunks(list(dict.fromkeys(pks))):
                stmt = (select(t.c.id, col).outerjoin(parent, parent.c.id == col)
                        .where(t.c.id.in_(part), col.is_not(None), parent.c.id.is_(None))
                        .limit(1))
                row = session.execute(stmt).first()
                if row is not None:
                    return table, row[0], target, row[1]
    return None
