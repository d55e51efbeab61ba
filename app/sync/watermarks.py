"""Knowledge (what this site has of every origin) and acknowledgements (sync.md §4.5).

An *origin key* is ``"<site>/<incarnation>"``. ``knowledge[key]`` is the highest contiguous
``origin_seq`` of that origin this site holds: for this site's current incarnation the last
sequence number it issued, for an earlier incarnation of this site the last one it still has
(a restored database), for any other origin the ``sync_knowledge`` row the importer keeps.
A peer's acknowledgement is the knowledge its last bundle reported (``sync_peer.acked_json``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.sync_meta import ChangeLog, Knowledge, SiteInfo, SiteState, SyncPeer, site_info
from app.db.sync_units import dumps_sorted


def origin_key(site: str, incarnation: str) -> str:
    return f"{site}/{incarnation}"


def split_key(key: str) -> tuple[str, str]:
    site, _, inc = key.partition("/")
    return site, inc


def _max_logged(session: Session, site: str, inc: str) -> int:
    """The highest seq of an origin in our change_log (primary-key range, O(log n))."""
    value = session.scalar(
        select(func.max(ChangeLog.origin_seq))
        .where(ChangeLog.origin_site == site, ChangeLog.origin_inc == inc))
    return int(value or 0)


def knowledge_vector(session: Session, site: SiteInfo | None = None) -> dict[str, int]:
    """This site's knowledge of every origin it has anything of (zero entries left out)."""
    site = site or site_info(session)
    vector: dict[str, int] = {}
    for row in session.execute(
        select(Knowledge.origin_site, Knowledge.origin_inc, Knowledge.max_seq)
    ):
        if row.max_seq > 0:
            vector[origin_key(row.origin_site, row.origin_inc)] = int(row.max_seq)
    own_incs = {split_key(k)[1] for k in vector if split_key(k)[0] == site.site_code}
    previous = session.scalar(select(SiteState.previous_incarnation))
    if previous:
        own_incs.add(previous)
    for inc in own_incs - {site.incarnation}:
        key = origin_key(site.site_code, inc)
        top = max(vector.get(key, 0), _max_logged(session, site.site_code, inc))
        if top:
            vector[key] = top
    if site.next_seq > 1:
        vector[origin_key(site.site_code, site.incarnation)] = site.next_seq - 1
    return vector


def knowledge_of(session: Session, key: str, site: SiteInfo) -> int:
    """Knowledge of one origin (see the module docstring)."""
    origin, inc = split_key(key)
    if origin == site.site_code and inc == site.incarnation:
        return site.next_seq - 1
    row = session.get(Knowledge, (origin, inc))
    known = int(row.max_seq) if row is not None else 0
    if origin == site.site_code:
        known = max(known, _max_logged(session, origin, inc))
    return known


def advance(session: Session, key: str, seq: int) -> None:
    """Raise our knowledge of ``key`` to at least ``seq`` (never lowers it)."""
    origin, inc = split_key(key)
    row = session.get(Knowledge, (origin, inc))
    if row is None:
        session.add(Knowledge(origin_site=origin, origin_inc=inc, max_seq=seq))
    elif seq > row.max_seq:
        row.max_seq = seq
        row.updated_at = utcnow()


def peer_acks(peer: SyncPeer | None) -> dict[str, int]:
    """The peer's knowledge as its last bundle reported it."""
    if peer is None:
        return {}
    try:
        doc = json.loads(peer.acked_json or "{}")
    except ValueError:
        return {}
    return {str(k): int(v) for k, v in doc.items() if isinstance(v, int)}


def set_peer_acks(peer: SyncPeer, knowledge: Mapping[str, int]) -> None:
    peer.acked_json = dumps_sorted(dict(knowledge))
