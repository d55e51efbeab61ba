"""Local sync state that never travels: the trust store, this office's key reference, receipts.

* :class:`TrustedPeerRow` — an office whose identity card this office accepted after comparing
  its fingerprint out of band (``app.sync.trust`` turns rows into ``TrustedPeer``);
* :class:`OwnKeyRow` — where this office's key file is and which fingerprint it must have, so a
  swapped or foreign key file is refused;
* :class:`ReceiptRow` — what the province reported about conflicts involving this office's
  changes (won, lost, decided by whom), one row per conflict, newest report wins.

None of these is ``Synced``: they are per site and not business data (not in the digest).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, utcnow


class TrustedPeerRow(Base):
    """A trusted office: its public keys and the fingerprint that was checked."""

    __tablename__ = "sync_trusted_peer"

    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    signing_pub: Mapped[str] = mapped_column(String(64), nullable=False)
    age_recipient: Mapped[str] = mapped_column(String(100), nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    trusted_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    trusted_by: Mapped[str] = mapped_column(String(64), nullable=False, default="")


class OwnKeyRow(Base):
    """This office's key file (path) and the fingerprint of the keys in it. One row."""

    __tablename__ = "sync_own_key"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False, default=1)
    office_code: Mapped[str] = mapped_column(String(8), nullable=False)
    key_path: Mapped[str] = mapped_column(Text, nullable=False)
    fingerprint: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class ReceiptRow(Base):
    """A conflict at the province that involved a change of this office (docs/sync.md).

    ``outcome``: ``won`` (our value stands), ``lost`` (another value replaced ours) or ``held``
    (ours was kept aside, not applied). ``decided_by`` is ``""`` for the automatic rule
    (the later write wins) or ``"user@office"`` of the clerk who resolved it.
    """

    __tablename__ = "sync_receipt"
    __table_args__ = (
        CheckConstraint("outcome IN ('won', 'lost', 'held')", name="outcome"),
    )

    conflict_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    from_office: Mapped[str] = mapped_column(String(8), nullable=False)
    receipt_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    pk: Mapped[str] = mapped_column(String(36), nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    outcome: Mapped[str] = mapped_column(String(8), nullable=False)
    our_stamp: Mapped[str | None] = mapped_column(Text)
    our_values: Mapped[str | None] = mapped_column(Text)
    winning_stamp: Mapped[str | None] = mapped_column(Text)
    winning_values: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), nullable=False)
    resolution: Mapped[str | None] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(80), nullable=False, default="")
    decided_at: Mapped[datetime | None] = mapped_column()
    detected_at: Mapped[datetime | None] = mapped_column()
    received_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
