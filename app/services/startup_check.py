"""Is the office's SQLite database whole before the app opens it? And the way out if not.

Every start does a light check: the file begins like a SQLite database, its schema can be read,
its pages fit the file. The first start of a day — when the daily backup is due, just before it
is taken — also runs SQLite's ``PRAGMA quick_check`` over every page: a damaged file is caught
before it is copied into the backup rotation (where it would push out good backups). A
PostgreSQL database is the server's business and is not checked here.

When the file is damaged, :func:`restore_damaged` keeps it aside for a technician
(``simpeg.rusak-YYYYmmdd-HHMMSS.db`` beside it, never deleted) and restores a backup in its
place (:func:`app.services.restore.restore`).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.db.engine import db_url, is_sqlite
from app.errors import message, register_messages
from app.services.backup import (
    SQLITE_MAGIC,
    BackupInfo,
    backup_dir,
    fsync_dir,
    list_backups,
)
from app.services.restore import RestoreResult, restore

SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class StartupCheck:
    db: Path
    problem: str  # "" when the file is whole
    full: bool  # quick_check ran over every page
    backups: tuple[BackupInfo, ...] = ()  # of this database, newest first (when damaged)

    @property
    def ok(self) -> bool:
        return not self.problem


def daily_check_due(path: Path) -> bool:
    """No daily backup today yet (so this is the day's first start)."""
    today = datetime.now().date()
    return not any(b.reason == "daily" and b.created.date() == today
                   for b in list_backups(backup_dir(path)))


def check_at_startup(db: str | Path, *, full: bool | None = None) -> StartupCheck | None:
    """The check of a SQLite database file (None for PostgreSQL or a file not there yet).
    ``full`` forces (or skips) the page-by-page check; by default it runs once a day."""
    url = db_url(db)
    if not is_sqlite(url):
        return None
    path = Path(make_url(url).database or "")
    if not path.is_file() or path.stat().st_size == 0:
        return None
    thorough = daily_check_due(path) if full is None else full
    problem = _problem(path, thorough)
    backups = tuple(list_backups(backup_dir(path))) if problem else ()
    return StartupCheck(path, problem, thorough, backups)


def _problem(path: Path, thorough: bool) -> str:
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return message("startup.unreadable", detail=exc.strerror or str(exc))
    if header[:16] != SQLITE_MAGIC:
        return message("startup.not_sqlite")
    if _truncated(header, path.stat().st_size):
        return message("startup.truncated")
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            size = conn.execute("PRAGMA page_size").fetchone()[0]
            if pages * size > path.stat().st_size + _wal_size(path):
                return message("startup.truncated")
            if thorough:
                found = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
                if found != ["ok"]:
                    return "; ".join(found)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return ""


def _truncated(header: bytes, size: int) -> bool:
    """The header's own page count (when valid: its change counter matches) says the file
    should be longer than it is (sqlite.org/fileformat.html §1.3)."""
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96] and pages > 0
    return valid and pages * page_size > size


def _wal_size(path: Path) -> int:
    wal = Path(f"{path}-wal")
    return wal.stat().st_size if wal.is_file() else 0


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (and its -wal/-shm) aside, beside it; the new name."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.rusak-{stamp}{path.suffix or '.db'}")
    for suffix in ("", *SIDECARS):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    fsync_dir(path.parent)
    return target


@dataclass(frozen=True)
class DamagedRestore:
    kept_as: Path  # where the damaged file now is
    result: RestoreResult


def restore_damaged(db: str | Path, backup: str | Path) -> DamagedRestore:
    """Keep the damaged database aside and put ``backup`` in its place (checked first: a bad
    backup file is refused before anything moves)."""
    from app.services.backup import inspect_backup, sqlite_path

    target = sqlite_path(db)
    inspect_backup(backup)  # raises BackupError with the reason; nothing has moved yet
    kept = set_aside(target)
    try:
        result = restore(db, backup, allow_other_office=False)
    except BaseException:
        if not target.exists():  # put the damaged one back: the clerk may try another backup
            for suffix in ("", *SIDECARS):
                moved = Path(f"{kept}{suffix}")
                if moved.exists():
                    os.replace(moved, Path(f"{target}{suffix}"))
        raise
    return DamagedRestore(kept, result)


register_messages({
    "startup.unreadable": ("berkas tidak dapat dibaca ({detail})",
                           "the file cannot be read ({detail})"),
    "startup.not_sqlite": ("berkas ini bukan basis data SQLite (awal berkas rusak)",
                           "this file is not a SQLite database (its start is damaged)"),
    "startup.truncated": ("berkas basis data terpotong (lebih pendek dari isinya)",
                          "the database file is truncated (shorter than its contents)"),
})
