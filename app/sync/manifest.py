"""The bundle manifest (sync.md §4.4): what the bundle is, who sent it to whom, what it holds.

Stored canonical (sorted keys, no spaces, UTF-8) as ``manifest.json`` and signed, byte for byte,
by the sender's Ed25519 key in ``manifest.sig``. :meth:`Manifest.from_json_bytes` refuses
anything that is not exactly the canonical form of a well-typed manifest.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.sync.canonical import (
    HEX64_RE,
    StrictJsonError,
    canonical_json,
    is_office_code,
    parse_utc_stamp,
    strict_loads,
)
from app.sync.errors import BundleRejected

BUNDLE_FORMAT = "hr-bundle"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".hrb"
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
CHANGES_PREFIX = "changes/"
KINDS = ("delta", "full")
GENESIS_HASH = "0" * 64
TABLE_RE = re.compile(r"^[a-z][a-z0-9_]{0,62}$")
MEMBER_RE = re.compile(r"^changes/([a-z][a-z0-9_]{0,62})\.jsonl$")
_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TOKEN_RE = re.compile(r"^[0-9A-Za-z._\-/+]{1,80}$")
_MAX_INT = 2**63 - 1


def member_name(table: str) -> str:
    """``changes/<table>.jsonl``; ``ValueError`` for a name that is not a plain table name."""
    if not TABLE_RE.match(table):
        raise ValueError(f"not a table name: {table!r}")
    return f"{CHANGES_PREFIX}{table}.jsonl"


@dataclass(frozen=True)
class FileEntry:
    """One member: its name, SHA-256 (hex) of the uncompressed bytes, size and row count."""

    name: str
    sha256: str
    size: int
    rows: int

    @property
    def table(self) -> str:
        match = MEMBER_RE.match(self.name)
        assert match is not None
        return match.group(1)


@dataclass(frozen=True)
class AuditAnchor:
    """The sender's audit-chain position: sequence number and head hash (sync.md §3.3)."""

    seq: int = 0
    head: str = GENESIS_HASH


@dataclass(frozen=True)
class BundleHeader:
    """What the exporter decides about a bundle; the writer adds the rest of the manifest.

    ``ranges`` maps ``"<site>/<incarnation>"`` to the ``[first, last]`` origin sequence numbers
    carried; ``knowledge`` maps the same keys to the sender's highest contiguous seq (the ack).
    ``schema_version``/``reads_schema`` default to this program's (``SchemaSupport``).
    """

    to_site: str
    from_incarnation: str
    kind: str = "delta"
    link_seq: int = 0
    prev_bundle_sha256: str | None = None
    ranges: Mapping[str, tuple[int, int]] = field(default_factory=dict)
    knowledge: Mapping[str, int] = field(default_factory=dict)
    audit_anchor: AuditAnchor = field(default_factory=AuditAnchor)
    schema_version: str | None = None
    reads_schema: tuple[str, str] | None = None


@dataclass(frozen=True)
class Manifest:
    bundle_id: str
    kind: str
    from_site: str
    from_incarnation: str
    to_site: str
    link_seq: int
    prev_bundle_sha256: str | None
    created_at_utc: str
    app_version: str
    schema_version: str
    reads_schema: tuple[str, str]
    ranges: Mapping[str, tuple[int, int]]
    knowledge: Mapping[str, int]
    audit_anchor: AuditAnchor
    files: tuple[FileEntry, ...]
    format: str = BUNDLE_FORMAT
    format_version: int = FORMAT_VERSION

    @property
    def created_at(self) -> datetime:
        return parse_utc_stamp(self.created_at_utc)

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(f.table for f in self.files)

    def file_for(self, table: str) -> FileEntry | None:
        name = f"{CHANGES_PREFIX}{table}.jsonl"
        return next((f for f in self.files if f.name == name), None)

    @property
    def total_rows(self) -> int:
        return sum(f.rows for f in self.files)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": self.format, "format_version": self.format_version,
            "bundle_id": self.bundle_id, "kind": self.kind,
            "from_site": self.from_site, "from_incarnation": self.from_incarnation,
            "to_site": self.to_site, "link_seq": self.link_seq,
            "prev_bundle_sha256": self.prev_bundle_sha256,
            "created_at_utc": self.created_at_utc, "app_version": self.app_version,
            "schema_version": self.schema_version, "reads_schema": list(self.reads_schema),
            "ranges": {k: [lo, hi] for k, (lo, hi) in self.ranges.items()},
            "knowledge": dict(self.knowledge),
            "audit_anchor": {"seq": self.audit_anchor.seq, "head": self.audit_anchor.head},
            "files": [
                {"name": f.name, "sha256": f.sha256, "size": f.size, "rows": f.rows}
                for f in self.files
            ],
        }

    def to_json_bytes(self) -> bytes:
        """The canonical bytes that are stored and signed."""
        return canonical_json(self.to_dict())

    @classmethod
    def from_json_bytes(cls, raw: bytes) -> Manifest:
        """Parse and validate; :class:`BundleRejected` (``bundle.manifest_invalid``) otherwise."""
        doc = peek_manifest(raw)
        if doc.get("format") != BUNDLE_FORMAT or doc.get("format_version") != FORMAT_VERSION:
            raise BundleRejected("bundle.format_unsupported", format=str(doc.get("format"))[:40],
                                 version=str(doc.get("format_version"))[:20])
        manifest = manifest_from_dict(doc)
        if manifest.to_json_bytes() != raw:
            raise _invalid("not in canonical form")
        return manifest


def _invalid(detail: str) -> BundleRejected:
    return BundleRejected("bundle.manifest_invalid", detail=detail)


def peek_manifest(raw: bytes) -> dict[str, Any]:
    """Strictly parse manifest bytes into a dict (no field checks): to find the sender."""
    try:
        doc = strict_loads(raw)
    except StrictJsonError as exc:
        raise _invalid(f"not JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise _invalid("not a JSON object")
    return doc


_FIELDS = frozenset({
    "format", "format_version", "bundle_id", "kind", "from_site", "from_incarnation", "to_site",
    "link_seq", "prev_bundle_sha256", "created_at_utc", "app_version", "schema_version",
    "reads_schema", "ranges", "knowledge", "audit_anchor", "files",
})


def _int(value: Any, what: str) -> int:
    if type(value) is not int or not 0 <= value <= _MAX_INT:
        raise _invalid(f"{what} must be a non-negative integer")
    return value


def _text(value: Any, what: str, pattern: re.Pattern[str] = _TOKEN_RE) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise _invalid(f"{what} is missing or malformed")
    return value


def manifest_from_dict(doc: dict[str, Any]) -> Manifest:
    """Validate every field of a parsed manifest (not the canonical form) and build it."""
    if set(doc) != _FIELDS:
        raise _invalid(f"unexpected or missing fields {sorted(set(doc) ^ _FIELDS)}")
    for site in ("from_site", "to_site"):
        if not is_office_code(doc[site]):
            raise _invalid(f"{site} is not an office code")
    if doc["kind"] not in KINDS:
        raise _invalid("kind must be delta or full")
    prev = doc["prev_bundle_sha256"]
    if prev is not None:
        _text(prev, "prev_bundle_sha256", HEX64_RE)
    try:
        parse_utc_stamp(doc["created_at_utc"])
    except ValueError:
        raise _invalid("created_at_utc is not a UTC time") from None
    reads = doc["reads_schema"]
    if not isinstance(reads, list) or len(reads) != 2:
        raise _invalid("reads_schema must be [oldest, newest]")
    return Manifest(
        bundle_id=_text(doc["bundle_id"], "bundle_id", _UUID_RE),
        kind=doc["kind"], from_site=doc["from_site"],
        from_incarnation=_text(doc["from_incarnation"], "from_incarnation"),
        to_site=doc["to_site"], link_seq=_int(doc["link_seq"], "link_seq"),
        prev_bundle_sha256=prev, created_at_utc=doc["created_at_utc"],
        app_version=_text(doc["app_version"], "app_version"),
        schema_version=_text(doc["schema_version"], "schema_version"),
        reads_schema=(_text(reads[0], "reads_schema"), _text(reads[1], "reads_schema")),
        ranges=_ranges(doc["ranges"]), knowledge=_knowledge(doc["knowledge"]),
        audit_anchor=_anchor(doc["audit_anchor"]), files=_files(doc["files"]),
    )


def _ranges(value: Any) -> dict[str, tuple[int, int]]:
    if not isinstance(value, dict):
        raise _invalid("ranges must be an object")
    out: dict[str, tuple[int, int]] = {}
    for key, pair in value.items():
        _text(key, "ranges key")
        if not isinstance(pair, list) or len(pair) != 2:
            raise _invalid(f"range {key} must be [first, last]")
        lo, hi = _int(pair[0], f"range {key}"), _int(pair[1], f"range {key}")
        if lo > hi:
            raise _invalid(f"range {key} is reversed")
        out[key] = (lo, hi)
    return out


def _knowledge(value: Any) -> dict[str, int]:
    if not isinstance(value, dict):
        raise _invalid("knowledge must be an object")
    return {_text(k, "knowledge key"): _int(v, f"knowledge {k}") for k, v in value.items()}


def _anchor(value: Any) -> AuditAnchor:
    if not isinstance(value, dict) or set(value) != {"seq", "head"}:
        raise _invalid("audit_anchor must be {seq, head}")
    return AuditAnchor(_int(value["seq"], "audit_anchor.seq"),
                       _text(value["head"], "audit_anchor.head", HEX64_RE))


def _files(value: Any) -> tuple[FileEntry, ...]:
    if not isinstance(value, list):
        raise _invalid("files must be a list")
    entries: list[FileEntry] = []
    seen: set[str] = set()
    for item in value:
        if not isinstance(item, dict) or set(item) != {"name", "sha256", "size", "rows"}:
            raise _invalid("each file needs name, sha256, size, rows")
        name = item["name"]
        if not isinstance(name, str) or not MEMBER_RE.match(name) or name in seen:
            raise _invalid(f"file name {str(name)[:80]!r} not allowed or repeated")
        seen.add(name)
        entries.append(FileEntry(name, _text(item["sha256"], "sha256", HEX64_RE),
                                 _int(item["size"], "size"), _int(item["rows"], "rows")))
    return tuple(entries)
