"""The headless command line ``simpeg`` (DESIGN.md §5): a contract for operators and tests.

``simpeg [--db PATH|URL] [--json] [--lang id|en] COMMAND ...``. Exit 0 on success; otherwise a
non-zero code and ONE line on stderr saying why (bad arguments exit 2). Data goes to stdout
(JSON with ``--json``), progress of long commands to stderr. Commands are registered by small
functions in the ``app.cli_*`` modules; a later command (``keys``, ``export``, ``import``,
``conflicts``, ``report``, ``intake``) adds its module to :data:`COMMAND_MODULES`.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import SQLAlchemyError

from app.cli_base import EXIT_ERROR, EXIT_INTERRUPTED, CliParser, Output, one_line
from app.errors import SimpegError, message, register_messages, set_language
from app.jobs import Cancelled

COMMAND_MODULES = ("app.cli_admin", "app.cli_data", "app.cli_report", "app.cli_sync",
                   "app.cli_intake")
"""Each module has ``register(subparsers, common)``; order is the order in ``--help``."""


def build_parser() -> CliParser:
    common = CliParser(add_help=False)
    common._optionals.title = message("cli.global_options")
    _add_global_options(common, suppress=True)
    parser = CliParser(
        prog="simpeg",
        description=message("cli.description"),
        epilog=message("cli.epilog"),
    )
    _add_global_options(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True,
                                parser_class=CliParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


def _add_global_options(parser: CliParser, *, suppress: bool) -> None:
    def default(value: object) -> object:
        return argparse.SUPPRESS if suppress else value

    parser.add_argument("--db", metavar="PATH|URL", default=default(None),
                        help=message("cli.opt_db"))
    parser.add_argument("--json", action="store_true", default=default(False),
                        help=message("cli.opt_json"))
    parser.add_argument("--lang", choices=("id", "en"), default=default("id"),
                        help=message("cli.opt_lang"))


def _language_from(argv: Sequence[str]) -> str:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1] if argv[i + 1] in ("id", "en") else "id"
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in ("id", "en") else "id"
    return "id"


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit code (the console script exits with it)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_language_from(argv))
    args = build_parser().parse_args(argv)  # bad arguments: SystemExit(2) with one line
    out = Output(json_mode=args.json)
    try:
        return int(args.handler(args, out) or 0)
    except SimpegError as exc:
        return out.fail(exc.text())
    except Cancelled:
        return out.fail(message("cli.cancelled"), EXIT_INTERRUPTED)
    except BrokenPipeError:  # the reader (e.g. `| head`) went away: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_ERROR
    except KeyboardInterrupt:
        return out.fail(message("cli.interrupted"), EXIT_INTERRUPTED)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        return out.fail(message("cli.db_error", detail=one_line(getattr(exc, "orig", exc))))
    except OSError as exc:
        where = exc.filename or ""
        return out.fail(message("cli.os_error", detail=exc.strerror or exc, path=where))
    except Exception as exc:  # the last line of defence: one line, never a traceback
        if os.environ.get("SIMPEG_DEBUG"):
            raise
        return out.fail(message("cli.unexpected", kind=type(exc).__name__, detail=one_line(exc)),
                        EXIT_ERROR)


register_messages(
    {
        "cli.description": (
            "SIMPEG Luring — perintah baris untuk admin kantor dan pengujian.",
            "SIMPEG Luring — command line for office admins and tests.",
        ),
        "cli.epilog": (
            "Keluar 0 bila berhasil; selain itu satu baris alasan di stderr.",
            "Exit 0 on success; otherwise one line with the reason on stderr.",
        ),
        "cli.opt_db": (
            "berkas basis data atau URL SQLAlchemy (bawaan: basis data kantor ini)",
            "database file or SQLAlchemy URL (default: this office's database)",
        ),
        "cli.opt_json": ("keluaran data sebagai JSON", "print data as JSON"),
        "cli.opt_lang": ("bahasa pesan (id/en)", "message language (id/en)"),
        "cli.cancelled": ("Dibatalkan.", "Cancelled."),
        "cli.interrupted": ("Dihentikan oleh pengguna.", "Interrupted by the user."),
        "cli.db_error": ("Kesalahan basis data: {detail}", "Database error: {detail}"),
        "cli.os_error": ("Kesalahan berkas {path}: {detail}", "File error {path}: {detail}"),
        "cli.unexpected": (
            "Kesalahan tak terduga ({kind}): {detail}",
            "Unexpected error ({kind}): {detail}",
        ),
    }
)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
