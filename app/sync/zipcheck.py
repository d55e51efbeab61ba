"""Checks on the decrypted ZIP made before anything is decompressed (sync.md §4.8 step 3).

* :func:`check_end_record` reads the 22-byte end-of-central-directory record itself, so a
  hostile archive cannot make ``zipfile`` parse a huge central directory: no comment, no
  ZIP64, one disk, member count and directory size within caps, directory right before it.
* :func:`check_members` then checks every entry: allowed names only (``manifest.json``,
  ``manifest.sig``, ``changes/<table>.jsonl`` — no paths, no ``..``), no duplicates, no
  encryption, deflate or stored only, declared sizes within caps, and the expansion ratio.
* :class:`LineScanner` splits a member into JSONL lines with a cap on line length.

``zipfile`` itself never returns more than a member's declared size and checks its CRC, so
with the declared sizes capped the decompressed bytes are capped too. Nothing is ever extracted.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from app.sync.caps import BundleCaps, MiB
from app.sync.errors import BundleRejected
from app.sync.manifest import MANIFEST_NAME, MEMBER_RE, SIGNATURE_NAME

ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
    NotImplementedError, RuntimeError, struct.error, KeyError, IndexError, OverflowError,
)
"""What ``zipfile`` may raise on a malformed archive."""

_EOCD = struct.Struct("<4s4H2LH")
_RATIO_FLOOR = 1 * MiB
"""Members smaller than this are not ratio-checked: they cannot be a bomb within the caps."""
READ_SIZE = 1 * MiB


def _zip_invalid(detail: str) -> BundleRejected:
    return BundleRejected("bundle.zip_invalid", detail=detail)


def check_end_record(fh: BinaryIO, size: int, caps: BundleCaps) -> None:
    """Validate the end-of-central-directory record of the ZIP in ``fh`` (``size`` bytes)."""
    if size < _EOCD.size:
        raise _zip_invalid("too short")
    fh.seek(size - _EOCD.size)
    sig, disk, cd_disk, n_disk, n_total, cd_size, cd_offset, comment = _EOCD.unpack(
        fh.read(_EOCD.size))
    if sig != b"PK\x05\x06" or comment != 0:
        raise _zip_invalid("no end record at the end of the archive")
    if disk or cd_disk or n_disk != n_total:
        raise BundleRejected("bundle.zip_unsupported", detail="multi-disk archive")
    if size >= _EOCD.size + 20:
        fh.seek(size - _EOCD.size - 20)
        if fh.read(4) == b"PK\x06\x07":
            raise BundleRejected("bundle.zip_unsupported", detail="ZIP64")
    if n_total > caps.max_members:
        raise BundleRejected("bundle.zip_too_many_members", count=n_total,
                             limit=caps.max_members)
    if cd_size > caps.max_central_directory_bytes:
        raise _zip_invalid(f"central directory of {cd_size} bytes")
    if cd_offset + cd_size != size - _EOCD.size:
        raise _zip_invalid("central directory is not where the end record says")
    fh.seek(0)


def _safe_name(name: str) -> str:
    return name.encode("unicode_escape").decode("ascii")[:80]


def check_members(zf: zipfile.ZipFile, caps: BundleCaps) -> dict[str, zipfile.ZipInfo]:
    """Check every entry of the central directory; return them by name."""
    infos = zf.infolist()
    if len(infos) > caps.max_members:
        raise BundleRejected("bundle.zip_too_many_members", count=len(infos),
                             limit=caps.max_members)
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if name in by_name:
            raise BundleRejected("bundle.zip_duplicate", name=_safe_name(name))
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and not MEMBER_RE.match(name):
            raise BundleRejected("bundle.zip_bad_name", name=_safe_name(name))
        if info.flag_bits & 0x1:
            raise BundleRejected("bundle.zip_unsupported", detail=f"encrypted member {name}")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRejected("bundle.zip_unsupported",
                                 detail=f"compression method {info.compress_type}")
        _check_size(info, caps)
        total += info.file_size
        if total > caps.max_total_bytes:
            raise BundleRejected("bundle.zip_too_big", name="(total)", size=total,
                                 limit=caps.max_total_bytes)
        by_name[name] = info
    return by_name


def _check_size(info: zipfile.ZipInfo, caps: BundleCaps) -> None:
    name = info.filename
    if info.file_size > caps.max_member_bytes:
        raise BundleRejected("bundle.zip_too_big", name=name, size=info.file_size,
                             limit=caps.max_member_bytes)
    if info.compress_type == zipfile.ZIP_STORED and info.file_size != info.compress_size:
        raise _zip_invalid(f"stored member {name} with two sizes")
    packed = max(info.compress_size, 1)
    if info.file_size >= _RATIO_FLOOR and info.file_size > caps.max_ratio * packed:
        raise BundleRejected("bundle.zip_ratio", name=name, ratio=info.file_size // packed,
                             limit=caps.max_ratio)


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


_DECODE = json.JSONDecoder(parse_constant=_no_constant).decode
"""One decoder for every line (``json.loads`` with options builds a new one per call)."""


class LineScanner:
    """Iterate the lines of a JSONL member; hash, size and row count are kept as it goes."""

    def __init__(self, fh: BinaryIO, name: str, max_line: int, hasher: Any) -> None:
        self._fh, self.name, self._max_line, self._hasher = fh, name, max_line, hasher
        self.size = 0
        self.rows = 0

    def __iter__(self) -> Iterator[bytes]:
        carry = b""
        while chunk := self._fh.read(READ_SIZE):
            self._hasher.update(chunk)
            self.size += len(chunk)
            parts = (carry + chunk).split(b"\n") if carry else chunk.split(b"\n")
            carry = parts.pop()
            if len(carry) > self._max_line:
                raise self.invalid(self.rows + len(parts) + 1, "line too long")
            for part in parts:
                self.rows += 1
                if len(part) > self._max_line:
                    raise self.invalid(self.rows, "line too long")
                yield part
        if carry:
            raise self.invalid(self.rows + 1, "the last line has no line end")

    def invalid(self, line: int, detail: str) -> BundleRejected:
        return BundleRejected("bundle.record_invalid", name=self.name, line=line, detail=detail)

    def parse(self, line: bytes) -> dict[str, Any]:
        """One row: a UTF-8 JSON object (NaN/Infinity refused)."""
        try:
            row = _DECODE(line.decode("utf-8"))
        except (ValueError, RecursionError) as exc:
            raise self.invalid(self.rows, f"not JSON ({str(exc)[:80]})") from None
        if not isinstance(row, dict):
            raise self.invalid(self.rows, "not a JSON object")
        return row
