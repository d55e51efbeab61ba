"""Roles and what each may do (sync.md §3.3), enforced in the services, not only in the UI.

The table below is the single source: :func:`can` answers, :func:`require` raises
:class:`~app.errors.PermissionDenied`, :func:`why_not` gives the sentence a disabled button
shows as its tooltip. Re-exported by :mod:`app.services.auth`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.errors import PermissionDenied, message, register_messages

PROVINCE_OFFICE = "15"


class Role(StrEnum):
    OPERATOR = "operator"
    VERIFIKATOR = "verifikator"
    SYNC_OFFICER = "sync_officer"
    ADMIN = "admin"
    AUDITOR = "auditor"
    STEWARD = "steward"


class Permission(StrEnum):
    EMPLOYEE_READ = "employee.read"
    EMPLOYEE_WRITE = "employee.write"
    EMPLOYEE_DELETE = "employee.delete"
    REFERENCE_WRITE = "reference.write"
    ORG_WRITE = "org.write"
    TRAINING_WRITE = "training.write"
    APPRAISAL_WRITE = "appraisal.write"
    APPRAISAL_FINALIZE = "appraisal.finalize"
    REPORT_PRINT = "report.print"
    SYNC_EXPORT = "sync.export"
    SYNC_IMPORT = "sync.import"
    CONFLICT_RESOLVE = "conflict.resolve"
    USERS_MANAGE = "users.manage"
    AUDIT_READ = "audit.read"
    BACKUP = "backup.create"
    RESTORE = "backup.restore"
    SETTINGS_WRITE = "settings.write"


P = Permission
_OPERATOR = frozenset(
    {P.EMPLOYEE_READ, P.EMPLOYEE_WRITE, P.TRAINING_WRITE, P.APPRAISAL_WRITE, P.REPORT_PRINT}
)
_VERIFIKATOR = _OPERATOR | {
    P.EMPLOYEE_DELETE, P.APPRAISAL_FINALIZE, P.CONFLICT_RESOLVE, P.AUDIT_READ
}
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.OPERATOR: _OPERATOR,
    Role.VERIFIKATOR: _VERIFIKATOR,
    Role.SYNC_OFFICER: frozenset({P.EMPLOYEE_READ, P.SYNC_EXPORT, P.SYNC_IMPORT, P.REPORT_PRINT}),
    # The admin holds the office keys, so the headless jobs it runs (SYSTEM_USER) include sync.
    # ORG_WRITE: the office's own OPD tree (a new office builds it from its SIASN export).
    Role.ADMIN: _VERIFIKATOR
    | {P.USERS_MANAGE, P.BACKUP, P.RESTORE, P.SETTINGS_WRITE, P.SYNC_EXPORT, P.SYNC_IMPORT,
       P.ORG_WRITE},
    Role.AUDITOR: frozenset({P.EMPLOYEE_READ, P.AUDIT_READ}),
    Role.STEWARD: _OPERATOR
    | {P.REFERENCE_WRITE, P.ORG_WRITE, P.CONFLICT_RESOLVE, P.AUDIT_READ},
}
"""What each role may do. Reading is open to every role; the auditor writes nothing."""

PROVINCE_ONLY_ROLES = frozenset({Role.STEWARD})


@dataclass(frozen=True)
class CurrentUser:
    """Who is acting: the logged-in user, or :func:`SYSTEM_USER` for CLI and system jobs."""

    user_id: str | None
    username: str
    full_name: str
    role: Role
    office_code: str
    must_change_password: bool = False


def SYSTEM_USER(office_code: str) -> CurrentUser:  # noqa: N802 - contract name
    """The actor of headless jobs (CLI, migrations, demo): an admin named ``system``."""
    return CurrentUser(None, "system", "Sistem", Role.ADMIN, office_code)


def can(user: CurrentUser | None, permission: Permission) -> bool:
    return user is not None and permission in ROLE_PERMISSIONS.get(user.role, frozenset())


def roles_with(permission: Permission) -> list[Role]:
    return [r for r in Role if permission in ROLE_PERMISSIONS[r]]


class AccessDenied(PermissionDenied):
    """The actor's role lacks a permission; the text names both in the reader's language."""

    def __init__(self, role: Role | None, permission: Permission) -> None:
        self.role = role
        self.permission = permission
        super().__init__(
            "auth.denied", role=role.value if role else "-", action=permission.value
        )

    def text(self, lang: str | None = None) -> str:
        role = getattr(self, "role", None)
        permission = getattr(self, "permission", None)
        if permission is None:
            return super().text(lang)
        return message(
            "auth.denied",
            lang,
            role=role_label(role, lang) if role else message("auth.nobody", lang),
            action=permission_label(permission, lang),
        )


def require(user: CurrentUser | None, permission: Permission) -> None:
    """Raise :class:`AccessDenied` (a ``PermissionDenied``) unless ``user`` may ``permission``."""
    if not can(user, permission):
        raise AccessDenied(user.role if user else None, permission)


def why_not(
    user: CurrentUser | None, permission: Permission, lang: str | None = None
) -> str | None:
    """``None`` when allowed; otherwise one sentence for a disabled button's tooltip."""
    if can(user, permission):
        return None
    allowed = ", ".join(role_label(r, lang) for r in roles_with(permission))
    if user is None:
        return message("auth.why_not_login", lang, action=permission_label(permission, lang))
    return message(
        "auth.why_not",
        lang,
        role=role_label(user.role, lang),
        action=permission_label(permission, lang),
        roles=allowed,
    )


def role_label(role: Role | str, lang: str | None = None) -> str:
    return message(f"role.{Role(role).value}", lang)


def permission_label(permission: Permission, lang: str | None = None) -> str:
    return message(f"perm.{permission.value}", lang)


register_messages(
    {
        "auth.nobody": ("tidak masuk", "not logged in"),
        "auth.why_not": (
            "Peran {role} tidak boleh {action}. Yang boleh: {roles}.",
            "The {role} role may not {action}. Allowed: {roles}.",
        ),
        "auth.why_not_login": (
            "Masuk (login) dahulu untuk {action}.",
            "Log in first to {action}.",
        ),
        "role.operator": ("Operator", "Operator"),
        "role.verifikator": ("Verifikator", "Verifier"),
        "role.sync_officer": ("Petugas Sinkronisasi", "Sync officer"),
        "role.admin": ("Admin", "Admin"),
        "role.auditor": ("Auditor", "Auditor"),
        "role.steward": ("Pengelola Data Provinsi", "Provincial data steward"),
        "perm.employee.read": ("melihat data pegawai", "view employee records"),
        "perm.employee.write": ("mengubah data pegawai", "change employee records"),
        "perm.employee.delete": ("menghapus data pegawai", "delete employee records"),
        "perm.reference.write": ("mengubah data referensi", "change reference data"),
        "perm.org.write": ("mengubah struktur organisasi", "change the organisation tree"),
        "perm.training.write": ("mengubah data pelatihan", "change training records"),
        "perm.appraisal.write": ("mengisi penilaian kinerja", "fill in appraisals"),
        "perm.appraisal.finalize": (
            "menetapkan penilaian kinerja",
            "finalise appraisals",
        ),
        "perm.report.print": ("mencetak laporan", "print reports"),
        "perm.sync.export": ("mengekspor paket sinkronisasi", "export sync bundles"),
        "perm.sync.import": ("mengimpor paket sinkronisasi", "import sync bundles"),
        "perm.conflict.resolve": ("menyelesaikan konflik data", "resolve data conflicts"),
        "perm.users.manage": ("mengelola pengguna", "manage users"),
        "perm.audit.read": ("melihat log audit", "read the audit log"),
        "perm.backup.create": ("membuat cadangan", "make backups"),
        "perm.backup.restore": ("memulihkan cadangan", "restore backups"),
        "perm.settings.write": ("mengubah pengaturan", "change settings"),
    }
)
