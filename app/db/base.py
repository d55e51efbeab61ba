"""Declarative base, key generation and the mixins every synced table shares.

Every synced row has a UUID key (UUIDv7: time-ordered, good B-tree locality — sync.md §4.2);
NIP and NIK are unique attributes, never keys.
"""

from __future__ import annotations

import os
import time
import uuid
from datetime import UTC, datetime

from sqlalchemy import MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_id() -> str:
    """A UUIDv7 (RFC 9562) as 36-character text: 48-bit Unix ms, version, random bits."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= (rand >> 68) << 64 & (0xFFF << 64)
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def utcnow() -> datetime:
    """Now in UTC, naive (stored as UTC everywhere; display converts)."""
    return datetime.now(UTC).replace(tzinfo=None)


class UuidKey:
    """A text UUIDv7 primary key."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)


class Synced(UuidKey):
    """Columns every table that travels in bundles carries (sync.md §4.3).

    ``office_code`` is the office that owns the row (``"15"`` province, ``"15.02"`` Merangin…):
    only that office may change it through a bundle. ``stamps`` is JSON
    ``{unit: [lamport, site]}``, the last change of each change unit. ``deleted`` makes the row
    a tombstone (with its reason); ``merged_into`` points a merged duplicate at the survivor.
    ``updated_at`` is for display only, never for decisions.
    """

    office_code: Mapped[str] = mapped_column(String(8), nullable=False, index=True)
    stamps: Mapped[str] = mapped_column(Text, default="{}", nullable=False)
    deleted: Mapped[bool] = mapped_column(default=False, nullable=False)
    deleted_reason: Mapped[str | None] = mapped_column(Text)
    merged_into: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow, nullable=False)
