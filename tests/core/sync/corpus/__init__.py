"""Test corpus for bundles (sync.md §5.3): offices with keys, valid bundles, and hostile ones.

Hostile ZIPs are built by hand, then signed and/or age-encrypted to the receiving office with
the same primitives the real writer uses, so every layer behind the envelope gets exercised.
"""

from __future__ import annotations

import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyrage

from app.sync import (
    BundleHeader,
    BundleRejected,
    BundleWriter,
    OfficeKeys,
    SchemaSupport,
    TrustedPeer,
    WrittenBundle,
    generate_office_keys,
    open_bundle,
    trusted_self,
)
from app.sync.canonical import utc_stamp
from app.sync.manifest import AuditAnchor, FileEntry, Manifest

SCHEMA = SchemaSupport(("0001", "0002"), "0001")
"""A two-revision chain for tests: bundles are written at ``0002``."""

INCARNATION = "7f3e" * 8


@dataclass
class Offices:
    """The province (``15``), Merangin (``15.02``) and an outsider (``15.09``)."""

    prov: OfficeKeys = field(default_factory=lambda: generate_office_keys("15"))
    kab: OfficeKeys = field(default_factory=lambda: generate_office_keys("15.02"))
    other: OfficeKeys = field(default_factory=lambda: generate_office_keys("15.09"))

    def peer(self, keys: OfficeKeys) -> TrustedPeer:
        return trusted_self(keys, f"Kantor {keys.office_code}")

    @property
    def prov_trusts(self) -> dict[str, TrustedPeer]:
        """What the province trusts: Merangin and the outsider."""
        return {k.office_code: self.peer(k) for k in (self.kab, self.other)}


def sample_rows(count: int, start: int = 0) -> list[dict]:
    return [
        {
            "id": f"KAB/7f3e/{i}", "lamport": i + 1, "table": "employee",
            "pk": str(uuid.UUID(int=i + 1)), "unit": "contact", "op": "upsert",
            "values": {"alamat": f"Jl. Sultan Thaha No. {i}, Bangko", "hp": None, "nik": i},
        }
        for i in range(start, start + count)
    ]


def header(**overrides) -> BundleHeader:
    fields = dict(
        to_site="15", from_incarnation=INCARNATION, kind="delta", link_seq=7,
        prev_bundle_sha256="ab" * 32, ranges={"15.02/" + INCARNATION: (40118, 40290)},
        knowledge={"15.02/" + INCARNATION: 40290, "15/a12c": 9120},
        audit_anchor=AuditAnchor(55120, "cd" * 32), schema_version="0002",
        reads_schema=("0001", "0002"),
    )
    fields.update(overrides)
    return BundleHeader(**fields)


def write_bundle(
    path: Path,
    sender: OfficeKeys,
    recipient: TrustedPeer | str,
    tables: dict[str, Iterable[dict]] | None = None,
    **header_overrides,
) -> WrittenBundle:
    tables = {"employee": sample_rows(30), "training_participant": sample_rows(5)} \
        if tables is None else tables
    with BundleWriter(path, sender, recipient, header(**header_overrides)) as writer:
        for table, rows in tables.items():
            writer.add_rows(table, rows)
    assert writer.result is not None
    return writer.result


def open_at_prov(offices: Offices, path: Path, **kwargs):
    kwargs.setdefault("schema", SCHEMA)
    return open_bundle(path, offices.prov, offices.prov_trusts, **kwargs)


def outcome(opener: Callable[[], object]) -> str:
    """``"ok"`` or the rejection code; any other exception propagates (and fails the test)."""
    try:
        opened = opener()
    except BundleRejected as exc:
        return exc.code
    opened.close()  # type: ignore[attr-defined]
    return "ok"


# --- raw ZIPs --------------------------------------------------------------------------------


def zip_bytes(members: Sequence[tuple[str | zipfile.ZipInfo, bytes]],
              compression: int = zipfile.ZIP_DEFLATED, **zip_kwargs) -> bytes:
    """A ZIP with exactly these members (duplicates allowed), in order."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression, **zip_kwargs) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buffer.getvalue()


def encrypt_to(plaintext: bytes, keys: OfficeKeys) -> bytes:
    return pyrage.encrypt(plaintext, [keys.age_identity.to_public()])


def decrypt_with(path: Path, keys: OfficeKeys) -> bytes:
    return pyrage.decrypt(path.read_bytes(), [keys.age_identity])


def jsonl(rows: Iterable[dict]) -> bytes:
    return b"".join(json.dumps(r, separators=(",", ":")).encode() + b"\n" for r in rows)


def entry_for(name: str, data: bytes) -> FileEntry:
    return FileEntry(name, hashlib.sha256(data).hexdigest(), len(data), data.count(b"\n"))


def manifest_for(sender: OfficeKeys, entries: Sequence[FileEntry], **overrides) -> Manifest:
    fields = dict(
        bundle_id=str(uuid.uuid4()), kind="delta", from_site=sender.office_code,
        from_incarnation=INCARNATION, to_site="15", link_seq=1, prev_bundle_sha256=None,
        created_at_utc=utc_stamp(), app_version="0.1.0", schema_version="0002",
        reads_schema=("0001", "0002"), ranges={}, knowledge={}, audit_anchor=AuditAnchor(),
        files=tuple(entries),
    )
    fields.update(overrides)
    return Manifest(**fields)


def signed_members(
    sender: OfficeKeys,
    members: Sequence[tuple[str, bytes]],
    *,
    listed: Sequence[FileEntry] | None = None,
    manifest_raw: bytes | None = None,
    signer: OfficeKeys | None = None,
    **manifest_overrides,
) -> list[tuple[str, bytes]]:
    """``members`` plus a manifest listing them (or ``listed``) and its signature."""
    entries = list(listed) if listed is not None else [entry_for(n, d) for n, d in members]
    raw = manifest_raw or manifest_for(sender, entries, **manifest_overrides).to_json_bytes()
    return [*members, ("manifest.json", raw), ("manifest.sig", (signer or sender).sign(raw))]


def hostile_bundle(path: Path, offices: Offices, members: Sequence[tuple[str, bytes]],
                   **zip_kwargs) -> Path:
    """Write ``members`` as a ZIP encrypted to the province."""
    path.write_bytes(encrypt_to(zip_bytes(members, **zip_kwargs), offices.prov))
    return path
