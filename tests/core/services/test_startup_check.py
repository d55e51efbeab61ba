"""The start-up integrity check: light every time, page by page once a day before the daily
backup, and the way out of a damaged file (kept aside, a backup restored in its place)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime

import pytest

from app.services.backup import BackupError, backup_dir, backup_now, ensure_daily_backup
from app.services.startup_check import check_at_startup, daily_check_due, restore_damaged


def _damage(path, at: float = 0.5, size: int = 8192) -> None:
    with open(path, "r+b") as fh:
        fh.seek(int(os.path.getsize(path) * at) // 4096 * 4096)
        fh.write(os.urandom(size))


@pytest.fixture
def big_office(office_db):
    """The office file with enough rows that damage in its middle hits table pages."""
    with sqlite3.connect(office_db) as conn:
        conn.execute("CREATE TABLE filler (n INTEGER, t TEXT)")
        conn.executemany("INSERT INTO filler VALUES (?, ?)",
                         ((n, "x" * 200) for n in range(20_000)))
    return office_db


def test_a_whole_database_passes_and_postgres_is_not_ours(office_db):
    found = check_at_startup(office_db)
    assert found is not None and found.ok and found.full  # no daily backup yet today
    ensure_daily_backup(office_db)
    again = check_at_startup(office_db)
    assert again.ok and not again.full  # the day's thorough check was done
    assert check_at_startup("postgresql+psycopg://x@localhost/db") is None
    assert check_at_startup(office_db.with_name("belum-ada.db")) is None


def test_damage_inside_is_found_by_the_daily_check(big_office):
    _damage(big_office)
    light = check_at_startup(big_office, full=False)
    assert light.ok  # the light check reads the schema only
    full = check_at_startup(big_office)
    assert not full.ok and full.full and full.problem


def test_a_file_that_is_not_sqlite_any_more(office_db):
    _damage(office_db, at=0, size=100)
    found = check_at_startup(office_db, full=False)
    assert found.problem == "berkas ini bukan basis data SQLite (awal berkas rusak)"


def test_a_truncated_file(big_office):
    with open(big_office, "r+b") as fh:
        fh.truncate(os.path.getsize(big_office) // 2)
    found = check_at_startup(big_office, full=False)
    assert found.problem == "berkas basis data terpotong (lebih pendek dari isinya)"


def test_restore_keeps_the_damaged_file_and_brings_the_backup_back(big_office):
    good = backup_now(big_office, "daily")
    _damage(big_office)
    found = check_at_startup(big_office, full=True)
    assert not found.ok and [b.path for b in found.backups] == [good.path]
    done = restore_damaged(big_office, good.path)
    assert done.kept_as.exists() and done.kept_as.parent == big_office.parent
    assert done.kept_as.name.startswith("kantor.rusak-")
    assert check_at_startup(big_office, full=True).ok
    with sqlite3.connect(big_office) as conn:
        assert conn.execute("SELECT count(*) FROM filler").fetchone()[0] == 20_000


def test_a_bad_backup_moves_nothing(big_office, tmp_path):
    _damage(big_office)
    before = big_office.read_bytes()
    fake = tmp_path / "simpeg-20260101-010101-daily.db"
    fake.write_bytes(b"bukan basis data")
    with pytest.raises(BackupError):
        restore_damaged(big_office, fake)
    assert big_office.read_bytes() == before
    assert [p.name for p in big_office.parent.glob("*.rusak-*")] == []


def test_the_daily_check_is_due_until_todays_daily_backup(office_db):
    assert daily_check_due(office_db)
    folder = backup_dir(office_db)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    (folder / f"simpeg-{stamp}-manual.db").write_bytes(b"")
    assert daily_check_due(office_db)  # a manual backup is not the daily one
    ensure_daily_backup(office_db)
    assert not daily_check_due(office_db)
