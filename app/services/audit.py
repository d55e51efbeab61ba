"""Reading the audit log and checking its hash chain (sync.md §3.3).

The log itself is written by :mod:`app.db.tracking` and :func:`app.db.audit.append_audit`;
here it is only listed (newest first, filtered, a page at a time) and verified. Both need
``Permission.AUDIT_READ``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.db.audit import AuditEntry, verify_audit_chain
from app.errors import message
from app.services.auth import CurrentUser, Permission, require

MAX_PAGE = 1000


@dataclass(frozen=True)
class AuditFilters:
    """All optional. Dates are the clerk's local calendar days, both inclusive."""

    date_from: date | None = None
    date_to: date | None = None
    username: str | None = None
    action: str | None = None  # exact action, or a family ending in "." ("login.")


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # UTC, naive (as stored)
    username: str
    office_code: str | None
    action: str
    table_name: str | None
    record_pk: str | None
    fields: tuple[str, ...]
    detail: str


@dataclass(frozen=True)
class ChainCheck:
    """The result of :func:`verify_chain`; ``text()`` is the sentence to show."""

    ok: bool
    count: int
    first_broken_seq: int | None
    reason: str  # message code; "" when the chain is intact

    def text(self, lang: str | None = None) -> str:
        return message(self.reason or "audit.ok", lang, seq=self.first_broken_seq,
                       count=self.count)


def _utc_bound(day: date) -> datetime:
    """Local midnight at the start of ``day`` as naive UTC (how ``at`` is stored)."""
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def _filtered(stmt: Select, filters: AuditFilters) -> Select:
    if filters.date_from is not None:
        stmt = stmt.where(AuditEntry.at >= _utc_bound(filters.date_from))
    if filters.date_to is not None:
        stmt = stmt.where(AuditEntry.at < _utc_bound(filters.date_to + timedelta(days=1)))
    if filters.username:
        stmt = stmt.where(AuditEntry.username == filters.username.strip().lower())
    if filters.action:
        if filters.action.endswith("."):
            stmt = stmt.where(AuditEntry.action.startswith(filters.action, autoescape=True))
        else:
            stmt = stmt.where(AuditEntry.action == filters.action)
    return stmt


def _row(e: AuditEntry) -> AuditRow:
    try:
        fields = tuple(str(f) for f in json.loads(e.fields or "[]"))
    except ValueError:
        fields = ()
    return AuditRow(e.seq, e.at, e.username, e.office_code, e.action, e.table_name,
                    e.record_pk, fields, e.detail)


def list_audit(session: Session, actor: CurrentUser, filters: AuditFilters | None = None,
               offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """One page of entries matching ``filters``, newest first."""
    require(actor, Permission.AUDIT_READ)
    limit = max(0, min(limit, MAX_PAGE))
    stmt = _filtered(select(AuditEntry), filters or AuditFilters())
    stmt = stmt.order_by(AuditEntry.seq.desc()).offset(max(0, offset)).limit(limit)
    return [_row(e) for e in session.scalars(stmt)]


def list_audit_actions(session: Session, actor: CurrentUser) -> list[str]:
    """The actions that occur in the log (for the filter's choices), sorted."""
    require(actor, Permission.AUDIT_READ)
    return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))


def list_audit_usernames(session: Session, actor: CurrentUser) -> list[str]:
    """The user names that occur in the log (for the filter's choices), sorted."""
    require(actor, Permission.AUDIT_READ)
    stmt = select(AuditEntry.username).distinct().order_by(AuditEntry.username)
    return list(session.scalars(stmt))


def verify_chain(session: Session, actor: CurrentUser) -> ChainCheck:
    """Recompute the whole hash chain and compare it with the recorded head."""
    require(actor, Permission.AUDIT_READ)
    check = verify_audit_chain(session)
    return ChainCheck(check.ok, check.count, check.first_broken_seq, check.reason)
