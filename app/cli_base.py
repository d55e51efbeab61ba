"""What every ``simpeg`` command shares: the parser class, output, errors, opening the DB.

The ``cli_*`` modules register their commands and turn arguments into service calls; anything
two of them would repeat lives here: the database and its system user (:func:`system_context`,
:func:`office_context`), secrets from an option, the environment or the terminal
(:func:`read_secret`), validation errors named by their option (:func:`with_flags`), the
shared column headers of text tables.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from app.errors import SimpegError, ValidationError, get_language, message, register_messages
from app.jobs import Progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
PASSWORD_ENV = "SIMPEG_PASSWORD"

_ARGPARSE_ID = [
    (r"the following arguments are required: (.*)", "argumen wajib belum diisi: {0}"),
    (r"unrecognized arguments: (.*)", "argumen tidak dikenal: {0}"),
    (r"argument (.*?): invalid choice: (.*?) \(choose from (.*)\)",
     "{0}: pilihan {1} tidak ada (pilih salah satu: {2})"),
    (r"argument (.*?): expected one argument", "{0}: butuh satu nilai"),
    (r"argument (.*?): invalid (\w+) value: (.*)", "{0}: nilai {2} tidak sah ({1})"),
    (r"argument (.*?): not allowed with argument (.*)", "{0} tidak boleh dipakai bersama {1}"),
    (r"ambiguous option: (.*?) could match (.*)", "opsi {0} ambigu: bisa berarti {1}"),
]


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):  # type: ignore[no-untyped-def]
        if prefix is None:  # "" is argparse building a sub-command's prog: leave it alone
            prefix = message("cli.usage")
        return super().add_usage(usage, actions, groups, prefix)


class CliParser(argparse.ArgumentParser):
    """argparse with help in the chosen language and a one-line error (exit 2)."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:  # type: ignore[no-untyped-def]
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = message("cli.positionals")
        self._optionals.title = message("cli.options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=message("cli.help"))

    def error(self, text: str) -> NoReturn:
        if get_language() == "id":
            for pattern, template in _ARGPARSE_ID:
                m = re.fullmatch(pattern, text)
                if m:
                    text = template.format(*m.groups())
                    break
        hint = message("cli.see_help", prog=self.prog)
        self.exit(EXIT_USAGE, f"{self.prog}: {text} ({hint})\n")


def one_line(value: object) -> str:
    """An error text squeezed onto one line."""
    return " ".join(str(value).split()) or type(value).__name__


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return _plain(asdict(value))
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return value


class Output:
    """stdout for data (text or JSON), stderr for progress and the one-line failure."""

    def __init__(self, json_mode: bool = False, stdout=None, stderr=None) -> None:  # type: ignore[no-untyped-def]
        self.json_mode = json_mode
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def data(self, value: object, text: Callable[[], Iterable[str]] | Iterable[str]) -> None:
        """Print ``value`` as JSON, or the human ``text`` lines."""
        if self.json_mode:
            json.dump(_plain(value), self.stdout, ensure_ascii=False, indent=2, sort_keys=True)
            self.stdout.write("\n")
            return
        for line in text() if callable(text) else text:
            self.stdout.write(f"{line}\n")

    def say(self, line: str) -> None:
        """A human remark (never in JSON mode: it would break the document)."""
        if not self.json_mode:
            self.stdout.write(f"{line}\n")

    def note(self, line: str) -> None:
        self.stderr.write(f"{line}\n")
        self.stderr.flush()

    def fail(self, reason: str, code: int = EXIT_ERROR) -> int:
        self.stderr.write(f"simpeg: {one_line(reason)}\n")
        self.stderr.flush()
        return code

    def progress(self) -> Progress:
        """Progress printed on stderr (one line per step, rate-limited to whole percents)."""
        last = [-1]

        def show(done: int, total: int, text: str) -> None:
            pct = int(done * 100 / total) if total else 0
            if pct != last[0] or done == total:
                last[0] = pct
                self.stderr.write(f"[{pct:3d}%] {text}\n" if text else f"[{pct:3d}%]\n")
                self.stderr.flush()

        return Progress(show)


def database(args: argparse.Namespace) -> str:
    """The ``--db`` value, or the office's default database."""
    from app.config import app_paths

    value = getattr(args, "db", None)
    if value:
        return value
    paths = app_paths().ensure()
    return str(paths.default_db)


def system_context(args: argparse.Namespace) -> ServiceContext:
    """The ``--db`` database opened, acting as its office's system user (use it in ``with``)."""
    from app.services.context import ServiceContext

    return ServiceContext.open(database(args)).as_system()


def office_context(args: argparse.Namespace) -> ServiceContext:
    """Like :func:`system_context`, but the database must already belong to an office."""
    ctx = system_context(args)
    if ctx.office_code is None:
        ctx.close()
        raise SimpegError("tracking.no_site")
    return ctx


def read_secret(given: str | None, env: str, *, missing: str, prompt: str,
                confirm: bool = False, needed: Callable[[], bool] | None = None) -> str | None:
    """A secret from the option (``given``), else ``$env``, else asked on the terminal.

    ``needed`` (when given) is asked before prompting: ``False`` means there is no secret to
    ask for (``None`` is returned). Without a terminal, :class:`SimpegError` ``missing`` (with
    ``env``) says how to give it; ``confirm`` asks twice and refuses two different answers.
    """
    if given:
        return given
    if os.environ.get(env):
        return os.environ[env]
    if needed is not None and not needed():
        return None
    if not sys.stdin.isatty():
        raise SimpegError(missing, env=env)
    first = getpass.getpass(message(prompt))
    if confirm and getpass.getpass(message("cli.password_again")) != first:
        raise SimpegError("cli.password_mismatch")
    return first


def read_password(given: str | None, *, confirm: bool = True) -> str:
    """``--password``, else ``$SIMPEG_PASSWORD``, else asked on the terminal (twice)."""
    secret = read_secret(given, PASSWORD_ENV, missing="cli.password_needed",
                         prompt="cli.password_prompt", confirm=confirm)
    assert secret is not None  # no ``needed``: always a value or an error
    return secret


def with_flags(exc: ValidationError, flags: Mapping[str, str]) -> str:
    """The errors, each after the option that caused it: ``--unit: Unit kerja 'X' …``."""
    return "; ".join(f"{flags.get(e.field, e.field)}: {e.text()}" for e in exc.errors)


def confirm(question: str, assume_yes: bool, flag: str = "--yes") -> None:
    """Ask yes/no on a terminal; without one, ``flag`` must be given."""
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise SimpegError("cli.confirm_needed", flag=flag)
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "ya", "yes"):
        raise SimpegError("cli.not_confirmed")


def table_lines(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """A plain aligned text table."""
    body = [["" if v is None else str(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in body]) for i, h in enumerate(headers)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return [fmt.format(*headers).rstrip()] + [fmt.format(*r).rstrip() for r in body]


register_messages(
    {
        "cli.see_help": ("lihat '{prog} --help'", "see '{prog} --help'"),
        "cli.usage": ("pemakaian: ", "usage: "),
        "cli.positionals": ("argumen", "arguments"),
        "cli.options": ("opsi", "options"),
        "cli.global_options": ("opsi umum", "global options"),
        "cli.help": ("tampilkan bantuan ini lalu keluar", "show this help and exit"),
        "cli.password_needed": (
            "Kata sandi belum diberikan: pakai --password atau variabel ${env}.",
            "No password given: use --password or the ${env} variable.",
        ),
        "cli.password_prompt": ("Kata sandi: ", "Password: "),
        "cli.password_again": ("Ulangi kata sandi: ", "Repeat the password: "),
        "cli.password_mismatch": (
            "Kedua kata sandi tidak sama.",
            "The two passwords differ.",
        ),
        "cli.confirm_needed": (
            "Perintah ini perlu konfirmasi: tambahkan {flag}.",
            "This command needs confirmation: add {flag}.",
        ),
        "cli.not_confirmed": ("Dibatalkan; tidak ada yang diubah.", "Cancelled; nothing changed."),
        "cli.col_name": ("Nama", "Name"),
        "cli.col_office": ("Kantor", "Office"),
    }
)
