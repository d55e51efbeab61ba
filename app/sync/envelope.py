"""The encrypted envelope: the age format (C2SP age v1) through pyrage, streaming both ways.

age gives X25519 recipients, a header MAC, and a payload STREAM of 64 KiB ChaCha20-Poly1305
chunks with a last-chunk flag, so any flipped bit or truncation fails decryption. It does not
authenticate the sender: the signed manifest inside does that.

pyrage's streaming calls are pull/push pairs: ``encrypt_io(reader, writer, recipients)`` pulls
plaintext from ``reader``; ``decrypt_io(reader, writer, identities)`` pushes plaintext into
``writer``. The bundle writer produces its ZIP by *pushing*, so :class:`EncryptingPipe` runs
``encrypt_io`` on a helper thread that pulls from a small bounded queue the ZIP writer fills:
memory stays at a few chunks whatever the bundle size, and no plaintext touches the disk.

Before any crypto, :func:`check_header` looks at the first bytes only: the age magic, the header
length and the number of stanzas are capped (the Crypt::Age lesson, sync.md §5.3).
"""

from __future__ import annotations

import contextlib
import hashlib
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyrage
from pyrage import x25519

from app.jobs import Cancelled
from app.sync.caps import BundleCaps
from app.sync.errors import BundleRejected, BundleStagingFailed

AGE_MAGIC = b"age-encryption.org/v1\n"
ARMOR_MAGIC = b"-----BEGIN AGE ENCRYPTED FILE-----"
CHUNK = 64 * 1024
_QUEUE_CHUNKS = 8
_EOF = object()


class _Abort(Exception):
    """The ZIP writer gave up; make the encryption thread stop."""


def check_header(head: bytes, file_size: int, caps: BundleCaps) -> None:
    """Validate the start of an age file before decrypting (``head``: first bytes read)."""
    if not head.startswith(AGE_MAGIC):
        if AGE_MAGIC.startswith(head):
            raise BundleRejected("bundle.damaged", detail="file cut short in its header")
        detail = "ASCII-armoured age" if head.startswith(ARMOR_MAGIC) else "no age header"
        raise BundleRejected("bundle.not_a_bundle", detail=detail)
    end = head.find(b"\n--- ")
    if end < 0:
        if file_size <= len(head):
            raise BundleRejected("bundle.damaged", detail="file cut short in its header")
        raise BundleRejected("bundle.not_a_bundle", detail="header too large")
    lines = head[len(AGE_MAGIC) : end + 1].split(b"\n")
    stanzas = [line for line in lines if line.startswith(b"-> ")]
    if len(stanzas) > caps.max_stanzas:
        raise BundleRejected("bundle.not_a_bundle", detail=f"{len(stanzas)} header stanzas")
    if not any(line.startswith(b"-> X25519 ") for line in stanzas):
        raise BundleRejected("bundle.not_a_bundle", detail="not encrypted to an office key")


class HashingSink:
    """A write-only file wrapper that hashes and counts what passes through.

    The first ``OSError`` from the real file is kept in ``error`` (pyrage turns it into its
    own exception type, losing ``errno``; disk full must still be reported as disk full).
    """

    def __init__(self, fh: BinaryIO, limit: int | None = None) -> None:
        self._fh = fh
        self._limit = limit
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.error: BaseException | None = None

    def write(self, data: bytes) -> int:
        if self._limit is not None and self.size + len(data) > self._limit:
            self.error = BundleRejected("bundle.damaged", detail="content larger than the file")
            raise OSError("plaintext larger than allowed")
        try:
            self._fh.write(data)
        except OSError as exc:
            self.error = exc
            raise
        self.sha256.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self._fh.flush()


class _QueueReader:
    """The encryption thread's input: chunks from the queue until the EOF marker."""

    def __init__(self, chunks: queue.Queue) -> None:
        self._chunks = chunks
        self._buffer = b""
        self._done = False

    def read(self, size: int = -1) -> bytes:
        while not self._buffer and not self._done:
            item = self._chunks.get()
            if item is _EOF:
                self._done = True
            elif isinstance(item, _Abort):
                raise item
            else:
                self._buffer = item
        if size is None or size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out


class EncryptingPipe:
    """A write-only, non-seekable file object whose bytes are age-encrypted into ``sink``.

    ``write`` blocks when the encryption thread is behind; :meth:`close` waits for the thread
    and re-raises its failure; :meth:`abort` stops it and never raises.
    """

    def __init__(self, sink: HashingSink, recipients: list[x25519.Recipient]) -> None:
        self._chunks: queue.Queue = queue.Queue(maxsize=_QUEUE_CHUNKS)
        self._pending = bytearray()
        self._sink = sink
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(
            target=self._run, args=(recipients,), name="bundle-encrypt", daemon=True)
        self._thread.start()

    def _run(self, recipients: list[x25519.Recipient]) -> None:
        try:
            pyrage.encrypt_io(_QueueReader(self._chunks), self._sink, recipients)
        except BaseException as exc:  # noqa: BLE001 — reported to the writing thread
            self._error = self._sink.error or OSError(f"encryption failed: {exc}")
            self._drain()

    def _drain(self) -> None:
        with contextlib.suppress(queue.Empty):
            while True:
                self._chunks.get_nowait()

    def _put(self, item: object) -> None:
        while True:
            if self._error is not None:
                raise self._error
            try:
                self._chunks.put(item, timeout=0.2)
                return
            except queue.Full:
                if not self._thread.is_alive():
                    raise self._error or OSError("encryption stopped") from None

    def write(self, data: bytes) -> int:
        self._pending += data
        while len(self._pending) >= CHUNK:
            self._put(bytes(self._pending[:CHUNK]))
            del self._pending[:CHUNK]
        return len(data)

    def flush(self) -> None:
        """Nothing to do: bytes leave in whole chunks, the rest at :meth:`close`."""

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._pending:
            self._put(bytes(self._pending))
            self._pending.clear()
        self._put(_EOF)
        self._thread.join()
        if self._error is None and self._sink.error is not None:
            # pyrage may write its last bytes while dropping its writer, where a write error
            # is swallowed: the sink saw it, so disk full is still reported as disk full.
            self._error = self._sink.error
        if self._error is not None:
            raise self._error

    def abort(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(BaseException):
            self._put(_Abort())
        self._thread.join(timeout=30)


class _CountingReader:
    """The encrypted input of ``decrypt_io``: hashes, caps, and reports progress."""

    def __init__(self, fh: BinaryIO, limit: int, report: Callable[[int], None] | None) -> None:
        self._fh, self._limit, self._report = fh, limit, report
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.failure: BaseException | None = None

    def read(self, size: int = -1) -> bytes:
        if self.failure is not None:
            raise OSError("stopped")
        data = self._fh.read(CHUNK if size is None or size < 0 else min(size, CHUNK))
        self.size += len(data)
        if self.size > self._limit:
            self.failure = BundleRejected("bundle.too_large", size=self.size, limit=self._limit)
            raise OSError("file grew past the cap")
        self.sha256.update(data)
        if self._report is not None:
            try:
                self._report(self.size)
            except Cancelled as exc:
                self.failure = exc
                raise OSError("cancelled") from None
        return data


def decrypt_to_file(
    source: Path,
    target: BinaryIO,
    identity: x25519.Identity,
    office: str,
    caps: BundleCaps,
    report: Callable[[int], None] | None = None,
) -> tuple[str, int]:
    """Decrypt ``source`` into ``target``; (sha256 hex, size) of the *encrypted* file.

    Rejections: ``bundle.wrong_recipient`` when our identity cannot unwrap the file key,
    ``bundle.damaged`` for a failed header MAC, chunk tag or truncation. A failure writing
    ``target`` is :class:`BundleStagingFailed`; a cancel raises ``Cancelled``.
    """
    sink = HashingSink(target, limit=caps.max_file_bytes)
    with open(source, "rb") as fh:
        reader = _CountingReader(fh, caps.max_file_bytes, report)
        try:
            pyrage.decrypt_io(reader, sink, [identity])
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as exc:  # noqa: BLE001 — pyrage may raise OSError, its own types
            # or a pyo3 PanicException (a BaseException); all mean "cannot decrypt".
            _raise_decrypt_failure(exc, reader, sink, office)
    return reader.sha256.hexdigest(), reader.size


def _raise_decrypt_failure(
    exc: BaseException, reader: _CountingReader, sink: HashingSink, office: str
) -> None:
    if reader.failure is not None:
        raise reader.failure from None
    if isinstance(sink.error, BundleRejected):
        raise sink.error from None
    if sink.error is not None:
        detail = getattr(sink.error, "strerror", None) or str(sink.error)
        raise BundleStagingFailed(detail=detail) from None
    text = str(exc)
    if "no matching keys" in text.lower():
        raise BundleRejected("bundle.wrong_recipient", office=office) from None
    raise BundleRejected("bundle.damaged", detail=(text or type(exc).__name__)[:120]) from None
