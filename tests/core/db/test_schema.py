"""Migrations: the baseline equals the models, upgrades are atomic, newer databases are refused."""

from __future__ import annotations

import shutil

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.db import schema
from app.db.engine import make_engine
from app.db.models import metadata
from app.db.schema import SchemaTooNew, create_schema, current_revision, head_revision


@pytest.fixture
def engine_for():
    engines = []

    def make(url):
        engine = make_engine(url)
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.dispose()


def test_create_schema_migrations_agree_with_models(empty_db_url, engine_for):
    engine = engine_for(empty_db_url)
    create_schema(engine)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diffs == []
    assert set(metadata.tables) <= set(inspect(engine).get_table_names())


def test_create_schema_records_head_revision(empty_db_url, engine_for):
    engine = engine_for(empty_db_url)
    assert current_revision(engine) is None
    create_schema(empty_db_url)
    assert head_revision() is not None
    assert current_revision(engine) == head_revision()


def test_upgrade_schema_at_head_changes_nothing(db_url, engine_for):
    engine = engine_for(db_url)
    before = sorted(inspect(engine).get_table_names())
    schema.upgrade_schema(engine)
    assert current_revision(engine) == head_revision()
    assert sorted(inspect(engine).get_table_names()) == before


def test_upgrade_schema_refuses_database_from_newer_version(db_url, engine_for):
    engine = engine_for(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNew) as caught:
        schema.upgrade_schema(engine)
    assert "Database dibuat oleh versi aplikasi yang lebih baru" in caught.value.text("id")
    assert "9999_future" in caught.value.text("id")
    assert "newer version" in caught.value.text("en")
    assert current_revision(engine) == "9999_future"


FAILING_REVISION = f'''
import sqlalchemy as sa
from alembic import op

revision = "next_fails"
down_revision = "{head_revision()}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    raise RuntimeError("migration failed half-way")


def downgrade():
    pass
'''


def test_failed_migration_leaves_database_as_before(empty_db_url, engine_for, tmp_path,
                                                    monkeypatch):
    migrations = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, migrations,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "next_fails.py").write_text(FAILING_REVISION)
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    engine = engine_for(empty_db_url)

    with pytest.raises(RuntimeError, match="half-way"):
        schema.upgrade_schema(engine)

    assert inspect(engine).get_table_names() == []
    assert current_revision(engine) is None
