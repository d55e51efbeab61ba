"""What every ``simpeg`` command shares: the parser class, output, errors, opening the DB."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from app.errors import SimpegError, get_language, message, register_messages
from app.jobs import Progress

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


def read_password(given: str | None, *, confirm: bool = True) -> str:
    """``--password``, else ``$SIMPEG_PASSWORD``, else asked on the terminal (twice)."""
    if given:
        return given
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise SimpegError("cli.password_needed", env=PASSWORD_ENV)
    first = getpass.getpass(message("cli.password_prompt"))
    if confirm and getpass.getpass(message("cli.password_again")) != first:
        raise SimpegError("cli.password_mismatch")
    return first


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
    }
)
