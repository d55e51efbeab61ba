"""Fixtures: a tracked SQLite file database with this site initialised as office 15.02."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager

import pytest
from sqlalchemy.orm import Session

from app.db.base import Base
from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.sync_meta import init_site
from app.db.tracking import bind_actor
from tests.core.tracking.models import TestBase

SITE = "15.02"


def create_schema(factory: SessionFactory) -> None:
    engine = factory.kw["bind"]
    Base.metadata.create_all(engine)
    TestBase.metadata.create_all(engine)


@pytest.fixture
def factory(tmp_path) -> Iterator[SessionFactory]:
    factory = make_session_factory(tmp_path / "t.db")
    create_schema(factory)
    with unit_of_work(factory) as s:
        init_site(s, SITE)
    yield factory
    factory.kw["bind"].dispose()


Uow = Callable[..., AbstractContextManager[Session]]


@pytest.fixture
def uow(factory) -> Uow:
    """``with uow() as s:`` — a unit of work with clerk ``op1`` of office 15.02 bound."""

    @contextmanager
    def _uow(username: str = "op1", office: str = SITE) -> Iterator[Session]:
        with unit_of_work(factory, write_lock=True) as s:
            bind_actor(s, username=username, user_id=f"id-{username}", office_code=office)
            yield s

    return _uow
