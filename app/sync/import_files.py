"""Where bundle files go after an import attempt.

* rejected → moved to ``<data>/rejected/`` beside a ``.alasan.txt`` reason file (Indonesian
  and English, the rejection code and time), so the inbox only holds what is still useful;
* parked → a copy in ``<data>/inbox/waiting/<bundle id>.hrb`` (the USB stick may leave), removed
  once that bundle is imported.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.config import app_paths
from app.sync.canonical import utc_stamp
from app.sync.errors import BundleRejected
from app.sync.fileio import atomic_write_bytes


def waiting_dir() -> Path:
    folder = app_paths().inbox / "waiting"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 1
    while target.exists():
        stem, dot, suffix = name.partition(".")
        target = folder / f"{stem}-{n}{dot}{suffix}"
        n += 1
    return target


def move_rejected(path: Path, exc: BundleRejected) -> Path | None:
    """Move a rejected bundle aside with its reason; ``None`` if it could not be moved."""
    folder = app_paths().rejected
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, path.name)
        shutil.move(str(path), target)
        reason = (f"{utc_stamp()}\n{exc.code}\n\n{exc.text('id')}\n\n{exc.text('en')}\n")
        atomic_write_bytes(target.with_name(target.name + ".alasan.txt"),
                           reason.encode("utf-8"))
    except OSError:
        return None
    return target


def park_copy(path: Path, bundle_id: str) -> Path:
    target = waiting_dir() / f"{bundle_id}.hrb"
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target.with_name(target.name + ".part"))
        os.replace(target.with_name(target.name + ".part"), target)
    return target


def remove_parked(bundle_id: str) -> None:
    (waiting_dir() / f"{bundle_id}.hrb").unlink(missing_ok=True)
