"""Import, pass 1: every record checked before anything is written (sync.md §4.8 step 5–6).

* **Gaps** — an origin range that starts after our knowledge + 1 means an earlier bundle is
  missing: the bundle is parked and the message says exactly what is missing.
* **Records** — each line parsed and validated against our schema (``records.py``), and it
  must lie inside a range the manifest declares.
* **Ownership** (docs/sync.md, Ownership) — the province may send anything. An office may send
  only changes it made itself (its own origin), and each of them must be of a record the office
  owns here before the change, or a new record the change makes the office's own. Never a
  province-only table (coded reference data). Changes of a record the office owned once but
  the province has since moved to another office are *held* (an ``ownership`` conflict, not
  applied); anything else out of scope rejects the whole bundle. Our own changes coming back
  (a catch-up after we were restored from a backup) are accepted only for an earlier
  incarnation of ours.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.sync_meta import ChangeLog, SiteInfo
from app.errors import register_messages
from app.sync.bundle_reader import OpenedBundle
from app.sync.errors import BundleRejected
from app.sync.merge_rows import chunks, key_chunk, key_in
from app.sync.receipts import parse_ack, parse_receipt
from app.sync.records import ChangeRecord, SnapshotRecord, invalid, parse_change, parse_snapshot
from app.sync.scope import (
    ACK_MEMBER,
    PROVINCE,
    RECEIPTS_MEMBER,
    SNAPSHOT_MEMBER,
    TableInfo,
    table_infos,
)
from app.sync.watermarks import knowledge_of, split_key

BATCH = 2000


@dataclass(frozen=True)
class Missing:
    """Changes of one origin this office lacks before it can import a bundle."""

    origin: str  # site/incarnation
    office: str
    first: int
    last: int


@dataclass
class Checked:
    """What pass 1 learned."""

    known: dict[str, int]  # our knowledge of every origin in the bundle, before import
    holds: dict[str, str] = field(default_factory=dict)  # change id -> conflict kind
    new_changes: int = 0
    duplicates: int = 0
    snapshots: list[SnapshotRecord] = field(default_factory=list)
    receipts: list[dict[str, Any]] = field(default_factory=list)
    receipts_ack: int | None = None


def find_gaps(session: Session, ranges: Mapping[str, tuple[int, int]], site: SiteInfo
              ) -> tuple[dict[str, int], list[Missing]]:
    known = {key: knowledge_of(session, key, site) for key in ranges}
    missing = [Missing(key, split_key(key)[0], known[key] + 1, low - 1)
               for key, (low, _) in sorted(ranges.items()) if low > known[key] + 1]
    return known, missing


def iter_changes(opened: OpenedBundle, info: TableInfo,
                 ranges: Mapping[str, tuple[int, int]]) -> Iterator[ChangeRecord]:
    """The validated change records of one table member, in bundle order."""
    for line, doc in enumerate(opened.iter_rows(info.name), start=1):
        rec = parse_change(info, doc, line)
        bounds = ranges.get(rec.origin)
        if bounds is None or not bounds[0] <= rec.seq <= bounds[1]:
            raise invalid(info.name, line, f"change {rec.change_id} outside the bundle ranges")
        yield rec


def data_tables(opened: OpenedBundle) -> list[TableInfo]:
    infos = table_infos()
    out = []
    for table in opened.tables:
        if table in (SNAPSHOT_MEMBER, RECEIPTS_MEMBER, ACK_MEMBER):
            continue
        info = infos.get(table)
        if info is None:
            raise BundleRejected("bundle.unknown_table", table=table)
        out.append(info)
    return out


def check_bundle(session: Session, opened: OpenedBundle, site: SiteInfo,
                 known: dict[str, int]) -> Checked:
    """Pass 1 over the whole bundle (raises :class:`BundleRejected` on the first problem)."""
    m = opened.manifest
    sender = m.from_site
    checked = Checked(known=known)
    _check_special_members(opened, sender, checked)
    owners = _Owners(session, sender, site)
    for info in data_tables(opened):
        batch: list[ChangeRecord] = []
        for rec in iter_changes(opened, info, m.ranges):
            if rec.seq <= known.get(rec.origin, 0):
                checked.duplicates += 1
                continue
            checked.new_changes += 1
            batch.append(rec)
            if len(batch) >= BATCH:
                owners.check(info, batch, checked)
                batch = []
        if batch:
            owners.check(info, batch, checked)
    return checked


def _check_special_members(opened: OpenedBundle, sender: str, checked: Checked) -> None:
    tables = set(opened.tables)
    if sender != PROVINCE and (tables & {SNAPSHOT_MEMBER, RECEIPTS_MEMBER}):
        raise BundleRejected("bundle.out_of_scope_member", office=sender)
    infos = table_infos()
    if SNAPSHOT_MEMBER in tables:
        checked.snapshots = [parse_snapshot(infos, doc, i) for i, doc in
                             enumerate(opened.iter_rows(SNAPSHOT_MEMBER), start=1)]
    if RECEIPTS_MEMBER in tables:
        checked.receipts = [parse_receipt(doc, i) for i, doc in
                            enumerate(opened.iter_rows(RECEIPTS_MEMBER), start=1)]
    if ACK_MEMBER in tables:
        for i, doc in enumerate(opened.iter_rows(ACK_MEMBER), start=1):
            checked.receipts_ack = max(checked.receipts_ack or 0, parse_ack(doc, i))


class _Owners:
    """The ownership rule, applied record by record in bundle order."""

    def __init__(self, session: Session, sender: str, site: SiteInfo) -> None:
        self.session = session
        self.sender = sender
        self.site = site
        self.moved: dict[tuple[str, str], str] = {}  # owner after lifecycle records so far

    def check(self, info: TableInfo, batch: list[ChangeRecord], checked: Checked) -> None:
        stored = self._stored_owners(info, [r.pk for r in batch])
        for rec in batch:
            if rec.origin_site == self.site.site_code:
                self._own_change(info, rec)
                continue
            if self.sender == PROVINCE:
                continue
            if rec.origin_site != self.sender:
                raise _scope(info, rec, "forward", office=rec.origin_site)
            key = (info.name, rec.pk)
            owner = self.moved.get(key, stored.get(rec.pk))
            if info.province_only:
                raise _scope(info, rec, "reference")
            if owner is None:
                # a record new here: the sender's own — or handed over by a lifecycle change
                # of this bundle right after its creation (a lifecycle change of a record
                # that never arrives is held as an orphan, never applied)
                if rec.office != self.sender and rec.unit != "lifecycle":
                    raise _scope(info, rec, "other_office", office=rec.office)
            elif owner != self.sender:
                if not self._owned_before(info.name, rec.pk):
                    raise _scope(info, rec, "other_office", office=owner)
                checked.holds[rec.change_id] = "ownership"
                continue
            if rec.unit == "lifecycle":
                self.moved[key] = rec.office  # the owner after this change

    def _own_change(self, info: TableInfo, rec: ChangeRecord) -> None:
        if rec.origin_inc == self.site.incarnation and rec.seq >= self.site.next_seq:
            raise _scope(info, rec, "forged_own")

    def _stored_owners(self, info: TableInfo, pks: list[str]) -> dict[str, str]:
        table = info.table
        out: dict[str, str] = {}
        for part in chunks(list(dict.fromkeys(pks)), key_chunk(self.session)):
            out.update(self.session.execute(
                select(table.c.id, table.c.office_code)
                .where(key_in(self.session, table.c.id, part))).all())
        return out

    def _owned_before(self, table: str, pk: str) -> bool:
        return self.session.scalar(
            select(ChangeLog.origin_seq)
            .where(ChangeLog.table_name == table, ChangeLog.pk == pk,
                   ChangeLog.office_code == self.sender).limit(1)) is not None


def _scope(info: TableInfo, rec: ChangeRecord, why: str, **params: Any) -> BundleRejected:
    return BundleRejected(f"bundle.out_of_scope_{why}", table=info.name, pk=rec.pk,
                          change=rec.change_id, **params)


register_messages(
    {
        "bundle.unknown_table": (
            "Bundel berisi tabel \"{table}\" yang tidak dikenal aplikasi ini. Bundel ditolak.",
            "The bundle holds a table \"{table}\" this application does not know. Rejected.",
        ),
        "bundle.out_of_scope_member": (
            "Bundel dari kantor {office} berisi bagian yang hanya boleh dikirim provinsi "
            "(salinan data/tanda terima). Seluruh bundel ditolak; data tidak berubah.",
            "The bundle from office {office} holds a part only the province may send "
            "(snapshots/receipts). The whole bundle was rejected; nothing changed.",
        ),
        "bundle.out_of_scope_forward": (
            "Bundel berisi perubahan buatan kantor {office} ({table}, {pk}); sebuah kantor "
            "hanya boleh mengirim perubahannya sendiri. Seluruh bundel ditolak; data tidak "
            "berubah.",
            "The bundle holds a change made by office {office} ({table}, {pk}); an office may "
            "only send its own changes. The whole bundle was rejected; nothing changed.",
        ),
        "bundle.out_of_scope_reference": (
            "Bundel mengubah data referensi {table} ({pk}) yang hanya boleh diubah provinsi. "
            "Seluruh bundel ditolak; data tidak berubah.",
            "The bundle changes reference data {table} ({pk}) only the province may change. "
            "The whole bundle was rejected; nothing changed.",
        ),
        "bundle.out_of_scope_other_office": (
            "Bundel mengubah data milik kantor {office} ({table}, {pk}) — di luar wewenang "
            "pengirim. Seluruh bundel ditolak; data tidak berubah.",
            "The bundle changes a record owned by office {office} ({table}, {pk}) — outside "
            "the sender's scope. The whole bundle was rejected; nothing changed.",
        ),
        "bundle.out_of_scope_forged_own": (
            "Bundel berisi perubahan atas nama kantor ini yang tidak pernah dibuat di sini "
            "({change}). Seluruh bundel ditolak; data tidak berubah.",
            "The bundle holds a change in this office's name that was never made here "
            "({change}). The whole bundle was rejected; nothing changed.",
        ),
    }
)
