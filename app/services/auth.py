"""Logging in and managing the local users of one office (sync.md §3.3).

Roles and permissions live in :mod:`app.services.roles`, hashing and the password policy in
:mod:`app.services.passwords`; both are re-exported here, so callers need only this module.

Failed logins count: after :data:`MAX_FAILED_LOGINS` consecutive failures the account is locked
for :data:`LOCK_MINUTES` minutes. :func:`authenticate` records the failure in the session
*before* raising :class:`AuthError`, so its caller commits the session even on failure
(:meth:`app.services.context.ServiceContext.login` does). Every login, failed or not, is in the
audit log; no password ever is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.audit import append_audit
from app.db.base import utcnow
from app.db.tracking import bind_actor
from app.db.users import User
from app.errors import (
    Conflict,
    FieldError,
    NotFound,
    SimpegError,
    ValidationError,
    register_messages,
)
from app.services.passwords import (
    HashParams,
    hash_password,
    needs_rehash,
    password_problems,
    set_hash_params,
    verify_password,
)
from app.services.roles import (
    PROVINCE_OFFICE,
    PROVINCE_ONLY_ROLES,
    ROLE_PERMISSIONS,
    SYSTEM_USER,
    AccessDenied,
    CurrentUser,
    Permission,
    Role,
    can,
    permission_label,
    require,
    role_label,
    why_not,
)

__all__ = [
    "ROLE_PERMISSIONS", "SYSTEM_USER", "AccessDenied", "AuthError", "CurrentUser", "HashParams",
    "Permission", "Role", "UserRow", "add_user", "authenticate", "can", "change_password",
    "create_first_admin", "hash_password", "list_users", "needs_first_admin",
    "password_problems", "permission_label", "require", "reset_password", "role_label",
    "set_hash_params", "set_user_active", "verify_password", "why_not",
]

MAX_FAILED_LOGINS = 5
LOCK_MINUTES = 15
_USERNAME = re.compile(r"^[a-z][a-z0-9._-]{2,31}$")
_DUMMY_HASH: str | None = None


class AuthError(SimpegError):
    """Login refused: wrong name/password, locked or disabled account."""

    code = "auth.bad_credentials"


@dataclass(frozen=True)
class UserRow:
    id: str
    username: str
    full_name: str
    role: Role
    office_code: str
    active: bool
    locked_until: datetime | None
    must_change_password: bool
    created_at: datetime
    last_login_at: datetime | None

    @property
    def locked(self) -> bool:
        return self.locked_until is not None and self.locked_until > utcnow()


def _row(u: User) -> UserRow:
    return UserRow(
        u.id, u.username, u.full_name, Role(u.role), u.office_code, u.active, u.locked_until,
        u.must_change_password, u.created_at, u.last_login_at,
    )


def _current(u: User) -> CurrentUser:
    return CurrentUser(
        u.id, u.username, u.full_name, Role(u.role), u.office_code, u.must_change_password
    )


def _local_time(utc_naive: datetime) -> str:
    return utc_naive.replace(tzinfo=UTC).astimezone().strftime("%d-%m-%Y %H:%M")


def _find(session: Session, username: str) -> User | None:
    name = username.strip().lower()
    return session.scalars(select(User).where(User.username == name)).one_or_none()


def _get(session: Session, user_id: str) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(what=f"pengguna {user_id}")
    return user


def _burn_time(password: str) -> None:
    """Spend as long as a real check, so a wrong user name is not faster than a wrong password."""
    global _DUMMY_HASH
    if _DUMMY_HASH is None or needs_rehash(_DUMMY_HASH):
        _DUMMY_HASH = hash_password("simpeg-dummy-password")
    verify_password(password, _DUMMY_HASH)


# --- logging in -------------------------------------------------------------------------------


def authenticate(session: Session, username: str, password: str) -> CurrentUser:
    """Check ``username``/``password``; return the user or raise :class:`AuthError`.

    The failure counter, the lock and the audit entry are written to ``session`` before the
    error is raised: commit the session in both cases.
    """
    user = _find(session, username)
    now = utcnow()
    if user is None:
        _burn_time(password)
        _audit_login(session, username.strip().lower()[:64], "login.failed", "unknown user")
        raise AuthError("auth.bad_credentials")
    bind_actor(session, username=user.username, user_id=user.id, office_code=user.office_code)
    if user.locked_until is not None and user.locked_until > now:
        append_audit(session, action="login.refused", table="app_user", pk=user.id,
                     detail="locked")
        raise AuthError("auth.locked", username=user.username,
                        until=_local_time(user.locked_until))
    if not verify_password(password, user.password_hash):
        raise _record_failure(session, user, now)
    if not user.active:
        append_audit(session, action="login.refused", table="app_user", pk=user.id,
                     detail="inactive")
        raise AuthError("auth.inactive", username=user.username)
    _record_success(session, user, password, now)
    return _current(user)


def _record_failure(session: Session, user: User, now: datetime) -> AuthError:
    user.failed_attempts += 1
    if user.failed_attempts >= MAX_FAILED_LOGINS:
        user.failed_attempts = 0
        user.locked_until = now + timedelta(minutes=LOCK_MINUTES)
        append_audit(session, action="login.locked", table="app_user", pk=user.id,
                     fields=("failed_attempts", "locked_until"),
                     detail=f"{MAX_FAILED_LOGINS} failures")
        session.flush()
        return AuthError("auth.locked_now", username=user.username, count=MAX_FAILED_LOGINS,
                        until=_local_time(user.locked_until))
    append_audit(session, action="login.failed", table="app_user", pk=user.id,
                 fields=("failed_attempts",), detail=f"attempt {user.failed_attempts}")
    session.flush()
    return AuthError("auth.bad_credentials_left", left=MAX_FAILED_LOGINS - user.failed_attempts)


def _record_success(session: Session, user: User, password: str, now: datetime) -> None:
    user.failed_attempts = 0
    user.locked_until = None
    user.last_login_at = now
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    append_audit(session, action="login.ok", table="app_user", pk=user.id)
    session.flush()


def _audit_login(session: Session, username: str, action: str, detail: str) -> None:
    append_audit(session, action=action, table="app_user", detail=detail,
                 username=username or "?", user_id=None)
    session.flush()


# --- first run --------------------------------------------------------------------------------


def needs_first_admin(session: Session) -> bool:
    """True on a fresh database: nobody can log in yet, so the first admin must be created."""
    return not session.scalar(select(func.count()).select_from(User))


def create_first_admin(session: Session, username: str, full_name: str, password: str,
                       office_code: str | None = None) -> UserRow:
    """Create the office's first admin; refused once any user exists."""
    if not needs_first_admin(session):
        raise Conflict("auth.first_admin_exists")
    if office_code is None:
        from app.services.office import site_office_code

        office_code = site_office_code(session)
    actor = SYSTEM_USER(office_code)
    bind_actor(session, username=actor.username, user_id=None, office_code=office_code)
    user = _new_user(session, actor, username, full_name, Role.ADMIN, password,
                     must_change=False)
    append_audit(session, action="user.first_admin", table="app_user", pk=user.id,
                 fields=("username", "role"))
    return _row(user)


# --- managing users ---------------------------------------------------------------------------


def add_user(session: Session, actor: CurrentUser, username: str, full_name: str,
             role: Role | str, password: str) -> UserRow:
    """A new user of the actor's office; must change the password at the first login."""
    require(actor, Permission.USERS_MANAGE)
    user = _new_user(session, actor, username, full_name, role, password, must_change=True)
    append_audit(session, action="user.add", table="app_user", pk=user.id,
                 fields=("username", "full_name", "role"))
    return _row(user)


def _new_user(session: Session, actor: CurrentUser, username: str, full_name: str,
              role: Role | str, password: str, *, must_change: bool) -> User:
    name = (username or "").strip().lower()
    errors = _user_problems(session, actor, name, full_name, role)
    errors += password_problems(password or "", username=name)
    if errors:
        raise ValidationError(errors)
    user = User(
        username=name, full_name=full_name.strip(), role=Role(role).value,
        office_code=actor.office_code, password_hash=hash_password(password),
        must_change_password=must_change,
    )
    session.add(user)
    session.flush()
    return user


def _user_problems(session: Session, actor: CurrentUser, name: str, full_name: str,
                   role: Role | str) -> list[FieldError]:
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("username", "field.required"))
    elif not _USERNAME.match(name):
        errors.append(FieldError("username", "user.username_invalid"))
    elif _find(session, name) is not None:
        errors.append(FieldError("username", "user.username_taken", {"username": name}))
    if not (full_name or "").strip():
        errors.append(FieldError("full_name", "field.required"))
    elif len(full_name.strip()) > 200:
        errors.append(FieldError("full_name", "user.full_name_too_long", {"max": 200}))
    if role not in {r.value for r in Role}:
        errors.append(FieldError("role", "user.role_invalid", {"role": role}))
    elif Role(role) in PROVINCE_ONLY_ROLES and actor.office_code != PROVINCE_OFFICE:
        errors.append(FieldError("role", "user.role_province_only",
                                 {"role": role_label(role)}))
    return errors


def list_users(session: Session, actor: CurrentUser) -> list[UserRow]:
    require(actor, Permission.USERS_MANAGE)
    return [_row(u) for u in session.scalars(select(User).order_by(User.username))]


def set_user_active(session: Session, actor: CurrentUser, user_id: str, active: bool) -> UserRow:
    """Disable or re-enable an account (never delete: the audit log names it)."""
    require(actor, Permission.USERS_MANAGE)
    user = _get(session, user_id)
    if not active and user.id == actor.user_id:
        raise ValidationError([FieldError("active", "user.cannot_disable_self")])
    if not active and user.role == Role.ADMIN and user.active and _active_admins(session) <= 1:
        raise ValidationError([FieldError("active", "user.last_admin")])
    user.active = active
    if active:
        user.failed_attempts, user.locked_until = 0, None
    append_audit(session, action="user.enable" if active else "user.disable",
                 table="app_user", pk=user.id, fields=("active",))
    session.flush()
    return _row(user)


def _active_admins(session: Session) -> int:
    q = select(func.count()).select_from(User).where(User.role == Role.ADMIN.value,
                                                     User.active.is_(True))
    return session.scalar(q) or 0


def reset_password(session: Session, actor: CurrentUser, user_id: str,
                   new_password: str) -> UserRow:
    """Admin sets a new password (and lifts a lock); the user must change it at next login."""
    require(actor, Permission.USERS_MANAGE)
    user = _get(session, user_id)
    errors = password_problems(new_password or "", username=user.username)
    if errors:
        raise ValidationError(errors)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.failed_attempts, user.locked_until = 0, None
    append_audit(session, action="user.reset_password", table="app_user", pk=user.id,
                 fields=("password_hash",))
    session.flush()
    return _row(user)


def change_password(session: Session, actor: CurrentUser, old: str, new: str) -> CurrentUser:
    """The logged-in user changes their own password (needs the old one)."""
    if actor.user_id is None:
        raise ValidationError([FieldError("old_password", "user.system_has_no_password")])
    user = _get(session, actor.user_id)
    if not verify_password(old or "", user.password_hash):
        raise ValidationError([FieldError("old_password", "password.wrong")])
    errors = password_problems(new or "", username=user.username, field="new_password")
    if not errors and new == old:
        errors = [FieldError("new_password", "password.unchanged")]
    if errors:
        raise ValidationError(errors)
    user.password_hash = hash_password(new)
    user.must_change_password = False
    append_audit(session, action="user.change_password", table="app_user", pk=user.id,
                 fields=("password_hash",))
    session.flush()
    return _current(user)


register_messages(
    {
        "auth.bad_credentials": (
            "Nama pengguna atau kata sandi salah.",
            "Wrong user name or password.",
        ),
        "auth.bad_credentials_left": (
            "Nama pengguna atau kata sandi salah. Sisa {left} kali percobaan sebelum akun "
            "dikunci.",
            "Wrong user name or password. {left} attempt(s) left before the account is locked.",
        ),
        "auth.locked": (
            "Akun {username} terkunci sampai {until}. Coba lagi setelah itu atau minta admin "
            "mengatur ulang kata sandi.",
            "Account {username} is locked until {until}. Try again then or ask an admin to "
            "reset the password.",
        ),
        "auth.locked_now": (
            "Kata sandi salah {count} kali: akun {username} dikunci sampai {until}.",
            "Wrong password {count} times: account {username} is locked until {until}.",
        ),
        "auth.inactive": (
            "Akun {username} dinonaktifkan. Hubungi admin kantor.",
            "Account {username} is disabled. Contact the office admin.",
        ),
        "auth.first_admin_exists": (
            "Admin pertama sudah ada; tambahkan pengguna lewat menu Pengguna.",
            "The first admin already exists; add users from the Users menu.",
        ),
        "user.username_invalid": (
            "Nama pengguna 3–32 karakter: huruf kecil, angka, titik, garis bawah atau tanda "
            "hubung, diawali huruf.",
            "User names have 3–32 characters: lower-case letters, digits, dot, underscore or "
            "hyphen, starting with a letter.",
        ),
        "user.username_taken": (
            "Nama pengguna {username} sudah dipakai.",
            "The user name {username} is already taken.",
        ),
        "user.full_name_too_long": (
            "Nama lengkap maksimal {max} karakter.",
            "The full name may have at most {max} characters.",
        ),
        "user.role_invalid": ("Peran {role} tidak dikenal.", "Unknown role {role}."),
        "user.role_province_only": (
            "Peran {role} hanya untuk kantor provinsi (15).",
            "The {role} role is for the provincial office (15) only.",
        ),
        "user.cannot_disable_self": (
            "Anda tidak dapat menonaktifkan akun Anda sendiri.",
            "You cannot disable your own account.",
        ),
        "user.last_admin": (
            "Ini admin aktif terakhir; tambahkan admin lain sebelum menonaktifkannya.",
            "This is the last active admin; add another admin before disabling it.",
        ),
        "user.system_has_no_password": (
            "Pengguna sistem tidak memiliki kata sandi.",
            "The system user has no password.",
        ),
    }
)
