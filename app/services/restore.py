"""Restoring an office's SQLite database from a backup (re-exported by :mod:`.backup`).

Order of work, so a crash at any point leaves either the old or the new database and never a
mix: check the backup whole; snapshot the current database (``before-restore``); copy the
backup with the backup API into a temporary file beside the database; migrate the copy if it is
older; give the site a new incarnation there (sync.md §4.1: a restored site must never reuse
sequence numbers) and log the restore in its audit chain; empty the current WAL; replace the
file atomically (``os.replace``); remove stale ``-wal``/``-shm``.

Close every connection to the database first (the UI closes its context before calling this).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from app.db.audit import append_audit
from app.db.engine import make_session_factory, unit_of_work
from app.db.schema import alembic_config, current_revision, head_revision, upgrade_schema
from app.db.sync_meta import new_incarnation
from app.db.tracking import bind_actor
from app.errors import register_messages
from app.services.backup import (
    BackupError,
    BackupInfo,
    backup_now,
    copy_database,
    fsync_dir,
    fsync_file,
    inspect_backup,
    sqlite_path,
)
from app.services.roles import SYSTEM_USER


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    safety_backup: BackupInfo | None
    incarnation: str


def _current_office(db: Path) -> str | None:
    from app.services.office import read_site_office

    if not db.is_file() or db.stat().st_size == 0:
        return None
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return read_site_office(c, tables)


def restore(url: str | Path, backup_path: str | Path, *,
            allow_other_office: bool = False) -> RestoreResult:
    """Replace the database at ``url`` with the backup at ``backup_path`` (SQLite only)."""
    target = sqlite_path(url)
    info = inspect_backup(backup_path)  # refuses a damaged or foreign file, changes nothing
    _check_revision(info)
    office = _current_office(target)
    if office and info.office_code != office and not allow_other_office:
        raise BackupError("backup.office_mismatch", backup=info.office_code or "?", db=office)
    safety = backup_now(url, "before-restore") if target.is_file() else None
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f".{target.name}.restore.part")
    try:
        copy_database(Path(backup_path), part)
        incarnation = _prepare(part, info)
        _empty_wal(target)
        _remove_sidecars(target)
        os.replace(part, target)
        _remove_sidecars(target)
        fsync_dir(target.parent)
    finally:
        part.unlink(missing_ok=True)
        _remove_sidecars(part)
    return RestoreResult(info, safety, incarnation)


def is_known_revision(revision: str | None) -> bool:
    """True for a revision this program has (older or head); False for a newer one."""
    scripts = ScriptDirectory.from_config(alembic_config())
    try:
        return scripts.get_revision(revision) is not None
    except CommandError:
        return False


def _check_revision(info: BackupInfo) -> None:
    """A backup from a newer program (unknown revision) is refused."""
    if not is_known_revision(info.schema_revision):
        raise BackupError("backup.too_new", path=str(info.path))


def _prepare(part: Path, info: BackupInfo) -> str:
    """Migrate the copy if needed, start a new incarnation, audit the restore."""
    factory = make_session_factory(part)
    engine = factory.kw["bind"]
    try:
        if current_revision(engine) != head_revision():
            upgrade_schema(engine)
        with unit_of_work(factory, write_lock=True) as session:
            actor = SYSTEM_USER(info.office_code or "")
            bind_actor(session, username=actor.username, user_id=None,
                       office_code=actor.office_code)
            site = new_incarnation(session)
            append_audit(session, action="db.restore", detail=info.path.name)
    finally:
        engine.dispose()
    with contextlib.closing(sqlite3.connect(part)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    _remove_sidecars(part)
    fsync_file(part)
    return site.incarnation


def _empty_wal(db: Path) -> None:
    if not db.is_file():
        return
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _remove_sidecars(db: Path) -> None:
    for suffix in ("-wal", "-shm", "-journal"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


register_messages(
    {
        "backup.office_mismatch": (
            "Cadangan ini milik kantor {backup}, sedangkan basis data ini milik kantor {db}; "
            "tidak dipulihkan.",
            "This backup belongs to office {backup} but this database to office {db}; "
            "not restored.",
        ),
        "backup.too_new": (
            "Cadangan {path} dibuat oleh versi aplikasi yang lebih baru; perbarui SIMPEG "
            "Luring dahulu.",
            "The backup {path} was made by a newer version of the app; update SIMPEG Luring "
            "first.",
        ),
    }
)
