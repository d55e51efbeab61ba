"""Migration 0002: a database at the baseline gets the JP and audit-filter indexes, data kept."""

from __future__ import annotations

from datetime import datetime

from alembic import command
from sqlalchemy import inspect, text

from app.db.engine import make_engine
from app.db.schema import alembic_config, current_revision, upgrade_schema

NEW_INDEXES = {
    ("training_session", "ix_training_session_end_date"): ["end_date"],
    ("audit_log", "ix_audit_log_at"): ["at"],
    ("audit_log", "ix_audit_log_username_at"): ["username", "at"],
    ("audit_log", "ix_audit_log_action_at"): ["action", "at"],
}


def _indexes(engine) -> dict[tuple[str, str], list[str]]:
    found = {}
    inspector = inspect(engine)
    for table in ("training_session", "audit_log"):
        for ix in inspector.get_indexes(table):
            found[(table, ix["name"])] = list(ix["column_names"])
    return found


def _at_baseline(url: str):
    engine = make_engine(url)
    config = alembic_config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    return engine


def test_a_baseline_database_gets_the_indexes_and_keeps_its_rows(empty_db_url):
    engine = _at_baseline(empty_db_url)
    try:
        assert current_revision(engine) == "0001"
        assert not set(NEW_INDEXES) & set(_indexes(engine))
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO audit_log (seq, at, username, action, fields, detail, prev_hash, "
                "hash) VALUES (1, :at, 'admin1', 'login', '[]', '', :h, :h)"),
                {"at": datetime(2026, 11, 2, 8, 30), "h": "0" * 64})

        upgrade_schema(engine)

        assert current_revision(engine) == "0002"
        found = _indexes(engine)
        assert {k: found.get(k) for k in NEW_INDEXES} == NEW_INDEXES
        with engine.connect() as conn:
            assert conn.execute(text("SELECT username FROM audit_log")).scalars().all() == [
                "admin1"]
    finally:
        engine.dispose()


def test_the_downgrade_drops_only_the_new_indexes(empty_db_url):
    engine = _at_baseline(empty_db_url)
    try:
        before = _indexes(engine)
        upgrade_schema(engine)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "0001")
        assert _indexes(engine) == before
    finally:
        engine.dispose()
