"""Sync metadata (sync.md §4.3–4.7): this site's clock and sequence, the change log, what we know
of every origin, our peers, the conflict queue and the bundle log.

``SiteState`` is a single row. Every local write allocates from it in one statement
(``UPDATE … RETURNING``), which takes the row lock on PostgreSQL until commit and the write lock
on SQLite, so two concurrent writers always get contiguous, distinct sequence numbers.
Nothing but :mod:`app.db.tracking` and :mod:`app.db.audit` writes it, always through Core
statements: never keep a ``SiteState`` ORM object around in a writing session.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Index,
    String,
    Table,
    Text,
    case,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Mapped, Session, mapped_column

from app.db.base import Base, new_id, utcnow
from app.errors import SimpegError, register_messages

GENESIS_HASH = "0" * 64
OPS = ("upsert", "delete", "merge")
CONFLICT_KINDS = ("edit-edit", "delete-edit", "constraint", "ownership", "orphan")
_OFFICE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,7}$")


class TrackingError(SimpegError):
    """A write broke the change-tracking rules (no actor, hard delete, no site, ...)."""

    code = "tracking.error"


class SiteState(Base):
    """Who this database is (office code + incarnation) and its counters. Exactly one row."""

    __tablename__ = "site_state"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False, default=1)
    site_code: Mapped[str] = mapped_column(String(8), nullable=False)
    incarnation: Mapped[str] = mapped_column(String(32), nullable=False)
    previous_incarnation: Mapped[str | None] = mapped_column(String(32))
    incarnation_started_at: Mapped[datetime] = mapped_column(nullable=False)
    lamport: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    next_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=1)
    audit_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    audit_head: Mapped[str] = mapped_column(String(64), nullable=False, default=GENESIS_HASH)
    created_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class ChangeLog(Base):
    """One change of one change unit of one row; what bundles carry (sync.md §4.3–4.4).

    The change's stamp is ``[lamport, origin_site]``; ``values_json`` holds the unit's
    attribute values (dates ISO); ``base_stamp`` the unit's stamp the editor saw (JSON or NULL);
    ``office_code`` the row's owning office when the change was made (routing, authorization).
    """

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint("op IN ('upsert', 'delete', 'merge')", name="op"),
        # The changes of one record: who owned it before (routing a transfer), what changed.
        Index("ix_change_log_table_pk", "table_name", "pk"),
    )

    origin_site: Mapped[str] = mapped_column(String(8), primary_key=True)
    origin_inc: Mapped[str] = mapped_column(String(32), primary_key=True)
    origin_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    lamport: Mapped[int] = mapped_column(BigInteger, nullable=False, index=True)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    pk: Mapped[str] = mapped_column(String(36), nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    op: Mapped[str] = mapped_column(String(8), nullable=False)
    office_code: Mapped[str] = mapped_column(String(8), nullable=False)
    values_json: Mapped[str] = mapped_column(Text, nullable=False)
    base_stamp: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(String(64), nullable=False)
    created_at_utc: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)


class Knowledge(Base):
    """The highest contiguous ``origin_seq`` this site has applied, per origin incarnation."""

    __tablename__ = "sync_knowledge"

    origin_site: Mapped[str] = mapped_column(String(8), primary_key=True)
    origin_inc: Mapped[str] = mapped_column(String(32), primary_key=True)
    max_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    updated_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow, onupdate=utcnow)


class SyncPeer(Base):
    """An office we exchange bundles with, and what we last heard from and sent to it.

    ``acked_json`` is the peer's knowledge as its last bundle reported it
    (``{"<site>/<incarnation>": seq}``); ``incarnation`` the peer's incarnation in that bundle;
    the audit anchor is the head of its audit chain that came with that bundle;
    ``peer_schema_version``/``peer_reads_schema`` (``"oldest,newest"``) what its program writes
    and reads. Receipts (conflict outcomes the province reports to an office): on the province
    ``receipts_acked`` is the last receipt number the office confirmed, on an office
    ``receipts_received`` the last one it stored.
    """

    __tablename__ = "sync_peer"

    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    acked_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    last_link_seq_sent: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_sent_bundle_id: Mapped[str | None] = mapped_column(String(36))
    last_sent_at: Mapped[datetime | None] = mapped_column()
    last_link_seq_received: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    last_received_bundle_id: Mapped[str | None] = mapped_column(String(36))
    last_received_at: Mapped[datetime | None] = mapped_column()
    peer_schema_version: Mapped[str | None] = mapped_column(String(32))
    peer_reads_schema: Mapped[str | None] = mapped_column(String(80))
    incarnation: Mapped[str | None] = mapped_column(String(32))
    last_sent_sha256: Mapped[str | None] = mapped_column(String(64))
    receipts_acked: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    receipts_received: Mapped[int] = mapped_column(BigInteger, nullable=False, default=0)
    audit_anchor_seq: Mapped[int | None] = mapped_column(BigInteger)
    audit_anchor_head: Mapped[str | None] = mapped_column(String(64))


class Conflict(Base):
    """One entry of the clerk review queue (sync.md §4.7). Losing values are never thrown away.

    ``receipt_seq`` (province) numbers the conflict's last event (found, resolved) so the
    offices whose changes it concerns get a receipt once (docs/sync.md, receipts).
    """

    __tablename__ = "sync_conflict"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('edit-edit', 'delete-edit', 'constraint', 'ownership', 'orphan')",
            name="kind"),
        CheckConstraint("status IN ('open', 'resolved')", name="status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    pk: Mapped[str] = mapped_column(String(36), nullable=False)
    unit: Mapped[str] = mapped_column(String(32), nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    office_code: Mapped[str | None] = mapped_column(String(8), index=True)
    local_values: Mapped[str | None] = mapped_column(Text)
    local_stamp: Mapped[str | None] = mapped_column(Text)
    incoming_values: Mapped[str | None] = mapped_column(Text)
    incoming_stamp: Mapped[str | None] = mapped_column(Text)
    base_stamp: Mapped[str | None] = mapped_column(Text)
    incoming_change: Mapped[str | None] = mapped_column(String(80))
    winner: Mapped[str | None] = mapped_column(String(8))
    detail: Mapped[str] = mapped_column(Text, nullable=False, default="")
    status: Mapped[str] = mapped_column(String(8), nullable=False, default="open", index=True)
    resolution: Mapped[str | None] = mapped_column(String(16))
    detected_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_values: Mapped[str | None] = mapped_column(Text)
    receipt_seq: Mapped[int | None] = mapped_column(BigInteger, index=True)


class BundleLog(Base):
    """Every bundle written or read: the dedupe record and what the sync screen shows."""

    __tablename__ = "sync_bundle"
    __table_args__ = (CheckConstraint("direction IN ('in', 'out')", name="direction"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    bundle_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    direction: Mapped[str] = mapped_column(String(3), nullable=False)
    peer: Mapped[str] = mapped_column(String(8), nullable=False)
    file_name: Mapped[str] = mapped_column(String(255), nullable=False, default="")
    sha256: Mapped[str | None] = mapped_column(String(64))
    link_seq: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime | None] = mapped_column()
    logged_at: Mapped[datetime] = mapped_column(nullable=False, default=utcnow)
    applied_at: Mapped[datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    counts_json: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    kind: Mapped[str | None] = mapped_column(String(8))
    stored_path: Mapped[str | None] = mapped_column(Text)
    acked_at: Mapped[datetime | None] = mapped_column()


@dataclass(frozen=True)
class SiteInfo:
    site_code: str
    incarnation: str
    lamport: int
    next_seq: int
    audit_seq: int
    audit_head: str


@dataclass(frozen=True)
class Allocation:
    """What one write step got: the clock after it and its first sequence numbers."""

    site_code: str
    incarnation: str
    lamport: int
    first_seq: int
    first_audit_seq: int
    audit_head: str  # the chain head *before* this step's audit entries


_site = SiteState.__table__


def init_site(session: Session, office_code: str) -> SiteInfo:
    """Make this database the site ``office_code`` with a fresh incarnation."""
    if not _OFFICE_RE.match(office_code or ""):
        raise TrackingError("tracking.bad_office", office=office_code)
    existing = session.execute(select(_site.c.site_code)).scalar_one_or_none()
    if existing is not None:
        raise TrackingError("tracking.site_exists", office=existing)
    now = utcnow()
    session.execute(
        _site.insert().values(
            id=1, site_code=office_code, incarnation=uuid.uuid4().hex,
            incarnation_started_at=now, lamport=0, next_seq=1, audit_seq=0,
            audit_head=GENESIS_HASH, created_at=now,
        )
    )
    return site_info(session)


def site_info(session: Session) -> SiteInfo:
    row = session.execute(
        select(_site.c.site_code, _site.c.incarnation, _site.c.lamport, _site.c.next_seq,
               _site.c.audit_seq, _site.c.audit_head)
    ).first()
    if row is None:
        raise TrackingError("tracking.no_site")
    return SiteInfo(*row)


def new_incarnation(session: Session) -> SiteInfo:
    """Start a new incarnation (after restoring a backup or re-installing, sync.md T21).

    Sequence numbers restart at 1 under the new incarnation id, so no ``(site, seq)`` pair is
    ever reused; the Lamport clock and the audit chain carry on.
    """
    current = site_info(session)
    session.execute(
        update(_site).values(
            previous_incarnation=current.incarnation, incarnation=uuid.uuid4().hex,
            incarnation_started_at=utcnow(), next_seq=1,
        )
    )
    return site_info(session)


def allocate(
    session: Session, *, changes: int = 0, audits: int = 0, tick: int = 0, observed: int = 0
) -> Allocation:
    """Atomically reserve ``changes`` sequence numbers and ``audits`` audit seqs, move the
    Lamport clock to ``max(clock, observed) + tick``, and return what was reserved.

    One ``UPDATE … RETURNING`` statement: it locks the row (PostgreSQL) or takes the write lock
    (SQLite) until the transaction ends, so concurrent writers serialise here.
    """
    lamport = case((_site.c.lamport < observed, observed), else_=_site.c.lamport) + tick
    stmt = (
        update(_site)
        .values(lamport=lamport, next_seq=_site.c.next_seq + changes,
                audit_seq=_site.c.audit_seq + audits)
        .returning(_site.c.site_code, _site.c.incarnation, _site.c.lamport, _site.c.next_seq,
                   _site.c.audit_seq, _site.c.audit_head)
    )
    row = session.connection().execute(stmt).first()
    if row is None:
        raise TrackingError("tracking.no_site")
    site, inc, clock, next_seq, audit_seq, head = row
    return Allocation(site, inc, clock, next_seq - changes, audit_seq - audits + 1, head)


def observe(session: Session, incoming_lamport: int) -> int:
    """Lamport receive rule: ``local = max(local, incoming)``. Returns the clock after."""
    return allocate(session, observed=int(incoming_lamport)).lamport


_MISSING = object()
COPY_MIN_ROWS = 100  # PostgreSQL: from this many rows on, COPY instead of executemany
_INSERTS: dict[tuple[str, str, tuple[str, ...]], tuple[str, Any, dict[str, Any]]] = {}


def insert_rows(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """``executemany`` INSERT of dicts that all have the same keys (every column with a default
    included), straight to the driver: the statement is compiled once per dialect and key set,
    and type processors (dates on SQLite) run once per distinct value, so the per-row cost is
    the driver's own. For the change_log and audit_log rows every write produces, and the rows
    an import writes. On PostgreSQL a batch of :data:`COPY_MIN_ROWS` or more goes through
    ``COPY`` (an import of 10,000 employees: ~1,000,000 rows; one INSERT per row, even
    pipelined, is several times slower). The dicts are consumed (processed values are written
    back into them).
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    keys = tuple(rows[0])
    entry = _INSERTS.get((dialect.name, table.name, keys))
    if entry is None:
        entry = _INSERTS[(dialect.name, table.name, keys)] = _compile_insert(table, keys, dialect)
    sql, getter, procs = entry
    for key, proc in procs.items():
        memo: dict[Any, Any] = {}
        for row in rows:
            value = row[key]
            try:
                done = memo.get(value, _MISSING)
            except TypeError:  # unhashable (a JSON column): no memo
                row[key] = proc(value)
                continue
            if done is _MISSING:
                done = memo[value] = proc(value)
            row[key] = done
    if dialect.name == "postgresql" and len(rows) >= COPY_MIN_ROWS:
        _copy_rows(conn, table, keys, rows)
        return
    conn.exec_driver_sql(sql, [getter(r) for r in rows] if getter else rows)


def _copy_rows(conn: Any, table: Table, keys: tuple[str, ...], rows: list[dict[str, Any]]
               ) -> None:
    """PostgreSQL: the rows through ``COPY … FROM STDIN`` on the session's own connection
    (same transaction; triggers and deferred constraints behave as for INSERT). Text format,
    so the server parses every value as its column's type. A failure is raised as the
    SQLAlchemy exception an INSERT would have raised (``IntegrityError``…)."""
    dialect = conn.dialect
    quote = dialect.identifier_preparer.quote
    names = [table.c[k].name for k in keys]
    sql = (f"COPY {dialect.identifier_preparer.format_table(table)} "
           f"({', '.join(quote(n) for n in names)}) FROM STDIN")
    get = itemgetter(*keys) if len(keys) > 1 else (lambda r: (r[keys[0]],))
    raw = conn.connection.driver_connection
    try:
        with raw.cursor() as cursor, cursor.copy(sql) as copy:
            write = copy.write_row
            for row in rows:
                write(get(row))
    except dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(sql, None, exc, dialect.loaded_dbapi.Error,
                                  dialect=dialect) from exc


def _compile_insert(table: Table, keys: tuple[str, ...], dialect: Any) -> tuple[str, Any, dict]:
    compiled = table.insert().compile(dialect=dialect, column_keys=list(keys))
    if set(compiled.binds) != set(keys):
        raise ValueError(f"insert_rows({table.name}): give all of {sorted(compiled.binds)}")
    procs = {}
    for key in keys:
        proc = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if proc is not None:
            procs[key] = proc
    getter = None
    if compiled.positional:
        order = list(compiled.positiontup or ())
        getter = itemgetter(*order) if len(order) > 1 else (lambda r: (r[order[0]],))
    return compiled.string, getter, procs


def set_audit_head(session: Session, head: str) -> None:
    session.connection().execute(update(_site).values(audit_head=head))


register_messages(
    {
        "tracking.error": ("Pencatatan perubahan gagal.", "Change tracking failed."),
        "tracking.bad_office": (
            "Kode kantor {office!r} tidak sah (contoh: 15.02).",
            "Office code {office!r} is not valid (example: 15.02).",
        ),
        "tracking.site_exists": (
            "Basis data ini sudah disiapkan untuk kantor {office}.",
            "This database is already set up for office {office}.",
        ),
        "tracking.no_site": (
            "Basis data belum disiapkan untuk sebuah kantor (jalankan: simpeg init --office KODE).",
            "The database is not set up for an office yet (run: simpeg init --office CODE).",
        ),
    }
)
