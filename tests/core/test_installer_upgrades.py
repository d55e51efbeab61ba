"""Installing another release over an office's data, end to end through ``simpeg``:
a newer release migrates an older database after a backup; an older release refuses a newer
database with a clear message and leaves it untouched.

A "newer release" is this program with one more Alembic revision: a copy of
``app/db/migrations`` plus ``next_uji_rilis`` (a new table after today's head), put in place
by pointing ``app.db.schema.MIGRATIONS_DIR`` at it — exactly what installing the next version
changes.
:func:`newer_release` is also used by the GUI start-up test (tests/ui/test_self_test_upgrades.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db import schema
from app.errors import set_language
from app.services.backup import backup_dir, list_backups
from app.services.passwords import HashParams, set_hash_params

TODAY = schema.head_revision()
"""The newest revision of this program (what ``init`` writes today)."""
NEW_REVISION = "next_uji_rilis"
NEW_TABLE = "uji_rilis"
PASSWORD = "kopi-tubruk-pagi"
_MIGRATION = f'''"""Test only: the next release adds a table."""
import sqlalchemy as sa
from alembic import op

revision = "{NEW_REVISION}"
down_revision = "{TODAY}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("{NEW_TABLE}", sa.Column("id", sa.Integer, primary_key=True))


def downgrade():
    op.drop_table("{NEW_TABLE}")
'''


def newer_release(folder: Path) -> Path:
    """The migrations folder of the next release (today's plus ``next_uji_rilis``)."""
    target = folder / "migrations-next"
    shutil.copytree(schema.MIGRATIONS_DIR, target,
                    ignore=shutil.ignore_patterns("__pycache__"))
    (target / "versions" / f"{NEW_REVISION}.py").write_text(_MIGRATION, encoding="utf-8")
    return target


def revision_of(path: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def tables_of(path: Path) -> set[str]:
    with contextlib.closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _fast_hashing_and_language():
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    yield
    set_hash_params(previous)
    set_language("id")


def simpeg(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def init_office(capsys, db: Path) -> None:
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.02",
                          "--admin-user", "admin1", "--admin-password", PASSWORD)
    assert code == 0, err


def test_a_newer_release_migrates_an_older_database_after_a_backup(capsys, tmp_path,
                                                                    monkeypatch):
    db = tmp_path / "kantor.db"
    init_office(capsys, db)  # made by today's release
    assert revision_of(db) == TODAY

    monkeypatch.setattr(schema, "MIGRATIONS_DIR", newer_release(tmp_path))
    code, out, err = simpeg(capsys, "--db", db, "--json", "users", "list")

    assert (code, err) == (0, "")
    assert [u["username"] for u in json.loads(out)] == ["admin1"]  # the data came along
    assert revision_of(db) == NEW_REVISION and NEW_TABLE in tables_of(db)
    (backup,) = list_backups(backup_dir(db))
    assert backup.reason == "before-migration"
    assert revision_of(backup.path) == TODAY and NEW_TABLE not in tables_of(backup.path)
    with contextlib.closing(sqlite3.connect(backup.path)) as conn:  # a whole office
        assert conn.execute("SELECT username FROM app_user").fetchall() == [("admin1",)]

    code, _, err = simpeg(capsys, "--db", db, "users", "list")  # the next start: nothing to do
    assert (code, err) == (0, "")
    assert len(list_backups(backup_dir(db))) == 1


def test_an_older_release_refuses_a_newer_database_and_leaves_it_alone(capsys, tmp_path,
                                                                       monkeypatch):
    db = tmp_path / "kantor.db"
    today = schema.MIGRATIONS_DIR
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", newer_release(tmp_path))
    init_office(capsys, db)  # made by the next release
    assert revision_of(db) == NEW_REVISION
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", today)  # today's release opens it
    before = sha(db)

    code, out, err = simpeg(capsys, "--db", db, "users", "list")

    assert code == 1 and out == ""
    (line,) = err.strip().splitlines()
    assert "versi aplikasi yang lebih baru" in line and NEW_REVISION in line
    assert "Perbarui SIMPEG Luring" in line
    assert sha(db) == before
    assert list_backups(backup_dir(db)) == []

    code, _, err = simpeg(capsys, "--lang", "en", "--db", db, "users", "list")
    assert code == 1 and "newer version of the application" in err and "Update SIMPEG" in err
