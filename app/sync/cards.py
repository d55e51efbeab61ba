"""Identity cards, trusted peers and province endorsements (sync.md §3.2).

An *identity card* is a small JSON file an office hands to its peers: office code and name, the
Ed25519 public key, the age recipient, the creation time, the fingerprint and a self-signature
by the card's own signing key. The self-signature catches a card altered in transit (a changed
name or key no longer verifies); it cannot stop someone from making a whole new card with keys
of their own — that is what comparing the fingerprint out of band (official letter + phone call)
is for. :func:`verify_card_fingerprint` does that comparison.

An *endorsement* is the province vouching for an office's card: its signature over the card's
fingerprint. Any office that trusts the province can check it (:func:`verify_endorsement`).
"""

from __future__ import annotations

import hmac
import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pyrage import x25519

from app.db.base import utcnow
from app.sync.canonical import (
    HEX64_RE,
    b64decode,
    b64encode,
    canonical_json,
    is_office_code,
    parse_utc_stamp,
    strict_loads,
    utc_stamp,
)
from app.sync.errors import CardError
from app.sync.fileio import atomic_write_bytes
from app.sync.keys import OfficeKeys, fingerprint_hex, verify_signature

CARD_FORMAT = "simpeg-identity-card"
ENDORSEMENT_FORMAT = "simpeg-endorsement"
FORMAT_VERSION = 1
MAX_CARD_BYTES = 64 * 1024
MAX_NAME_LENGTH = 200
_SEPARATORS = re.compile(r"[\s\-:.]+")


@dataclass(frozen=True)
class TrustedPeer:
    """An office whose card this office accepted; what the trust store persists.

    ``signing_pub`` is the standard base64 of the 32-byte Ed25519 public key, ``fingerprint``
    the 64-hex SHA-256 (:func:`app.sync.keys.fingerprint_hex`); ``trusted_at`` naive UTC.
    Construction checks that the fingerprint matches the keys, so a damaged row is caught.
    """

    office_code: str
    name: str
    signing_pub: str
    age_recipient: str
    fingerprint: str
    trusted_at: datetime

    def __post_init__(self) -> None:
        if not is_office_code(self.office_code):
            raise CardError("card.invalid", detail=f"office code {self.office_code!r}")
        try:
            raw = b64decode(self.signing_pub, length=32)
        except ValueError as exc:
            raise CardError("card.invalid", detail=f"signing key: {exc}") from None
        if fingerprint_hex(self.office_code, raw, self.age_recipient) != self.fingerprint:
            raise CardError("card.invalid", detail="fingerprint does not match the keys")

    @property
    def signing_public(self) -> bytes:
        return b64decode(self.signing_pub, length=32)

    def verify(self, data: bytes, signature: bytes) -> bool:
        return verify_signature(self.signing_public, data, signature)


@dataclass(frozen=True)
class PeerCard:
    """A validated identity card read from a file."""

    office_code: str
    office_name: str
    signing_pub: str
    age_recipient: str
    created_at: str
    fingerprint: str

    def to_trusted(self, trusted_at: datetime | None = None) -> TrustedPeer:
        """The peer to store once the fingerprint was confirmed out of band."""
        return TrustedPeer(
            office_code=self.office_code, name=self.office_name, signing_pub=self.signing_pub,
            age_recipient=self.age_recipient, fingerprint=self.fingerprint,
            trusted_at=trusted_at or utcnow(),
        )


def trusted_self(keys: OfficeKeys, name: str = "") -> TrustedPeer:
    """This office as a peer (to verify bundles it wrote itself)."""
    return TrustedPeer(
        office_code=keys.office_code, name=name, signing_pub=b64encode(keys.signing_public),
        age_recipient=keys.age_recipient, fingerprint=keys.fingerprint, trusted_at=utcnow(),
    )


def _card_body(keys: OfficeKeys, office_name: str) -> dict:
    return {
        "format": CARD_FORMAT,
        "format_version": FORMAT_VERSION,
        "office_code": keys.office_code,
        "office_name": office_name,
        "signing_public_key": b64encode(keys.signing_public),
        "age_recipient": keys.age_recipient,
        "created_at": keys.created_at,
        "fingerprint": keys.fingerprint,
    }


def identity_card(keys: OfficeKeys, office_name: str) -> bytes:
    """The card as UTF-8 JSON (pretty, sorted keys), self-signed."""
    name = office_name.strip()
    if not name or len(name) > MAX_NAME_LENGTH:
        raise CardError("card.invalid", detail="office name empty or too long")
    body = _card_body(keys, name)
    body["self_signature"] = b64encode(keys.sign(canonical_json(body)))
    return (json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def write_identity_card(path: Path, keys: OfficeKeys, office_name: str) -> Path:
    """Write :func:`identity_card` to ``path`` atomically."""
    path = Path(path)
    atomic_write_bytes(path, identity_card(keys, office_name))
    return path


def _invalid(detail: str) -> CardError:
    return CardError("card.invalid", detail=detail)


def _field(doc: dict, name: str) -> str:
    value = doc.get(name)
    if not isinstance(value, str) or not value:
        raise _invalid(f"field '{name}' missing or not text")
    return value


def parse_identity_card(raw: bytes) -> PeerCard:
    """Validate card bytes: structure, keys, fingerprint, self-signature."""
    if len(raw) > MAX_CARD_BYTES:
        raise _invalid("file too large")
    try:
        doc = strict_loads(raw)
    except ValueError as exc:
        raise _invalid(f"not JSON ({exc})") from None
    if not isinstance(doc, dict) or doc.get("format") != CARD_FORMAT:
        raise _invalid("not an identity card")
    if doc.get("format_version") != FORMAT_VERSION:
        raise _invalid(f"unsupported version {doc.get('format_version')!r}")
    expected = set(_card_body_keys()) | {"self_signature"}
    if set(doc) != expected:
        raise _invalid(f"unexpected fields {sorted(set(doc) ^ expected)}")
    office, name = _field(doc, "office_code"), _field(doc, "office_name")
    if not is_office_code(office):
        raise _invalid(f"office code {office!r}")
    if len(name) > MAX_NAME_LENGTH:
        raise _invalid("office name too long")
    try:
        signing = b64decode(_field(doc, "signing_public_key"), length=32)
        signature = b64decode(_field(doc, "self_signature"), length=64)
        parse_utc_stamp(doc["created_at"])
    except ValueError as exc:
        raise _invalid(str(exc)) from None
    recipient = _field(doc, "age_recipient")
    _check_recipient(recipient)
    fingerprint = fingerprint_hex(office, signing, recipient)
    if doc["fingerprint"] != fingerprint:
        raise _invalid("the fingerprint does not match the keys on the card")
    body = {k: v for k, v in doc.items() if k != "self_signature"}
    if not verify_signature(signing, canonical_json(body), signature):
        raise CardError("card.bad_signature", office=office)
    return PeerCard(office, name, doc["signing_public_key"], recipient, doc["created_at"],
                    fingerprint)


def _card_body_keys() -> tuple[str, ...]:
    return ("format", "format_version", "office_code", "office_name", "signing_public_key",
            "age_recipient", "created_at", "fingerprint")


def _check_recipient(recipient: str) -> None:
    if not recipient.startswith("age1"):
        raise _invalid("age recipient must start with age1")
    try:
        x25519.Recipient.from_str(recipient)
    except Exception as exc:  # noqa: BLE001 — pyrage raises RecipientError or ValueError
        raise _invalid(f"age recipient: {exc}") from None


def read_identity_card(path: Path) -> PeerCard:
    """Read and validate a card file (see :func:`parse_identity_card`)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise _invalid(f"{path}: {exc.strerror or exc}") from None
    return parse_identity_card(raw)


def normalize_fingerprint(typed: str) -> str:
    """Lower-case hex with spaces, dashes, colons and dots removed."""
    return _SEPARATORS.sub("", typed or "").lower()


def verify_card_fingerprint(card: PeerCard | TrustedPeer, typed: str) -> bool:
    """True when ``typed`` is the card's fingerprint: the 32-digit short form or all 64.

    Spaces, dashes, colons and letter case are ignored; a shorter prefix is never accepted.
    """
    given = normalize_fingerprint(typed)
    if len(given) == 32:
        return hmac.compare_digest(given, card.fingerprint[:32])
    if len(given) == 64:
        return hmac.compare_digest(given, card.fingerprint)
    return False


# --- province endorsements -------------------------------------------------------------------


@dataclass(frozen=True)
class Endorsement:
    """The province's signature over an office's fingerprint."""

    endorser: str
    office_code: str
    fingerprint: str
    issued_at: str
    signature: str

    def body(self) -> dict:
        return {
            "format": ENDORSEMENT_FORMAT, "format_version": FORMAT_VERSION,
            "endorser": self.endorser, "office_code": self.office_code,
            "fingerprint": self.fingerprint, "issued_at": self.issued_at,
        }

    def to_bytes(self) -> bytes:
        return canonical_json({**self.body(), "signature": self.signature}) + b"\n"


def endorse_card(province_keys: OfficeKeys, card: PeerCard) -> Endorsement:
    """The province (``province_keys``) vouches for ``card`` after checking its fingerprint."""
    draft = Endorsement(province_keys.office_code, card.office_code, card.fingerprint,
                        utc_stamp(), "")
    signature = b64encode(province_keys.sign(canonical_json(draft.body())))
    return Endorsement(draft.endorser, draft.office_code, draft.fingerprint, draft.issued_at,
                       signature)


def read_endorsement(raw: bytes) -> Endorsement:
    """Parse endorsement bytes (structure only; :func:`verify_endorsement` checks trust)."""
    def bad(detail: str) -> CardError:
        return CardError("card.endorsement_invalid", detail=detail)

    if len(raw) > MAX_CARD_BYTES:
        raise bad("file too large")
    try:
        doc = strict_loads(raw)
    except ValueError as exc:
        raise bad(f"not JSON ({exc})") from None
    fields = ("endorser", "office_code", "fingerprint", "issued_at", "signature")
    if not isinstance(doc, dict) or doc.get("format") != ENDORSEMENT_FORMAT:
        raise bad("not an endorsement")
    if doc.get("format_version") != FORMAT_VERSION or set(doc) != {
        "format", "format_version", *fields
    }:
        raise bad("unsupported version or unexpected fields")
    if not all(isinstance(doc[f], str) for f in fields):
        raise bad("fields must be text")
    if not HEX64_RE.match(doc["fingerprint"]):
        raise bad("fingerprint must be 64 hex digits")
    return Endorsement(*(doc[f] for f in fields))


def verify_endorsement(
    endorsement: Endorsement, card: PeerCard | TrustedPeer, province: TrustedPeer
) -> None:
    """Raise :class:`CardError` unless ``province`` endorsed exactly this card."""
    if endorsement.endorser != province.office_code:
        raise CardError("card.endorsement_invalid",
                        detail=f"signed by {endorsement.endorser}, not {province.office_code}")
    if (endorsement.office_code != card.office_code
            or not hmac.compare_digest(endorsement.fingerprint, card.fingerprint)):
        raise CardError("card.endorsement_invalid", detail="it endorses a different card")
    try:
        signature = b64decode(endorsement.signature, length=64)
    except ValueError as exc:
        raise CardError("card.endorsement_invalid", detail=str(exc)) from None
    if not province.verify(canonical_json(endorsement.body()), signature):
        raise CardError("card.endorsement_bad_signature", office=card.office_code,
                        endorser=province.office_code)
