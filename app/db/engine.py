"""Engine and session set-up, the same code on SQLite (offices) and PostgreSQL (province).

SQLite: WAL, foreign keys on every connection, ``synchronous=NORMAL`` for everyday work and
``FULL`` for a ``unit_of_work(..., durable=True)`` (imports, migrations). The pysqlite driver
does not emit BEGIN before DDL/SELECT, so we take over transaction control (SQLAlchemy's
documented recipe) and issue ``BEGIN`` ourselves — ``BEGIN IMMEDIATE`` when the session asks
for a write lock.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.db.tracking import install as install_tracking

SessionFactory = sessionmaker[Session]
WRITER_LOCK_KEY = 0x51_4D_50_45_47  # "SIMPEG": PostgreSQL advisory lock of a write unit of work


def db_url(path_or_url: str | Path) -> str:
    """``--db`` takes a file path or a SQLAlchemy URL; return a URL."""
    text = str(path_or_url)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def is_sqlite(engine_or_url: Engine | str) -> bool:
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    return url.get_backend_name() == "sqlite"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=10000")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        # PRAGMA synchronous cannot change inside a transaction: set it for each one here.
        options = conn.get_execution_options()
        level = "FULL" if options.get("sqlite_durable") else "NORMAL"
        conn.exec_driver_sql(f"PRAGMA synchronous={level}")
        conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")


def make_engine(path_or_url: str | Path, **kwargs: object) -> Engine:
    url = db_url(path_or_url)
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)  # type: ignore[arg-type]
        _install_sqlite_hooks(engine)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(url, **kwargs)  # type: ignore[arg-type]


def make_session_factory(path_or_url: str | Path | Engine, **kwargs: object) -> SessionFactory:
    engine = (
        path_or_url if isinstance(path_or_url, Engine) else make_engine(path_or_url, **kwargs)
    )
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    install_tracking(factory)  # every write is stamped, logged for sync and audited
    return factory


@contextmanager
def unit_of_work(
    factory: SessionFactory, *, write_lock: bool = False, durable: bool = False
) -> Iterator[Session]:
    """One user action: commit on success, roll back on any error.

    ``write_lock`` takes SQLite's write lock up front (``BEGIN IMMEDIATE``) so a long write
    job cannot fail half-way on a busy database (on PostgreSQL a transaction advisory lock,
    :data:`WRITER_LOCK_KEY`, so writers take turns there too); ``durable`` runs the transaction with
    ``synchronous=FULL`` (imports, migrations, restores). A rollback is only attempted while a
    transaction is still active: SQLite may already have rolled back by itself on
    SQLITE_FULL, and an unconditional ROLLBACK would hide "disk full".
    """
    session = factory()
    sqlite = is_sqlite(session.get_bind())
    if sqlite and (write_lock or durable):
        session.connection(
            execution_options={"sqlite_durable": durable, "sqlite_begin": "IMMEDIATE"}
        )
    elif write_lock:
        # PostgreSQL: the same one-writer-at-a-time as BEGIN IMMEDIATE. Without it a clerk's
        # unit of work reads a record another clerk is changing, then writes the row's stamps
        # from its stale copy (the other change's stamp is lost), and two multi-flush writers
        # can deadlock on site_state. Readers are never blocked; the lock ends with the
        # transaction.
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
    try:
        yield session
        session.commit()
    except BaseException:
        if session.in_transaction():
            session.rollback()
        raise
    finally:
        session.close()
