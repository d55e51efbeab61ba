"""The province's consolidation view: how current each office's data is here.

The province (office ``15``) receives a bundle from each of the eleven regency/city offices.
:func:`province_status` tells, per office, the last bundle applied here (when the office made
it and when it arrived), the lag in days (today minus the day the office made that bundle),
the lag in changes both ways, the bundles waiting here for an earlier one, the open conflicts
on its records and how many of its employees the province holds. Read-only; no ORM objects
leave this module.

Lag in changes:

* ``changes_pending`` — changes of the office that its last bundle announced (its own
  knowledge of itself) but the province does not hold yet (a bundle parked, or lost);
* ``changes_unacked`` — changes held here (of any office) that the office has not confirmed
  receiving: what the next bundle from the province must carry to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.org import Office
from app.db.personnel import Employee
from app.db.sync_meta import BundleLog, Conflict, SiteInfo, SyncPeer, site_info
from app.services.roles import CurrentUser, Permission, can, require
from app.sync.watermarks import knowledge_of, knowledge_vector, peer_acks, split_key

__all__ = ["LAG_WARNING_DAYS", "OfficeSyncStatus", "ProvinceStatus", "province_status"]

LAG_WARNING_DAYS = 30
"""An office whose last bundle here was made longer ago than this is late (shown in warning
colour at the province): offices send a bundle at least once a month."""

_READERS = (Permission.SYNC_IMPORT, Permission.SYNC_EXPORT, Permission.CONFLICT_RESOLVE,
            Permission.AUDIT_READ, Permission.REPORT_PRINT)


@dataclass(frozen=True)
class OfficeSyncStatus:
    office_code: str
    name: str
    employees: int  # active (not deleted) employees of this office held here
    bundles_received: int  # bundles of this office applied here
    last_bundle_id: str | None
    last_bundle_file: str | None
    last_bundle_created_at: datetime | None  # when the office made it
    last_bundle_applied_at: datetime | None  # when it was applied here
    lag_days: int | None  # today − the day the office made its last bundle; None: never
    changes_pending: int
    changes_unacked: int
    parked_bundles: int
    open_conflicts: int
    last_bundle_seq: int | None = None  # the office's number of that bundle (1, 2, …)

    @property
    def never_synced(self) -> bool:
        return self.last_bundle_id is None

    @property
    def late(self) -> bool:
        """Its last bundle is older than :data:`LAG_WARNING_DAYS` (or none ever came)."""
        return self.lag_days is None or self.lag_days > LAG_WARNING_DAYS


@dataclass(frozen=True)
class ProvinceStatus:
    office_code: str  # the database's own office
    offices: tuple[OfficeSyncStatus, ...]  # every other office, by code
    employees_total: int  # every office's active employees held here, own office included
    own_employees: int

    def office(self, code: str) -> OfficeSyncStatus:
        return next(o for o in self.offices if o.office_code == code)

    @property
    def never_synced(self) -> tuple[str, ...]:
        return tuple(o.office_code for o in self.offices if o.never_synced)


def province_status(session: Session, actor: CurrentUser, *,
                    today: date | None = None) -> ProvinceStatus:
    """Consolidation status of every office (see the module docstring)."""
    if not any(can(actor, p) for p in _READERS):
        require(actor, _READERS[0])
    site = site_info(session)
    today = today or utcnow().date()
    employees = {str(code): int(n) for code, n in session.execute(
        select(Employee.office_code, func.count()).where(Employee.deleted.is_(False))
        .group_by(Employee.office_code))}
    offices = session.execute(select(Office.code, Office.name).where(
        Office.code != site.site_code, Office.deleted.is_(False)).order_by(Office.code)).all()
    peers = {p.office_code: p for p in session.scalars(select(SyncPeer))}
    mine = knowledge_vector(session, site)
    out = [_office(session, site, code, name, int(employees.get(code, 0)), peers.get(code),
                   mine, today) for code, name in offices]
    return ProvinceStatus(site.site_code, tuple(out), int(sum(employees.values())),
                          int(employees.get(site.site_code, 0)))


def _office(session: Session, site: SiteInfo, code: str, name: str, employees: int,
            peer: SyncPeer | None, mine: dict[str, int], today: date) -> OfficeSyncStatus:
    applied = (BundleLog.direction == "in", BundleLog.peer == code, BundleLog.status == "applied")
    last = session.execute(
        select(BundleLog.bundle_id, BundleLog.file_name, BundleLog.created_at,
               BundleLog.applied_at, BundleLog.link_seq).where(*applied)
        .order_by(BundleLog.applied_at.desc(), BundleLog.id.desc()).limit(1)).first()
    received = session.scalar(select(func.count()).select_from(BundleLog).where(*applied))
    parked = session.scalar(select(func.count()).select_from(BundleLog).where(
        BundleLog.direction == "in", BundleLog.peer == code, BundleLog.status == "parked"))
    conflicts = session.scalar(select(func.count()).select_from(Conflict).where(
        Conflict.office_code == code, Conflict.status == "open"))
    acks = peer_acks(peer)
    pending = sum(max(0, seq - knowledge_of(session, key, site))
                  for key, seq in acks.items() if split_key(key)[0] == code)
    unacked = sum(max(0, top - acks.get(key, 0)) for key, top in mine.items()
                  if split_key(key)[0] != code)
    made = last.created_at if last is not None else None
    return OfficeSyncStatus(
        code, name, employees, int(received or 0),
        last.bundle_id if last else None, last.file_name if last else None, made,
        last.applied_at if last else None,
        max(0, (today - made.date()).days) if made is not None else None,
        pending, unacked, int(parked or 0), int(conflicts or 0),
        last.link_seq if last is not None else None)
