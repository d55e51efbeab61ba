"""Background jobs of the Pelatihan screen's printouts and exports: each gathers its data
through the services (its own read unit of work) and returns PDF bytes for the in-app preview,
or writes a workbook. They take plain data only (ids, year, texts), never widgets.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from app.jobs import Progress
from app.reports.model import ReportDocument
from app.reports.output import RenderResult, write_report
from app.reports.pdf import render_pdf
from app.reports.training_certificates import render_certificates
from app.reports.training_data import JpRecapData, jp_recap_data, session_print_data
from app.reports.training_jp import jp_recap_document
from app.reports.training_lists import attendance_sheet_document, participant_list_document
from app.services.training import EmployeeJp

if TYPE_CHECKING:
    from app.services.context import ServiceContext

SESSION_PRINTOUTS = ("participants", "attendance", "certificates")


@dataclass(frozen=True)
class SessionPrintout:
    kind: str  # one of SESSION_PRINTOUTS
    session_id: str
    participant_ids: tuple[str, ...] | None = None  # certificates of the chosen rows only
    lang: str = "id"


def session_pdf(ctx: ServiceContext, order: SessionPrintout, progress: Progress) -> bytes:
    """The PDF of one session printout."""
    progress.step(0, 2, "")
    data = ctx.read(session_print_data, order.session_id, order.participant_ids)
    progress.step(1, 2, "")
    buffer = BytesIO()
    if order.kind == "certificates":
        render_certificates(data, buffer, lang=order.lang)
    elif order.kind == "attendance":
        render_pdf(attendance_sheet_document(data, lang=order.lang), buffer)
    else:
        render_pdf(participant_list_document(data, lang=order.lang), buffer)
    progress.step(2, 2, "")
    return buffer.getvalue()


@dataclass(frozen=True)
class JpRecapOrder:
    year: int
    unit_id: str | None = None
    employees: tuple[EmployeeJp, ...] = ()
    employees_title: str | None = None
    lang: str = "id"


def jp_recap_pdf(ctx: ServiceContext, order: JpRecapOrder, progress: Progress) -> bytes:
    progress.step(0, 2, "")
    data = ctx.read(jp_recap_data, order.year, order.unit_id)
    progress.step(1, 2, "")
    buffer = BytesIO()
    render_pdf(_document(data, order), buffer)
    progress.step(2, 2, "")
    return buffer.getvalue()


def jp_recap_xlsx(ctx: ServiceContext, order: JpRecapOrder, path: Path,
                  progress: Progress) -> RenderResult:
    """The recap per unit and the employee list on screen, one sheet each."""
    progress.step(0, 2, "")
    data = ctx.read(jp_recap_data, order.year, order.unit_id)
    progress.step(1, 2, "")
    result = write_report(_document(data, order), path)
    progress.step(2, 2, "")
    return result


def _document(data: JpRecapData, order: JpRecapOrder) -> ReportDocument:
    data = replace(data, employees=tuple(order.employees))
    return jp_recap_document(data, lang=order.lang, employees_title=order.employees_title)
