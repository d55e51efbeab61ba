"""Fixtures of the report tests: an office database (15.02 Merangin, set up by
``init_office``) and its system actor; tests add crafted rows with :mod:`builders` through
``write`` and call data functions through ``read``. ``factory`` is a SQLite file (the CLI
opens it); modules that check the data functions on PostgreSQL too override ``factory`` with
``any_factory``."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.tracking import bind_actor
from app.services.roles import SYSTEM_USER, CurrentUser
from tests.core.reports.builders import OFFICE


@pytest.fixture(autouse=True)
def _indonesian():
    """Messages in Indonesian for every test (``main(["--lang", "en", …])`` switches the
    process-wide language; put it back)."""
    from app.errors import set_language

    set_language("id")
    yield
    set_language("id")


@pytest.fixture
def office_file(_sqlite_head_template, tmp_path) -> Path:
    from app.services.office import init_office

    path = tmp_path / "kantor.db"
    shutil.copyfile(_sqlite_head_template, path)
    init_office(path, OFFICE)
    return path


@pytest.fixture
def office_url(db_url) -> str:
    """An office database on SQLite and on PostgreSQL (the data functions run on both)."""
    from app.services.office import init_office

    init_office(db_url, OFFICE)
    return db_url


@pytest.fixture
def factory(office_file) -> Iterator[SessionFactory]:
    """The SQLite office file (what the CLI tests open too)."""
    f = make_session_factory(f"sqlite:///{office_file}")
    yield f
    f.kw["bind"].dispose()


@pytest.fixture
def any_factory(office_url) -> Iterator[SessionFactory]:
    """The office on SQLite and on PostgreSQL: a test module that checks the data functions
    on both backends overrides ``factory`` with this one."""
    f = make_session_factory(office_url)
    yield f
    f.kw["bind"].dispose()


@pytest.fixture
def actor() -> CurrentUser:
    return SYSTEM_USER(OFFICE)


@pytest.fixture
def write(factory) -> Callable[[], contextmanager[Session]]:  # type: ignore[type-arg]
    @contextmanager
    def session() -> Iterator[Session]:
        with unit_of_work(factory) as s:
            bind_actor(s, username="system", user_id=None, office_code=OFFICE)
            yield s

    return session


@pytest.fixture
def read(factory, actor):
    """``read(fn, *args, **kw)`` → ``fn(session, actor, *args, **kw)`` in a unit of work."""
    def call(fn, *args, **kw):
        with unit_of_work(factory) as s:
            return fn(s, actor, *args, **kw)

    return call
