"""``simpeg init``, ``users …``, ``backup``, ``restore``, ``check``."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.cli_base import (
    CliParser,
    Output,
    confirm,
    database,
    office_context,
    read_password,
    table_lines,
)
from app.errors import SimpegError, message, register_messages


def register(sub: argparse._SubParsersAction, common: CliParser) -> None:
    _register_init(sub, common)
    _register_users(sub, common)
    _register_backup(sub, common)


# --- init -------------------------------------------------------------------------------------


def _register_init(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("init", parents=[common], help=message("cli.init_help"))
    p.add_argument("--office", required=True, metavar="KODE", help=message("cli.init_office"))
    p.add_argument("--admin-user", metavar="NAMA", help=message("cli.init_admin_user"))
    p.add_argument("--admin-password", metavar="SANDI", help=message("cli.init_admin_password"))
    p.add_argument("--admin-name", metavar="NAMA_LENGKAP", default="Administrator")
    p.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace, out: Output) -> int:
    from app.services.office import AdminSpec, init_office, known_office

    known_office(args.office)  # a wrong code is reported before any password prompt
    admin = None
    if args.admin_user:
        admin = AdminSpec(args.admin_user, read_password(args.admin_password), args.admin_name)
    elif args.admin_password:
        raise SimpegError("cli.admin_user_missing")
    db = database(args)
    info = init_office(db, args.office, admin=admin)
    out.data({"office": info, "db": db, "admin": args.admin_user}, [
        message("cli.init_done", name=info.name, office=info.code, db=db),
        message("cli.init_admin_done", user=args.admin_user) if admin
        else message("cli.init_no_admin"),
    ])
    return 0


# --- users ------------------------------------------------------------------------------------


def _register_users(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("users", parents=[common], help=message("cli.users_help"))
    users = p.add_subparsers(dest="users_command", metavar="TINDAKAN", required=True,
                             parser_class=CliParser)
    add = users.add_parser("add", parents=[common], help=message("cli.users_add"))
    add.add_argument("username", metavar="NAMA_PENGGUNA", help=message("cli.arg_username"))
    add.add_argument("--name", required=True, metavar="NAMA_LENGKAP")
    add.add_argument("--role", required=True, metavar="PERAN", help=message("cli.arg_role"),
                     choices=("operator", "verifikator", "sync_officer", "admin", "auditor",
                              "steward"))
    add.add_argument("--password", metavar="SANDI", help=message("cli.arg_password"))
    add.set_defaults(handler=run_users_add)
    lst = users.add_parser("list", parents=[common], help=message("cli.users_list"))
    lst.set_defaults(handler=run_users_list)
    for name, active in (("disable", False), ("enable", True)):
        q = users.add_parser(name, parents=[common], help=message(f"cli.users_{name}"))
        q.add_argument("username", metavar="NAMA_PENGGUNA")
        q.set_defaults(handler=run_users_active, active=active)
    reset = users.add_parser("reset-password", parents=[common],
                             help=message("cli.users_reset"))
    reset.add_argument("username", metavar="NAMA_PENGGUNA")
    reset.add_argument("--password", metavar="SANDI", help=message("cli.arg_password"))
    reset.set_defaults(handler=run_users_reset)


def _user_id(ctx, username: str) -> str:  # type: ignore[no-untyped-def]
    from app.services import auth

    for row in ctx.read(auth.list_users):
        if row.username == username.strip().lower():
            return row.id
    raise SimpegError("cli.no_such_user", username=username)


def run_users_add(args: argparse.Namespace, out: Output) -> int:
    from app.services import auth

    password = read_password(args.password)
    with office_context(args) as ctx:
        row = ctx.write(auth.add_user, args.username, args.name, args.role, password)
    out.data(row, [message("cli.user_added", user=row.username, role=auth.role_label(row.role))])
    return 0


def run_users_list(args: argparse.Namespace, out: Output) -> int:
    from app.services import auth

    with office_context(args) as ctx:
        rows = ctx.read(auth.list_users)
    yes, no = message("cli.yes"), message("cli.no")
    out.data(rows, table_lines(
        [message(f"cli.col_{c}") for c in ("username", "name", "role", "active", "last_login")],
        [(r.username, r.full_name, auth.role_label(r.role),
          (yes if r.active else no) + (" " + message("cli.locked") if r.locked else ""),
          r.last_login_at.strftime("%Y-%m-%d %H:%M") if r.last_login_at else "-")
         for r in rows],
    ))
    return 0


def run_users_active(args: argparse.Namespace, out: Output) -> int:
    from app.services import auth

    with office_context(args) as ctx:
        row = ctx.write(auth.set_user_active, _user_id(ctx, args.username), args.active)
    key = "cli.user_enabled" if row.active else "cli.user_disabled"
    out.data(row, [message(key, user=row.username)])
    return 0


def run_users_reset(args: argparse.Namespace, out: Output) -> int:
    from app.services import auth

    password = read_password(args.password)
    with office_context(args) as ctx:
        row = ctx.write(auth.reset_password, _user_id(ctx, args.username), password)
    out.data(row, [message("cli.user_reset", user=row.username)])
    return 0


# --- backup, restore, check -------------------------------------------------------------------


def _register_backup(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("backup", parents=[common], help=message("cli.backup_help"))
    p.add_argument("--out", metavar="FOLDER", type=Path, help=message("cli.backup_out"))
    p.set_defaults(handler=run_backup)
    r = sub.add_parser("restore", parents=[common], help=message("cli.restore_help"))
    r.add_argument("file", metavar="BERKAS", type=Path)
    r.add_argument("--yes", action="store_true", help=message("cli.restore_yes"))
    r.set_defaults(handler=run_restore)
    c = sub.add_parser("check", parents=[common], help=message("cli.check_help"))
    c.set_defaults(handler=run_check)


def run_backup(args: argparse.Namespace, out: Output) -> int:
    from app.services.backup import backup_now, sqlite_path

    db = database(args)
    if not sqlite_path(db).is_file():
        raise SimpegError("context.no_database", path=str(sqlite_path(db)))
    info = backup_now(db, "manual", out_dir=args.out)
    out.data(info, [message("cli.backup_done", path=info.path, size=_size(info.size))])
    return 0


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return str(n)


def run_restore(args: argparse.Namespace, out: Output) -> int:
    from app.services.backup import inspect_backup, restore

    info = inspect_backup(args.file)
    confirm(message("cli.restore_confirm", path=info.path, office=info.office_code or "?",
                    employees=info.employees, db=database(args)), args.yes)
    result = restore(database(args), args.file)
    out.data(result, [
        message("cli.restore_done", path=args.file),
        message("cli.restore_safety", path=result.safety_backup.path)
        if result.safety_backup else "",
    ])
    return 0


def run_check(args: argparse.Namespace, out: Output) -> int:
    from app.services.backup import check

    report = check(database(args))
    out.data(report, report.lines())
    if not report.ok:
        return out.fail(report.summary())
    return 0


register_messages(
    {
        "cli.init_help": ("buat basis data baru untuk satu kantor", "create an office database"),
        "cli.init_office": (
            "kode kantor: 15 (provinsi), 15.01…15.09, 15.71, 15.72",
            "office code: 15 (province), 15.01…15.09, 15.71, 15.72",
        ),
        "cli.init_admin_user": ("nama pengguna admin pertama", "user name of the first admin"),
        "cli.init_admin_password": (
            "kata sandi admin pertama (atau $SIMPEG_PASSWORD)",
            "password of the first admin (or $SIMPEG_PASSWORD)",
        ),
        "cli.admin_user_missing": (
            "--admin-password perlu --admin-user.",
            "--admin-password needs --admin-user.",
        ),
        "cli.init_done": (
            "Basis data {name} ({office}) dibuat: {db}",
            "Database of {name} ({office}) created: {db}",
        ),
        "cli.init_admin_done": ("Admin pertama: {user}", "First admin: {user}"),
        "cli.init_no_admin": (
            "Belum ada pengguna: admin pertama dibuat saat aplikasi pertama kali dibuka.",
            "No users yet: the first admin is created when the app is first opened.",
        ),
        "cli.users_help": ("kelola pengguna kantor ini", "manage this office's users"),
        "cli.users_add": ("tambah pengguna", "add a user"),
        "cli.arg_username": (
            "3–32 huruf kecil/angka/titik/garis bawah/tanda hubung",
            "3–32 lower-case letters, digits, dot, underscore, hyphen",
        ),
        "cli.arg_role": (
            "operator, verifikator, sync_officer, admin, auditor, steward (provinsi)",
            "operator, verifikator, sync_officer, admin, auditor, steward (province)",
        ),
        "cli.arg_password": (
            "kata sandi (atau $SIMPEG_PASSWORD, atau ditanyakan)",
            "password (or $SIMPEG_PASSWORD, or asked for)",
        ),
        "cli.users_list": ("daftar pengguna", "list users"),
        "cli.users_disable": ("nonaktifkan pengguna", "disable a user"),
        "cli.users_enable": ("aktifkan kembali pengguna", "enable a user again"),
        "cli.users_reset": ("atur ulang kata sandi", "reset a password"),
        "cli.no_such_user": ("Pengguna {username} tidak ada.", "No user {username}."),
        "cli.user_added": ("Pengguna {user} ({role}) ditambahkan.", "User {user} ({role}) added."),
        "cli.user_enabled": ("Pengguna {user} diaktifkan.", "User {user} enabled."),
        "cli.user_disabled": ("Pengguna {user} dinonaktifkan.", "User {user} disabled."),
        "cli.user_reset": (
            "Kata sandi {user} diatur ulang; wajib diganti saat masuk berikutnya.",
            "Password of {user} reset; it must be changed at the next login.",
        ),
        "cli.col_username": ("Pengguna", "User"),
        "cli.col_role": ("Peran", "Role"),
        "cli.col_active": ("Aktif", "Active"),
        "cli.col_last_login": ("Terakhir masuk", "Last login"),
        "cli.yes": ("ya", "yes"),
        "cli.no": ("tidak", "no"),
        "cli.locked": ("(terkunci)", "(locked)"),
        "cli.backup_help": ("cadangkan basis data sekarang", "back up the database now"),
        "cli.backup_out": (
            "folder tujuan (bawaan: folder cadangan, dengan rotasi)",
            "target folder (default: the backup folder, rotated)",
        ),
        "cli.backup_done": ("Cadangan dibuat: {path} ({size})", "Backup written: {path} ({size})"),
        "cli.restore_help": ("pulihkan basis data dari cadangan", "restore from a backup"),
        "cli.restore_yes": ("jangan tanya konfirmasi", "do not ask for confirmation"),
        "cli.restore_confirm": (
            "Pulihkan {path} (kantor {office}, {employees} pegawai) ke {db}? Data sekarang "
            "dicadangkan dahulu.",
            "Restore {path} (office {office}, {employees} employees) over {db}? The current "
            "data is backed up first.",
        ),
        "cli.restore_done": ("Dipulihkan dari {path}.", "Restored from {path}."),
        "cli.restore_safety": (
            "Data sebelum pemulihan disimpan di {path}.",
            "The data before the restore is kept in {path}.",
        ),
        "cli.check_help": (
            "periksa keutuhan basis data dan log audit",
            "check the database and audit log integrity",
        ),
    }
)
