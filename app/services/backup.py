"""Backups of an office's SQLite database: take, rotate, inspect, restore, check.

Backups are made with SQLite's online backup API (never a file copy of a live database —
sync.md §2.2), into ``app_paths().backups`` (a sub-folder per database other than the default
one) as ``simpeg-YYYYmmdd-HHMMSS-<reason>.db``. Rotation keeps the newest few of each kind:
``daily``, ``before-*`` (before an import, a migration, a restore) and the rest (``manual``).

A PostgreSQL database (the province) is backed up by its server's own tools (``pg_dump``):
these functions refuse it with a message that says so. :func:`check` works on both.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from app.config import app_paths
from app.db.engine import db_url, is_sqlite
from app.errors import SimpegError, register_messages

NAME_PATTERN = re.compile(r"^simpeg-(\d{8})-(\d{6})(?:-\d+)?-([a-z0-9][a-z0-9-]*)\.db$")
SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class RotationPolicy:
    """How many backups of each kind to keep (the newest ones)."""

    daily: int = 7
    before: int = 10
    manual: int = 20

    def keep(self, kind: str) -> int:
        return {"daily": self.daily, "before": self.before}.get(kind, self.manual)


ROTATION = RotationPolicy()


class BackupError(SimpegError):
    code = "backup.failed"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when (local time), how big, and what it holds."""

    path: Path
    created: datetime
    size: int
    counts: dict[str, int] = field(default_factory=dict)
    reason: str = ""
    schema_revision: str | None = None
    office_code: str | None = None

    @property
    def employees(self) -> int:
        return self.counts.get("employee", 0)


# --- where ----------------------------------------------------------------------------------


def sqlite_path(url_or_path: str | Path) -> Path:
    """The file behind a SQLite URL or path; :class:`BackupError` for any other database."""
    url = db_url(url_or_path)
    if not is_sqlite(url):
        raise BackupError("backup.not_sqlite", backend=make_url(url).get_backend_name())
    database = make_url(url).database
    if not database or database == ":memory:":
        raise BackupError("backup.memory_db")
    return Path(database)


def backup_dir(db_path: Path) -> Path:
    """``app_paths().backups`` for the default database, a sub-folder for any other one."""
    paths = app_paths()
    if db_path.resolve() == paths.default_db.resolve():
        return paths.backups
    return paths.backups / re.sub(r"[^A-Za-z0-9_-]+", "_", db_path.stem)


def _reason_slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-")
    return slug[:40] or "manual"


def _kind(reason: str) -> str:
    if reason == "daily":
        return "daily"
    return "before" if reason.startswith("before-") else "manual"


def _new_name(folder: Path, reason: str, now: datetime) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    path = folder / f"simpeg-{stamp}-{reason}.db"
    n = 2
    while path.exists():
        path = folder / f"simpeg-{stamp}-{n}-{reason}.db"
        n += 1
    return path


# --- taking a backup ------------------------------------------------------------------------


def backup_now(
    url: str | Path,
    reason: str = "manual",
    *,
    out_dir: Path | None = None,
    policy: RotationPolicy | None = None,
) -> BackupInfo:
    """Snapshot the database now; rotate old backups unless ``out_dir`` was chosen."""
    source = sqlite_path(url)
    if not source.exists():
        raise BackupError("backup.no_database", path=str(source))
    reason = _reason_slug(reason)
    folder = Path(out_dir) if out_dir else backup_dir(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _new_name(folder, reason, datetime.now())
        copy_database(source, target)
    except sqlite3.Error as exc:
        raise BackupError("backup.sqlite_error", detail=str(exc)) from exc
    except OSError as exc:
        raise BackupError("backup.os_error", path=str(folder), detail=exc.strerror or exc) from exc
    if out_dir is None:
        rotate(folder, policy or ROTATION)
    return describe(target)


def copy_database(source: Path, target: Path) -> None:
    """Consistent copy with the backup API, written to ``target.part`` then renamed."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    try:
        with _connect_ro(source) as src, contextlib.closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
            dst.commit()
        fsync_file(part)
        os.replace(part, target)
        fsync_dir(target.parent)
    finally:
        part.unlink(missing_ok=True)


@contextlib.contextmanager
def _connect_ro(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        yield conn
    finally:
        conn.close()


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --- listing and rotating -------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups in ``folder`` (by name only, cheap), newest first."""
    out = []
    for path in folder.glob("simpeg-*.db") if folder.is_dir() else ():
        if NAME_PATTERN.match(path.name):
            created, reason = _name_parts(path)
            out.append(BackupInfo(path, created, path.stat().st_size, reason=reason))
    return sorted(out, key=lambda b: (b.created, b.path.name), reverse=True)


def rotate(folder: Path, policy: RotationPolicy = ROTATION) -> list[Path]:
    """Delete all but the newest ``policy.keep(kind)`` backups of each kind; return removed."""
    seen: dict[str, int] = {}
    removed = []
    for info in list_backups(folder):
        kind = _kind(info.reason)
        seen[kind] = seen.get(kind, 0) + 1
        if seen[kind] > policy.keep(kind):
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def ensure_daily_backup(url: str | Path, policy: RotationPolicy | None = None) -> BackupInfo | None:
    """Take today's ``daily`` backup unless one exists; ``None`` when nothing was needed."""
    source = sqlite_path(url)
    if not source.exists():
        return None
    today = datetime.now().date()
    for info in list_backups(backup_dir(source)):
        if info.reason == "daily" and info.created.date() == today:
            return None
    return backup_now(url, "daily", policy=policy)


# --- describing a backup file -----------------------------------------------------------------


def describe(path: Path) -> BackupInfo:
    """What a (trusted, just written) backup holds, without the integrity check."""
    with _connect_ro(path) as conn:
        counts, revision, office = _contents(conn)
    created, reason = _name_parts(path)
    return BackupInfo(path, created, path.stat().st_size, counts, reason, revision, office)


def _name_parts(path: Path) -> tuple[datetime, str]:
    """(when, reason) from a backup's file name; the file time for any other name."""
    m = NAME_PATTERN.match(path.name)
    if m:
        return datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S"), m.group(3)
    return datetime.fromtimestamp(path.stat().st_mtime), ""


def _contents(conn: sqlite3.Connection) -> tuple[dict[str, int], str | None, str | None]:
    from app.services.office import read_site_office

    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )]
    counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    revision = None
    if "alembic_version" in tables:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = row[0] if row else None
    return counts, revision, read_site_office(conn, tables)


def inspect_backup(path: str | Path) -> BackupInfo:
    """Open a backup read-only and check it whole; :class:`BackupError` says what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup.missing", path=str(path))
    with open(path, "rb") as fh:
        if fh.read(16) != SQLITE_MAGIC:
            raise BackupError("backup.not_a_database", path=str(path))
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        ) as conn:
            problems = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if problems != ["ok"]:
                raise BackupError("backup.damaged", path=str(path), detail=problems[0])
            counts, revision, office = _contents(conn)
    except sqlite3.DatabaseError as exc:
        raise BackupError("backup.damaged", path=str(path), detail=str(exc)) from exc
    if revision is None:
        raise BackupError("backup.not_simpeg", path=str(path))
    created, reason = _name_parts(path)
    return BackupInfo(path, created, path.stat().st_size, counts, reason, revision, office)


register_messages(
    {
        "backup.failed": ("Pencadangan gagal.", "The backup failed."),
        "backup.not_sqlite": (
            "Basis data {backend} tidak dicadangkan oleh SIMPEG: gunakan pg_dump/pg_restore "
            "di server basis data.",
            "SIMPEG does not back up a {backend} database: use pg_dump/pg_restore on the "
            "database server.",
        ),
        "backup.memory_db": (
            "Basis data di memori tidak dapat dicadangkan.",
            "An in-memory database cannot be backed up.",
        ),
        "backup.no_database": (
            "Basis data {path} tidak ada.",
            "The database {path} does not exist.",
        ),
        "backup.sqlite_error": (
            "Pencadangan gagal: {detail}.",
            "The backup failed: {detail}.",
        ),
        "backup.os_error": (
            "Tidak dapat menulis cadangan ke {path}: {detail}.",
            "Cannot write the backup to {path}: {detail}.",
        ),
        "backup.missing": ("Berkas cadangan {path} tidak ada.", "Backup file {path} not found."),
        "backup.not_a_database": (
            "{path} bukan berkas basis data SIMPEG (bukan SQLite).",
            "{path} is not a SIMPEG database file (not SQLite).",
        ),
        "backup.damaged": (
            "Berkas cadangan {path} rusak ({detail}); pilih cadangan lain.",
            "The backup file {path} is damaged ({detail}); choose another backup.",
        ),
        "backup.not_simpeg": (
            "{path} bukan cadangan SIMPEG (tidak ada versi skema).",
            "{path} is not a SIMPEG backup (no schema version).",
        ),
    }
)


_REEXPORTED = {
    "check": "app.services.integrity", "CheckReport": "app.services.integrity",
    "restore": "app.services.restore", "RestoreResult": "app.services.restore",
}


def __getattr__(name: str) -> object:
    """``check``/``restore`` live in their own modules; importable from here too (lazily,
    since those modules import this one)."""
    module = _REEXPORTED.get(name)
    if module is None:
        raise AttributeError(name)
    import importlib

    return getattr(importlib.import_module(module), name)
