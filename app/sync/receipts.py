"""Receipts: the province tells an office what became of its changes that met a conflict.

Every conflict the province records or closes gets the next ``receipt_seq``. A bundle from the
province to office P carries (member ``changes/receipts.jsonl``) every conflict involving a
change of P — P's stamp is one of the two sides — numbered above what P last confirmed: which
side won, the winning values, and who decided (``""`` for the automatic rule, ``user@office``
for a clerk). P stores them (:class:`~app.db.sync_peers.ReceiptRow`, newest report wins) and
confirms the highest number in its next bundle (member ``changes/sync_ack.jsonl``:
``{"receipts_upto": N}``), so a lost bundle is made good by the next one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.sync_meta import Conflict, SyncPeer
from app.db.sync_peers import ReceiptRow
from app.db.sync_units import dumps, dumps_sorted
from app.sync.conflicts import stamp_of
from app.sync.records import invalid, parse_stamp
from app.sync.scope import ACK_MEMBER, RECEIPTS_MEMBER

RECEIPT_FIELDS = frozenset({
    "conflict", "seq", "table", "pk", "unit", "kind", "outcome", "ours", "winner", "status",
    "resolution", "decided_by", "decided_at", "detected_at",
})
HELD_KINDS = ("ownership", "orphan")


def _values(text: str | None) -> dict[str, Any] | None:
    return json.loads(text) if text else None


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def _receipt(c: Conflict, office: str) -> dict[str, Any] | None:
    local, incoming = stamp_of(c.local_stamp), stamp_of(c.incoming_stamp)
    if incoming is not None and incoming[1] == office:
        ours_stamp, ours, theirs_stamp, theirs = incoming, c.incoming_values, local, \
            c.local_values
        our_side = "incoming"
    elif local is not None and local[1] == office:
        ours_stamp, ours, theirs_stamp, theirs = local, c.local_values, incoming, \
            c.incoming_values
        our_side = "local"
    else:
        return None
    detail = json.loads(c.detail) if c.detail else {}
    held = c.kind in HELD_KINDS or (c.kind == "constraint" and our_side == "incoming")
    if c.status == "resolved":
        winning = _values(c.resolved_values)
        mine = _values(ours) or {}
        agrees = winning is not None and all(winning.get(k) == v for k, v in mine.items()
                                             if k in winning)
        outcome = "won" if agrees else "lost"
        winner_stamp = None
    elif held:
        outcome, winning, winner_stamp = "held", _values(theirs), theirs_stamp
    else:
        outcome = "won" if c.winner == our_side else "lost"
        winning = _values(ours if outcome == "won" else theirs)
        winner_stamp = ours_stamp if outcome == "won" else theirs_stamp
    return {
        "conflict": c.id, "seq": int(c.receipt_seq or 0), "table": c.table_name, "pk": c.pk,
        "unit": c.unit, "kind": c.kind, "outcome": outcome,
        "ours": {"stamp": list(ours_stamp), "values": _values(ours)},
        "winner": {"stamp": list(winner_stamp) if winner_stamp else None, "values": winning,
                   "detail": detail or None},
        "status": c.status, "resolution": c.resolution,
        "decided_by": c.resolved_by or "", "decided_at": _iso(c.resolved_at),
        "detected_at": _iso(c.detected_at),
    }


def receipts_for(session: Session, office: str, after: int) -> list[dict[str, Any]]:
    """Receipts for ``office`` numbered above ``after`` (province side)."""
    stmt = (select(Conflict).where(Conflict.receipt_seq > after)
            .order_by(Conflict.receipt_seq))
    out = []
    for c in session.scalars(stmt):
        receipt = _receipt(c, office)
        if receipt is not None:
            out.append(receipt)
    return out


def ack_rows(peer: SyncPeer | None) -> list[dict[str, int]]:
    """The ``sync_ack`` member an office sends the province (empty: nothing to confirm)."""
    if peer is None or not peer.receipts_received:
        return []
    return [{"receipts_upto": int(peer.receipts_received)}]


def parse_receipt(doc: Mapping[str, Any], line: int) -> dict[str, Any]:
    if set(doc) != RECEIPT_FIELDS or not isinstance(doc["conflict"], str) \
            or type(doc["seq"]) is not int or doc["outcome"] not in ("won", "lost", "held") \
            or doc["status"] not in ("open", "resolved") \
            or not isinstance(doc["ours"], dict) or not isinstance(doc["winner"], dict) \
            or parse_stamp(doc["ours"].get("stamp")) is None:
        raise invalid(RECEIPTS_MEMBER, line, "receipt")
    for key in ("table", "pk", "unit", "kind"):
        if not isinstance(doc[key], str) or not 0 < len(doc[key]) <= 64:
            raise invalid(RECEIPTS_MEMBER, line, key)
    return dict(doc)


def parse_ack(doc: Mapping[str, Any], line: int) -> int:
    value = doc.get("receipts_upto")
    if set(doc) != {"receipts_upto"} or type(value) is not int or value < 0:
        raise invalid(ACK_MEMBER, line, "receipts_upto")
    return value


def _when(text: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def store_receipts(session: Session, sender: str, receipts: Iterable[Mapping[str, Any]],
                   peer: SyncPeer) -> list[ReceiptRow]:
    """Keep the province's receipts (an office side); returns the rows stored or updated."""
    stored = []
    for r in receipts:
        row = session.get(ReceiptRow, r["conflict"])
        if row is not None and row.receipt_seq >= r["seq"]:
            continue
        if row is None:
            row = ReceiptRow(conflict_id=r["conflict"])
            session.add(row)
        winner = r["winner"]
        row.from_office, row.receipt_seq = sender, r["seq"]
        row.table_name, row.pk, row.unit, row.kind = r["table"], r["pk"], r["unit"], r["kind"]
        row.outcome, row.status, row.resolution = r["outcome"], r["status"], r["resolution"]
        row.our_stamp = dumps_sorted(r["ours"]["stamp"])
        row.our_values = dumps_sorted(r["ours"]["values"]) if r["ours"].get("values") \
            is not None else None
        row.winning_stamp = dumps_sorted(winner["stamp"]) if winner.get("stamp") else None
        row.winning_values = dumps_sorted(winner["values"]) if winner.get("values") \
            is not None else None
        row.decided_by = str(r["decided_by"] or "")[:80]
        row.decided_at, row.detected_at = _when(r["decided_at"]), _when(r["detected_at"])
        row.received_at = utcnow()
        stored.append(row)
        peer.receipts_received = max(int(peer.receipts_received or 0), r["seq"])
        if r["status"] == "resolved":
            _close_local(session, r)
    return stored


def _close_local(session: Session, r: Mapping[str, Any]) -> None:
    """The province decided: our own queue entry for the same writes is closed with it."""
    ours = dumps(list(r["ours"]["stamp"]))
    stmt = select(Conflict).where(
        Conflict.status == "open", Conflict.table_name == r["table"], Conflict.pk == r["pk"],
        Conflict.unit == r["unit"])
    for c in session.scalars(stmt):
        if ours in (c.local_stamp, c.incoming_stamp):
            c.status, c.resolution = "resolved", "by-province"
            c.resolved_by = (str(r["decided_by"] or "") or "15")[:64]
            c.resolved_at = _when(r["decided_at"]) or utcnow()
            winner = r["winner"].get("values")
            c.resolved_values = dumps_sorted(winner) if winner is not None else None
