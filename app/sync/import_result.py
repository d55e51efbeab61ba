"""What an import (or its dry run) reports: frozen DTOs the CLI prints and the UI shows."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.db.base import utcnow
from app.errors import message, register_messages
from app.sync.keys import fingerprint_text

if TYPE_CHECKING:
    from app.sync.bundle_reader import OpenedBundle
    from app.sync.import_apply import Applied
    from app.sync.import_checks import Checked, Missing

STATUSES = ("applied", "duplicate", "already_imported", "parked", "dry_run")


@dataclass(frozen=True)
class TableChange:
    """Rows of one table an import added, changed, deleted; changes it skipped (an older
    write lost to ours); conflicts it queued."""

    table: str
    new: int = 0
    changed: int = 0
    deleted: int = 0
    skipped: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class AckedBundle:
    """One of our bundles the sender has now confirmed it applied."""

    link_seq: int
    bundle_id: str
    sent_at: datetime | None


@dataclass(frozen=True)
class ImportResult:
    """``status``: ``applied`` (something new), ``duplicate`` (every change was known),
    ``already_imported``, ``parked`` (see ``missing``) or ``dry_run`` (a preview: nothing
    was written; the counts are what an import would do)."""

    status: str
    file: Path
    message: str = ""
    bundle_id: str = ""
    sender: str = ""
    sender_name: str = ""
    fingerprint: str = ""  # the sender's, as 8 groups of 4 hex digits
    created_at: datetime | None = None
    kind: str = ""
    link_seq: int = 0
    tables: tuple[TableChange, ...] = ()
    new_changes: int = 0
    duplicate_changes: int = 0
    snapshots: int = 0
    conflicts: int = 0
    held: int = 0  # changes kept aside (ownership/orphan), in the conflict queue
    receipts: int = 0
    receipts_lost: int = 0
    acknowledged: tuple[AckedBundle, ...] = ()
    missing: tuple[Missing, ...] = ()
    warnings: tuple[str, ...] = ()
    backup: Path | None = None
    parked_path: Path | None = None
    unparked: tuple[ImportResult, ...] = ()

    @classmethod
    def simple(cls, status: str, path: Path, text: str, **kw: object) -> ImportResult:
        return cls(status=status, file=path, message=text, **kw)  # type: ignore[arg-type]

    @classmethod
    def header_of(cls, opened: OpenedBundle, path: Path) -> ImportResult:
        m = opened.manifest
        head = cls(status="dry_run", file=path, bundle_id=m.bundle_id, sender=m.from_site,
                   sender_name=opened.sender.name,
                   fingerprint=fingerprint_text(opened.sender.fingerprint),
                   created_at=m.created_at, kind=m.kind, link_seq=m.link_seq)
        warning = clock_warning(head)
        return replace(head, warnings=(warning,)) if warning else head

    def with_applied(self, applied: Applied, checked: Checked, backup: Path | None,
                     dry_run: bool) -> ImportResult:
        tables = tuple(TableChange(t, s.new, s.changed, s.deleted, s.skipped, s.conflicts)
                       for t, s in sorted(applied.stats.items()))
        something = checked.new_changes or checked.snapshots or checked.receipts
        status = "dry_run" if dry_run else ("applied" if something else "duplicate")
        result = replace(
            self, status=status, tables=tables, new_changes=checked.new_changes,
            duplicate_changes=checked.duplicates, snapshots=len(checked.snapshots),
            conflicts=sum(t.conflicts for t in tables), held=len(checked.holds),
            receipts=applied.receipts, receipts_lost=applied.receipts_lost,
            acknowledged=tuple(applied.acknowledged), backup=backup)
        return replace(result, message=summary_text(result))

    @property
    def rows_new(self) -> int:
        return sum(t.new for t in self.tables)

    @property
    def rows_changed(self) -> int:
        return sum(t.changed for t in self.tables)

    @property
    def rows_deleted(self) -> int:
        return sum(t.deleted for t in self.tables)


def clock_warning(header: ImportResult) -> str | None:
    """A bundle dated ahead of our clock (a wrong PC date somewhere, T22): say so. Merging
    does not depend on wall clocks."""
    if header.created_at is not None and header.created_at > utcnow() + timedelta(days=1):
        return message("sync.clock_ahead", created=header.created_at.strftime("%Y-%m-%d %H:%M"))
    return None


def summary_text(r: ImportResult) -> str:
    key = {"dry_run": "sync.summary_dry_run", "duplicate": "sync.summary_duplicate"}.get(
        r.status, "sync.summary_applied")
    return message(key, sender=r.sender, link=r.link_seq, new=r.rows_new,
                   changed=r.rows_changed, deleted=r.rows_deleted, conflicts=r.conflicts,
                   dup=r.duplicate_changes)


def missing_text(sender: str, link_seq: int, last_received: int,
                 missing: list[Missing]) -> str:
    """Exactly what is missing, and what to do (the parked-bundle message)."""
    parts = [message("sync.missing_range", office=m.office, first=m.first, last=m.last)
             for m in missing]
    if link_seq > last_received + 1:
        first, last = last_received + 1, link_seq - 1
        which = str(first) if first == last else f"{first}–{last}"
        hint = message("sync.missing_bundles", which=which, sender=sender, link=link_seq)
    else:
        hint = message("sync.missing_next", sender=sender)
    return message("sync.parked", parts="; ".join(parts), hint=hint)


register_messages(
    {
        "sync.parked": (
            "Bundel ini ditunda: {parts} belum diterima. {hint}",
            "This bundle was put on hold: {parts} not received yet. {hint}",
        ),
        "sync.missing_range": (
            "perubahan kantor {office} nomor {first}–{last}",
            "changes {first}–{last} of office {office}",
        ),
        "sync.missing_bundles": (
            "Bundel {which} dari {sender} belum diterima — impor bundel itu dulu (bundel ini, "
            "nomor {link}, akan diimpor otomatis sesudahnya), atau minta {sender} membuat "
            "bundel baru.",
            "Bundle {which} from {sender} was not received — import that bundle first (this "
            "one, number {link}, is imported automatically afterwards), or ask {sender} for a "
            "new bundle.",
        ),
        "sync.missing_next": (
            "Minta kantor {sender} membuat bundel baru; bundel ini diimpor otomatis bila "
            "kekurangannya sudah datang.",
            "Ask office {sender} for a new bundle; this one is imported automatically once "
            "what is missing has arrived.",
        ),
        "sync.summary_applied": (
            "Bundel {link} dari {sender} diimpor: {new} data baru, {changed} diubah, "
            "{deleted} dihapus, {conflicts} konflik, {dup} perubahan sudah ada sebelumnya.",
            "Bundle {link} from {sender} imported: {new} new records, {changed} changed, "
            "{deleted} deleted, {conflicts} conflicts, {dup} changes already known.",
        ),
        "sync.summary_duplicate": (
            "Bundel {link} dari {sender} tidak membawa perubahan baru ({dup} perubahan sudah "
            "ada di sini).",
            "Bundle {link} from {sender} brings nothing new ({dup} changes already here).",
        ),
        "sync.summary_dry_run": (
            "Pratinjau bundel {link} dari {sender}: {new} data baru, {changed} diubah, "
            "{deleted} dihapus, {conflicts} konflik. Belum ada yang diubah.",
            "Preview of bundle {link} from {sender}: {new} new records, {changed} changed, "
            "{deleted} deleted, {conflicts} conflicts. Nothing was changed yet.",
        ),
        "sync.clock_ahead": (
            "Bundel bertanggal {created} (UTC), lebih maju dari jam komputer ini: periksa "
            "tanggal dan jam komputer pengirim dan penerima. Penggabungan data tidak "
            "terpengaruh.",
            "The bundle is dated {created} (UTC), ahead of this computer's clock: check the "
            "date and time on both computers. Merging is not affected.",
        ),
        "sync.disk_full": (
            "Disk penuh: impor dibatalkan dan basis data tidak berubah. Kosongkan ruang disk "
            "lalu impor bundel yang sama lagi.",
            "The disk is full: the import was cancelled and the database is unchanged. Free "
            "some disk space and import the same bundle again.",
        ),
        "sync.missing_reference": (
            "Impor dibatalkan, data tidak berubah: {table} {pk} merujuk ke {target} {value} "
            "yang tidak ada di kantor ini. Minta provinsi mengirim bundel lengkap.",
            "Import cancelled, nothing changed: {table} {pk} refers to {target} {value}, "
            "which this office does not have. Ask the province for a full bundle.",
        ),
        "sync.apply_failed": (
            "Impor dibatalkan, data tidak berubah: {detail}",
            "Import cancelled, nothing changed: {detail}",
        ),
    }
)
