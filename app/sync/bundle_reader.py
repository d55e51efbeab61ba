"""Opening a bundle: every check, in order, before any caller writes anything (sync.md §4.8).

1. not a ``.part`` file; file size ≤ cap;
2. age header: magic, length and stanza caps (no crypto yet);
3. decrypt (streaming) into a private temp file in the staging folder: wrong recipient, header
   MAC, chunk tags and truncation are all caught here;
4. ZIP: end record and central directory caps, then per-entry names, duplicates, sizes, ratio;
5. manifest: read ``from_site``, look the sender up among trusted peers, verify the Ed25519
   signature over the exact bytes, then validate every field and the canonical form;
6. addressed to us; schema version readable; optionally not already imported;
7. every member streamed once: SHA-256, size and row count against the manifest, and (by
   default) every line parsed as a JSON object.

Only then is an :class:`OpenedBundle` returned. Every rejection is a :class:`BundleRejected`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import tempfile
import weakref
import zipfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from app.config import app_paths
from app.jobs import Progress
from app.sync.canonical import is_office_code
from app.sync.caps import DEFAULT_CAPS, BundleCaps
from app.sync.cards import TrustedPeer
from app.sync.envelope import check_header, decrypt_to_file
from app.sync.errors import BundleRejected, BundleStagingFailed
from app.sync.fileio import PART_SUFFIX
from app.sync.keys import OfficeKeys
from app.sync.manifest import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    FileEntry,
    Manifest,
    peek_manifest,
)
from app.sync.versions import SchemaSupport
from app.sync.zipcheck import ZIP_ERRORS, LineScanner, check_end_record, check_members

TrustLookup = Callable[[str], TrustedPeer | None] | Mapping[str, TrustedPeer]


def staging_dir() -> Path:
    """``<data>/staging``: private (0700) folder for decrypted temp files."""
    folder = app_paths().data / "staging"
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)
    return folder


class OpenedBundle:
    """A bundle that passed every check. Use as a context manager; it deletes its temp file.

    ``manifest`` and ``sender`` are verified; ``source_sha256``/``source_size`` describe the
    encrypted file (what the bundle log records and ``prev_bundle_sha256`` refers to).
    """

    def __init__(self, zf: zipfile.ZipFile, temp: Path, manifest: Manifest, sender: TrustedPeer,
                 source: Path, source_sha256: str, source_size: int, caps: BundleCaps) -> None:
        self.manifest = manifest
        self.sender = sender
        self.source_path = source
        self.source_sha256 = source_sha256
        self.source_size = source_size
        self._zf = zf
        self._caps = caps
        self._finalizer = weakref.finalize(self, _discard, zf, temp)

    @property
    def tables(self) -> tuple[str, ...]:
        """Tables in the bundle, in the order the sender wrote them."""
        return self.manifest.tables

    def iter_rows(self, table: str) -> Iterator[dict[str, Any]]:
        """Stream the rows of ``table`` (none if the bundle has no such member).

        The member is re-hashed while it streams; if the temp file changed since the checks,
        :class:`BundleRejected` is raised after the last row (keep the import transaction open
        until the iterator is exhausted).
        """
        entry = self.manifest.file_for(table)
        if entry is None:
            return
        if not self._finalizer.alive:
            raise ValueError("the bundle is closed")
        yield from _scan_member(self._zf, entry, self._caps, parse=True)

    def iter_lines(self, table: str) -> Iterator[bytes]:
        """Like :meth:`iter_rows` but the raw lines (no ``\\n``), unparsed: for a caller that
        parsed and checked every row once already and wants the exact bytes again."""
        entry = self.manifest.file_for(table)
        if entry is None:
            return
        if not self._finalizer.alive:
            raise ValueError("the bundle is closed")
        yield from _scan_member(self._zf, entry, self._caps, parse=None)

    def iter_all(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """``(table, row)`` for every row, table by table in manifest order."""
        for table in self.tables:
            for row in self.iter_rows(table):
                yield table, row

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _discard(zf: zipfile.ZipFile | None, temp: Path) -> None:
    if zf is not None:
        with contextlib.suppress(Exception):
            zf.close()
    with contextlib.suppress(OSError):
        temp.unlink(missing_ok=True)


def open_bundle(
    path: Path,
    receiver: OfficeKeys,
    trusted: TrustLookup,
    caps: BundleCaps = DEFAULT_CAPS,
    *,
    schema: SchemaSupport | None = None,
    already_imported: Callable[[str], bool] | None = None,
    staging: Path | None = None,
    parse_rows: bool = True,
    progress: Progress | None = None,
) -> OpenedBundle:
    """Check the bundle at ``path`` completely and return it opened (see the module docstring).

    ``trusted`` maps an office code to its :class:`TrustedPeer` (or ``None``: not trusted);
    ``schema`` defaults to this program's Alembic chain; ``already_imported(bundle_id)`` is
    asked right after the signature check, so a duplicate costs no member hashing.
    """
    return read_bundle(
        Path(path), receiver, trusted, caps, expected_to=receiver.office_code,
        schema=schema or SchemaSupport.from_alembic(), already_imported=already_imported,
        staging=staging, parse_rows=parse_rows, progress=progress,
    )


def read_bundle(
    path: Path,
    receiver: OfficeKeys,
    trusted: TrustLookup,
    caps: BundleCaps,
    *,
    expected_to: str | None,
    schema: SchemaSupport | None,
    already_imported: Callable[[str], bool] | None = None,
    staging: Path | None = None,
    parse_rows: bool = True,
    progress: Progress | None = None,
) -> OpenedBundle:
    """:func:`open_bundle` with the policy spelled out (``expected_to=None``/``schema=None``
    skip those checks — used to verify a bundle this office wrote for someone else)."""
    size = _check_file(path, caps)
    try:
        fd, name = tempfile.mkstemp(prefix="bundle-", suffix=".zip", dir=staging or staging_dir())
    except OSError as exc:
        raise BundleStagingFailed(detail=exc.strerror or str(exc)) from None
    temp, zf = Path(name), None
    try:
        with os.fdopen(fd, "w+b") as plain:
            report = _byte_reporter(progress, size, "Membuka bundle")
            sha, source_size = decrypt_to_file(path, plain, receiver.age_identity,
                                               receiver.office_code, caps, report)
            plain.flush()
            plain_size = plain.tell()
            try:
                check_end_record(plain, plain_size, caps)
            except ZIP_ERRORS as exc:
                raise BundleRejected("bundle.zip_invalid", detail=type(exc).__name__) from None
        zf = _open_zip(temp)
        infos = _guard(check_members, zf, caps)
        manifest, sender = _verify_manifest(zf, infos, caps, _lookup(trusted))
        _check_policy(manifest, receiver, expected_to, schema, already_imported)
        _check_member_set(manifest, infos)
        total = sum(f.size for f in manifest.files)
        done = 0
        for entry in manifest.files:
            for _ in _scan_member(zf, entry, caps, parse=parse_rows):
                pass
            done += entry.size
            if progress is not None:
                progress.step(done, total, "Memeriksa isi bundle")
        return OpenedBundle(zf, temp, manifest, sender, path, sha, source_size, caps)
    except BaseException:
        _discard(zf, temp)
        raise


def _check_file(path: Path, caps: BundleCaps) -> int:
    if path.name.endswith(PART_SUFFIX):
        raise BundleRejected("bundle.partial_file", name=path.name)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(caps.max_header_bytes)
    except OSError as exc:
        raise BundleRejected("bundle.not_a_bundle", detail=exc.strerror or str(exc)) from None
    if size > caps.max_file_bytes:
        raise BundleRejected("bundle.too_large", size=size, limit=caps.max_file_bytes)
    check_header(head, size, caps)
    return size


def _byte_reporter(progress: Progress | None, total: int, text: str):
    if progress is None:
        return None
    return lambda done: progress.step(done, total, text)


def _guard(func, *args):
    """Run a ``zipfile`` operation; its many exception types become ``bundle.zip_invalid``."""
    try:
        return func(*args)
    except BundleRejected:
        raise
    except ZIP_ERRORS as exc:
        raise BundleRejected("bundle.zip_invalid", detail=f"{type(exc).__name__}") from None


def _open_zip(temp: Path) -> zipfile.ZipFile:
    return _guard(zipfile.ZipFile, temp, "r")


def _lookup(trusted: TrustLookup) -> Callable[[str], TrustedPeer | None]:
    return trusted.get if isinstance(trusted, Mapping) else trusted


def _verify_manifest(zf, infos, caps, lookup) -> tuple[Manifest, TrustedPeer]:
    if MANIFEST_NAME not in infos or SIGNATURE_NAME not in infos:
        raise BundleRejected("bundle.manifest_missing")
    if infos[MANIFEST_NAME].file_size > caps.max_manifest_bytes:
        raise BundleRejected("bundle.zip_too_big", name=MANIFEST_NAME,
                             size=infos[MANIFEST_NAME].file_size, limit=caps.max_manifest_bytes)
    if infos[SIGNATURE_NAME].file_size != 64:
        raise BundleRejected("bundle.manifest_invalid", detail="signature is not 64 bytes")
    raw = _guard(zf.read, infos[MANIFEST_NAME])
    signature = _guard(zf.read, infos[SIGNATURE_NAME])
    from_site = peek_manifest(raw).get("from_site")
    if not is_office_code(from_site):
        raise BundleRejected("bundle.manifest_invalid", detail="from_site is not an office code")
    peer = lookup(from_site)
    if peer is None or peer.office_code != from_site:
        raise BundleRejected("bundle.unknown_sender", office=from_site)
    if not peer.verify(raw, signature):
        raise BundleRejected("bundle.bad_signature", office=from_site)
    return Manifest.from_json_bytes(raw), peer


def _check_policy(manifest, receiver, expected_to, schema, already_imported) -> None:
    if expected_to is not None and manifest.to_site != expected_to:
        raise BundleRejected("bundle.not_for_us", to_site=manifest.to_site,
                             office=receiver.office_code)
    if schema is not None:
        schema.check(manifest.schema_version)
    if already_imported is not None and already_imported(manifest.bundle_id):
        raise BundleRejected("bundle.already_imported", bundle_id=manifest.bundle_id)


def _check_member_set(manifest: Manifest, infos: dict[str, zipfile.ZipInfo]) -> None:
    listed = {f.name for f in manifest.files}
    present = set(infos) - {MANIFEST_NAME, SIGNATURE_NAME}
    for name in sorted(listed - present):
        raise BundleRejected("bundle.member_missing", name=name)
    for name in sorted(present - listed):
        raise BundleRejected("bundle.member_unlisted", name=name)
    for entry in manifest.files:
        if infos[entry.name].file_size != entry.size:
            raise _mismatch(entry, "size")


def _mismatch(entry: FileEntry, detail: str) -> BundleRejected:
    return BundleRejected("bundle.member_mismatch", name=entry.name, detail=detail)


def _scan_member(zf: zipfile.ZipFile, entry: FileEntry, caps: BundleCaps,
                 *, parse: bool | None) -> Iterator[Any]:
    """Stream one member: yield parsed rows (``{}`` placeholders when not parsing, the raw
    line bytes when ``parse is None``), then check SHA-256, size and row count against
    ``entry``."""
    hasher = hashlib.sha256()
    try:
        with zf.open(entry.name) as fh:
            scanner = LineScanner(fh, entry.name, caps.max_line_bytes, hasher)
            for line in scanner:
                yield line if parse is None else scanner.parse(line) if parse else {}
    except BundleRejected:
        raise
    except ZIP_ERRORS as exc:
        raise BundleRejected("bundle.zip_invalid",
                             detail=f"{entry.name}: {type(exc).__name__}") from None
    if scanner.size != entry.size:
        raise _mismatch(entry, "size")
    if scanner.rows != entry.rows:
        raise _mismatch(entry, f"{scanner.rows} rows, manifest says {entry.rows}")
    if not hmac.compare_digest(hasher.hexdigest(), entry.sha256):
        raise _mismatch(entry, "SHA-256")
