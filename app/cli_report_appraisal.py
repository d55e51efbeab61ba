"""``simpeg report skp|evaluasi|lembar-evaluasi (--nip NIP | --unit UNIT) --year YYYY --out F.pdf``.

``skp`` prints the SKP (rencana) form, ``evaluasi`` the Dokumen Evaluasi Kinerja Pegawai,
``lembar-evaluasi`` the Evaluasi Kinerja Pegawai worksheet — of one employee (``--nip``) or
of every final SKP of a unit and its sub-units (``--unit``) in one PDF. Registered through
:mod:`app.cli_report` (the ``report`` command), which hands these names over to
:func:`run_appraisal_report`.
"""

from __future__ import annotations

import argparse

from app.cli_base import Output, system_context, with_flags
from app.errors import SimpegError, ValidationError, message, register_messages

APPRAISAL_REPORTS = ("skp", "evaluasi", "lembar-evaluasi")
_FLAGS = {"who": "--nip / --unit", "year": "--year", "form": "LAPORAN"}
_NOT_FOR = ("date", "month", "period", "columns", "golongan", "jabatan", "jenis", "overdue",
            "office")


def _request(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.cli_report import parse_paper, parse_year
    from app.errors import get_language
    from app.reports.appraisal_catalog import AppraisalPrintRequest, check_print_request
    from app.reports.model import Paper

    for name in _NOT_FOR:
        if getattr(args, name, None) not in (None, False):
            raise SimpegError("cli.report_ap_not_for", option=f"--{name}", report=args.name)
    request = AppraisalPrintRequest(
        form=args.name, year=parse_year(args.year) if args.year else None, nip=args.nip,
        unit=args.unit, paper=parse_paper(args.paper) if args.paper else Paper.A4,
        lang=get_language(),
    )
    try:
        check_print_request(request)
    except ValidationError as exc:
        raise SimpegError("cli.report_invalid", detail=with_flags(exc, _FLAGS)) from None
    return request


def run_appraisal_report(args: argparse.Namespace, out: Output) -> int:
    from app.jobs import Progress
    from app.reports.appraisal_catalog import print_appraisals
    from app.reports.output import check_target

    request = _request(args)
    target = check_target(args.out)
    if target.suffix.lower() != ".pdf":
        raise SimpegError("report.ap_pdf_only", path=str(target))
    with system_context(args) as ctx:
        try:
            result = print_appraisals(ctx, request, target, Progress(lambda *_a: None))
        except ValidationError as exc:
            raise SimpegError("cli.report_invalid", detail=with_flags(exc, _FLAGS)) from None
    summary = {"report": request.form, "path": str(result.path), "format": "pdf",
               "skp": result.skps, "pages": result.pages}
    out.data(summary, [message("cli.report_ap_done", path=result.path, count=result.skps,
                               pages=result.pages)])
    return 0


register_messages({
    "cli.report_ap_not_for": ("Opsi {option} tidak berlaku untuk laporan {report}.",
                              "Option {option} does not apply to the {report} report."),
    "cli.report_ap_done": ("Formulir ditulis ke {path} ({count} SKP, {pages} halaman).",
                           "Forms written to {path} ({count} SKP, {pages} pages)."),
})
