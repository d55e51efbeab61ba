"""Schema-level tests write rows straight through the ORM, without the change-tracking hooks
that ``make_session_factory`` installs (those have their own tests): ``plain_factory``."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import sessionmaker

from app.db.engine import make_engine


def _plain(url):
    engine = make_engine(url)
    yield sessionmaker(bind=engine, expire_on_commit=False)
    engine.dispose()


@pytest.fixture
def plain_factory(db_url):
    """A session factory on a database at head (both backends), with no tracking hooks."""
    yield from _plain(db_url)


@pytest.fixture
def plain_sqlite_factory(_sqlite_head_template, tmp_path):
    import shutil

    path = tmp_path / "plain.db"
    shutil.copyfile(_sqlite_head_template, path)
    yield from _plain(f"sqlite:///{path}")
