"""Office keys (sync.md §3.2): an Ed25519 signing key and an age X25519 encryption key.

The private keys live in one key file, ``<data>/keys/<office>.key``: JSON whose ``secret`` is
encrypted with ChaCha20-Poly1305 under a key derived by Argon2id from the admin's passphrase.
The public parts (office, public keys, KDF parameters) are the AEAD's associated data, so they
cannot be altered unnoticed, and a SHA-256 ``checksum`` over the whole document tells a damaged
file apart from a wrong passphrase.

*Auto* protection (demo and tests) uses a random passphrase kept in a companion file
``<office>.key.auto`` beside the key file. It only helps when the key file travels alone (a
copy, a backup without the companion); anyone who can read the keys folder has the keys.
Offices use *passphrase* protection.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from pyrage import x25519

from app.config import app_paths
from app.sync.canonical import (
    b64decode,
    b64encode,
    canonical_json,
    is_office_code,
    strict_loads,
    utc_stamp,
)
from app.sync.errors import KeyFileError
from app.sync.fileio import atomic_write_bytes

KEY_FILE_FORMAT = "simpeg-office-keys"
KEY_FILE_VERSION = 1
AUTO_SUFFIX = ".auto"
MIN_PASSPHRASE_LENGTH = 10
MAX_KEY_FILE_BYTES = 64 * 1024
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters (memory in KiB). The default is above the OWASP minimum."""

    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 1


DEFAULT_KDF = KdfParams()
AUTO_KDF = KdfParams(memory_kib=8 * 1024, iterations=1)
"""Auto mode's secret is 256 random bits: stretching it adds nothing."""


def fingerprint_hex(office_code: str, signing_public: bytes, age_recipient: str) -> str:
    """SHA-256 (64 hex) over the canonical public parts of an office identity."""
    doc = {
        "age_recipient": age_recipient,
        "office_code": office_code,
        "signing_public_key": b64encode(signing_public),
    }
    return hashlib.sha256(b"simpeg-office-fingerprint-v1\n" + canonical_json(doc)).hexdigest()


def fingerprint_text(fingerprint: str) -> str:
    """The first 128 bits as 8 groups of 4 upper-case hex digits, to read over the phone."""
    head = fingerprint[:32].upper()
    return " ".join(head[i : i + 4] for i in range(0, 32, 4))


@dataclass(frozen=True, eq=False)
class OfficeKeys:
    """This office's private keys. Never leaves the office; never logged."""

    office_code: str
    signing_key: Ed25519PrivateKey
    age_identity: x25519.Identity
    created_at: str

    @property
    def signing_public(self) -> bytes:
        return self.signing_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    @property
    def age_recipient(self) -> str:
        return str(self.age_identity.to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint_hex(self.office_code, self.signing_public, self.age_recipient)

    def sign(self, data: bytes) -> bytes:
        return self.signing_key.sign(data)

    def verify_own(self, data: bytes, signature: bytes) -> bool:
        return verify_signature(self.signing_public, data, signature)


def verify_signature(public: bytes, data: bytes, signature: bytes) -> bool:
    """True when ``signature`` is a valid Ed25519 signature of ``data`` by ``public``."""
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def generate_office_keys(office_code: str) -> OfficeKeys:
    """Fresh signing and encryption keys for ``office_code`` (kept in memory only)."""
    if not is_office_code(office_code):
        raise KeyFileError("keys.bad_office", office=office_code)
    return OfficeKeys(
        office_code=office_code,
        signing_key=Ed25519PrivateKey.generate(),
        age_identity=x25519.Identity.generate(),
        created_at=utc_stamp(),
    )


def default_key_path(office_code: str) -> Path:
    """``<data>/keys/<office>.key``."""
    if not is_office_code(office_code):
        raise KeyFileError("keys.bad_office", office=office_code)
    return app_paths().data / "keys" / f"{office_code}.key"


def auto_secret_path(key_path: Path) -> Path:
    return key_path.with_name(key_path.name + AUTO_SUFFIX)


def _derive(passphrase: str, salt: bytes, kdf: KdfParams) -> bytes:
    return Argon2id(
        salt=salt, length=32, iterations=kdf.iterations, lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _public_doc(keys: OfficeKeys, protection: str, kdf: KdfParams, salt: bytes) -> dict:
    return {
        "format": KEY_FILE_FORMAT,
        "format_version": KEY_FILE_VERSION,
        "office_code": keys.office_code,
        "created_at": keys.created_at,
        "signing_public_key": b64encode(keys.signing_public),
        "age_recipient": keys.age_recipient,
        "protection": protection,
        "kdf": {
            "name": "argon2id", "salt": b64encode(salt), "memory_kib": kdf.memory_kib,
            "iterations": kdf.iterations, "lanes": kdf.lanes,
        },
        "cipher": "chacha20poly1305",
    }


def save_office_keys(
    keys: OfficeKeys,
    path: Path | None = None,
    passphrase: str | None = None,
    *,
    kdf: KdfParams = DEFAULT_KDF,
) -> Path:
    """Write the key file atomically (0600 on POSIX) and return its path.

    ``passphrase=None`` selects auto protection (see the module docstring) and writes the
    companion secret file first; otherwise the passphrase must have at least
    :data:`MIN_PASSPHRASE_LENGTH` characters.
    """
    path = Path(path) if path is not None else default_key_path(keys.office_code)
    if passphrase is None:
        protection, kdf = "auto", AUTO_KDF
        passphrase = secrets.token_urlsafe(32)
    else:
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise KeyFileError("keys.passphrase_too_short", min=MIN_PASSPHRASE_LENGTH)
        protection = "passphrase"
    salt, nonce = os.urandom(16), os.urandom(12)
    doc = _public_doc(keys, protection, kdf, salt)
    secret = canonical_json({
        "signing_seed": b64encode(keys.signing_key.private_bytes(
            _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())),
        "age_identity": str(keys.age_identity),
    })
    sealed = ChaCha20Poly1305(_derive(passphrase, salt, kdf)).encrypt(
        nonce, secret, canonical_json(doc))
    doc["nonce"], doc["secret"] = b64encode(nonce), b64encode(sealed)
    doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
    try:
        _secure_dir(path.parent)
        if protection == "auto":
            atomic_write_bytes(auto_secret_path(path), passphrase.encode("ascii"), private=True)
        atomic_write_bytes(path, canonical_json(doc) + b"\n", private=True)
    except OSError as exc:
        raise KeyFileError("keys.write_failed", path=str(path), detail=exc.strerror or exc) from exc
    return path


def _secure_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def load_office_keys(path: Path, passphrase: str | None = None) -> OfficeKeys:
    """Open the key file; :class:`KeyFileError` with a plain reason when that is impossible."""
    path = Path(path)
    doc = _read_key_doc(path)
    if doc["protection"] == "auto":
        passphrase = _read_auto_secret(path)
    elif passphrase is None:
        raise KeyFileError("keys.passphrase_required", path=str(path))
    kdf_doc = doc["kdf"]
    try:
        salt, nonce = b64decode(kdf_doc["salt"]), b64decode(doc["nonce"], length=12)
        kdf = _kdf_params(kdf_doc)
        sealed = b64decode(doc["secret"])
        key = _derive(passphrase, salt, kdf)
    except (KeyError, TypeError, ValueError) as exc:
        raise _damaged(path, f"kdf: {exc}") from None
    aad = canonical_json({k: v for k, v in doc.items() if k not in ("nonce", "secret", "checksum")})
    try:
        secret = ChaCha20Poly1305(key).decrypt(nonce, sealed, aad)
    except InvalidTag:
        if doc["protection"] == "auto":
            raise _damaged(path, "auto secret does not open the key") from None
        raise KeyFileError("keys.wrong_passphrase", path=str(path)) from None
    return _keys_from_secret(path, doc, secret)


def _kdf_params(doc: dict) -> KdfParams:
    """KDF parameters from the file, within sane bounds (a forged file must not make us
    allocate gigabytes or spin for minutes)."""
    values = (doc["memory_kib"], doc["iterations"], doc["lanes"])
    if doc.get("name") != "argon2id" or any(type(v) is not int for v in values):
        raise ValueError("unknown KDF")
    memory, iterations, lanes = values
    if not (8 * lanes <= memory <= 1024 * 1024 and 1 <= iterations <= 20 and 1 <= lanes <= 16):
        raise ValueError("KDF parameters out of range")
    return KdfParams(memory, iterations, lanes)


def change_passphrase(path: Path, old: str | None, new: str | None) -> Path:
    """Re-encrypt the key file under a new passphrase (``None``: auto protection)."""
    keys = load_office_keys(path, old)
    written = save_office_keys(keys, path, new)
    if new is not None:
        auto_secret_path(Path(path)).unlink(missing_ok=True)
    return written


def _damaged(path: Path, detail: str) -> KeyFileError:
    return KeyFileError("keys.file_damaged", path=str(path), detail=detail)


def _read_key_doc(path: Path) -> dict:
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_KEY_FILE_BYTES + 1)
    except FileNotFoundError:
        raise KeyFileError("keys.file_missing", path=str(path)) from None
    except OSError as exc:
        raise _damaged(path, exc.strerror or str(exc)) from None
    if len(raw) > MAX_KEY_FILE_BYTES:
        raise _damaged(path, "file too large")
    try:
        doc = strict_loads(raw)
    except ValueError as exc:
        raise _damaged(path, f"not JSON: {exc}") from None
    if not isinstance(doc, dict) or doc.get("format") != KEY_FILE_FORMAT:
        raise _damaged(path, "not an office key file")
    if doc.get("format_version") != KEY_FILE_VERSION:
        raise _damaged(path, f"unsupported version {doc.get('format_version')!r}")
    checksum = doc.pop("checksum", None)
    expected = hashlib.sha256(canonical_json(doc)).hexdigest()
    if not isinstance(checksum, str) or not hmac.compare_digest(checksum, expected):
        raise _damaged(path, "checksum mismatch")
    if doc.get("protection") not in ("auto", "passphrase") or not isinstance(doc.get("kdf"), dict):
        raise _damaged(path, "unknown protection")
    return doc


def _read_auto_secret(path: Path) -> str:
    companion = auto_secret_path(path)
    try:
        return companion.read_bytes().decode("ascii").strip()
    except FileNotFoundError:
        raise KeyFileError("keys.auto_secret_missing", path=str(companion)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _damaged(companion, str(exc)) from None


def _keys_from_secret(path: Path, doc: dict, secret: bytes) -> OfficeKeys:
    try:
        inner = strict_loads(secret)
        signing = Ed25519PrivateKey.from_private_bytes(
            b64decode(inner["signing_seed"], length=32))
        identity = x25519.Identity.from_str(inner["age_identity"])
    except Exception as exc:  # noqa: BLE001 — any failure here means a damaged secret
        raise _damaged(path, f"secret: {type(exc).__name__}") from None
    keys = OfficeKeys(doc["office_code"], signing, identity, doc["created_at"])
    if (
        not is_office_code(keys.office_code)
        or b64encode(keys.signing_public) != doc["signing_public_key"]
        or keys.age_recipient != doc["age_recipient"]
    ):
        raise _damaged(path, "public keys do not match the private keys")
    return keys
