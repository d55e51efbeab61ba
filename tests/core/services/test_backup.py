"""Backups: take, rotate, inspect, restore (and refuse damaged files), check."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from datetime import datetime

import pytest
from sqlalchemy import func, select

from app.db.engine import make_session_factory, unit_of_work
from app.db.sync_meta import SiteState
from app.db.users import User
from app.services import auth
from app.services.backup import (
    BackupError,
    RotationPolicy,
    backup_dir,
    backup_now,
    check,
    ensure_daily_backup,
    inspect_backup,
    list_backups,
    restore,
    rotate,
)
from app.services.context import ServiceContext
from tests.core.services.auth_support import SITE


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def add_user(db, username):
    with ServiceContext.open(db) as ctx:
        ctx.as_system()
        ctx.write(auth.add_user, username, username.title(), "operator", f"{username}-sandi-9")


def usernames(db):
    with ServiceContext.open(db) as ctx:
        return [r.username for r in ctx.as_system().read(auth.list_users)]


def incarnation(db):
    factory = make_session_factory(db)
    try:
        with unit_of_work(factory) as s:
            return s.scalar(select(SiteState.incarnation))
    finally:
        factory.kw["bind"].dispose()


# --- taking and describing --------------------------------------------------------------------


def test_backup_now_writes_a_named_complete_copy(office_db):
    info = backup_now(office_db, "manual")
    assert info.path.parent == backup_dir(office_db)
    assert info.path.name.startswith("simpeg-") and info.path.name.endswith("-manual.db")
    assert datetime.strptime(info.path.name[7:22], "%Y%m%d-%H%M%S")
    assert info.size == info.path.stat().st_size > 0
    assert (info.office_code, info.counts["app_user"], info.counts["office"]) == (SITE, 1, 12)
    assert not list(info.path.parent.glob("*.part"))
    described = inspect_backup(info.path)
    assert described.schema_revision is not None and described.employees == 0
    assert usernames(info.path) == ["admin1"]


def test_default_database_backs_up_into_the_backups_folder(tmp_path, fast_hashing):
    from app.config import app_paths
    from app.services.office import init_office

    paths = app_paths().ensure()
    init_office(paths.default_db, SITE)
    assert backup_now(paths.default_db).path.parent == paths.backups


def test_backup_includes_what_is_still_in_the_wal(office_db):
    with ServiceContext.open(office_db) as ctx:  # keep a connection open: WAL not checkpointed
        ctx.as_system()
        ctx.write(auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
        info = backup_now(office_db, "manual")
    assert usernames(info.path) == ["admin1", "budi"]


def test_backup_into_a_chosen_folder_is_not_rotated(office_db, tmp_path):
    out = tmp_path / "flashdisk"
    for _ in range(3):
        backup_now(office_db, "manual", out_dir=out, policy=RotationPolicy(manual=1))
    assert len(list(out.glob("simpeg-*.db"))) == 3


def test_rotation_keeps_the_newest_of_each_kind(tmp_path):
    names = [f"simpeg-2025010{d}-080000-{reason}.db"
             for d in range(1, 10) for reason in ("daily", "before-import", "manual")]
    names += ["simpeg-20250101-080000-before-migration.db", "catatan.txt"]
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    removed = rotate(tmp_path, RotationPolicy(daily=3, before=4, manual=2))
    left = sorted(p.name for p in tmp_path.iterdir())
    assert [n for n in left if n.endswith("-daily.db")] == [
        f"simpeg-2025010{d}-080000-daily.db" for d in (7, 8, 9)]
    assert [n for n in left if n.endswith("-manual.db")] == [
        f"simpeg-2025010{d}-080000-manual.db" for d in (8, 9)]
    assert len([n for n in left if "-before-" in n]) == 4
    assert "simpeg-20250101-080000-before-migration.db" not in left  # the oldest "before"
    assert "catatan.txt" in left
    assert len(removed) == len(names) - len(left)


def test_daily_backup_is_taken_once_a_day(office_db):
    first = ensure_daily_backup(office_db)
    assert first is not None and first.reason == "daily"
    assert ensure_daily_backup(office_db) is None
    assert [b.reason for b in list_backups(backup_dir(office_db))] == ["daily"]


def test_postgresql_is_refused_with_a_pointer_to_pg_dump():
    with pytest.raises(BackupError) as err:
        backup_now("postgresql+psycopg://u@127.0.0.1:1/x", "manual")
    assert "pg_dump" in err.value.text("id") and "pg_dump" in err.value.text("en")
    with pytest.raises(BackupError):
        restore("postgresql+psycopg://u@127.0.0.1:1/x", "/tmp/x.db")


def test_backup_of_a_missing_database_says_so(tmp_path):
    with pytest.raises(BackupError) as err:
        backup_now(tmp_path / "tidak-ada.db")
    assert "tidak ada" in err.value.text("id")


# --- inspecting and refusing damaged files ------------------------------------------------------


def _damaged_copies(backup, tmp_path):
    data = backup.read_bytes()
    truncated = tmp_path / "potong.db"
    truncated.write_bytes(data[: len(data) // 3])
    garbled = tmp_path / "acak.db"
    page = 4096
    mid = bytearray(data)
    mid[page * 2: page * 6] = os.urandom(page * 4)
    garbled.write_bytes(bytes(mid))
    not_db = tmp_path / "bukan.db"
    not_db.write_bytes(b"PK\x03\x04 ini berkas zip, bukan basis data" * 50)
    foreign = tmp_path / "asing.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    return [truncated, garbled, not_db, foreign, tmp_path / "hilang.db"]


def test_inspect_refuses_damaged_or_foreign_files(office_db, tmp_path):
    good = backup_now(office_db).path
    for bad in _damaged_copies(good, tmp_path):
        with pytest.raises(BackupError) as err:
            inspect_backup(bad)
        assert bad.name in err.value.text("id"), err.value.text("id")


def test_restore_refuses_a_damaged_backup_and_changes_nothing(office_db, tmp_path):
    good = backup_now(office_db).path
    before = sha(office_db)
    for bad in _damaged_copies(good, tmp_path):
        with pytest.raises(BackupError):
            restore(office_db, bad)
        assert sha(office_db) == before
    assert [b.reason for b in list_backups(backup_dir(office_db))] == ["manual"]


# --- restoring --------------------------------------------------------------------------------


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(office_db):
    backup = backup_now(office_db).path
    add_user(office_db, "budi")
    old_incarnation = incarnation(office_db)
    result = restore(office_db, backup)
    assert usernames(office_db) == ["admin1"]
    assert result.safety_backup is not None and result.safety_backup.reason == "before-restore"
    assert usernames(result.safety_backup.path) == ["admin1", "budi"]
    assert result.incarnation == incarnation(office_db) != old_incarnation
    assert not os.path.exists(f"{office_db}-wal") or os.path.getsize(f"{office_db}-wal") == 0
    assert not list(office_db.parent.glob("*.part"))
    report = check(office_db)
    assert report.ok, report.summary()
    factory = make_session_factory(office_db)
    with unit_of_work(factory) as s:
        from app.db.audit import AuditEntry

        last = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert (last.action, last.detail) == ("db.restore", backup.name)
        previous = s.scalar(select(SiteState.previous_incarnation))
    factory.kw["bind"].dispose()
    assert previous == old_incarnation


def test_restore_onto_a_new_machine_needs_no_safety_copy(office_db, tmp_path):
    backup = backup_now(office_db).path
    target = tmp_path / "pc-baru" / "simpeg.db"
    result = restore(target, backup)
    assert result.safety_backup is None
    assert usernames(target) == ["admin1"]


def test_restore_refuses_another_offices_backup(office_db, tmp_path, fast_hashing):
    from app.services.office import init_office

    other = tmp_path / "kota.db"
    init_office(other, "15.71")
    backup = backup_now(other).path
    before = sha(office_db)
    with pytest.raises(BackupError) as err:
        restore(office_db, backup)
    assert "15.71" in err.value.text("id") and SITE in err.value.text("id")
    assert sha(office_db) == before


def test_restore_refuses_a_backup_from_a_newer_program(office_db, tmp_path):
    backup = backup_now(office_db).path
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = sha(office_db)
    with pytest.raises(BackupError) as err:
        restore(office_db, backup)
    assert "lebih baru" in err.value.text("id")
    assert sha(office_db) == before


# --- check ------------------------------------------------------------------------------------


def test_check_passes_on_a_healthy_database(office_url):
    report = check(office_url)
    assert report.ok, report.summary()
    assert report.audit.count >= 1
    assert report.summary("id").startswith("Basis data")


def _tamper_audit(url, seq):
    """Change one audit entry behind the program's back (raw SQL, no ORM)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET detail = 'diubah diam-diam' WHERE seq = :s"),
                     {"s": seq})
    engine.dispose()


def test_check_names_the_tampered_audit_entry(office_url):
    with ServiceContext.open(office_url) as ctx:
        ctx.as_system()
        for name in ("budi", "citra", "dedi"):
            ctx.write(auth.add_user, name, name.title(), "operator", f"{name}-sandi-9")
    assert check(office_url).ok
    _tamper_audit(office_url, 3)
    report = check(office_url)
    assert not report.ok
    assert report.audit.first_broken_seq == 3
    assert "nomor 3" in report.summary("id")
    assert any("nomor 3" in line for line in report.lines("id"))


def test_check_reports_a_damaged_sqlite_file(office_db):
    add_user(office_db, "budi")
    data = bytearray(office_db.read_bytes())
    data[4096 * 3: 4096 * 5] = os.urandom(4096 * 2)
    office_db.write_bytes(bytes(data))
    report = check(office_db)
    assert not report.ok and report.integrity
    assert "rusak" in report.summary("id")


def test_check_reports_broken_references(office_db):
    with sqlite3.connect(office_db) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE office SET id = id")  # no-op write keeps the file valid
        conn.execute(
            "INSERT INTO org_unit (id, office_code, stamps, deleted, updated_at, parent_id, name, "
            "kind, sort_order, active) VALUES ('u1', '15.02', '{}', 0, '2025-01-01', "
            "'tidak-ada', 'Dinas X', 'dinas', 0, 1)"
        )
    conn.close()
    report = check(office_db)
    assert not report.ok
    assert report.foreign_keys and "org_unit" in report.foreign_keys[0]


def test_users_survive_a_backup_restore_round_trip(office_db):
    add_user(office_db, "budi")
    backup = backup_now(office_db).path
    add_user(office_db, "citra")
    restore(office_db, backup)
    factory = make_session_factory(office_db)
    with unit_of_work(factory) as s:
        assert s.scalar(select(func.count()).select_from(User)) == 2
    factory.kw["bind"].dispose()
