"""Fixtures of the service tests.

``fast_hashing`` swaps in cheap Argon2id parameters (the production ones take ~0.1–0.4 s per
hash); ``site_factory`` is a database at head (both backends) set up as office 15.02 with an
admin ``admin1`` (password :data:`ADMIN_PASSWORD`).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.db.engine import SessionFactory, unit_of_work
from app.db.sync_meta import init_site
from app.db.tracking import bind_actor
from app.services.auth import create_first_admin
from app.services.passwords import HashParams, set_hash_params
from tests.core.services.auth_support import ADMIN_PASSWORD, CHEAP, SITE


@pytest.fixture
def fast_hashing() -> Iterator[HashParams]:
    previous = set_hash_params(CHEAP)
    yield CHEAP
    set_hash_params(previous)


@pytest.fixture
def site_factory(session_factory, fast_hashing) -> SessionFactory:
    with unit_of_work(session_factory) as s:
        bind_actor(s, username="system", user_id=None, office_code=SITE)
        init_site(s, SITE)
        create_first_admin(s, "admin1", "Admin Satu", ADMIN_PASSWORD, office_code=SITE)
    return session_factory


@pytest.fixture
def office_url(db_url, fast_hashing) -> str:
    """A database set up by ``init_office`` for 15.02 with admin ``admin1`` (both backends)."""
    from app.services.office import AdminSpec, init_office

    init_office(db_url, SITE, admin=AdminSpec("admin1", ADMIN_PASSWORD, "Admin Satu"))
    return db_url


@pytest.fixture
def office_db(_sqlite_head_template, tmp_path, fast_hashing) -> Path:
    """A SQLite file set up by ``init_office`` for 15.02 with admin ``admin1``."""
    from app.services.office import AdminSpec, init_office

    path = tmp_path / "kantor.db"
    shutil.copyfile(_sqlite_head_template, path)  # schema at head already: init skips Alembic
    init_office(path, SITE, admin=AdminSpec("admin1", ADMIN_PASSWORD, "Admin Satu"))
    return path
