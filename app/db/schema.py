"""Creating and upgrading the database schema with Alembic, configured in code.

Every upgrade runs in one transaction (SQLite and PostgreSQL both have transactional DDL), so a
crash leaves the database before or after the migration, never between. The caller takes the
backup first (DESIGN.md §7); :func:`upgrade_schema` only migrates.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Connection, Engine

from app.db import name_search_alembic  # noqa: F401 - autogenerate knows the triggers
from app.db.engine import is_sqlite, make_engine
from app.errors import SimpegError, register_messages

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNew(SimpegError):
    """The database was migrated by a newer version of the program; we must not touch it."""

    code = "schema.too_new"


register_messages(
    {
        "schema.too_new": (
            "Database dibuat oleh versi aplikasi yang lebih baru (revisi skema {revision}). "
            "Perbarui SIMPEG Luring ke versi terbaru sebelum membuka database ini; "
            "database tidak diubah.",
            "The database was created by a newer version of the application (schema revision "
            "{revision}). Update SIMPEG Luring before opening this database; it was not changed.",
        ),
    }
)


def alembic_config(url: str = "") -> Config:
    """An Alembic configuration built in code: script location and (optionally) the URL."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str | None:
    """The newest revision this program knows."""
    return _scripts().get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for a database without our schema."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_known(revision: str | None) -> None:
    if revision is None:
        return
    try:
        known = _scripts().get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise SchemaTooNew(revision=revision)


def _set_synchronous(conn: Connection, level: str) -> None:
    # SQLite refuses to change the safety level inside a transaction, so this goes to the
    # driver connection directly, outside SQLAlchemy's (auto-begun) transaction.
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(f"PRAGMA synchronous={level}")
    finally:
        cursor.close()


@contextmanager
def _migration_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction holding SQLite's write lock, with ``synchronous=FULL`` for its span."""
    sqlite = is_sqlite(engine)
    with engine.connect() as conn:
        conn.execution_options(sqlite_begin="IMMEDIATE")
        if sqlite:
            _set_synchronous(conn, "FULL")
        try:
            with conn.begin():
                yield conn
        finally:
            if sqlite:
                _set_synchronous(conn, "NORMAL")


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the newest revision in one transaction.

    Raises :class:`SchemaTooNew` (and changes nothing) when the database is at a revision this
    program does not know, i.e. one made by a newer version.
    """
    _check_known(current_revision(engine))
    config = alembic_config()
    with _migration_transaction(engine) as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def create_schema(url_or_engine: str | Engine) -> None:
    """Create (or bring up to date) the schema of the database at ``url_or_engine``."""
    if isinstance(url_or_engine, Engine):
        upgrade_schema(url_or_engine)
        return
    engine = make_engine(url_or_engine)
    try:
        upgrade_schema(engine)
    finally:
        engine.dispose()
