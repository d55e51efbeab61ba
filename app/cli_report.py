"""``simpeg report NAME --out F.pdf|F.xlsx [options]``: print a standard report.

The format follows the file name. Every argument is checked before the database is read and
nothing is written unless the whole report was built (the file appears atomically). Reports:
duk, drh, nominatif, kgb, kp, pensiun, rekap, jp, predikat, formasi
(:data:`app.reports.catalog.REPORTS`).
"""

from __future__ import annotations

import argparse
import re
from datetime import date

from app.cli_base import CliParser, Output, system_context, with_flags
from app.errors import SimpegError, ValidationError, message, register_messages

REPORT_NAMES = ("duk", "drh", "nominatif", "kgb", "kp", "pensiun", "rekap", "jp", "predikat",
                "formasi",
                "skp", "evaluasi", "lembar-evaluasi")  # these three: app.cli_report_appraisal


def register(sub: argparse._SubParsersAction, common: CliParser) -> None:
    p = sub.add_parser("report", parents=[common], help=message("cli.report_help"),
                       description=message("cli.report_description"))
    p.add_argument("name", choices=REPORT_NAMES, metavar="LAPORAN",
                   help=message("cli.report_name"))
    p.add_argument("--out", required=True, metavar="BERKAS", help=message("cli.report_out"))
    p.add_argument("--unit", metavar="UNIT", help=message("cli.report_unit"))
    p.add_argument("--nip", metavar="NIP", help=message("cli.report_nip"))
    p.add_argument("--date", metavar="TANGGAL", help=message("cli.report_date"))
    p.add_argument("--year", metavar="TAHUN", help=message("cli.report_year"))
    p.add_argument("--month", metavar="BULAN", help=message("cli.report_month"))
    p.add_argument("--period", metavar="PERIODE", help=message("cli.report_period"))
    p.add_argument("--paper", metavar="A4|F4", help=message("cli.report_paper"))
    p.add_argument("--columns", metavar="KOLOM,…", help=message("cli.report_columns"))
    p.add_argument("--golongan", metavar="GOL", help=message("cli.report_golongan"))
    p.add_argument("--jabatan", metavar="JENIS", help=message("cli.report_jabatan"))
    p.add_argument("--jenis", metavar="PNS|CPNS|PPPK", help=message("cli.report_jenis"))
    p.add_argument("--overdue", action="store_true", default=None,
                   help=message("cli.report_overdue"))
    p.add_argument("--office", metavar="KODE", help=message("cli.report_office"))
    p.set_defaults(handler=run_report)


# --- argument parsing (Indonesian one-line reasons) --------------------------------------------

_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_YM = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_date(text: str, option: str = "--date") -> date:
    """``2026-12-31`` or ``31-12-2026`` (also with ``/`` or ``.``)."""
    value = text.strip()
    m = _ISO.match(value)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        m = _DMY.match(value)
        parts = (m.group(3), m.group(2), m.group(1)) if m else None
    try:
        if parts is None:
            raise ValueError
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise SimpegError("cli.report_bad_date", option=option, value=text) from None


def parse_year(text: str) -> int:
    if not re.fullmatch(r"\d{4}", text.strip()):
        raise SimpegError("cli.report_bad_year", value=text)
    return int(text)


def parse_month(text: str) -> tuple[int | None, int]:
    """``3`` → (None, 3); ``2026-03`` → (2026, 3)."""
    value = text.strip()
    m = _YM.match(value)
    year, month = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    if m is None and value.isdigit():
        month = int(value)
    if month is None or not 1 <= month <= 12:
        raise SimpegError("cli.report_bad_month", value=text)
    return year, month


def parse_period(text: str) -> date:
    """``2026-04`` (the 1st of that month) or a full date."""
    m = _YM.match(text.strip())
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            raise SimpegError("cli.report_bad_date", option="--period", value=text) from None
    return parse_date(text, "--period")


def parse_paper(text: str):  # type: ignore[no-untyped-def]
    from app.reports.model import Paper

    try:
        return Paper(text.strip().upper())
    except ValueError:
        raise SimpegError("cli.report_bad_paper", value=text) from None


def request_from(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """A :class:`~app.reports.catalog.ReportRequest` from the command line (validated)."""
    from app.errors import get_language
    from app.reports.catalog import ReportRequest

    year = parse_year(args.year) if args.year else None
    month = None
    if args.month:
        month_year, month = parse_month(args.month)
        if month_year is not None:
            if year is not None and year != month_year:
                raise SimpegError("cli.report_year_clash", year=year, month=args.month)
            year = month_year
    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip()) \
        if args.columns else ()
    if args.columns is not None and not columns:
        raise SimpegError("cli.report_no_columns")
    return ReportRequest(
        name=args.name, unit=args.unit, nip=args.nip,
        as_of=parse_date(args.date) if args.date else None, year=year, month=month,
        period=parse_period(args.period) if args.period else None,
        paper=parse_paper(args.paper) if args.paper else None, columns=columns,
        golongan=args.golongan, jabatan=args.jabatan, jenis=args.jenis,
        overdue=bool(args.overdue), lang=get_language(), office=_office_code(args),
    )


def _office_code(args: argparse.Namespace) -> str | None:
    value = (getattr(args, "office", None) or "").strip()
    if not value:
        return None
    if not re.fullmatch(r"15(\.\d{2})?", value):
        raise SimpegError("cli.report_bad_office", value=value)
    return value


def run_report(args: argparse.Namespace, out: Output) -> int:
    from app.cli_report_appraisal import APPRAISAL_REPORTS, run_appraisal_report

    if args.name in APPRAISAL_REPORTS:
        return run_appraisal_report(args, out)
    from app.reports.catalog import OPTION_FLAGS, build_report, check_request
    from app.reports.output import check_target, write_report

    request = request_from(args)
    try:
        check_request(request)
        target = check_target(args.out)
        with system_context(args) as ctx, ctx.read_session() as session:
            assert ctx.user is not None
            doc = build_report(session, ctx.user, request)
    except ValidationError as exc:
        raise SimpegError("cli.report_invalid", detail=with_flags(exc, OPTION_FLAGS)) from None
    result = write_report(doc, target)
    summary = {"report": request.name, "path": str(result.path), "format": result.format,
               "rows": result.rows, "pages": result.pages}
    line = message("cli.report_done_pages" if result.pages else "cli.report_done",
                   path=result.path, rows=result.rows, pages=result.pages)
    out.data(summary, [line])
    return 0


register_messages({
    "cli.report_help": ("cetak laporan ke PDF/XLSX (DUK, DRH, nominatif, KGB, KP, pensiun, "
                        "rekap, JP, predikat, formasi)", "print a report to PDF/XLSX"),
    "cli.report_description": (
        "Mencetak laporan kepegawaian. Format mengikuti nama berkas: .pdf atau .xlsx.",
        "Prints a personnel report. The format follows the file name: .pdf or .xlsx.",
    ),
    "cli.report_name": ("duk, drh, nominatif, kgb, kp, pensiun, rekap, jp (rekap 20 JP), "
                        "predikat (rekap predikat kinerja), formasi (kebutuhan pegawai), skp, "
                        "evaluasi atau lembar-evaluasi",
                        "duk, drh, nominatif, kgb, kp, pensiun, rekap, jp (20-JP recap), "
                        "predikat (ratings summary), formasi (recruitment needs), skp, "
                        "evaluasi or lembar-evaluasi"),
    "cli.report_office": ("BKD Provinsi: kode kantor yang dilaporkan, mis. 15.02",
                          "provincial office: the office to report on, e.g. 15.02"),
    "cli.report_bad_office": ("--office: kode kantor '{value}' tidak sah; tulis mis. 15.02.",
                              "--office: '{value}' is not an office code; write e.g. 15.02."),
    "cli.report_out": ("berkas keluaran .pdf atau .xlsx", "output file .pdf or .xlsx"),
    "cli.report_unit": ("unit kerja (nama, singkatan atau sebagian nama)",
                        "unit (name, short name or part of the name)"),
    "cli.report_nip": ("NIP pegawai (DRH, SKP, evaluasi)",
                       "the employee's NIP (DRH, SKP, evaluasi)"),
    "cli.report_date": ("tanggal keadaan, mis. 2026-12-31 (bawaan: 31 Desember tahun ini)",
                        "as-of date, e.g. 2026-12-31 (default: 31 December this year)"),
    "cli.report_year": ("tahun (KGB, KP, pensiun, JP, predikat, formasi)",
                        "year (KGB, KP, pensiun, JP, predikat, formasi)"),
    "cli.report_month": ("bulan 1–12 atau YYYY-MM (KGB)", "month 1–12 or YYYY-MM (KGB)"),
    "cli.report_period": ("periode KP, mis. 2026-04", "KP period, e.g. 2026-04"),
    "cli.report_paper": ("ukuran kertas A4 atau F4", "paper size A4 or F4"),
    "cli.report_columns": ("kolom nominatif, dipisah koma (mis. nama,nip,golongan,unit)",
                           "nominatif columns, comma-separated (e.g. nama,nip,golongan,unit)"),
    "cli.report_golongan": ("golongan (III/b) atau kelompok (III) untuk nominatif",
                            "golongan (III/b) or group (III) for the nominatif"),
    "cli.report_jabatan": ("jenis jabatan untuk nominatif (struktural, fungsional, pelaksana…)",
                           "jabatan kind for the nominatif (struktural, fungsional, …)"),
    "cli.report_jenis": ("jenis pegawai untuk nominatif", "employee kind for the nominatif"),
    "cli.report_overdue": ("KP: sertakan yang sudah lewat periode",
                           "KP: include those overdue"),
    "cli.report_bad_date": (
        "{option}: tanggal '{value}' tidak sah; tulis YYYY-MM-DD atau DD-MM-YYYY.",
        "{option}: '{value}' is not a valid date; write YYYY-MM-DD or DD-MM-YYYY.",
    ),
    "cli.report_bad_year": ("--year: tahun '{value}' tidak sah; tulis empat angka, mis. 2026.",
                            "--year: '{value}' is not a year; write four digits, e.g. 2026."),
    "cli.report_bad_month": ("--month: bulan '{value}' tidak sah; tulis 1–12 atau YYYY-MM.",
                             "--month: '{value}' is not a month; write 1–12 or YYYY-MM."),
    "cli.report_year_clash": ("--year {year} tidak cocok dengan --month {month}.",
                              "--year {year} does not match --month {month}."),
    "cli.report_bad_paper": ("--paper: kertas '{value}' tidak dikenal; pilih A4 atau F4.",
                             "--paper: unknown paper '{value}'; choose A4 or F4."),
    "cli.report_no_columns": ("--columns kosong; sebutkan kolomnya, dipisah koma.",
                              "--columns is empty; list the columns, comma-separated."),
    "cli.report_invalid": ("{detail}", "{detail}"),
    "cli.report_done": ("Laporan ditulis ke {path} ({rows} baris).",
                        "Report written to {path} ({rows} rows)."),
    "cli.report_done_pages": ("Laporan ditulis ke {path} ({rows} baris, {pages} halaman).",
                              "Report written to {path} ({rows} rows, {pages} pages)."),
})
