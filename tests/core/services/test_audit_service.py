"""Audit service: listing the log (newest first, filters, pages) and verifying the chain."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from app.db.engine import unit_of_work
from app.db.tracking import bind_actor
from app.errors import PermissionDenied
from app.services.audit import AuditFilters, list_audit, list_audit_actions, verify_chain
from app.services.auth import AuthError, add_user, authenticate
from tests.core.services.auth_support import ADMIN_PASSWORD, SITE


def _admin(factory):
    with unit_of_work(factory) as s:
        return authenticate(s, "admin1", ADMIN_PASSWORD)


def _as(factory, actor):
    s = factory()
    bind_actor(s, username=actor.username, user_id=actor.user_id, office_code=SITE)
    return s


@pytest.fixture
def busy_site(site_factory):
    """admin1 logged in twice, added an operator; the operator once typed a wrong password."""
    admin = _admin(site_factory)
    _admin(site_factory)
    with unit_of_work(site_factory) as s:
        bind_actor(s, username="admin1", user_id=admin.user_id, office_code=SITE)
        add_user(s, admin, "budi", "Budi Santoso", "operator", "Sandi-operator-9")
    with unit_of_work(site_factory) as s, pytest.raises(AuthError):
        authenticate(s, "budi", "salah-ketik")
    return site_factory, admin


def test_newest_first_and_paged(busy_site):
    factory, admin = busy_site
    with unit_of_work(factory) as s:
        everything = list_audit(s, admin)
        first, second = list_audit(s, admin, None, 0, 2), list_audit(s, admin, None, 2, 2)
    seqs = [r.seq for r in everything]
    assert seqs == sorted(seqs, reverse=True) and seqs[-1] == 1
    assert [r.seq for r in first + second] == seqs[:4]
    assert everything[0].action == "login.failed" and everything[0].username == "budi"
    assert everything[0].fields == ("failed_attempts",)


def test_filters_by_user_action_and_family(busy_site):
    factory, admin = busy_site
    with unit_of_work(factory) as s:
        logins = list_audit(s, admin, AuditFilters(action="login.ok"))
        family = list_audit(s, admin, AuditFilters(action="login."))
        budi = list_audit(s, admin, AuditFilters(username=" BUDI "))
        actions = list_audit_actions(s, admin)
    assert [r.username for r in logins] == ["admin1", "admin1"]
    assert {r.action for r in family} == {"login.ok", "login.failed"} and len(family) == 3
    assert [r.action for r in budi] == ["login.failed"]
    assert {"login.ok", "login.failed", "user.add", "user.first_admin"} <= set(actions)


def test_date_filters_are_local_days_inclusive(busy_site):
    factory, admin = busy_site
    today = date.today()
    with unit_of_work(factory) as s:
        count = len(list_audit(s, admin))
        assert len(list_audit(s, admin, AuditFilters(date_from=today, date_to=today))) == count
        assert list_audit(s, admin, AuditFilters(date_to=today - timedelta(days=1))) == []
        assert list_audit(s, admin, AuditFilters(date_from=today + timedelta(days=1))) == []


def test_operator_may_not_read_the_log(busy_site):
    factory, _admin_user = busy_site
    with unit_of_work(factory) as s:
        operator = authenticate(s, "budi", "Sandi-operator-9")
    with unit_of_work(factory) as s:
        with pytest.raises(PermissionDenied):
            list_audit(s, operator)
        with pytest.raises(PermissionDenied):
            verify_chain(s, operator)


def test_verify_chain_ok_then_finds_the_altered_entry(busy_site):
    factory, admin = busy_site
    with unit_of_work(factory) as s:
        check = verify_chain(s, admin)
    assert check.ok and check.text("id") == f"Log audit utuh ({check.count} entri)."
    with unit_of_work(factory) as s:
        s.execute(text("UPDATE audit_log SET username = 'siapa' WHERE seq = 2"))
    with unit_of_work(factory) as s:
        check = verify_chain(s, admin)
    assert not check.ok and check.first_broken_seq == 2
    assert check.text("id") == "Log audit rusak: entri nomor 2 telah diubah."
    assert check.text("en") == "Audit log broken: entry 2 was altered."
