"""Background jobs of the Laporan screen: build a report (its own read unit of work through
:func:`app.reports.catalog.build_report`) and render it — to bytes for the in-app preview, or
to the file the clerk chose (PDF or Excel, atomically). Progress reports every page laid out;
*Batal* stops at the next page. Jobs take plain data only (the request, texts), never widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from app.jobs import Progress
from app.reports.catalog import ReportRequest, build_report
from app.reports.model import ReportDocument
from app.reports.output import RenderResult, atomic_path, check_target, output_format
from app.reports.pdf import render_pdf
from app.reports.xlsx import render_xlsx
from app.services.report_screen import ReportScreenChoices, report_screen_choices

if TYPE_CHECKING:
    from app.services.context import ServiceContext

STEPS = 100  # the bar: 10 for the data, 90 for the pages


@dataclass(frozen=True)
class ReportOrder:
    request: ReportRequest
    gathering: str  # "Mengumpulkan data…"
    page_text: str  # "Menyusun halaman %1…"


@dataclass(frozen=True)
class PreviewResult:
    title: str
    data: bytes
    pages: int
    rows: int


def _document(ctx: ServiceContext, order: ReportOrder, progress: Progress) -> ReportDocument:
    progress.step(0, STEPS, order.gathering)
    doc = ctx.read(build_report, order.request)
    progress.step(10, STEPS, order.page_text.replace("%1", "1"))
    return doc


def _pdf(doc: ReportDocument, order: ReportOrder, target: Path | BytesIO,
         progress: Progress) -> int:
    expected = max(1, doc.row_count // 25)  # a rough guess of the pages, for the bar only

    def on_page(page: int) -> None:
        done = 10 + min(89, round(89 * page / max(expected, page + 1)))
        progress.step(done, STEPS, order.page_text.replace("%1", str(page + 1)))

    return render_pdf(doc, target, on_page=on_page)


def report_preview(ctx: ServiceContext, order: ReportOrder, progress: Progress
                   ) -> PreviewResult:
    """The report as PDF bytes for the preview window."""
    doc = _document(ctx, order, progress)
    buffer = BytesIO()
    pages = _pdf(doc, order, buffer, progress)
    progress.step(STEPS, STEPS, "")
    return PreviewResult(doc.title, buffer.getvalue(), pages, doc.row_count)


def report_file(ctx: ServiceContext, order: ReportOrder, path: Path, progress: Progress
                ) -> RenderResult:
    """The report written to ``path`` (``.pdf`` or ``.xlsx``); nothing is left behind when the
    job fails or is cancelled."""
    target = check_target(path)
    fmt = output_format(target)
    doc = _document(ctx, order, progress)
    with atomic_path(target) as tmp:
        if fmt == "pdf":
            pages: int | None = _pdf(doc, order, tmp, progress)
            rows = doc.row_count
        else:
            pages, rows = None, render_xlsx(doc, tmp)
    progress.step(STEPS, STEPS, "")
    return RenderResult(target, fmt, rows, pages)


def load_screen_choices(ctx: ServiceContext, office_code: str | None = None
                        ) -> ReportScreenChoices:
    return ctx.read(report_screen_choices, office_code)
