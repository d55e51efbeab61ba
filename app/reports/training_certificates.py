"""Certificates of attendance (sertifikat): one landscape page per participant who completed
the session, with the office letterhead, the certificate number, who, what, where, when, the
JP credited, and the signature of the office head dated the certificate date.

The page layout is the foundation's (:mod:`app.reports.pdf` paragraphs, letterhead and
signature; DejaVu fonts); what the shared :class:`ReportDocument` has no block for — a page
per person and a framed page without list footers — is drawn here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus import Table as PlatypusTable
from reportlab.platypus import TableStyle as PlatypusTableStyle

from app.errors import SimpegError
from app.reports.common import letterhead, office_signature
from app.reports.fonts import FONT_BOLD, ensure_fonts
from app.reports.formatting import nip_text
from app.reports.labels import label
from app.reports.model import Paper
from app.reports.output import RenderResult, atomic_path, check_target
from app.reports.page import page_size
from app.reports.pdf import letterhead_flowables, signature_flowable, style
from app.reports.training_data import PrintedParticipant, SessionPrintData
from app.reports.training_labels import jp_text, period_text
from app.reports.training_lists import session_name

MARGIN = 16 * mm
_STYLES: dict[str, ParagraphStyle] = {}


def _style(name: str) -> ParagraphStyle:
    if not _STYLES:
        base = style("base")
        _STYLES.update({
            "cert_title": ParagraphStyle("cert_title", base, fontName=FONT_BOLD, fontSize=26,
                                         leading=32, alignment=TA_CENTER),
            "cert_center": ParagraphStyle("cert_center", base, fontSize=11, leading=15,
                                          alignment=TA_CENTER),
            "cert_name": ParagraphStyle("cert_name", base, fontName=FONT_BOLD, fontSize=18,
                                        leading=23, alignment=TA_CENTER),
            "cert_what": ParagraphStyle("cert_what", base, fontName=FONT_BOLD, fontSize=14,
                                        leading=18, alignment=TA_CENTER),
            "cert_field": ParagraphStyle("cert_field", base, fontSize=10.5, leading=13.5),
        })
    return _STYLES[name]


def eligible(data: SessionPrintData) -> list[PrintedParticipant]:
    """The participants a certificate is printed for: those who completed the session."""
    return [p for p in data.participants if p.completed]


def _details(p: PrintedParticipant, lang: str | None, width: float) -> Flowable:
    rows = [(label("training_cert_pangkat", lang), p.pangkat_golongan),
            (label("training_cert_jabatan", lang), p.jabatan),
            (label("training_cert_unit", lang), p.unit)]
    cells = [[Paragraph(k, _style("cert_field")), Paragraph(":", _style("cert_field")),
              _field(v)] for k, v in rows if v]
    if not cells:
        return Spacer(1, 1)
    table = PlatypusTable(cells, colWidths=[45 * mm, 5 * mm, min(width * 0.5, 130 * mm)])
    table.setStyle(PlatypusTableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _field(value: str | None) -> Paragraph:
    return Paragraph(escape(value or ""), _style("cert_field"))


def _sentence(data: SessionPrintData, p: PrintedParticipant, lang: str | None) -> str:
    s = data.session
    parts = []
    if s.organiser:
        parts.append(label("training_cert_by", lang, organiser=s.organiser))
    if s.place:
        parts.append(label("training_cert_at", lang, place=s.place))
    parts.append(label("training_cert_on", lang, period=period_text(s.start_date, s.end_date,
                                                                     lang)))
    jp = p.jp_credited if p.jp_credited is not None else s.jp
    parts.append(label("training_cert_jp", lang, jp=jp_text(jp)))
    return " ".join(parts) + "."


def certificate_flowables(data: SessionPrintData, p: PrintedParticipant, width: float,
                          lang: str | None = None,
                          printed_on: date | None = None) -> list[Flowable]:
    """The flowables of one certificate page."""
    s = data.session
    number = (label("training_cert_number", lang, nomor=p.certificate_nomor)
              if p.certificate_nomor else label("training_cert_number_blank", lang))
    what = session_name(s, lang)
    on = p.certificate_tanggal or printed_on or s.end_date
    items: list[Flowable] = [
        *letterhead_flowables(letterhead(data.office)),
        Spacer(1, 2 * mm),
        Paragraph(label("training_cert_title", lang).upper(), _style("cert_title")),
        Paragraph(escape(number), _style("cert_center")),
        Spacer(1, 7 * mm),
        Paragraph(escape(label("training_cert_given", lang)), _style("cert_center")),
        Spacer(1, 3 * mm),
        Paragraph(escape(p.nama), _style("cert_name")),
    ]
    if p.nip:
        items.append(Paragraph(escape(label("nip_line", lang, nip=nip_text(p.nip))),
                               _style("cert_center")))
    items += [Spacer(1, 4 * mm), _centered(_details(p, lang, width), width), Spacer(1, 6 * mm),
              Paragraph(escape(label("training_cert_attended", lang)), _style("cert_center")),
              Paragraph(escape(what), _style("cert_what")),
              Paragraph(escape(_sentence(data, p, lang)), _style("cert_center"))]
    sign = office_signature(data.office, on, lang)
    items.append(signature_flowable(sign, width, lang))
    return [KeepTogether(items)]


def _centered(inner: Flowable, width: float) -> Flowable:
    outer = PlatypusTable([[inner]], colWidths=[width])
    outer.setStyle(PlatypusTableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return outer


def _frame(canvas: Canvas, _doc: object) -> None:
    """A double frame around the page."""
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setLineWidth(2.2)
    canvas.rect(7 * mm, 7 * mm, width - 14 * mm, height - 14 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(9.5 * mm, 9.5 * mm, width - 19 * mm, height - 19 * mm)
    canvas.restoreState()


def render_certificates(data: SessionPrintData, target: Path | str | BytesIO, *,
                        paper: Paper = Paper.A4, lang: str | None = None,
                        printed_on: date | None = None) -> int:
    """Draw the certificates of everyone eligible (see :func:`eligible`); the page count.
    Refuses (``report.training_no_certificates``) when nobody is eligible."""
    people: Sequence[PrintedParticipant] = eligible(data)
    if not people:
        raise SimpegError("report.training_no_certificates")
    ensure_fonts()
    size = page_size(paper, True)
    width = size[0] - 2 * MARGIN
    story: list[Flowable] = []
    for i, p in enumerate(people):
        if i:
            story.append(PageBreak())
        story += certificate_flowables(data, p, width, lang, printed_on)
    pages: list[int] = []
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target, pagesize=size,
        leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN - 2 * mm,
        bottomMargin=MARGIN - 4 * mm, title=label("training_cert_title", lang),
        author=data.office.name, creator=label("app", lang), subject=data.session.title,
    )

    def on_page(canvas: Canvas, d: object) -> None:
        _frame(canvas, d)
        pages.append(canvas.getPageNumber())

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return len(pages)


def write_certificates(data: SessionPrintData, path: str | Path, *, paper: Paper = Paper.A4,
                       lang: str | None = None, printed_on: date | None = None
                       ) -> RenderResult:
    """Write the certificates to ``path`` (a ``.pdf``) atomically."""
    target = check_target(path)
    if target.suffix.lower() != ".pdf":
        raise SimpegError("report.bad_format", path=str(target), suffix=target.suffix or "-")
    with atomic_path(target) as tmp:
        pages = render_certificates(data, tmp, paper=paper, lang=lang, printed_on=printed_on)
    return RenderResult(target, "pdf", len(eligible(data)), pages)
