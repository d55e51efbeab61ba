"""ServiceContext: opening (migrating, refusing), logging in, read/write with the actor bound."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from sqlalchemy import select

from app.db.audit import AuditEntry
from app.db.users import User
from app.errors import PermissionDenied, SimpegError
from app.services import auth
from app.services import context as context_module
from app.services.auth import AuthError, Role
from app.services.context import SchemaTooNew, ServiceContext
from tests.core.services.auth_support import ADMIN_PASSWORD, SITE


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_open_refuses_a_missing_database_and_creates_no_file(tmp_path):
    path = tmp_path / "salah-ketik.db"
    with pytest.raises(SimpegError) as err:
        ServiceContext.open(path)
    assert err.value.code == "context.no_database"
    assert "simpeg init --office" in err.value.text("id")
    assert not path.exists()


def test_open_with_create_makes_an_empty_database_at_head(tmp_path):
    from app.db.schema import current_revision, head_revision

    with ServiceContext.open(tmp_path / "baru.db", create=True) as ctx:
        assert ctx.office_code is None
        assert current_revision(ctx.factory.kw["bind"]) == head_revision()
        assert ctx.needs_first_admin()


def test_open_refuses_a_foreign_sqlite_file_unchanged(tmp_path):
    path = tmp_path / "lain.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE catatan (x)")
    before = sha(path)
    with pytest.raises(SimpegError) as err:
        ServiceContext.open(path, create=True)
    assert err.value.code == "context.not_simpeg"
    assert sha(path) == before


def test_open_refuses_a_database_from_a_newer_program_unchanged(office_db):
    with sqlite3.connect(office_db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = sha(office_db)
    with pytest.raises(SchemaTooNew) as err:
        ServiceContext.open(office_db)
    assert "9999_future" in err.value.text("id") and "Perbarui" in err.value.text("id")
    assert sha(office_db) == before


def test_open_backs_up_an_older_database_before_migrating(office_db, monkeypatch):
    from app.config import app_paths
    from app.services.backup import backup_dir, list_backups

    calls = []
    monkeypatch.setattr(context_module, "head_revision", lambda: "0002_newer")
    monkeypatch.setattr(context_module, "upgrade_schema",
                        lambda engine: calls.append(list_backups(backup_dir(office_db))))
    ServiceContext.open(office_db).close()
    assert len(calls) == 1, "upgrade ran once"
    (taken,) = calls[0]  # the backup existed when the upgrade started
    assert taken.reason == "before-migration"
    assert taken.path.parent.parent == app_paths().backups


def test_the_head_read_from_the_version_files_is_alembics():
    from app.db.schema import head_revision

    assert context_module._plain_head() == head_revision()


def test_opening_an_office_at_head_does_not_load_alembic(office_db):
    """Every start of the program opens an up-to-date office: no Alembic on that path."""
    import subprocess
    import sys

    code = ("import sys; from app.services.context import ServiceContext; "
            f"ServiceContext.open({str(office_db)!r}).close(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'mako')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_open_knows_the_office(office_url):
    with ServiceContext.open(office_url) as ctx:
        assert ctx.office_code == SITE
        assert ctx.office_name == "BKPSDM Kabupaten Merangin"
        assert "@" not in ctx.db_label or ":" not in ctx.db_label.split("@")[0].split("//")[-1]


def test_login_then_read_and_write_as_that_user(office_url):
    with ServiceContext.open(office_url) as ctx:
        user = ctx.login("admin1", ADMIN_PASSWORD)
        assert ctx.user == user and user.role == Role.ADMIN
        row = ctx.write(auth.add_user, "budi", "Budi Santoso", "operator", "budi-sandi-9")
        assert [r.username for r in ctx.read(auth.list_users)] == ["admin1", "budi"]
        with ctx.read_session() as s:
            entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "user.add")).one()
        assert (entry.username, entry.user_id, entry.record_pk) == ("admin1", user.user_id,
                                                                      row.id)
        ctx.logout()
        with pytest.raises(PermissionDenied) as err:
            ctx.read(auth.list_users)
        assert err.value.text("id") == "Silakan masuk (login) dahulu."


def test_a_refused_login_is_still_recorded(office_url):
    with ServiceContext.open(office_url) as ctx:
        with pytest.raises(AuthError):
            ctx.login("admin1", "bukan-sandinya")
        assert ctx.user is None
        with ctx.read_session() as s:
            assert s.scalar(select(User.failed_attempts)) == 1
            actions = list(s.scalars(select(AuditEntry.action)))
        assert "login.failed" in actions


def test_roles_are_enforced_through_the_context(office_url):
    with ServiceContext.open(office_url) as ctx:
        ctx.login("admin1", ADMIN_PASSWORD)
        ctx.write(auth.add_user, "citra", "Citra", "auditor", "citra-sandi-9")
        ctx.logout()
        ctx.login("citra", "citra-sandi-9")
        with pytest.raises(PermissionDenied):
            ctx.write(auth.add_user, "dedi", "Dedi", "operator", "dedi-sandi-9")
        ctx.set_user(None)
        ctx.login("admin1", ADMIN_PASSWORD)
        assert [r.username for r in ctx.read(auth.list_users)] == ["admin1", "citra"]


def test_write_rolls_back_everything_on_error(office_url):
    def add_two_then_fail(session, actor):
        auth.add_user(session, actor, "budi", "Budi", "operator", "budi-sandi-9")
        auth.add_user(session, actor, "budi", "Budi", "operator", "budi-sandi-9")

    with ServiceContext.open(office_url) as ctx:
        ctx.as_system()
        with pytest.raises(SimpegError):
            ctx.write(add_two_then_fail)
        assert [r.username for r in ctx.read(auth.list_users)] == ["admin1"]


def test_first_admin_through_the_context(tmp_path, fast_hashing):
    from app.services.office import init_office

    init_office(tmp_path / "k.db", "15.71")
    with ServiceContext.open(tmp_path / "k.db") as ctx:
        assert ctx.needs_first_admin() and ctx.office_code == "15.71"
        ctx.create_first_admin("admin", "Admin Kota", "sandi-admin-kota")
        assert not ctx.needs_first_admin()
        assert ctx.login("admin", "sandi-admin-kota").office_code == "15.71"


def test_backup_and_restore_through_the_context(office_db):
    with ServiceContext.open(office_db) as ctx:
        ctx.login("admin1", ADMIN_PASSWORD)
        info = ctx.backup_now()
        ctx.write(auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
        result = ctx.restore_backup(info.path)
        assert ctx.user is None and result.restored.path == info.path
        ctx.as_system()
        assert [r.username for r in ctx.read(auth.list_users)] == ["admin1"]
        with ctx.read_session() as s:
            actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert actions[-2:] == ["login.ok", "db.restore"]  # the backup's own state, then us
    with ServiceContext.open(result.safety_backup.path) as before:
        with before.read_session() as s:
            actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
        assert actions[-2:] == ["db.backup", "user.add"]


def test_only_allowed_roles_back_up_and_restore(office_db):
    with ServiceContext.open(office_db) as ctx:
        ctx.login("admin1", ADMIN_PASSWORD)
        ctx.write(auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
        info = ctx.backup_now()
        ctx.logout()
        ctx.login("budi", "budi-sandi-9")
        with pytest.raises(PermissionDenied):
            ctx.backup_now()
        with pytest.raises(PermissionDenied):
            ctx.restore_backup(info.path)
