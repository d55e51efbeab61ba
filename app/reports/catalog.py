"""The standard reports by name: validate a request, gather the data, build the document.

One entry point for the CLI (``simpeg report NAME``) and the UI's report screen::

    doc = build_report(session, actor, ReportRequest("duk", unit="Dinas Pendidikan"))
    write_report(doc, "duk.pdf")

A request naming an option its report does not take, or missing one it needs, is refused
with one Indonesian sentence before any data is read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date

from sqlalchemy.orm import Session

from app.errors import FieldError, SimpegError, ValidationError, register_messages
from app.reports.drh import drh_document
from app.reports.due import kgb_document, kp_document, pensiun_document
from app.reports.duk import duk_document
from app.reports.formasi import formasi_document
from app.reports.labels import label
from app.reports.model import Paper, ReportDocument
from app.reports.nominatif import nominatif_document, parse_column_ids
from app.reports.predikat import predikat_document
from app.reports.recap import recap_document
from app.reports.training_data import jp_recap_data
from app.reports.training_jp import jp_recap_document
from app.services.access import office_scope
from app.services.formasi_data import formasi_data
from app.services.report_data import find_unit
from app.services.report_data_drh import drh_data
from app.services.report_data_due import kgb_due_list, kp_due_list, pensiun_list
from app.services.report_data_duk import duk_list
from app.services.report_data_nominatif import nominatif_list
from app.services.report_data_predikat import predikat_recap
from app.services.report_data_recap import headcount_recap
from app.services.roles import CurrentUser


@dataclass(frozen=True)
class ReportRequest:
    """What to print. Options a report does not use must stay ``None``/empty."""

    name: str
    unit: str | None = None  # unit id, name, short name or a unique part of the name
    nip: str | None = None
    as_of: date | None = None
    year: int | None = None
    month: int | None = None
    period: date | None = None
    paper: Paper | None = None
    columns: tuple[str, ...] = ()
    golongan: str | None = None
    jabatan: str | None = None
    jenis: str | None = None
    overdue: bool = False
    lang: str | None = None
    printed_on: date | None = field(default=None, compare=False)
    office: str | None = None  # the province: another office's report (code "15.02")


@dataclass(frozen=True)
class ReportSpec:
    name: str
    label_code: str
    options: frozenset[str]  # options the report takes
    required: tuple[tuple[str, ...], ...]  # each tuple: at least one of these must be given
    paper: Paper
    build: Callable[[Session, CurrentUser, ReportRequest], ReportDocument]


_COMMON = {"lang", "printed_on", "paper", "name"}


def _office(actor: CurrentUser, req: ReportRequest) -> str | None:
    """The office a report is about: the actor's own, or any office for the province."""
    if req.office is None or req.office == actor.office_code:
        return None
    if office_scope(actor, req.office) != req.office:
        raise ValidationError([FieldError("office", "report.office_not_yours",
                                          {"office": req.office})])
    return req.office


def _unit_id(session: Session, actor: CurrentUser, req: ReportRequest) -> str | None:
    if not req.unit:
        return None
    return find_unit(session, actor, req.unit, _office(actor, req)).id


def _paper(req: ReportRequest, spec_paper: Paper) -> Paper:
    return req.paper or spec_paper


def _duk(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = duk_list(s, a, as_of=r.as_of, unit_id=_unit_id(s, a, r),
                    office_code=_office(a, r))
    return duk_document(data, paper=_paper(r, Paper.F4), lang=r.lang, printed_on=r.printed_on)


def _drh(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = drh_data(s, a, nip=r.nip, as_of=r.printed_on)
    return drh_document(data, paper=_paper(r, Paper.A4), lang=r.lang, printed_on=r.printed_on)


def _nominatif(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    columns = parse_column_ids(list(r.columns) or None)
    data = nominatif_list(s, a, unit_id=_unit_id(s, a, r), golongan=r.golongan,
                          jabatan_kind=r.jabatan, jenis=r.jenis, as_of=r.as_of,
                          office_code=_office(a, r))
    return nominatif_document(data, columns, paper=_paper(r, Paper.A4), lang=r.lang,
                              printed_on=r.printed_on)


def _kgb(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = kgb_due_list(s, a, year=r.year or 0, month=r.month or 0, unit_id=_unit_id(s, a, r),
                        office_code=_office(a, r))
    return kgb_document(data, paper=_paper(r, Paper.A4), lang=r.lang, printed_on=r.printed_on)


def _kp(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = kp_due_list(s, a, period=r.period, year=r.year, unit_id=_unit_id(s, a, r),
                       include_overdue=r.overdue, office_code=_office(a, r))
    return kp_document(data, paper=_paper(r, Paper.A4), lang=r.lang, printed_on=r.printed_on)


def _pensiun(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = pensiun_list(s, a, year=r.year or 0, unit_id=_unit_id(s, a, r),
                        office_code=_office(a, r))
    return pensiun_document(data, paper=_paper(r, Paper.A4), lang=r.lang,
                            printed_on=r.printed_on)


def _rekap(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = headcount_recap(s, a, unit_id=_unit_id(s, a, r), as_of=r.as_of,
                           office_code=_office(a, r))
    return recap_document(data, paper=_paper(r, Paper.A4), lang=r.lang, printed_on=r.printed_on)


def _jp(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = jp_recap_data(s, a, r.year or 0, r.unit)
    return jp_recap_document(data, paper=_paper(r, Paper.A4), lang=r.lang,
                             printed_on=r.printed_on)


def _predikat(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = predikat_recap(s, a, year=r.year or 0, unit_id=_unit_id(s, a, r),
                          office_code=_office(a, r))
    return predikat_document(data, r.year or 0, paper=_paper(r, Paper.A4), lang=r.lang,
                             printed_on=r.printed_on)


def _formasi(s: Session, a: CurrentUser, r: ReportRequest) -> ReportDocument:
    data = formasi_data(s, a, unit_id=_unit_id(s, a, r), as_of=r.as_of, year=r.year,
                        office_code=_office(a, r))
    return formasi_document(data, paper=_paper(r, Paper.A4), lang=r.lang,
                            printed_on=r.printed_on)


def _spec(name: str, options: set[str], required: tuple[tuple[str, ...], ...], paper: Paper,
          build: Callable[[Session, CurrentUser, ReportRequest], ReportDocument]) -> ReportSpec:
    return ReportSpec(name, f"catalog_{name}", frozenset(options | _COMMON), required, paper,
                      build)


REPORTS: dict[str, ReportSpec] = {s.name: s for s in (
    _spec("duk", {"unit", "as_of", "office"}, (), Paper.F4, _duk),
    _spec("drh", {"nip"}, (("nip",),), Paper.A4, _drh),
    _spec("nominatif", {"unit", "as_of", "columns", "golongan", "jabatan", "jenis", "office"},
          (), Paper.A4, _nominatif),
    _spec("kgb", {"unit", "year", "month", "office"}, (("year",), ("month",)), Paper.A4, _kgb),
    _spec("kp", {"unit", "period", "year", "overdue", "office"}, (("period", "year"),),
          Paper.A4, _kp),
    _spec("pensiun", {"unit", "year", "office"}, (("year",),), Paper.A4, _pensiun),
    _spec("rekap", {"unit", "as_of", "office"}, (), Paper.A4, _rekap),
    _spec("jp", {"unit", "year"}, (("year",),), Paper.A4, _jp),
    _spec("predikat", {"unit", "year", "office"}, (("year",),), Paper.A4, _predikat),
    _spec("formasi", {"unit", "as_of", "year", "office"}, (), Paper.A4, _formasi),
)}

OPTION_FLAGS = {"unit": "--unit", "nip": "--nip", "as_of": "--date", "year": "--year",
                "month": "--month", "period": "--period", "columns": "--columns",
                "golongan": "--golongan", "jabatan": "--jabatan", "jenis": "--jenis",
                "overdue": "--overdue", "paper": "--paper", "office": "--office"}


def report_choices(lang: str | None = None) -> list[tuple[str, str]]:
    """``(name, title)`` of every report, for the UI's report screen."""
    out = []
    for name, spec in REPORTS.items():
        text = label(spec.label_code, lang)
        out.append((name, name.upper() if text.startswith("report.") else text))
    return out


def check_request(req: ReportRequest) -> ReportSpec:
    """The report's spec, after checking the request's options (no data is read)."""
    spec = REPORTS.get(req.name)
    if spec is None:
        raise SimpegError("report.unknown_report", name=req.name, known=", ".join(REPORTS))
    for f in fields(req):
        value = getattr(req, f.name)
        given = bool(value) if isinstance(value, tuple | bool) else value is not None
        if given and f.name not in spec.options:
            raise SimpegError("report.option_not_for", option=OPTION_FLAGS.get(f.name, f.name),
                              report=req.name)
    for group in spec.required:
        if all(getattr(req, name) in (None, (), False) for name in group):
            flags = " / ".join(OPTION_FLAGS[n] for n in group)
            raise SimpegError("report.option_needed", option=flags, report=req.name)
    if req.name == "nominatif" and req.columns:
        parse_column_ids(list(req.columns))
    return spec


def build_report(session: Session, actor: CurrentUser, req: ReportRequest) -> ReportDocument:
    """Validate ``req``, gather its data and build the document (not yet written)."""
    spec = check_request(req)
    return spec.build(session, actor, req)


register_messages({
    "report.unknown_report": (
        "Laporan '{name}' tidak ada; pilih salah satu: {known}.",
        "No report '{name}'; choose one of: {known}.",
    ),
    "report.option_not_for": (
        "Opsi {option} tidak berlaku untuk laporan {report}.",
        "Option {option} does not apply to the {report} report.",
    ),
    "report.office_not_yours": (
        "Hanya BKD Provinsi yang dapat mencetak laporan kantor lain ({office}).",
        "Only the provincial office may print another office's report ({office}).",
    ),
    "report.option_needed": (
        "Laporan {report} memerlukan {option}.",
        "The {report} report needs {option}.",
    ),
})
