"""The bundle container (sync.md §4.4, envelope per DESIGN.md §2): writing and reading.

A bundle file (``.hrb``) is an age file (X25519, via pyrage) whose plaintext is a ZIP:
``changes/<table>.jsonl`` (one JSON object per line), then ``manifest.json`` (canonical) and
``manifest.sig`` (Ed25519 over the manifest bytes). It is encrypted to the receiving office
*and* to the sending office, so the sender can read it back end to end before calling the
export done (and can open its own archive later).

:class:`BundleWriter` streams: rows → JSONL → deflate → age → ``NAME.part``, with memory
independent of the bundle size; :meth:`BundleWriter.finish` writes the manifest, fsyncs,
renames onto ``NAME`` and runs :func:`verify_written_bundle`. Reading is
:func:`open_bundle` (``app.sync.bundle_reader``).
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pyrage import x25519

from app import __version__
from app.db.base import new_id
from app.sync.bundle_reader import OpenedBundle, open_bundle, read_bundle
from app.sync.canonical import utc_stamp
from app.sync.caps import DEFAULT_CAPS, BundleCaps
from app.sync.cards import TrustedPeer, trusted_self
from app.sync.envelope import EncryptingPipe, HashingSink
from app.sync.errors import BundleRejected, BundleWriteFailed
from app.sync.fileio import commit_part, discard_part, open_part
from app.sync.keys import OfficeKeys
from app.sync.manifest import (
    BUNDLE_SUFFIX,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    BundleHeader,
    FileEntry,
    Manifest,
    manifest_from_dict,
    member_name,
)
from app.sync.versions import SchemaSupport

__all__ = [
    "BundleWriter", "WrittenBundle", "OpenedBundle", "open_bundle", "verify_written_bundle",
    "suggested_file_name",
]

_encode_row = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode
_BATCH = 256 * 1024


@dataclass(frozen=True)
class WrittenBundle:
    """A bundle on disk that passed its read-back check."""

    path: Path
    sha256: str
    """SHA-256 of the encrypted file: the next bundle's ``prev_bundle_sha256``."""
    size: int
    manifest: Manifest


def suggested_file_name(from_site: str, to_site: str, link_seq: int) -> str:
    """``15.02-to-15-000123.hrb`` (informational only; readers trust the content)."""
    return f"{from_site}-to-{to_site}-{link_seq:06d}{BUNDLE_SUFFIX}"


class BundleWriter:
    """Write one bundle for ``recipient``, streaming. Use as a context manager::

        with BundleWriter(path, my_keys, peer, BundleHeader(to_site=..., ...)) as writer:
            writer.add_rows("employee", rows)        # any iterable of JSON-ready dicts
        written = writer.result                       # after a clean exit

    Leaving the block by an exception (or calling :meth:`abort`) deletes the ``.part`` file.
    Each table is written once; rows must be dicts of JSON types (dates already as text).
    """

    def __init__(
        self,
        out_path: Path,
        sender: OfficeKeys,
        recipient: TrustedPeer | str,
        header: BundleHeader,
        *,
        caps: BundleCaps = DEFAULT_CAPS,
        encrypt_to_self: bool = True,
        compresslevel: int = 6,
        schema: SchemaSupport | None = None,
    ) -> None:
        self.path = Path(out_path)
        self.bundle_id = new_id()
        self.result: WrittenBundle | None = None
        self._sender, self._caps = sender, caps
        self._encrypt_to_self = encrypt_to_self
        self._header = _complete_header(header, schema)
        self._check_header(recipient)
        self._files: list[FileEntry] = []
        self._total = 0
        recipients = [_recipient(recipient)]
        if encrypt_to_self:
            recipients.append(sender.age_identity.to_public())
        try:
            self._fh = open_part(self.path)
        except OSError as exc:
            raise _write_error(self.path, exc) from exc
        try:
            self._sink = HashingSink(self._fh)
            self._pipe = EncryptingPipe(self._sink, recipients)
            self._zip = zipfile.ZipFile(self._pipe, "w", zipfile.ZIP_DEFLATED,
                                        compresslevel=compresslevel)
        except BaseException:
            discard_part(self._fh, self.path)
            raise
        self._open = True

    def _check_header(self, recipient: TrustedPeer | str) -> None:
        if isinstance(recipient, TrustedPeer) and recipient.office_code != self._header.to_site:
            raise ValueError(f"recipient {recipient.office_code} but to_site "
                             f"{self._header.to_site}")
        try:
            manifest_from_dict(self._draft(()).to_dict())
        except BundleRejected as exc:
            raise ValueError(f"invalid bundle header: {exc.text('en')}") from None

    def _draft(self, files: tuple[FileEntry, ...]) -> Manifest:
        h = self._header
        assert h.schema_version is not None and h.reads_schema is not None
        return Manifest(
            bundle_id=self.bundle_id, kind=h.kind, from_site=self._sender.office_code,
            from_incarnation=h.from_incarnation, to_site=h.to_site, link_seq=h.link_seq,
            prev_bundle_sha256=h.prev_bundle_sha256, created_at_utc=utc_stamp(),
            app_version=__version__, schema_version=h.schema_version,
            reads_schema=(h.reads_schema[0], h.reads_schema[1]),
            ranges={k: (lo, hi) for k, (lo, hi) in h.ranges.items()},
            knowledge=dict(h.knowledge), audit_anchor=h.audit_anchor, files=files,
        )

    @property
    def files(self) -> tuple[FileEntry, ...]:
        """The members written so far."""
        return tuple(self._files)

    def add_rows(self, table: str, rows: Iterable[Mapping[str, Any]]) -> int:
        """Write ``changes/<table>.jsonl`` from ``rows``; return the number of rows."""
        return self._add(table, rows, encoded=False)

    def add_lines(self, table: str, lines: Iterable[bytes]) -> int:
        """Write ``changes/<table>.jsonl`` from lines already encoded: each one JSON object in
        UTF-8 ending in ``\\n`` (the exporter copies stored JSON without re-encoding it; the
        read-back check of :meth:`finish` parses every line)."""
        return self._add(table, lines, encoded=True)

    def _add(self, table: str, rows: Iterable[Any], *, encoded: bool) -> int:
        self._require_open()
        name = member_name(table)
        if any(f.name == name for f in self._files):
            raise ValueError(f"table {table} was already written to this bundle")
        try:
            entry = self._write_member(name, table, rows, encoded)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise _write_error(self.path, exc) from exc
            raise
        self._files.append(entry)
        return entry.rows

    def _write_member(self, name: str, table: str, rows: Iterable[Any], encoded: bool):
        hasher, size, count = hashlib.sha256(), 0, 0
        batch: list[bytes] = []
        batch_bytes = 0
        with self._zip.open(name, "w") as member:
            for row in rows:
                if encoded:
                    if not isinstance(row, bytes) or not row.endswith(b"\n"):
                        raise TypeError(f"lines of {table} must be bytes ending in a newline")
                    line = row
                elif not isinstance(row, Mapping):
                    raise TypeError(f"rows of {table} must be dicts, got {type(row).__name__}")
                else:
                    line = (_encode_row(row) + "\n").encode("utf-8")
                batch.append(line)
                batch_bytes += len(line)
                count += 1
                if batch_bytes >= _BATCH:
                    size = self._flush(member, hasher, batch, size, table)
                    batch, batch_bytes = [], 0
            size = self._flush(member, hasher, batch, size, table)
        return FileEntry(name, hasher.hexdigest(), size, count)

    def _flush(self, member, hasher, batch: list[bytes], size: int, table: str) -> int:
        data = b"".join(batch)
        size += len(data)
        self._total += len(data)
        if size > self._caps.max_member_bytes:
            raise BundleWriteFailed("bundle.member_too_large", table=table, size=size,
                                    limit=self._caps.max_member_bytes)
        if self._total > self._caps.max_total_bytes:
            raise BundleWriteFailed("bundle.content_too_large", size=self._total,
                                    limit=self._caps.max_total_bytes)
        hasher.update(data)
        member.write(data)
        return size

    def finish(self, *, verify: bool = True) -> WrittenBundle:
        """Write the manifest and signature, make the file durable, rename it, read it back."""
        self._require_open()
        manifest = self._draft(tuple(self._files))
        raw = manifest.to_json_bytes()
        try:
            self._zip.writestr(MANIFEST_NAME, raw)
            self._zip.writestr(SIGNATURE_NAME, self._sender.sign(raw))
            self._zip.close()
            self._pipe.close()
            commit_part(self._fh, self.path)
        except BaseException as exc:
            self.abort()
            if isinstance(exc, OSError):
                raise _write_error(self.path, exc) from exc
            raise
        self._open = False
        written = WrittenBundle(self.path, self._sink.sha256.hexdigest(), self._sink.size,
                                manifest)
        if verify:
            self._verify(written)
        self.result = written
        return written

    def _verify(self, written: WrittenBundle) -> None:
        try:
            verify_written_bundle(written, self._sender, caps=self._caps,
                                  decrypt=self._encrypt_to_self)
        except BundleRejected as exc:
            self.path.unlink(missing_ok=True)
            raise BundleWriteFailed("bundle.verify_failed", path=str(self.path),
                                    detail=exc.text()) from exc

    def abort(self) -> None:
        """Stop and delete the ``.part`` file (never raises)."""
        if not self._open:
            return
        self._open = False
        self._pipe.abort()
        discard_part(self._fh, self.path)

    def _require_open(self) -> None:
        if not self._open:
            raise ValueError("the bundle writer is finished or aborted")

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()
        elif self._open:
            self.finish()


def _complete_header(header: BundleHeader, schema: SchemaSupport | None) -> BundleHeader:
    if header.schema_version is not None and header.reads_schema is not None:
        return header
    support = schema or SchemaSupport.from_alembic()
    return replace(header, schema_version=header.schema_version or support.current,
                   reads_schema=header.reads_schema or support.reads_schema)


def _recipient(recipient: TrustedPeer | str) -> x25519.Recipient:
    text = recipient.age_recipient if isinstance(recipient, TrustedPeer) else recipient
    try:
        return x25519.Recipient.from_str(text)
    except Exception as exc:  # noqa: BLE001 — pyrage.RecipientError
        raise ValueError(f"invalid age recipient: {exc}") from None


def _write_error(path: Path, exc: OSError) -> BundleWriteFailed:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
        return BundleWriteFailed("bundle.disk_full", path=str(path))
    return BundleWriteFailed("bundle.write_failed", path=str(path),
                             detail=exc.strerror or str(exc))


def verify_written_bundle(
    written: WrittenBundle | Path,
    sender: OfficeKeys,
    *,
    caps: BundleCaps = DEFAULT_CAPS,
    decrypt: bool = True,
) -> Manifest | None:
    """Re-read a bundle this office wrote; :class:`BundleRejected` when it is not intact.

    Given the :class:`WrittenBundle` just produced, first compares the file's SHA-256 and size
    with what was written. With ``decrypt`` (the default: bundles are encrypted to their sender
    too) it then opens the bundle like a receiver would — signature, manifest, every member
    hash, every row parsed — and returns the manifest. Given only a path (a file in the outbox,
    later), only the decrypting check runs. ``decrypt=False`` (a bundle written with
    ``encrypt_to_self=False``) checks the hash only and returns ``None``.
    """
    path = written.path if isinstance(written, WrittenBundle) else Path(written)
    if isinstance(written, WrittenBundle):
        _check_file_hash(written)
    if not decrypt:
        return None
    me = trusted_self(sender)
    with read_bundle(path, sender, {me.office_code: me}, caps, expected_to=None,
                     schema=None) as opened:
        manifest = opened.manifest
    if isinstance(written, WrittenBundle) and manifest != written.manifest:
        raise BundleRejected("bundle.manifest_invalid", detail="manifest differs")
    return manifest


def _check_file_hash(written: WrittenBundle) -> None:
    hasher, size = hashlib.sha256(), 0
    try:
        with open(written.path, "rb") as fh:
            while chunk := fh.read(1024 * 1024):
                hasher.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise BundleRejected("bundle.damaged", detail=exc.strerror or str(exc)) from None
    if size != written.size or not hmac.compare_digest(hasher.hexdigest(), written.sha256):
        raise BundleRejected("bundle.damaged", detail="file differs from what was written")
