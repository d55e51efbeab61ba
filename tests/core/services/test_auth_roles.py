"""The role → permission table, require() and why_not()."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.services.auth import (
    ROLE_PERMISSIONS,
    SYSTEM_USER,
    CurrentUser,
    Permission,
    Role,
    can,
    require,
    why_not,
)

P = Permission


def user(role: Role, office: str = "15.02") -> CurrentUser:
    return CurrentUser("u1", f"u-{role.value}", "Nama", role, office)


ALLOWED = {
    Role.OPERATOR: {P.EMPLOYEE_READ, P.EMPLOYEE_WRITE, P.TRAINING_WRITE, P.APPRAISAL_WRITE,
                    P.REPORT_PRINT},
    Role.VERIFIKATOR: {P.EMPLOYEE_READ, P.EMPLOYEE_WRITE, P.TRAINING_WRITE, P.APPRAISAL_WRITE,
                       P.REPORT_PRINT, P.EMPLOYEE_DELETE, P.APPRAISAL_FINALIZE,
                       P.CONFLICT_RESOLVE, P.AUDIT_READ},
    Role.SYNC_OFFICER: {P.EMPLOYEE_READ, P.SYNC_EXPORT, P.SYNC_IMPORT, P.REPORT_PRINT},
    Role.ADMIN: {P.EMPLOYEE_READ, P.EMPLOYEE_WRITE, P.TRAINING_WRITE, P.APPRAISAL_WRITE,
                 P.REPORT_PRINT, P.EMPLOYEE_DELETE, P.APPRAISAL_FINALIZE, P.CONFLICT_RESOLVE,
                 P.AUDIT_READ, P.USERS_MANAGE, P.BACKUP, P.RESTORE, P.SETTINGS_WRITE,
                 P.SYNC_EXPORT, P.SYNC_IMPORT, P.ORG_WRITE},
    Role.AUDITOR: {P.EMPLOYEE_READ, P.AUDIT_READ},
    Role.STEWARD: {P.EMPLOYEE_READ, P.EMPLOYEE_WRITE, P.TRAINING_WRITE, P.APPRAISAL_WRITE,
                   P.REPORT_PRINT, P.REFERENCE_WRITE, P.ORG_WRITE, P.CONFLICT_RESOLVE,
                   P.AUDIT_READ},
}
CASES = [(role, perm, perm in ALLOWED[role]) for role in Role for perm in Permission]


def test_every_role_has_an_expected_permission_set():
    assert set(ROLE_PERMISSIONS) == set(Role)
    for role in Role:
        assert ROLE_PERMISSIONS[role] == ALLOWED[role], role


@pytest.mark.parametrize("role,permission,allowed", CASES,
                         ids=[f"{r.value}-{p.value}-{a}" for r, p, a in CASES])
def test_require_follows_the_table(role, permission, allowed):
    u = user(role)
    assert can(u, permission) is allowed
    if allowed:
        require(u, permission)
        assert why_not(u, permission) is None
    else:
        with pytest.raises(PermissionDenied):
            require(u, permission)
        assert why_not(u, permission)


def test_operator_cannot_delete_and_the_message_says_who_can():
    with pytest.raises(PermissionDenied) as err:
        require(user(Role.OPERATOR), P.EMPLOYEE_DELETE)
    assert err.value.text("id") == (
        "Peran Anda (Operator) tidak boleh melakukan: menghapus data pegawai."
    )
    assert err.value.text("en") == "Your role (Operator) may not: delete employee records."
    tip = why_not(user(Role.OPERATOR), P.EMPLOYEE_DELETE, "id")
    assert tip == ("Peran Operator tidak boleh menghapus data pegawai. "
                   "Yang boleh: Verifikator, Admin.")


def test_auditor_writes_nothing():
    writes = {p for p in Permission if not p.value.endswith(".read")} - {P.REPORT_PRINT}
    auditor = user(Role.AUDITOR)
    assert not any(can(auditor, p) for p in writes)


def test_permission_values_are_lowercase_dotted():
    for p in Permission:
        assert p.value == p.value.lower() and "." in p.value


def test_nobody_logged_in_may_do_nothing():
    for p in Permission:
        assert not can(None, p)
    with pytest.raises(PermissionDenied):
        require(None, P.EMPLOYEE_READ)
    tip = why_not(None, P.EMPLOYEE_READ, "id")
    assert tip == "Masuk (login) dahulu untuk melihat data pegawai."


def test_system_user_is_an_admin_of_its_office_without_an_account():
    s = SYSTEM_USER("15.03")
    assert (s.user_id, s.username, s.role, s.office_code) == (None, "system", Role.ADMIN, "15.03")
    assert can(s, P.BACKUP) and can(s, P.USERS_MANAGE)
