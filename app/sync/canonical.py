"""Small shared helpers: canonical JSON, strict JSON parsing, base64, office codes, UTC stamps.

Canonical JSON (sorted keys, no spaces, UTF-8, no NaN) is what gets hashed and signed, so the
same document gives the same bytes on every site and OS (sync.md §5.2c).
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

OFFICE_CODE_RE = re.compile(r"^[0-9A-Za-z][0-9A-Za-z.\-]{0,7}$")
"""The same rule as ``app.db.sync_meta`` (site codes such as ``15`` or ``15.02``)."""

HEX64_RE = re.compile(r"^[0-9a-f]{64}$")
_UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"

_canonical: Callable[[Any], str] = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
).encode


class StrictJsonError(ValueError):
    """The text is not strict JSON (syntax, duplicate key, NaN/Infinity, bad UTF-8)."""


def canonical_json(value: Any) -> bytes:
    """Canonical bytes: sorted keys, ``,``/``:`` separators, UTF-8, NaN refused."""
    return _canonical(value).encode("utf-8")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise StrictJsonError(f"duplicate key {key!r}")
        out[key] = value
    return out


def _no_constant(name: str) -> Any:
    raise StrictJsonError(f"{name} is not allowed")


def strict_loads(raw: bytes) -> Any:
    """Parse JSON refusing duplicate keys, NaN/Infinity and invalid UTF-8."""
    try:
        text = raw.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except StrictJsonError:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise StrictJsonError(str(exc)[:200]) from None


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def b64decode(text: object, *, length: int | None = None) -> bytes:
    """Strict standard base64 (padding required); ``ValueError`` when malformed."""
    if not isinstance(text, str):
        raise ValueError("not a base64 string")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError) as exc:
        raise ValueError(f"invalid base64: {exc}") from None
    if length is not None and len(data) != length:
        raise ValueError(f"expected {length} bytes, got {len(data)}")
    return data


def is_office_code(value: object) -> bool:
    return isinstance(value, str) and bool(OFFICE_CODE_RE.match(value))


def utc_stamp(moment: datetime | None = None) -> str:
    """``2025-03-01T07:12:00Z`` for now (or for ``moment``, naive = UTC)."""
    moment = moment or datetime.now(UTC)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime(_UTC_FORMAT)


def parse_utc_stamp(text: object) -> datetime:
    """The naive-UTC datetime of a :func:`utc_stamp` string; ``ValueError`` otherwise."""
    if not isinstance(text, str) or len(text) != 20:
        raise ValueError("expected a UTC time like 2025-03-01T07:12:00Z")
    return datetime.strptime(text, _UTC_FORMAT)
