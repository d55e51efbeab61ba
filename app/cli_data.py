"""``simpeg digest`` and ``simpeg demo``."""

from __future__ import annotations

import argparse
import importlib

from app.cli_base import CliParser, Output, database, table_lines
from app.errors import SimpegError, message, register_messages


def register(sub: argparse._SubParsersAction, common: CliParser) -> None:
    d = sub.add_parser("digest", parents=[common], help=message("cli.digest_help"))
    d.add_argument("--office", metavar="KODE", help=message("cli.digest_office"))
    d.set_defaults(handler=run_digest)
    demo = sub.add_parser("demo", parents=[common], help=message("cli.demo_help"))
    demo.add_argument("--employees", type=int, metavar="N", default=None,
                      help=message("cli.demo_employees"))
    demo.add_argument("--seed", type=int, metavar="S", default=None,
                      help=message("cli.demo_seed"))
    demo.set_defaults(handler=run_demo)


def run_digest(args: argparse.Namespace, out: Output) -> int:
    from app.domain import wilayah
    from app.services.context import ServiceContext
    from app.services.digest import digest

    office = None
    if args.office:
        found = wilayah.office(args.office)
        office = found.code if found else args.office
    with ServiceContext.open(database(args)) as ctx, ctx.read_session() as session:
        report = digest(session, office, progress=out.progress())
    rows = [(o.office_code, t.table, t.rows, t.sha256[:16])
            for o in report.offices for t in o.tables if t.rows]
    out.data(report.as_dict(), lambda: [
        message("cli.digest_total", sha=report.sha256, rows=report.rows),
        *[message("cli.digest_office_line", office=o.office_code, sha=o.sha256, rows=o.rows)
          for o in report.offices],
        "",
        *table_lines([message("cli.col_office"), message("cli.col_table"),
                      message("cli.col_rows"), "sha256"], rows),
    ])
    return 0


def run_demo(args: argparse.Namespace, out: Output) -> int:
    from app.demo_accounts import DEMO_EMPLOYEES, DEMO_OFFICE_CODE
    from app.services.context import ServiceContext
    from app.services.office import database_is_empty, init_office

    try:
        demo = importlib.import_module("app.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "app.demo":
            raise
        raise SimpegError("cli.demo_missing") from None
    if args.employees is not None and args.employees < 0:
        raise SimpegError("cli.demo_bad_count")
    db = database(args)
    from app.db.engine import db_url

    if database_is_empty(db_url(db)):
        info = init_office(db, DEMO_OFFICE_CODE)
        out.note(message("cli.demo_init", name=info.name, db=db))
    employees = DEMO_EMPLOYEES if args.employees is None else args.employees
    with ServiceContext.open(db) as ctx:
        result = demo.generate(ctx.factory, employees=employees, seed=args.seed,
                               progress=out.progress())
    out.data(result if result is not None else {"employees": employees},
             [message("cli.demo_done", employees=employees, db=db)])
    return 0


register_messages(
    {
        "cli.digest_help": (
            "sidik ringkas data bisnis (untuk membandingkan dua kantor)",
            "canonical digest of business data (to compare sites)",
        ),
        "cli.digest_office": ("hanya data milik kantor ini", "only data owned by this office"),
        "cli.digest_total": (
            "Sidik seluruh data: {sha} ({rows} baris)",
            "Digest of all data: {sha} ({rows} rows)",
        ),
        "cli.digest_office_line": (
            "  kantor {office}: {sha} ({rows} baris)",
            "  office {office}: {sha} ({rows} rows)",
        ),
        "cli.col_table": ("Tabel", "Table"),
        "cli.col_rows": ("Baris", "Rows"),
        "cli.demo_help": ("isi dengan data demo yang realistis", "fill with realistic demo data"),
        "cli.demo_employees": ("jumlah pegawai", "number of employees"),
        "cli.demo_seed": ("benih acak (hasil sama untuk benih sama)", "random seed (repeatable)"),
        "cli.demo_missing": (
            "Pembuat data demo belum terpasang pada versi ini.",
            "The demo data generator is not installed in this version.",
        ),
        "cli.demo_bad_count": (
            "Jumlah pegawai tidak boleh negatif.",
            "The number of employees cannot be negative.",
        ),
        "cli.demo_init": (
            "Basis data demo {name} dibuat: {db}",
            "Demo database of {name} created: {db}",
        ),
        "cli.demo_done": (
            "Data demo ({employees} pegawai) dibuat di {db}.",
            "Demo data ({employees} employees) written to {db}.",
        ),
    }
)
