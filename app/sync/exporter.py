"""Export: a bundle of every change the peer has not acknowledged (sync.md §4.5, docs/sync.md).

For each origin key the bundle covers ``[ack + 1, our knowledge]`` (``ranges``), so a lost or
duplicated bundle heals with the next one. Which origins and which of their changes:

* an office exports to the province its own changes (every incarnation of its own) and the
  province's changes it holds beyond the province's knowledge (a province restored from a
  backup gets them back) — nothing of other offices, it never routes;
* the province exports to office P, from every origin except P's current incarnation, the
  changes of P's rows, of the province's rows in shared tables, and lifecycle changes of rows
  P owned before (a transfer away). A lifecycle change that gives P a row (a transfer in) also
  sends the row and everything that belongs to it as snapshots, and every record sent is
  closed over its references: a referenced row P cannot have is sent as a snapshot too
  (:mod:`app.sync.snapshots`).

Changes are read per origin by primary-key range (O(changes), never a full scan), merged in
``(lamport, site, seq)`` order — causal order, so a table member never lists an edit before
what it was based on — and spooled per table to private temp files, then written member by
member: memory stays flat whatever the bundle size. The bundle carries our knowledge vector
(the acknowledgement), the audit anchor and, on the province, the receipts for P.
"""

from __future__ import annotations

import contextlib
import heapq
import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit import audit_head
from app.db.sync_meta import ChangeLog, SiteInfo, SyncPeer, site_info
from app.errors import SimpegError, register_messages
from app.jobs import NO_PROGRESS, Progress
from app.sync.bundle import BundleWriter, WrittenBundle
from app.sync.bundle_reader import staging_dir
from app.sync.caps import DEFAULT_CAPS, BundleCaps
from app.sync.cards import TrustedPeer
from app.sync.crashpoints import crash_point
from app.sync.keys import OfficeKeys
from app.sync.manifest import AuditAnchor, BundleHeader
from app.sync.receipts import ack_rows, receipts_for
from app.sync.records import change_line
from app.sync.scope import (
    ACK_MEMBER,
    PROVINCE,
    RECEIPTS_MEMBER,
    SNAPSHOT_MEMBER,
    routes_to,
    table_infos,
    table_order,
)
from app.sync.snapshots import SnapshotCollector
from app.sync.versions import SchemaSupport
from app.sync.watermarks import knowledge_vector, origin_key, peer_acks, split_key

_COLUMNS = (ChangeLog.origin_site, ChangeLog.origin_inc, ChangeLog.origin_seq,
            ChangeLog.lamport, ChangeLog.table_name, ChangeLog.pk, ChangeLog.unit,
            ChangeLog.op, ChangeLog.office_code, ChangeLog.values_json, ChangeLog.base_stamp,
            ChangeLog.user_name, ChangeLog.created_at_utc)
_YIELD = 2000


@dataclass(frozen=True)
class ExportPlan:
    """What a bundle for ``peer`` will cover; read in the export's read transaction."""

    peer: str
    site: SiteInfo
    knowledge: dict[str, int]
    ranges: dict[str, tuple[int, int]]
    kind: str
    link_seq: int
    prev_sha256: str | None
    anchor: AuditAnchor
    receipts_after: int
    ack: list[dict[str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class ExportResult:
    """A bundle written and verified."""

    path: Path
    bundle_id: str
    to_office: str
    kind: str
    link_seq: int
    created_at: datetime
    size: int
    sha256: str
    changes: int
    snapshots: int
    receipts: int
    tables: tuple[tuple[str, int], ...]
    ranges: dict[str, tuple[int, int]]
    knowledge: dict[str, int]
    anchor: AuditAnchor


def plan_export(session: Session, peer_code: str,
                schema: SchemaSupport | None = None) -> ExportPlan:
    """Decide the ranges of a bundle for ``peer_code`` (no writes)."""
    site = site_info(session)
    peer = session.get(SyncPeer, peer_code)
    _check_peer_schema(peer, schema or SchemaSupport.from_alembic())
    knowledge = knowledge_vector(session, site)
    acks = peer_acks(peer)
    peer_inc = peer.incarnation if peer is not None else None
    ranges: dict[str, tuple[int, int]] = {}
    for key, top in sorted(knowledge.items()):
        origin, inc = split_key(key)
        if origin == peer_code and (peer_inc is None or inc == peer_inc):
            continue  # the peer knows its own current changes
        if site.site_code != PROVINCE and origin not in (site.site_code, peer_code):
            continue  # an office never forwards other offices' changes
        low = acks.get(key, 0) + 1
        if low <= top:
            ranges[key] = (low, top)
    seq, head = audit_head(session)
    return ExportPlan(
        peer=peer_code, site=site, knowledge=knowledge, ranges=ranges,
        kind="delta" if acks else "full",
        link_seq=(peer.last_link_seq_sent if peer is not None else 0) + 1,
        prev_sha256=peer.last_sent_sha256 if peer is not None else None,
        anchor=AuditAnchor(seq, head),
        receipts_after=int(peer.receipts_acked or 0) if peer is not None else 0,
        ack=ack_rows(peer) if peer_code == PROVINCE else [],
    )


def _check_peer_schema(peer: SyncPeer | None, schema: SchemaSupport) -> None:
    """Never send an office a schema newer than it said it can read (sync.md §4.9)."""
    if peer is None or not peer.peer_reads_schema:
        return
    oldest, _, newest = peer.peer_reads_schema.partition(",")
    revisions = schema.revisions
    if newest in revisions and revisions.index(newest) < revisions.index(schema.current):
        raise SimpegError("sync.peer_too_old", office=peer.office_code, schema=newest)
    if oldest not in revisions:
        raise SimpegError("sync.self_too_old", office=peer.office_code, schema=oldest)


class _Spool:
    """Per-table temp files (private staging folder) holding encoded change lines."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="export-", dir=staging_dir()))
        self.files: dict[str, BinaryIO] = {}
        self.counts: dict[str, int] = {}

    def write(self, table: str, line: bytes) -> None:
        fh = self.files.get(table)
        if fh is None:
            fh = self.files[table] = open(self.folder / f"{table}.jsonl", "w+b")  # noqa: SIM115
            self.counts[table] = 0
        fh.write(line)
        self.counts[table] += 1

    def lines(self, table: str) -> Iterator[bytes]:
        fh = self.files[table]
        fh.flush()
        fh.seek(0)
        yield from fh

    def close(self) -> None:
        for fh in self.files.values():
            with contextlib.suppress(OSError):
                fh.close()
        shutil.rmtree(self.folder, ignore_errors=True)


_SQL = ("SELECT origin_site, origin_inc, origin_seq, lamport, table_name, pk, unit, op, "
        "office_code, values_json, base_stamp, user_name, created_at_utc FROM change_log "
        "WHERE origin_site = ? AND origin_inc = ? AND origin_seq >= ? AND origin_seq <= ? "
        "ORDER BY origin_seq")
SITE, INC, SEQ, LAMPORT, TABLE, PK, UNIT, OP, OFFICE, VALUES = range(10)


def _fetch(cursor: Any) -> Iterator[tuple]:
    while rows := cursor.fetchmany(_YIELD):
        yield from rows


def _stream(session: Session, ranges: dict[str, tuple[int, int]]) -> Iterator[tuple]:
    """Every change in ``ranges`` as a tuple, merged in (lamport, site, seq) order: one
    primary-key range scan per origin (on SQLite straight through the driver)."""
    streams: list[Iterator[tuple]] = []
    conn = session.connection()
    raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
    for key, (low, high) in sorted(ranges.items()):
        origin, inc = split_key(key)
        if raw is not None:
            cursor = raw.cursor()
            cursor.execute(_SQL, (origin, inc, low, high))
            streams.append(_fetch(cursor))
            continue
        stmt = (select(*_COLUMNS)
                .where(ChangeLog.origin_site == origin, ChangeLog.origin_inc == inc,
                       ChangeLog.origin_seq >= low, ChangeLog.origin_seq <= high)
                .order_by(ChangeLog.origin_seq)
                .execution_options(yield_per=_YIELD))
        streams.append(tuple(r) for r in session.execute(stmt))
    return heapq.merge(*streams, key=lambda r: (r[LAMPORT], r[SITE], r[SEQ]))


class _Router:
    """Which changes go to ``peer`` (see the module docstring)."""

    def __init__(self, session: Session, plan: ExportPlan, snapshots: SnapshotCollector
                 ) -> None:
        self.session = session
        self.peer = plan.peer
        self.province = plan.site.site_code == PROVINCE
        self.snapshots = snapshots
        self._earlier_owner: dict[tuple[str, str], bool] = {}

    def route(self, row: tuple) -> bool:
        if not self.province:
            return True
        lifecycle = row[UNIT] == "lifecycle"
        table, office = row[TABLE], row[OFFICE]
        if routes_to(office, table, self.peer):
            if lifecycle and office == self.peer and row[SITE] != self.peer:
                self.snapshots.add_owned(table, row[PK])  # a transfer in
            self.snapshots.add_references(table, row[VALUES])
            return True
        # the peer learns that its record moved away
        return lifecycle and self._owned_before(table, row[PK])

    def _owned_before(self, table: str, pk: str) -> bool:
        key = (table, pk)
        if key not in self._earlier_owner:
            found = self.session.scalar(
                select(ChangeLog.origin_seq)
                .where(ChangeLog.table_name == table, ChangeLog.pk == pk,
                       ChangeLog.office_code == self.peer).limit(1))
            self._earlier_owner[key] = found is not None
        return self._earlier_owner[key]


def write_export(session: Session, plan: ExportPlan, keys: OfficeKeys, peer: TrustedPeer,
                 out_path: Path, *, progress: Progress = NO_PROGRESS,
                 schema: SchemaSupport | None = None,
                 caps: BundleCaps = DEFAULT_CAPS) -> ExportResult:
    """Stream the planned changes into a bundle at ``out_path`` and verify it."""
    snapshots = SnapshotCollector(session, plan.peer)
    router = _Router(session, plan, snapshots)
    total = sum(high - low + 1 for low, high in plan.ranges.values()) or 1
    spool = _Spool()
    try:
        changes = 0
        for done, row in enumerate(_stream(session, plan.ranges), start=1):
            if done % 5000 == 0:
                progress.step(done, total, "Menyusun perubahan")
            if router.route(row):
                spool.write(row[TABLE], change_line(row))
                changes += 1
        progress.step(total, total, "Menyusun perubahan")
        receipts = receipts_for(session, plan.peer, plan.receipts_after) \
            if plan.site.site_code == PROVINCE else []
        header = BundleHeader(
            to_site=plan.peer, from_incarnation=plan.site.incarnation, kind=plan.kind,
            link_seq=plan.link_seq, prev_bundle_sha256=plan.prev_sha256, ranges=plan.ranges,
            knowledge=plan.knowledge, audit_anchor=plan.anchor,
            schema_version=schema.current if schema else None,
            reads_schema=schema.reads_schema if schema else None)
        with BundleWriter(out_path, keys, peer, header, caps=caps, schema=schema) as writer:
            n_snapshots = writer.add_lines(SNAPSHOT_MEMBER, snapshots.lines()) \
                if snapshots.pending() else 0
            for table in table_order():
                if table in spool.files:
                    writer.add_lines(table, spool.lines(table))
            if receipts:
                writer.add_rows(RECEIPTS_MEMBER, receipts)
            if plan.ack:
                writer.add_rows(ACK_MEMBER, plan.ack)
            progress.step(total, total, "Menulis dan memeriksa bundel")
            crash_point("export.before-finish")
            written = writer.finish()
    finally:
        spool.close()
    return _result(written, plan, changes, n_snapshots, len(receipts))


def _result(written: WrittenBundle, plan: ExportPlan, changes: int, snapshots: int,
            receipts: int) -> ExportResult:
    m = written.manifest
    infos = table_infos()
    tables = tuple((f.table, f.rows) for f in m.files if f.table in infos)
    return ExportResult(
        path=written.path, bundle_id=m.bundle_id, to_office=m.to_site, kind=m.kind,
        link_seq=m.link_seq, created_at=m.created_at, size=written.size,
        sha256=written.sha256, changes=changes, snapshots=snapshots, receipts=receipts,
        tables=tables, ranges=dict(m.ranges), knowledge=dict(m.knowledge), anchor=plan.anchor)


def counts_json(result: ExportResult) -> str:
    return json.dumps({"tables": dict(result.tables), "changes": result.changes,
                       "snapshots": result.snapshots, "receipts": result.receipts,
                       "ranges": {k: list(v) for k, v in result.ranges.items()}},
                      sort_keys=True)


__all__ = ["ExportPlan", "ExportResult", "counts_json", "origin_key", "plan_export",
           "write_export"]

register_messages(
    {
        "sync.peer_too_old": (
            "Kantor {office} memakai aplikasi lama (skema paling baru yang dapat dibacanya: "
            "{schema}). Minta kantor itu memperbarui SIMPEG Luring sebelum mengirim bundel.",
            "Office {office} runs an older application (newest schema it reads: {schema}). "
            "Ask that office to update SIMPEG Luring before sending it a bundle.",
        ),
        "sync.self_too_old": (
            "Kantor {office} hanya membaca bundel skema {schema} atau lebih baru: perbarui "
            "SIMPEG Luring di kantor ini dahulu.",
            "Office {office} only reads bundles of schema {schema} or newer: update SIMPEG "
            "Luring in this office first.",
        ),
    }
)
