"""This office's keys and the offices it trusts, kept in the database (docs/sync.md, Trust).

* :func:`create_office_keys` is the ``simpeg init`` step: it generates the office keys (or
  adopts the key file already in ``<data>/keys`` for this office, e.g. after a reinstall) and
  records where the key file is and which fingerprint it must have (:class:`OwnKeyRow`).
* :func:`load_own_keys` opens that file and refuses one whose keys are not the recorded ones.
* :func:`trust_card` stores a peer's identity card once its fingerprint was compared out of
  band; :func:`trusted_peers` / :func:`trust_lookup` give ``TrustedPeer`` objects to the
  bundle reader and writer.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.base import utcnow
from app.db.sync_meta import SyncPeer, site_info
from app.db.sync_peers import OwnKeyRow, TrustedPeerRow
from app.errors import SimpegError, register_messages
from app.sync.canonical import b64decode
from app.sync.cards import PeerCard, TrustedPeer
from app.sync.errors import KeyFileError
from app.sync.keys import (
    MAX_KEY_FILE_BYTES,
    OfficeKeys,
    default_key_path,
    fingerprint_hex,
    fingerprint_text,
    generate_office_keys,
    load_office_keys,
    save_office_keys,
)


@dataclass(frozen=True)
class OwnKeyInfo:
    """This office's key file and identity (what ``simpeg keys show`` prints)."""

    office_code: str
    key_path: Path
    fingerprint: str
    protection: str  # "auto" (no passphrase) or "passphrase"
    created_at: datetime

    @property
    def fingerprint_text(self) -> str:
        return fingerprint_text(self.fingerprint)

    @property
    def needs_passphrase(self) -> bool:
        return self.protection == "passphrase"


def _public_parts(path: Path) -> tuple[str, str, str]:
    """(office, fingerprint, protection) from a key file's public parts (no passphrase)."""
    try:
        with open(path, "rb") as fh:
            doc = json.loads(fh.read(MAX_KEY_FILE_BYTES + 1))
        office = doc["office_code"]
        fingerprint = fingerprint_hex(office, b64decode(doc["signing_public_key"], length=32),
                                      doc["age_recipient"])
        return office, fingerprint, str(doc["protection"])
    except FileNotFoundError:
        raise KeyFileError("keys.file_missing", path=str(path)) from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyFileError("keys.file_damaged", path=str(path), detail=type(exc).__name__) from None


def create_office_keys(session: Session, office_code: str) -> None:
    """Init step: make (or adopt) this office's keys and record them.

    A key file of this office already in the keys folder is adopted (a reinstall keeps the
    identity the other offices trust); otherwise new keys are written with automatic
    protection — an admin sets a passphrase later (``change_passphrase``).
    """
    path = default_key_path(office_code)
    if path.exists():
        office, fingerprint, _ = _public_parts(path)
        if office != office_code:
            raise KeyFileError("keys.file_damaged", path=str(path),
                               detail=f"key file of office {office}")
    else:
        keys = generate_office_keys(office_code)
        save_office_keys(keys, path)
        fingerprint = keys.fingerprint
    record_own_keys(session, office_code, path, fingerprint)


def record_own_keys(session: Session, office_code: str, path: Path, fingerprint: str) -> None:
    """Remember ``path`` as this office's key file with ``fingerprint`` (replaces the record)."""
    row = session.get(OwnKeyRow, 1)
    if row is None:
        row = OwnKeyRow(id=1)
        session.add(row)
    row.office_code, row.key_path, row.fingerprint = office_code, str(path), fingerprint
    row.created_at = utcnow()
    session.flush()
    append_audit(session, action="keys.create", table="sync_own_key",
                 detail=f"office={office_code} fingerprint={fingerprint[:32]}")


def own_key_info(session: Session) -> OwnKeyInfo:
    """Where this office's keys are; :class:`SimpegError` ``sync.no_keys`` before any exist."""
    row = session.get(OwnKeyRow, 1)
    if row is None:
        raise SimpegError("sync.no_keys")
    path = Path(row.key_path)
    office, fingerprint, protection = _public_parts(path)
    if office != row.office_code or fingerprint != row.fingerprint:
        raise SimpegError("sync.key_mismatch", path=str(path))
    return OwnKeyInfo(row.office_code, path, row.fingerprint, protection, row.created_at)


def load_own_keys(session: Session, passphrase: str | None = None) -> OfficeKeys:
    """This office's private keys, checked against the recorded fingerprint."""
    info = own_key_info(session)
    keys = load_office_keys(info.key_path, passphrase)
    if keys.fingerprint != info.fingerprint or keys.office_code != site_info(session).site_code:
        raise SimpegError("sync.key_mismatch", path=str(info.key_path))
    return keys


# --- trusted peers ---------------------------------------------------------------------------


def _peer(row: TrustedPeerRow) -> TrustedPeer:
    return TrustedPeer(row.office_code, row.name, row.signing_pub, row.age_recipient,
                       row.fingerprint, row.trusted_at)


def trusted_peers(session: Session) -> dict[str, TrustedPeer]:
    """Every trusted office by code (``TrustedPeer`` re-checks each stored fingerprint)."""
    rows = session.scalars(select(TrustedPeerRow).order_by(TrustedPeerRow.office_code))
    return {r.office_code: _peer(r) for r in rows}


def trusted_peer(session: Session, office_code: str) -> TrustedPeer | None:
    row = session.get(TrustedPeerRow, office_code)
    return _peer(row) if row is not None else None


def require_peer(session: Session, office_code: str) -> TrustedPeer:
    peer = trusted_peer(session, office_code)
    if peer is None:
        raise SimpegError("sync.peer_not_trusted", office=office_code)
    return peer


def trust_lookup(session: Session) -> Callable[[str], TrustedPeer | None]:
    """A lookup for :func:`app.sync.open_bundle` (reads the trust store once)."""
    return trusted_peers(session).get


def trust_card(session: Session, card: PeerCard, *, by: str) -> TrustedPeer:
    """Trust ``card`` (the caller confirmed its fingerprint). Replaces an earlier card of the
    same office (new keys); the office becomes a sync peer. Audited."""
    own = site_info(session).site_code
    if card.office_code == own:
        raise SimpegError("sync.trust_self", office=own)
    if not _sync_partner(own, card.office_code):
        raise SimpegError("sync.trust_not_partner", office=card.office_code, own=own)
    peer = card.to_trusted()
    row = session.get(TrustedPeerRow, card.office_code)
    replaced = row is not None and row.fingerprint != card.fingerprint
    if row is None:
        row = TrustedPeerRow(office_code=card.office_code)
        session.add(row)
    row.name, row.signing_pub, row.age_recipient = card.office_name, peer.signing_pub, \
        peer.age_recipient
    row.fingerprint, row.trusted_at, row.trusted_by = peer.fingerprint, peer.trusted_at, by
    sync_peer = session.get(SyncPeer, card.office_code)
    if sync_peer is None:
        session.add(SyncPeer(office_code=card.office_code, name=card.office_name))
    else:
        sync_peer.name = card.office_name
    session.flush()
    append_audit(session, action="keys.trust-replace" if replaced else "keys.trust",
                 table="sync_trusted_peer", pk=card.office_code,
                 detail=f"fingerprint={card.fingerprint[:32]}")
    return peer


def _sync_partner(own: str, other: str) -> bool:
    """Star topology: the province exchanges with every office, an office only with it."""
    from app.db.org import PROVINCE_CODE

    return PROVINCE_CODE in (own, other)


register_messages(
    {
        "sync.no_keys": (
            "Kunci kantor belum dibuat untuk basis data ini (jalankan: simpeg init, atau "
            "hubungi admin).",
            "No office keys exist for this database yet (run: simpeg init, or ask the admin).",
        ),
        "sync.key_mismatch": (
            "Berkas kunci {path} bukan kunci kantor yang tercatat di basis data ini. "
            "Pulihkan berkas kunci yang benar dari cadangan.",
            "The key file {path} is not the office key recorded in this database. Restore "
            "the right key file from a backup.",
        ),
        "sync.peer_not_trusted": (
            "Kantor {office} belum dipercaya: impor kartu identitasnya (simpeg keys trust) dan "
            "cocokkan sidik jarinya dahulu.",
            "Office {office} is not trusted yet: import its identity card (simpeg keys trust) "
            "and check its fingerprint first.",
        ),
        "sync.trust_self": (
            "Kartu ini milik kantor ini sendiri ({office}); tidak perlu dipercaya.",
            "This card belongs to this office itself ({office}); it need not be trusted.",
        ),
        "sync.trust_not_partner": (
            "Kantor {own} tidak bertukar bundel langsung dengan kantor {office}: semua "
            "pertukaran melalui provinsi (15).",
            "Office {own} does not exchange bundles with office {office} directly: every "
            "exchange goes through the province (15).",
        ),
    }
)
