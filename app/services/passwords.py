"""Password hashing (Argon2id, PHC strings) and the password policy (sync.md §3.3).

Hashes are PHC strings ``$argon2id$v=19$m=<KiB>,t=<iterations>,p=<lanes>$<salt>$<hash>``
(unpadded base64). Verification re-derives with the stored parameters and compares in
constant time; a hash made with other parameters than :data:`HASH_PARAMS` is rehashed at the
next successful login. Tests switch to cheap parameters with :func:`set_hash_params`.
"""

from __future__ import annotations

import base64
import hmac
import os
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from app.errors import FieldError, register_messages

MIN_LENGTH = 8
MAX_LENGTH = 256
SALT_BYTES = 16
HASH_BYTES = 32
_MAX_MEMORY_KIB = 1 << 20  # refuse absurd stored parameters (a tampered row must not hang us)
_MAX_ITERATIONS = 64
_MAX_LANES = 64

COMMON_PASSWORDS = frozenset({
    "password", "password1", "password123", "12345678", "123456789", "1234567890", "11111111",
    "00000000", "87654321", "qwerty123", "qwertyuiop", "abcd1234", "abc12345", "iloveyou",
    "admin123", "administrator", "sandi123", "katasandi", "rahasia", "rahasia123", "bismillah",
    "indonesia", "indonesia1", "jambi123", "simpeg123", "simpegluring", "pegawai123", "bkpsdm123",
    "welcome1", "letmein1", "sayang123", "merdeka45",
})


@dataclass(frozen=True)
class HashParams:
    memory_kib: int = 64 * 1024
    iterations: int = 3
    lanes: int = 4


HASH_PARAMS = HashParams()
"""Production parameters: 64 MiB, 3 passes, 4 lanes (~0.1–0.4 s on an office PC)."""


def set_hash_params(params: HashParams) -> HashParams:
    """Use other Argon2id parameters from now on (tests); returns the previous ones."""
    global HASH_PARAMS
    previous, HASH_PARAMS = HASH_PARAMS, params
    return previous


def hash_password(password: str) -> str:
    p = HASH_PARAMS
    kdf = Argon2id(
        salt=os.urandom(SALT_BYTES),
        length=HASH_BYTES,
        iterations=p.iterations,
        lanes=p.lanes,
        memory_cost=p.memory_kib,
    )
    return kdf.derive_phc_encoded(password.encode("utf-8"))


_PHC = re.compile(
    r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$"
)


@dataclass(frozen=True)
class _Parsed:
    params: HashParams
    salt: bytes
    digest: bytes


def _b64(text: str) -> bytes:
    return base64.b64decode(text + "=" * (-len(text) % 4))


def _parse(phc: str) -> _Parsed | None:
    m = _PHC.match(phc or "")
    if not m:
        return None
    mem, t, p = (int(g) for g in m.group(1, 2, 3))
    if not (8 * p <= mem <= _MAX_MEMORY_KIB and 1 <= t <= _MAX_ITERATIONS and 1 <= p <= _MAX_LANES):
        return None
    try:
        salt, digest = _b64(m.group(4)), _b64(m.group(5))
    except ValueError:
        return None
    if len(salt) < 8 or len(digest) < 16:
        return None
    return _Parsed(HashParams(mem, t, p), salt, digest)


def verify_password(password: str, phc: str) -> bool:
    """True when ``password`` matches ``phc``; False for a wrong password or a damaged hash."""
    parsed = _parse(phc)
    if parsed is None:
        return False
    kdf = Argon2id(
        salt=parsed.salt,
        length=len(parsed.digest),
        iterations=parsed.params.iterations,
        lanes=parsed.params.lanes,
        memory_cost=parsed.params.memory_kib,
    )
    candidate = kdf.derive(password.encode("utf-8"))
    return hmac.compare_digest(candidate, parsed.digest)


def needs_rehash(phc: str) -> bool:
    parsed = _parse(phc)
    return parsed is None or parsed.params != HASH_PARAMS


def password_problems(
    password: str, *, username: str = "", field: str = "password"
) -> list[FieldError]:
    """Every policy rule ``password`` breaks: length first, then guessability."""
    if len(password) < MIN_LENGTH:
        return [FieldError(field, "password.too_short", {"min": MIN_LENGTH})]
    if len(password) > MAX_LENGTH:
        return [FieldError(field, "password.too_long", {"max": MAX_LENGTH})]
    lowered = password.casefold()
    if username and lowered == username.casefold():
        return [FieldError(field, "password.same_as_username")]
    if lowered in COMMON_PASSWORDS or len(set(password)) == 1:
        return [FieldError(field, "password.common")]
    return []


register_messages(
    {
        "password.too_short": (
            "Kata sandi minimal {min} karakter.",
            "The password needs at least {min} characters.",
        ),
        "password.too_long": (
            "Kata sandi maksimal {max} karakter.",
            "The password may have at most {max} characters.",
        ),
        "password.same_as_username": (
            "Kata sandi tidak boleh sama dengan nama pengguna.",
            "The password must not equal the user name.",
        ),
        "password.common": (
            "Kata sandi terlalu mudah ditebak; pilih kalimat yang lebih panjang.",
            "The password is too easy to guess; choose a longer phrase.",
        ),
        "password.wrong": ("Kata sandi lama salah.", "The old password is wrong."),
        "password.unchanged": (
            "Kata sandi baru harus berbeda dari yang lama.",
            "The new password must differ from the old one.",
        ),
    }
)
