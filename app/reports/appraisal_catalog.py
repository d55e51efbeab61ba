"""Which SKPs to print and the data their forms need; the print job for the CLI and the UI.

A request names the form (``skp``, ``evaluasi`` — the Dokumen Evaluasi Kinerja Pegawai —, or
``lembar-evaluasi``) and the SKPs: one employee's of a year (``nip``), a whole unit's of a year
(``unit``; the final ones unless other statuses are asked for) or chosen SKPs (``skp_ids``).
:func:`print_appraisals` gathers in small read transactions and draws, reporting progress
and stopping on Cancel; the file appears only when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.orm import Session

from app.errors import FieldError, SimpegError, ValidationError, register_messages
from app.jobs import Progress
from app.reports.appraisal_common import (
    FORM_WORKSHEET,
    FORMS,
    AppraisalForm,
    PrintSetup,
)
from app.reports.appraisal_pdf import render_forms, write_forms
from app.reports.model import Paper
from app.services.appraisal import (
    distribution_warnings,
    employee_skps,
    get_skp,
    list_skps,
    org_result,
)
from app.services.employee_query import EmployeeQuery, employee_row, list_employees
from app.services.report_data import find_unit, office_header
from app.services.roles import CurrentUser, Permission, require

CHUNK = 25


@dataclass(frozen=True)
class AppraisalPrintRequest:
    form: str
    year: int | None = None
    nip: str | None = None
    unit: str | None = None  # unit id, name, short name or a unique part of the name
    skp_ids: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("final",)  # for a unit
    paper: Paper = Paper.A4
    lang: str | None = None
    printed_on: date | None = field(default=None, compare=False)


@dataclass(frozen=True)
class PrintResult:
    path: Path
    form: str
    skps: int
    pages: int


class Reader(Protocol):
    """What the job needs of a :class:`~app.services.context.ServiceContext`."""

    def read(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...


def check_print_request(req: AppraisalPrintRequest) -> None:
    """Refuse a request that cannot be printed before any data is read."""
    errors = []
    if req.form not in FORMS:
        errors.append(FieldError("form", "report.ap_unknown_form",
                                 {"form": req.form, "known": ", ".join(FORMS)}))
    chosen = [name for name in ("nip", "unit", "skp_ids") if getattr(req, name)]
    if len(chosen) != 1:
        errors.append(FieldError("who", "report.ap_who"))
    if not req.skp_ids and req.year is None:
        errors.append(FieldError("year", "report.ap_year"))
    if errors:
        raise ValidationError(errors)


def _employee_id(session: Session, actor: CurrentUser, nip: str) -> tuple[str, str]:
    digits = "".join(ch for ch in nip if ch.isdigit())
    page = list_employees(session, actor, EmployeeQuery(text=digits, status="all", limit=5))
    found = [r for r in page.rows if r.nip == digits]
    if not found:
        raise SimpegError("report.ap_no_employee", nip=nip)
    return found[0].id, found[0].nama_lengkap


def select_skps(session: Session, actor: CurrentUser, req: AppraisalPrintRequest) -> list[str]:
    """The ids of the SKPs a request prints, in print order (by name for a unit)."""
    require(actor, Permission.REPORT_PRINT)
    check_print_request(req)
    if req.skp_ids:
        return list(req.skp_ids)
    if req.nip:
        employee_id, nama = _employee_id(session, actor, req.nip)
        rows = [s for s in employee_skps(session, actor, employee_id) if s.year == req.year]
        if not rows:
            raise SimpegError("report.ap_no_skp", nama=nama, year=req.year)
        return [rows[0].id]
    assert req.unit is not None and req.year is not None
    unit = find_unit(session, actor, req.unit)
    rows = [s for s in list_skps(session, actor, req.year, unit.id)
            if not req.statuses or s.status in req.statuses]
    if not rows:
        raise SimpegError("report.ap_no_unit_skp", unit=unit.name, year=req.year)
    return [s.id for s in rows]


def print_setup(session: Session, actor: CurrentUser, req: AppraisalPrintRequest) -> PrintSetup:
    return PrintSetup(office_header(session, actor), req.paper, req.printed_on or date.today(),
                      req.lang)


def _distribution(session: Session, actor: CurrentUser, employee_id: str, year: int,
                  cache: dict[str | None, dict[str, int]]) -> dict[str, int]:
    """The predikat counts of the organisation whose result the employee's SKP carries."""
    unit_id = employee_row(session, actor, employee_id).unit_id
    result = org_result(session, actor, year, unit_id)
    scope = result.unit_id if result is not None else unit_id
    if scope not in cache:
        cache[scope] = dict(distribution_warnings(session, actor, scope, year).counts)
    return cache[scope]


def load_forms(session: Session, actor: CurrentUser, skp_ids: Sequence[str], form: str,
               cache: dict[str | None, dict[str, int]] | None = None) -> list[AppraisalForm]:
    """The SKPs with what their form needs (the worksheet: the unit's pola distribusi)."""
    require(actor, Permission.REPORT_PRINT)
    out = []
    for skp_id in skp_ids:
        skp = get_skp(session, actor, skp_id)
        counts = None
        if form == FORM_WORKSHEET and skp.employee_id:
            counts = _distribution(session, actor, skp.employee_id, skp.year,
                                   cache if cache is not None else {})
        out.append(AppraisalForm(skp, counts))
    return out


class _Offset:
    """Progress of the drawing half of the job: steps ``n..2n`` of ``2n``."""

    def __init__(self, progress: Progress, offset: int) -> None:
        self.progress, self.offset = progress, offset

    def step(self, done: int, total: int, text: str = "") -> None:
        self.progress.step(self.offset + done, self.offset + total, text)


def gather_forms(ctx: Reader, req: AppraisalPrintRequest,
                 progress: Progress) -> tuple[list[AppraisalForm], PrintSetup]:
    """The forms of a request, read in small transactions; ``progress`` steps once per SKP
    (of ``2n``: the drawing half follows)."""
    check_print_request(req)
    progress.step(0, 1, "")
    ids = ctx.read(select_skps, req)
    setup = ctx.read(print_setup, req)
    total = len(ids)
    forms: list[AppraisalForm] = []
    cache: dict[str | None, dict[str, int]] = {}
    for start in range(0, total, CHUNK):
        forms += ctx.read(load_forms, ids[start:start + CHUNK], req.form, cache)
        progress.step(len(forms), 2 * total, "")
    return forms, setup


def print_appraisals(ctx: Reader, req: AppraisalPrintRequest, path: str | Path,
                     progress: Progress) -> PrintResult:
    """Gather and print into ``path`` (a ``.pdf`` that appears only when complete)."""
    forms, setup = gather_forms(ctx, req, progress)
    pages = write_forms(forms, req.form, setup, path, _Offset(progress, len(forms)))
    return PrintResult(Path(path), req.form, len(forms), pages)


@dataclass(frozen=True)
class PdfResult:
    data: bytes
    form: str
    skps: int
    pages: int


def appraisal_pdf(ctx: Reader, req: AppraisalPrintRequest, progress: Progress) -> PdfResult:
    """Gather and draw into memory, for the in-app preview."""
    forms, setup = gather_forms(ctx, req, progress)
    buffer = BytesIO()
    pages = render_forms(forms, req.form, setup, buffer, _Offset(progress, len(forms)))
    return PdfResult(buffer.getvalue(), req.form, len(forms), pages)


register_messages({
    "report.ap_who": (
        "Sebutkan satu saja: NIP pegawai, unit kerja, atau SKP yang dipilih.",
        "Give exactly one of: an employee's NIP, a unit, or chosen SKPs.",
    ),
    "report.ap_year": ("Sebutkan tahun SKP (--year).", "Give the SKP year (--year)."),
    "report.ap_no_employee": ("Pegawai dengan NIP {nip} tidak ditemukan.",
                              "No employee with NIP {nip}."),
    "report.ap_no_skp": ("{nama} belum mempunyai SKP tahun {year}.",
                         "{nama} has no SKP for {year}."),
    "report.ap_no_unit_skp": (
        "Belum ada SKP final tahun {year} di {unit}.",
        "There is no final SKP for {year} in {unit}.",
    ),
})
