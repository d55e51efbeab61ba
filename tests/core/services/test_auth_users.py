"""Logging in, lock-out, and managing users — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry
from app.db.base import utcnow
from app.db.engine import unit_of_work
from app.db.tracking import bind_actor
from app.db.users import User
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import auth
from app.services.auth import SYSTEM_USER, AuthError, CurrentUser, Role
from tests.core.services.auth_support import ADMIN_PASSWORD, SITE

ADMIN = SYSTEM_USER(SITE)


def run(factory, fn, *args, actor=ADMIN, **kw):
    with unit_of_work(factory, write_lock=True) as s:
        bind_actor(s, username=actor.username, user_id=actor.user_id, office_code=SITE)
        return fn(s, actor, *args, **kw)


def login(factory, username, password):
    """Like ServiceContext.login: the failure record is committed even when refused."""
    failure = None
    with unit_of_work(factory, write_lock=True) as s:
        bind_actor(s, username=username or "?", user_id=None, office_code=SITE)
        try:
            return auth.authenticate(s, username, password)
        except AuthError as exc:
            failure = exc
    raise failure


def audit_actions(factory):
    with unit_of_work(factory) as s:
        return [(e.action, e.username, e.detail)
                for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]


def users_snapshot(factory):
    with unit_of_work(factory) as s:
        return sorted((u.username, u.role, u.active, u.password_hash, u.failed_attempts)
                      for u in s.scalars(select(User)))


# --- logging in -------------------------------------------------------------------------------


def test_first_admin_logs_in_and_the_login_is_audited(site_factory):
    user = login(site_factory, "Admin1 ", ADMIN_PASSWORD)
    assert isinstance(user, CurrentUser)
    assert (user.username, user.role, user.office_code) == ("admin1", Role.ADMIN, SITE)
    assert ("login.ok", "admin1", "") in audit_actions(site_factory)
    with unit_of_work(site_factory) as s:
        assert s.scalar(select(User.last_login_at)) is not None


def test_wrong_password_is_refused_counted_and_audited_without_the_password(site_factory):
    with pytest.raises(AuthError) as err:
        login(site_factory, "admin1", "salah-sandi-123")
    assert "4" in err.value.text("id")  # attempts left
    with unit_of_work(site_factory) as s:
        assert s.scalar(select(User.failed_attempts)) == 1
        texts = [" ".join(str(v) for v in (e.detail, e.fields, e.changes))
                 for e in s.scalars(select(AuditEntry))]
    assert ("login.failed", "admin1", "attempt 1") in audit_actions(site_factory)
    assert not any("salah-sandi-123" in t for t in texts)


def test_unknown_user_gets_the_same_message_and_is_audited_by_the_typed_name(site_factory):
    with pytest.raises(AuthError) as err:
        login(site_factory, "siapa", "apa-saja-123")
    assert err.value.code == "auth.bad_credentials"
    assert err.value.text("id") == "Nama pengguna atau kata sandi salah."
    assert ("login.failed", "siapa", "unknown user") in audit_actions(site_factory)


def test_five_failures_lock_the_account_for_fifteen_minutes(site_factory):
    for _ in range(auth.MAX_FAILED_LOGINS - 1):
        with pytest.raises(AuthError):
            login(site_factory, "admin1", "salah-sandi-123")
    with pytest.raises(AuthError) as err:
        login(site_factory, "admin1", "salah-sandi-123")
    assert err.value.code == "auth.locked_now"
    assert "dikunci sampai" in err.value.text("id")
    with unit_of_work(site_factory) as s:
        until = s.scalar(select(User.locked_until))
    assert timedelta(minutes=14) < until - utcnow() <= timedelta(minutes=15)
    with pytest.raises(AuthError) as err:  # even the right password waits for the lock
        login(site_factory, "admin1", ADMIN_PASSWORD)
    assert err.value.code == "auth.locked"
    assert "terkunci sampai" in err.value.text("id")
    assert "login.locked" in [a for a, _, _ in audit_actions(site_factory)]


def test_lock_expires_and_success_resets_the_counter(site_factory):
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            login(site_factory, "admin1", "salah-sandi-123")
    with unit_of_work(site_factory) as s:
        s.scalars(select(User)).one().locked_until = utcnow() - timedelta(seconds=1)
    assert login(site_factory, "admin1", ADMIN_PASSWORD).username == "admin1"
    with unit_of_work(site_factory) as s:
        u = s.scalars(select(User)).one()
        assert (u.failed_attempts, u.locked_until) == (0, None)


def test_disabled_account_cannot_log_in(site_factory):
    row = run(site_factory, auth.add_user, "budi", "Budi Santoso", "operator", "budi-sandi-9")
    run(site_factory, auth.set_user_active, row.id, False)
    with pytest.raises(AuthError) as err:
        login(site_factory, "budi", "budi-sandi-9")
    assert err.value.code == "auth.inactive"


def test_login_rehashes_when_parameters_changed(site_factory):
    from app.services.passwords import HashParams, set_hash_params

    with unit_of_work(site_factory) as s:
        before = s.scalar(select(User.password_hash))
    previous = set_hash_params(HashParams(memory_kib=128, iterations=1, lanes=1))
    try:
        login(site_factory, "admin1", ADMIN_PASSWORD)
    finally:
        set_hash_params(previous)
    with unit_of_work(site_factory) as s:
        after = s.scalar(select(User.password_hash))
    assert "m=64," in before and "m=128," in after


# --- first admin ------------------------------------------------------------------------------


def test_first_admin_only_once(site_factory):
    with unit_of_work(site_factory) as s:
        assert not auth.needs_first_admin(s)
        with pytest.raises(Conflict):
            auth.create_first_admin(s, "admin2", "Admin Dua", "sandi-admin-dua")


def test_fresh_database_needs_a_first_admin(session_factory):
    with unit_of_work(session_factory) as s:
        assert auth.needs_first_admin(s)


# --- managing users ---------------------------------------------------------------------------


def test_admin_adds_a_user_who_must_change_the_password(site_factory):
    row = run(site_factory, auth.add_user, " Budi.Santoso", "Budi Santoso", "operator",
              "budi-sandi-9")
    assert (row.username, row.role, row.office_code, row.must_change_password) == (
        "budi.santoso", Role.OPERATOR, SITE, True)
    user = login(site_factory, "budi.santoso", "budi-sandi-9")
    assert user.must_change_password
    changed = run(site_factory, auth.change_password, "budi-sandi-9", "kopi-susu-manis",
                  actor=user)
    assert not changed.must_change_password
    assert login(site_factory, "budi.santoso", "kopi-susu-manis").username == "budi.santoso"


BAD_USERS = [
    ("", "Budi", "operator", "budi-sandi-9", "username", "field.required"),
    ("b", "Budi", "operator", "budi-sandi-9", "username", "user.username_invalid"),
    ("budi santoso", "Budi", "operator", "budi-sandi-9", "username", "user.username_invalid"),
    ("9budi", "Budi", "operator", "budi-sandi-9", "username", "user.username_invalid"),
    ("admin1", "Budi", "operator", "budi-sandi-9", "username", "user.username_taken"),
    ("ADMIN1", "Budi", "operator", "budi-sandi-9", "username", "user.username_taken"),
    ("budi", "  ", "operator", "budi-sandi-9", "full_name", "field.required"),
    ("budi", "B" * 201, "operator", "budi-sandi-9", "full_name", "user.full_name_too_long"),
    ("budi", "Budi", "kepala", "budi-sandi-9", "role", "user.role_invalid"),
    ("budi", "Budi", "steward", "budi-sandi-9", "role", "user.role_province_only"),
    ("budi", "Budi", "operator", "pendek", "password", "password.too_short"),
    ("budi", "Budi", "operator", "BUDI", "password", "password.too_short"),
    ("budisantoso", "Budi", "operator", "BudiSantoso", "password", "password.same_as_username"),
    ("budi", "Budi", "operator", "password123", "password", "password.common"),
]


def test_add_user_rejects_bad_input_and_changes_nothing(site_factory):
    # one database per backend for all cases: each case must leave it exactly as it was
    before = users_snapshot(site_factory)
    audit_before = audit_actions(site_factory)
    for username, full_name, role, password, field, code in BAD_USERS:
        with pytest.raises(ValidationError) as err:
            run(site_factory, auth.add_user, username, full_name, role, password)
        assert (field, code) in [(e.field, e.code) for e in err.value.errors], username
        assert err.value.by_field("id")[field]  # an Indonesian sentence for the form
        assert users_snapshot(site_factory) == before
        assert audit_actions(site_factory) == audit_before


def test_add_user_reports_every_wrong_field_at_once(site_factory):
    with pytest.raises(ValidationError) as err:
        run(site_factory, auth.add_user, "x", "", "kepala", "pendek")
    assert {e.field for e in err.value.errors} == {"username", "full_name", "role", "password"}


def test_steward_role_is_allowed_at_the_province(site_factory):
    province_admin = SYSTEM_USER("15")
    row = run(site_factory, auth.add_user, "siti", "Siti Aminah", "steward", "siti-sandi-9",
              actor=province_admin)
    assert row.role == Role.STEWARD and row.office_code == "15"


def test_only_admins_manage_users(site_factory):
    target = run(site_factory, auth.add_user, "citra", "Citra", "auditor", "citra-sandi-9")
    before = users_snapshot(site_factory)
    for role in (r for r in Role if r != Role.ADMIN):
        actor = CurrentUser("x", "x", "X", role, SITE)
        calls = [(auth.add_user, ("budi", "Budi", "operator", "budi-sandi-9")),
                 (auth.list_users, ()), (auth.set_user_active, (target.id, False)),
                 (auth.reset_password, (target.id, "sandi-baru-citra"))]
        for fn, args in calls:
            with pytest.raises(PermissionDenied):
                run(site_factory, fn, *args, actor=actor)
    assert users_snapshot(site_factory) == before


def test_list_users_sorted_by_name(site_factory):
    run(site_factory, auth.add_user, "citra", "Citra", "auditor", "citra-sandi-9")
    run(site_factory, auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
    rows = run(site_factory, auth.list_users)
    assert [r.username for r in rows] == ["admin1", "budi", "citra"]
    assert all(not hasattr(r, "password_hash") for r in rows)


def test_cannot_disable_yourself_or_the_last_admin(site_factory):
    me = login(site_factory, "admin1", ADMIN_PASSWORD)
    with pytest.raises(ValidationError) as err:
        run(site_factory, auth.set_user_active, me.user_id, False, actor=me)
    assert err.value.errors[0].code == "user.cannot_disable_self"
    with pytest.raises(ValidationError) as err:
        run(site_factory, auth.set_user_active, me.user_id, False)  # the system user
    assert err.value.errors[0].code == "user.last_admin"
    second = run(site_factory, auth.add_user, "admin2", "Admin Dua", "admin", "sandi-admin-2")
    row = run(site_factory, auth.set_user_active, second.id, False)
    assert not row.active
    assert ("user.disable", "system", "") in audit_actions(site_factory)


def test_reset_password_lifts_the_lock_and_forces_a_change(site_factory):
    row = run(site_factory, auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
    for _ in range(auth.MAX_FAILED_LOGINS):
        with pytest.raises(AuthError):
            login(site_factory, "budi", "salah-sandi-123")
    reset = run(site_factory, auth.reset_password, row.id, "sandi-baru-budi")
    assert not reset.locked and reset.must_change_password
    assert login(site_factory, "budi", "sandi-baru-budi").must_change_password
    with pytest.raises(ValidationError):
        run(site_factory, auth.reset_password, row.id, "budi")


def test_change_password_needs_the_old_one_and_a_new_one(site_factory):
    me = login(site_factory, "admin1", ADMIN_PASSWORD)
    cases = [("salah-lama-123", "kopi-susu-manis", "old_password", "password.wrong"),
             (ADMIN_PASSWORD, ADMIN_PASSWORD, "new_password", "password.unchanged"),
             (ADMIN_PASSWORD, "admin1", "new_password", "password.too_short"),
             (ADMIN_PASSWORD, "Admin1234", "new_password", None)]
    for old, new, field, code in cases[:3]:
        with pytest.raises(ValidationError) as err:
            run(site_factory, auth.change_password, old, new, actor=me)
        assert (err.value.errors[0].field, err.value.errors[0].code) == (field, code)
    assert login(site_factory, "admin1", ADMIN_PASSWORD)  # unchanged
    with pytest.raises(ValidationError):
        run(site_factory, auth.change_password, "x", "sandi-baru-123", actor=ADMIN)


def test_user_rows_are_not_synced(site_factory):
    from app.db.sync_meta import ChangeLog

    run(site_factory, auth.add_user, "budi", "Budi", "operator", "budi-sandi-9")
    with unit_of_work(site_factory) as s:
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0
