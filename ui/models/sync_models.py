"""Table models of the Sinkronisasi screen: peer offices, bundle history, the conflict queue,
receipts from the province and the per-table counts of an import preview (service DTOs)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.sync.import_result import TableChange
from app.sync.status import BundleEntry, ConflictItem, PeerStatus, ReceiptItem
from ui.models.row_table_model import Column, RowTableModel, count_column

TIME_FORMAT = "%d-%m-%Y %H:%M"


def local_time(when: datetime | None) -> datetime | None:
    """A stored (naive UTC) time as this computer's local time."""
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone().replace(tzinfo=None)


def time_text(when: datetime | None) -> str:
    local = local_time(when)
    return local.strftime(TIME_FORMAT) if local is not None else "–"


def value_text(value: Any) -> str:
    """One field value as a clerk reads it."""
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncLabels", "yes")
            if value
            else QCoreApplication.translate("SyncLabels", "no")
        )
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


_KINDS = {
    "edit-edit": QT_TRANSLATE_NOOP("SyncLabels", "edited at both offices"),
    "delete-edit": QT_TRANSLATE_NOOP("SyncLabels", "edited a deleted record"),
    "constraint": QT_TRANSLATE_NOOP("SyncLabels", "duplicate / missing reference"),
    "ownership": QT_TRANSLATE_NOOP("SyncLabels", "not the sender's record"),
    "orphan": QT_TRANSLATE_NOOP("SyncLabels", "record not found here"),
}
_STATUSES = {
    "written": QT_TRANSLATE_NOOP("SyncLabels", "sent"),
    "applied": QT_TRANSLATE_NOOP("SyncLabels", "applied"),
    "duplicate": QT_TRANSLATE_NOOP("SyncLabels", "nothing new"),
    "parked": QT_TRANSLATE_NOOP("SyncLabels", "on hold"),
    "rejected": QT_TRANSLATE_NOOP("SyncLabels", "rejected"),
    "open": QT_TRANSLATE_NOOP("SyncLabels", "open"),
    "resolved": QT_TRANSLATE_NOOP("SyncLabels", "resolved"),
}
_OUTCOMES = {
    "won": QT_TRANSLATE_NOOP("SyncLabels", "your value stands"),
    "lost": QT_TRANSLATE_NOOP("SyncLabels", "your value lost"),
    "held": QT_TRANSLATE_NOOP("SyncLabels", "held for review"),
}


def _label(labels: dict[str, str], key: str) -> str:
    """``key``'s label in the current language (the key itself when it has none)."""
    return QCoreApplication.translate("SyncLabels", labels[key]) if key in labels else key


def kind_text(kind: str) -> str:
    return _label(_KINDS, kind)


def status_text(status: str) -> str:
    return _label(_STATUSES, status)


def outcome_text(outcome: str) -> str:
    return _label(_OUTCOMES, outcome)


def _bundle_text(seq: int | None, when: datetime | None) -> str:
    """``#3 · 28-11-2026 15:25`` (the bundle's number and time), ``–`` for none."""
    return f"#{seq} · {time_text(when)}" if seq else "–"


def _ack_text(p: PeerStatus) -> str:
    if p.unacked_bundles == 0 and p.unacked_changes == 0:
        return QCoreApplication.translate("SyncLabels", "all confirmed")
    return (
        QCoreApplication.translate("SyncLabels", "%1 bundles, %2 changes")
        .replace("%1", str(p.unacked_bundles))
        .replace("%2", str(p.unacked_changes))
    )


class PeerTableModel(RowTableModel[PeerStatus]):
    CONTEXT = "PeerTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("PeerTableModel", "Office"),
            lambda p: f"{p.office_code} {p.name}".strip(),
        ),
        Column(
            QT_TRANSLATE_NOOP("PeerTableModel", "Last sent"),
            lambda p: _bundle_text(p.last_link_sent, p.last_sent_at),
            sort=lambda p: p.last_link_sent,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeerTableModel", "Last received"),
            lambda p: _bundle_text(p.last_link_received, p.last_received_at),
            sort=lambda p: p.last_link_received,
        ),
        Column(
            QT_TRANSLATE_NOOP("PeerTableModel", "Awaiting confirmation"),
            _ack_text,
            sort=lambda p: p.unacked_changes,
        ),
        count_column(QT_TRANSLATE_NOOP("PeerTableModel", "On hold here"), "parked_bundles"),
        Column(
            QT_TRANSLATE_NOOP("PeerTableModel", "Fingerprint"),
            lambda p: p.fingerprint_text or QCoreApplication.translate("SyncLabels", "not trusted"),
        ),
    )


def _counts_text(b: BundleEntry) -> str:
    changes = b.counts.get("changes", b.counts.get("new_changes"))
    return "–" if changes is None else str(changes)


class BundleTableModel(RowTableModel[BundleEntry]):
    CONTEXT = "BundleTableModel"
    COLUMNS = (
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "Time"),
            lambda b: time_text(b.logged_at),
            sort=lambda b: b.logged_at,
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "Direction"),
            lambda b: (
                QCoreApplication.translate("SyncLabels", "sent to %1")
                if b.direction == "out"
                else QCoreApplication.translate("SyncLabels", "received from %1")
            ).replace("%1", b.peer),
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "No."),
            lambda b: str(b.link_seq) if b.link_seq else "–",
            sort=lambda b: b.link_seq or 0,
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "Changes"),
            _counts_text,
            sort=lambda b: int(b.counts.get("changes", b.counts.get("new_changes", -1))),
            align_right=True,
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "Status"),
            lambda b: status_text(b.status),
            tooltip=lambda b: b.reason or "",
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "Confirmed"),
            lambda b: time_text(b.acked_at) if b.acked_at else "–",
            sort=lambda b: b.acked_at or datetime.min,
        ),
        Column(
            QT_TRANSLATE_NOOP("BundleTableModel", "File"),
            lambda b: b.file_name,
            tooltip=lambda b: b.reason or b.file_name,
        ),
    )


class ConflictTableModel(RowTableModel[ConflictItem]):
    CONTEXT = "ConflictTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ConflictTableModel", "Record"), lambda c: c.record_label),
        Column(QT_TRANSLATE_NOOP("ConflictTableModel", "Part"), lambda c: c.unit),
        Column(QT_TRANSLATE_NOOP("ConflictTableModel", "Kind"), lambda c: kind_text(c.kind)),
        Column(QT_TRANSLATE_NOOP("ConflictTableModel", "From"), lambda c: c.incoming.office or "–"),
        Column(
            QT_TRANSLATE_NOOP("ConflictTableModel", "Detected"),
            lambda c: time_text(c.detected_at),
            sort=lambda c: c.detected_at,
        ),
        Column(QT_TRANSLATE_NOOP("ConflictTableModel", "Status"), lambda c: status_text(c.status)),
    )


def _differing(values: dict[str, Any] | None, other: dict[str, Any] | None) -> str:
    if not values:
        return "–"
    shown = {k: v for k, v in values.items() if other is None or other.get(k) != v} or values
    return ", ".join(f"{k}: {value_text(v)}" for k, v in sorted(shown.items()))


class ReceiptTableModel(RowTableModel[ReceiptItem]):
    CONTEXT = "ReceiptTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReceiptTableModel", "Record"), lambda r: r.record_label),
        Column(QT_TRANSLATE_NOOP("ReceiptTableModel", "Part"), lambda r: r.unit),
        Column(
            QT_TRANSLATE_NOOP("ReceiptTableModel", "Outcome"), lambda r: outcome_text(r.outcome)
        ),
        Column(
            QT_TRANSLATE_NOOP("ReceiptTableModel", "Your value"),
            lambda r: _differing(r.our_values, r.winning_values),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReceiptTableModel", "Value that stands"),
            lambda r: _differing(r.winning_values, r.our_values),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReceiptTableModel", "Decided by"),
            lambda r: (
                r.decided_by or QCoreApplication.translate("SyncLabels", "automatic (latest write)")
            ),
        ),
        Column(
            QT_TRANSLATE_NOOP("ReceiptTableModel", "When"),
            lambda r: time_text(r.decided_at or r.received_at),
            sort=lambda r: r.decided_at or r.received_at,
        ),
    )


class ImportCountsTableModel(RowTableModel[TableChange]):
    CONTEXT = "ImportCountsTableModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ImportCountsTableModel", "Table"), lambda t: t.table),
        count_column(QT_TRANSLATE_NOOP("ImportCountsTableModel", "New"), "new"),
        count_column(QT_TRANSLATE_NOOP("ImportCountsTableModel", "Changed"), "changed"),
        count_column(QT_TRANSLATE_NOOP("ImportCountsTableModel", "Deleted"), "deleted"),
        count_column(QT_TRANSLATE_NOOP("ImportCountsTableModel", "Conflicts"), "conflicts"),
    )
