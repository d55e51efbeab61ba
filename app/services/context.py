"""What the UI and the CLI hold: one open database, the office it belongs to, who is logged in.

The UI never sees a session: it calls ``ctx.read(fn, ...)`` / ``ctx.write(fn, ...)`` and ``fn``
(a service) gets ``(session, actor, ...)`` inside a unit of work with the actor bound for the
change log and the audit trail. Opening an older SQLite database takes a backup first and then
migrates it; a database from a newer program is refused untouched (:class:`SchemaTooNew`).
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.db.engine import SessionFactory, db_url, is_sqlite, make_engine, make_session_factory
from app.db.engine import unit_of_work as _unit_of_work
from app.db.tracking import bind_actor
from app.errors import PermissionDenied, SimpegError, register_messages
from app.services import auth
from app.services.auth import (
    SYSTEM_USER,
    AuthError,
    CurrentUser,
    Permission,
    UserRow,
    require,
)

if TYPE_CHECKING:
    from app.db.schema import SchemaTooNew
    from app.services.backup import BackupInfo, RestoreResult

T = TypeVar("T")

__all__ = ["SchemaTooNew", "ServiceContext", "open_database"]

# Alembic (and the migration scripts it executes) is imported only when a database is not at
# the head revision, or the head cannot be read from the version files: opening an up-to-date
# office — every start of the program — does without it (about a tenth of the start-up).
_VERSIONS = Path(__file__).resolve().parent.parent / "db" / "migrations" / "versions"
_REVISION = re.compile(r"^(down_revision|revision)\b[^=\n]*=\s*(.+?)\s*$", re.MULTILINE)
_QUOTED = re.compile(r"""^(['"])(\w+)\1$""")


def __getattr__(name: str) -> Any:
    if name == "SchemaTooNew":  # re-exported, imported on first use
        from app.db.schema import SchemaTooNew

        return SchemaTooNew
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def head_revision() -> str | None:
    """The newest revision this program knows (:func:`app.db.schema.head_revision`), read
    from the version files when they are plain."""
    plain = _plain_head(_versions_dir())
    if plain is not None:
        return plain
    from app.db import schema

    return schema.head_revision()


def current_revision(engine: Engine) -> str | None:
    from app.db import schema

    return schema.current_revision(engine)


def upgrade_schema(engine: Engine) -> None:
    from app.db import schema

    schema.upgrade_schema(engine)


def _versions_dir() -> Path:
    """The version files this program migrates with: those of :mod:`app.db.schema` once it is
    loaded (its ``MIGRATIONS_DIR`` is the one Alembic uses, and a test points it at the next
    release's), else the shipped folder."""
    schema = sys.modules.get("app.db.schema")
    folder = getattr(schema, "MIGRATIONS_DIR", None)
    return Path(folder) / "versions" if folder is not None else _VERSIONS


@lru_cache(maxsize=4)
def _plain_head(versions: Path = _VERSIONS) -> str | None:
    """The head revision read from the version files' ``revision``/``down_revision`` lines
    (one chain of plain string revisions), or None when they are not that simple — merges,
    computed values, no source files in a frozen build — and Alembic must decide."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions.glob("*.py"):
        found = dict(m.groups() for m in _REVISION.finditer(script.read_text("utf-8")))
        own = _QUOTED.match(found.get("revision", ""))
        parent = found.get("down_revision")
        if own is None or parent is None:
            return None
        revisions.add(own.group(2))
        if parent != "None":
            quoted = _QUOTED.match(parent)
            if quoted is None:
                return None
            parents.add(quoted.group(2))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None


def open_database(db: str | Path, *, create: bool = False, daily_backup: bool = False) -> Engine:
    """An engine on ``db`` whose schema is at head: migrated (after a backup) when older.

    A missing SQLite file (or an empty PostgreSQL database) is created at head only with
    ``create=True``; otherwise it is an error, so a mistyped ``--db`` never makes a new file.
    """
    url = db_url(db)
    at_head = False
    if is_sqlite(url):
        path = Path(make_url(url).database or "")
        if path.is_file() and path.stat().st_size > 0:
            # refuse a foreign or newer file before anything writes to it
            revision = _peek_sqlite(path)
            at_head = revision is not None and revision == head_revision()
        elif not create:
            raise SimpegError("context.no_database", path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    if at_head:  # what _bring_to_head does for a database at head, without Alembic
        if daily_backup:
            from app.services import backup

            backup.ensure_daily_backup(url)
        return engine
    try:
        _bring_to_head(engine, url, create=create, daily_backup=daily_backup)
    except BaseException:
        engine.dispose()
        raise
    return engine


def _peek_sqlite(path: Path) -> str | None:
    """Read-only look at an existing file: ours, and not from a newer program? Its revision."""
    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise SimpegError("context.not_simpeg", db=str(path)) from exc
    if revision is None and tables:
        raise SimpegError("context.not_simpeg", db=str(path))
    if revision is not None and revision != head_revision():
        from app.db.schema import SchemaTooNew as _TooNew
        from app.services.restore import is_known_revision

        if not is_known_revision(revision):
            raise _TooNew(revision=revision)
    return revision


def _bring_to_head(engine: Engine, url: str, *, create: bool, daily_backup: bool) -> None:
    from app.services import backup

    revision = current_revision(engine)
    if revision is None:
        if inspect(engine).get_table_names():
            raise SimpegError("context.not_simpeg", db=_label(url))
        if not create:
            raise SimpegError("context.no_database", path=_label(url))
        upgrade_schema(engine)
        return
    if revision == head_revision():
        if daily_backup and is_sqlite(url):
            backup.ensure_daily_backup(url)
        return
    if is_sqlite(url):
        engine.dispose()  # the backup reads the file; no connection of ours holds it open
        backup.backup_now(url, "before-migration")
    upgrade_schema(engine)  # raises SchemaTooNew for an unknown (newer) revision, unchanged


def _label(url: str) -> str:
    if is_sqlite(url):
        return make_url(url).database or url
    return make_url(url).render_as_string(hide_password=True)


class ServiceContext:
    """One open database and the logged-in user (or the system user for headless jobs)."""

    def __init__(self, url: str, factory: SessionFactory) -> None:
        from app.services.office import site_office

        self.url = url
        self.factory = factory
        self.user: CurrentUser | None = None
        with _unit_of_work(factory) as session:
            found = site_office(session)
        self.office_code: str | None = found.code if found else None
        self.office_name: str | None = found.name if found else None

    @classmethod
    def open(cls, db: str | Path, *, create: bool = False,
             daily_backup: bool = False) -> ServiceContext:
        """Open (and if needed migrate) ``db`` — a path or a SQLAlchemy URL."""
        engine = open_database(db, create=create, daily_backup=daily_backup)
        return cls(db_url(db), make_session_factory(engine))

    @property
    def db_label(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        return _label(self.url)

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    def close(self) -> None:
        self.factory.kw["bind"].dispose()

    def __enter__(self) -> ServiceContext:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- who is acting ------------------------------------------------------------------------

    def login(self, username: str, password: str) -> CurrentUser:
        """Log in; a refused login is still recorded (failure count, lock, audit entry)."""
        failure: AuthError | None = None
        with _unit_of_work(self.factory, write_lock=True) as session:
            bind_actor(session, username=username.strip().lower()[:64] or "?", user_id=None,
                       office_code=self.office_code or "")
            try:
                user = auth.authenticate(session, username, password)
            except AuthError as exc:
                failure = exc  # commit the counter and the audit entry, then re-raise
        if failure is not None:
            raise failure
        self.user = user
        return user

    def logout(self) -> None:
        self.user = None

    def set_user(self, user: CurrentUser | None) -> None:
        self.user = user

    def as_system(self) -> ServiceContext:
        """Act as :func:`SYSTEM_USER` of this office (CLI and background jobs)."""
        self.user = SYSTEM_USER(self.office_code or "")
        return self

    def needs_first_admin(self) -> bool:
        with _unit_of_work(self.factory) as session:
            return auth.needs_first_admin(session)

    def create_first_admin(self, username: str, full_name: str, password: str) -> UserRow:
        with _unit_of_work(self.factory, write_lock=True) as session:
            return auth.create_first_admin(session, username, full_name, password,
                                           office_code=self.office_code)

    # --- backups --------------------------------------------------------------------------------

    def backup_now(self, reason: str = "manual", out_dir: Path | None = None) -> BackupInfo:
        """Back up this (SQLite) database now; needs the BACKUP permission; audited."""
        from app.db.audit import append_audit
        from app.services.backup import backup_now

        require(self._actor(), Permission.BACKUP)
        info = backup_now(self.url, reason, out_dir=out_dir)
        with self.write_session() as session:
            append_audit(session, action="db.backup", detail=info.path.name)
        return info

    def restore_backup(self, backup_path: str | Path) -> RestoreResult:
        """Replace this database with a backup (see :func:`app.services.backup.restore`).

        Needs the RESTORE permission. Our connections are closed first; the context stays
        usable afterwards (new connections open the restored file) but logs the user out:
        the restored user table may differ.
        """
        from app.services.backup import restore

        require(self._actor(), Permission.RESTORE)
        self.factory.kw["bind"].dispose()
        result = restore(self.url, backup_path)
        self.factory.kw["bind"].dispose()
        self.user = None
        return result

    # --- running services -----------------------------------------------------------------------

    def _actor(self) -> CurrentUser:
        if self.user is None:
            raise PermissionDenied("auth.login_required")
        return self.user

    def _bind(self, session: Session, actor: CurrentUser) -> None:
        bind_actor(session, username=actor.username, user_id=actor.user_id,
                   office_code=actor.office_code)

    def read(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """``fn(session, actor, *args, **kw)`` in a read unit of work."""
        actor = self._actor()
        with _unit_of_work(self.factory) as session:
            self._bind(session, actor)
            return fn(session, actor, *args, **kw)

    def write(self, fn: Callable[..., T], *args: Any, **kw: Any) -> T:
        """``fn(session, actor, *args, **kw)`` in a write unit of work (``BEGIN IMMEDIATE``)."""
        actor = self._actor()
        with _unit_of_work(self.factory, write_lock=True) as session:
            self._bind(session, actor)
            return fn(session, actor, *args, **kw)

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A read unit of work for core code (CLI, jobs) — never for UI screens."""
        with _unit_of_work(self.factory) as session:
            if self.user is not None:
                self._bind(session, self.user)
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """A write unit of work (``BEGIN IMMEDIATE``) with the current actor bound."""
        actor = self._actor()
        with _unit_of_work(self.factory, write_lock=True) as session:
            self._bind(session, actor)
            yield session


register_messages(
    {
        "auth.login_required": ("Silakan masuk (login) dahulu.", "Please log in first."),
    }
)
