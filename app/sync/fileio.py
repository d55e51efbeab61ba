"""Writing files so a crash leaves the old file or the new one, never half of one (sync.md §2.5).

Write ``NAME.part`` in the destination folder, flush, ``fsync``, ``os.replace`` onto ``NAME``,
then (POSIX) ``fsync`` the folder. On Windows and FAT/exFAT sticks the rename is not a hard
guarantee, which is why readers ignore ``*.part`` and bundles are self-validating.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PART_SUFFIX = ".part"


def part_path(path: Path) -> Path:
    return path.with_name(path.name + PART_SUFFIX)


def open_part(path: Path, *, private: bool = False):
    """Open (truncate) ``path.part`` for binary writing; 0600 when ``private`` (POSIX)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    fd = os.open(part_path(path), flags, 0o600 if private else 0o644)
    if private and os.name == "posix":
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "wb")


def commit_part(fh, path: Path) -> None:
    """Flush, fsync and close ``fh`` (from :func:`open_part`), then move it onto ``path``."""
    fh.flush()
    os.fsync(fh.fileno())
    fh.close()
    os.replace(part_path(path), path)
    fsync_dir(path.parent)


def discard_part(fh, path: Path) -> None:
    """Close and delete an unfinished ``.part`` file; never raises."""
    with contextlib.suppress(OSError):
        fh.close()
    with contextlib.suppress(OSError):
        part_path(path).unlink(missing_ok=True)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable on POSIX; a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data`` atomically."""
    fh = open_part(path, private=private)
    try:
        fh.write(data)
        commit_part(fh, path)
    except BaseException:
        discard_part(fh, path)
        raise
