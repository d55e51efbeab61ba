"""Bundles speak of the revisions that change synced records: an index-only migration must not
split offices that upgraded from those that have not yet."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, inspect

from app.db.schema import alembic_config, head_revision
from app.sync.versions import RECORD_NEUTRAL, SchemaSupport


def _columns(url: str) -> dict[str, list[tuple[str, str, bool]]]:
    engine = create_engine(url)
    try:
        found = inspect(engine)
        return {table: [(c["name"], str(c["type"]), bool(c["nullable"]))
                        for c in found.get_columns(table)]
                for table in sorted(found.get_table_names()) if table != "alembic_version"}
    finally:
        engine.dispose()


def test_a_record_neutral_migration_changes_no_column(tmp_path):
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    assert RECORD_NEUTRAL, "nothing to check"
    for revision in sorted(RECORD_NEUTRAL):
        before = scripts.get_revision(revision).down_revision
        url = f"sqlite:///{tmp_path / f'{revision}.db'}"
        command.upgrade(alembic_config(url), str(before))
        columns_before = _columns(url)
        command.upgrade(alembic_config(url), revision)
        assert _columns(url) == columns_before, f"{revision} changes columns: not record-neutral"


def test_an_upgraded_office_and_one_not_yet_upgraded_read_each_others_bundles():
    from alembic.script import ScriptDirectory

    chain = [r.revision for r in ScriptDirectory.from_config(alembic_config()).walk_revisions()]
    chain.reverse()  # oldest first, record-neutral revisions included
    newest_neutral = max(RECORD_NEUTRAL, key=chain.index)
    before = chain[: chain.index(newest_neutral)]  # what the program before it knew
    old_program = SchemaSupport(tuple(before), before[-1])
    today = SchemaSupport.from_alembic()
    assert head_revision() in chain
    assert old_program.is_readable(today.current)
    assert today.is_readable(old_program.current)
    assert not old_program.is_readable("next")  # a really newer bundle is still refused
