"""Test set-up shared by every suite.

Qt must never try to open a display in tests: the offscreen platform is set before anything
imports Qt (without it a test run with no display aborts with exit 134).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own SIMPEG_HOME: never the user's real data folder."""
    home = tmp_path_factory.mktemp("simpeg-home")
    monkeypatch.setenv("SIMPEG_HOME", str(home))
    yield home


# --- Database fixtures ----------------------------------------------------------------------
# ``db_url`` is a database at the newest schema revision, once on SQLite (a file in tmp_path,
# copied from a template made once per run) and once on PostgreSQL (a fresh database cloned
# from a template database with ``CREATE DATABASE … TEMPLATE``). PostgreSQL runs when
# SIMPEG_TEST_PG_URL is set (scripts/run-tests.sh sets it; ``bash scripts/pg-test.sh start``
# prints one) and is skipped otherwise. ``empty_db_url`` is the same without any schema.

import shutil  # noqa: E402
import uuid  # noqa: E402

PG_URL_ENV = "SIMPEG_TEST_PG_URL"
_BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _sqlite_url(path) -> str:
    return f"sqlite:///{path}"


def _pg_database_url(server_url: str, name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _sqlite_head_template(tmp_path_factory):
    from app.db.schema import create_schema

    path = tmp_path_factory.mktemp("db-template") / "head.db"
    create_schema(_sqlite_url(path))
    return path


@pytest.fixture(scope="session")
def _pg_server():
    """(admin engine, server URL, name of a template database at head) for the whole run."""
    server_url = os.environ.get(PG_URL_ENV, "")
    if not server_url:
        pytest.skip(
            f"PostgreSQL not available: {PG_URL_ENV} is empty (run scripts/run-tests.sh, "
            "or export the URL printed by `bash scripts/pg-test.sh start`)"
        )
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from app.db.schema import create_schema

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    template = f"simpeg_head_{os.getpid()}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
        conn.exec_driver_sql(f'CREATE DATABASE "{template}" TEMPLATE template0')
    create_schema(_pg_database_url(server_url, template))
    yield admin, server_url, template
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')
    admin.dispose()


def _fresh_pg_database(request, template: str | None):
    admin, server_url, head_template = request.getfixturevalue("_pg_server")
    name = f"simpeg_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f'CREATE DATABASE "{name}" TEMPLATE "{template or head_template}"'
        )
    yield _pg_database_url(server_url, name)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=_BACKENDS)
def db_url(request, tmp_path):
    """A database at the newest schema revision, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        path = tmp_path / "simpeg.db"
        shutil.copyfile(request.getfixturevalue("_sqlite_head_template"), path)
        yield _sqlite_url(path)
    else:
        yield from _fresh_pg_database(request, None)


@pytest.fixture(params=_BACKENDS)
def empty_db_url(request, tmp_path):
    """A database with no tables at all, on SQLite and on PostgreSQL (for migration tests)."""
    if request.param == "sqlite":
        yield _sqlite_url(tmp_path / "empty.db")
    else:
        yield from _fresh_pg_database(request, "template0")


def _session_factory(url):
    from app.db.engine import make_session_factory

    factory = make_session_factory(url)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def session_factory(db_url):
    """``make_session_factory`` on a database at head (both backends)."""
    yield from _session_factory(db_url)


@pytest.fixture
def sqlite_session_factory(_sqlite_head_template, tmp_path):
    """``make_session_factory`` on a SQLite file at head, for tests that need only SQLite."""
    path = tmp_path / "simpeg.db"
    shutil.copyfile(_sqlite_head_template, path)
    yield from _session_factory(_sqlite_url(path))
