"""Draw a :class:`ReportDocument` to PDF with reportlab platypus.

Layout: the letterhead (kop surat) and title on the first page, the blocks, the signature;
on every page the footer "Dicetak: <tanggal>" and "Halaman x dari y". Tables are
:class:`GridTable` s whose header rows repeat on every page.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
)
from reportlab.platypus import Table as PlatypusTable
from reportlab.platypus import TableStyle as PlatypusTableStyle

from app.reports.fonts import FONT, FONT_BOLD, ensure_fonts
from app.reports.formatting import cell_text, nip_text, tanggal_indonesia
from app.reports.grid import Bold, BoldFirst, GridSpec, GridStyle, GridTable, HeaderCell, TotalRow
from app.reports.labels import label
from app.reports.model import (
    Align,
    Column,
    FieldsBlock,
    Heading,
    Kind,
    Letterhead,
    PaperColumn,
    ReportDocument,
    Signature,
    SpanRow,
    Table,
    TableBlock,
    TextBlock,
)
from app.reports.page import MARGIN, Footer, NumberedCanvas, page_size

_STYLES: dict[str, ParagraphStyle] = {}


def style(name: str) -> ParagraphStyle:
    """The paragraph styles of every report (DejaVu Sans)."""
    ensure_fonts()
    if not _STYLES:
        base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=10.5)
        _STYLES.update({
            "base": base,
            "instansi": ParagraphStyle("instansi", base, fontName=FONT_BOLD, fontSize=13,
                                       leading=16, alignment=TA_CENTER),
            "agency": ParagraphStyle("agency", base, fontName=FONT_BOLD, fontSize=12,
                                     leading=15, alignment=TA_CENTER),
            "address": ParagraphStyle("address", base, fontSize=8, leading=10,
                                      alignment=TA_CENTER),
            "title": ParagraphStyle("title", base, fontName=FONT_BOLD, fontSize=11.5,
                                    leading=14, alignment=TA_CENTER),
            "subtitle": ParagraphStyle("subtitle", base, fontSize=9, leading=11.5,
                                       alignment=TA_CENTER),
            "heading": ParagraphStyle("heading", base, fontName=FONT_BOLD, fontSize=9,
                                      leading=11, spaceBefore=7, spaceAfter=3),
            "heading2": ParagraphStyle("heading2", base, fontName=FONT_BOLD, fontSize=8.5,
                                       leading=10.5, spaceBefore=4, spaceAfter=2,
                                       leftIndent=8),
            "text": ParagraphStyle("text", base, alignment=TA_LEFT, spaceBefore=8),
            "field": ParagraphStyle("field", base, fontSize=8.5, leading=10.5),
            "sign": ParagraphStyle("sign", base, fontSize=9, leading=11.5),
            "sign_name": ParagraphStyle("sign_name", base, fontName=FONT_BOLD, fontSize=9,
                                        leading=11.5),
        })
    return _STYLES[name]


def para(text: str, style_name: str = "base") -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style(style_name))


# --- letterhead and title -----------------------------------------------------------------

class DoubleRule(Flowable):
    """The thick-over-thin line under a kop surat."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, 6

    def draw(self) -> None:
        c = self.canv
        c.setLineWidth(1.6)
        c.line(0, 4.5, self.width, 4.5)
        c.setLineWidth(0.5)
        c.line(0, 2, self.width, 2)


def letterhead_flowables(head: Letterhead) -> list[Flowable]:
    items: list[Flowable] = [para(head.instansi.upper(), "instansi")]
    if head.agency:
        items.append(para(head.agency.upper(), "agency"))
    items += [para(line, "address") for line in head.lines if line]
    items += [Spacer(1, 2), DoubleRule(), Spacer(1, 6)]
    return items


def title_flowables(doc: ReportDocument) -> list[Flowable]:
    items: list[Flowable] = [para(doc.title.upper(), "title")]
    items += [para(line, "subtitle") for line in doc.subtitle if line]
    items.append(Spacer(1, 6))
    return items


# --- tables -------------------------------------------------------------------------------

def value_text(value: object, kind: Kind, lang: str | None = None) -> str:
    """A value as printed in a cell of a column of ``kind``."""
    if value is None or value == "":
        return ""
    return formatter(kind, lang)(value)


def formatter(kind: Kind, lang: str | None = None) -> Callable[[object], str]:
    """The function printing non-empty values of a column of ``kind`` (chosen once per
    column, not per cell: long lists format hundreds of thousands of values)."""
    if kind is Kind.NIP:
        return lambda v: nip_text(str(v))
    if kind is Kind.LONG_DATE:
        return lambda v: tanggal_indonesia(v, lang)  # type: ignore[arg-type]
    if kind is Kind.INT:
        return str
    if kind is Kind.COUNT:
        return lambda v: "-" if v == 0 else cell_text(v)
    yes, no = label("yes", lang), label("no", lang)

    def general(v: object) -> str:
        if type(v) is str:
            return v  # type: ignore[return-value]
        if isinstance(v, bool):
            return yes if v else no
        return cell_text(v)

    return general


def paper_layout(table: Table) -> tuple[PaperColumn, ...]:
    if table.layout is not None:
        return table.layout
    return tuple(PaperColumn((c.id,), c.paper_label, c.weight, c.alignment, c.group)
                 for c in table.columns)


def header_rows(layout: Sequence[PaperColumn]) -> tuple[tuple[HeaderCell, ...], ...]:
    """One header row, or two when some columns sit under a group label."""
    if not any(p.group for p in layout):
        return (tuple(HeaderCell(p.label) for p in layout),)
    top: list[HeaderCell] = []
    bottom: list[HeaderCell] = []
    i = 0
    while i < len(layout):
        group = layout[i].group
        if group is None:
            top.append(HeaderCell(layout[i].label, rowspan=2))
            i += 1
            continue
        j = i
        while j < len(layout) and layout[j].group == group:
            bottom.append(HeaderCell(layout[j].label))
            j += 1
        top.append(HeaderCell(group, colspan=j - i))
        i = j
    return tuple(top), tuple(bottom)


def grid_rows(table: Table, layout: Sequence[PaperColumn], lang: str | None) -> list[object]:
    """The table's typed rows as the strings of the paper columns."""
    index = table.column_index()
    kinds = {c.id: c.kind for c in table.columns}
    plan = [([(index[i], formatter(kinds[i], lang)) for i in p.ids], p.bold_first)
            for p in layout]
    out: list[object] = []
    for row in table.rows:
        if isinstance(row, SpanRow):
            out.append(row)
            continue
        out.append(tuple(_cell(row, parts, bold_first) for parts, bold_first in plan))
    for total in table.totals:
        out.append(TotalRow(_cell(total, parts, False) for parts, _b in plan))
    if not out and table.empty_text:
        out.append(SpanRow(table.empty_text))
    return out


def _cell(row: Sequence[object], parts: list[tuple[int, Callable[[object], str]]],
          bold_first: bool) -> str:
    if len(parts) == 1:
        i, fmt = parts[0]
        value = row[i]
        text = "" if value is None or value == "" else fmt(value)
    else:
        texts = (fmt(row[i]) for i, fmt in parts if row[i] is not None and row[i] != "")
        text = "\n".join(t for t in texts if t)
    return BoldFirst(text) if bold_first and text else text


def _align(p: PaperColumn, columns: dict[str, Column]) -> Align:
    return p.align or columns[p.ids[0]].alignment


def table_flowable(table: Table, lang: str | None = None,
                   grid_style: GridStyle | None = None) -> GridTable:
    layout = paper_layout(table)
    columns = {c.id: c for c in table.columns}
    spec = GridSpec(
        weights=tuple(p.weight for p in layout),
        aligns=tuple(_align(p, columns) for p in layout),
        header=header_rows(layout),
        rows=grid_rows(table, layout, lang),
        number_row=table.number_row,
        style=grid_style or GridStyle(),
    )
    return GridTable(spec)


# --- fields, text, photo, signature -------------------------------------------------------

PHOTO_SIZE = (30 * mm, 40 * mm)


def photo_flowable(data: bytes | None, caption: str) -> Flowable:
    """The pas foto scaled into 3 × 4 cm, or an empty framed box when missing or unreadable."""
    if data:
        try:
            reader = ImageReader(BytesIO(data))
            w, h = reader.getSize()
            scale = min(PHOTO_SIZE[0] / w, PHOTO_SIZE[1] / h)
            return Image(BytesIO(data), width=w * scale, height=h * scale)
        except Exception:  # noqa: BLE001 - a broken photo must not stop the DRH
            pass
    box = PlatypusTable([[para(caption, "address")]], colWidths=[PHOTO_SIZE[0]],
                        rowHeights=[PHOTO_SIZE[1]])
    box.setStyle(PlatypusTableStyle([("BOX", (0, 0), (-1, -1), 0.5, colors.grey),
                                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return box


def fields_flowable(block: FieldsBlock, width: float, lang: str | None) -> Flowable:
    photo_w = PHOTO_SIZE[0] + 6 * mm if block.photo is not None or block.photo_caption else 0
    label_w = 52 * mm
    rows = []
    for f in block.fields:
        indent = "\u00a0" * 4 * f.level
        rows.append([para(f.number, "field"), para(indent + f.label, "field"), para(":", "field"),
                     para(value_text(f.value, f.kind, lang), "field")])
    value_w = width - photo_w - 8 * mm - label_w - 4 * mm
    inner = PlatypusTable(rows, colWidths=[8 * mm, label_w, 4 * mm, value_w])
    inner.setStyle(PlatypusTableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 1), ("RIGHTPADDING", (0, 0), (-1, -1), 1),
        ("TOPPADDING", (0, 0), (-1, -1), 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
    ]))
    if not photo_w:
        return inner
    photo = photo_flowable(block.photo, block.photo_caption or label("photo", lang))
    outer = PlatypusTable([[inner, photo]], colWidths=[width - photo_w, photo_w])
    outer.setStyle(PlatypusTableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return outer


def signature_flowable(sig: Signature, width: float, lang: str | None) -> Flowable:
    block_w = min(95 * mm, width * 0.5)
    lines: list[Flowable] = [para(f"{sig.place}, {tanggal_indonesia(sig.on, lang)}", "sign")]
    if sig.caption:
        lines.append(para(sig.caption, "sign"))
    lines += [para(j, "sign") for j in sig.jabatan]
    lines.append(Spacer(1, 17 * mm))
    if sig.name:
        lines.append(Paragraph(f"<u>{escape(sig.name)}</u>", style("sign_name")))
    else:
        lines.append(para(label("signer_blank", lang), "sign"))
    if sig.pangkat:
        lines.append(para(sig.pangkat, "sign"))
    if sig.nip:
        lines.append(para(label("nip_line", lang, nip=nip_text(sig.nip)), "sign"))
    elif not sig.name:
        lines.append(para(label("nip_blank", lang), "sign"))
    cell = PlatypusTable([[line] for line in lines], colWidths=[block_w])
    cell.setStyle(PlatypusTableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    outer = PlatypusTable([["", cell]], colWidths=[width - block_w, block_w])
    outer.setStyle(PlatypusTableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 10), outer])


# --- the document -------------------------------------------------------------------------

HEADING_ROOM = {1: 32 * mm, 2: 24 * mm}


def story(doc: ReportDocument, width: float) -> list[Flowable]:
    items: list[Flowable] = []
    if doc.letterhead is not None:
        items += letterhead_flowables(doc.letterhead)
    items += title_flowables(doc)
    for block in doc.blocks:
        # A heading never ends a page: start a new page unless the heading and the first
        # lines of what follows still fit (a long table then flows on by itself).
        if isinstance(block, Heading):
            items.append(CondPageBreak(HEADING_ROOM[block.level]))
            items.append(para(block.text, "heading" if block.level == 1 else "heading2"))
            continue
        if block.heading:
            items += [CondPageBreak(HEADING_ROOM[1]), para(block.heading, "heading")]
        if isinstance(block, TableBlock):
            size = doc.table_font_size
            grid = GridStyle(font_size=size, header_size=size, number_size=max(size - 1, 5))
            items.append(table_flowable(block.table, doc.lang, grid))
        elif isinstance(block, FieldsBlock):
            items.append(fields_flowable(block, width, doc.lang))
        elif isinstance(block, TextBlock):
            name = "subtitle" if block.centered else "text"
            text = f"<b>{escape(block.text)}</b>" if block.bold else escape(block.text)
            items.append(Paragraph(text.replace("\n", "<br/>"), style(name)))
    if doc.signature is not None:
        items.append(signature_flowable(doc.signature, width, doc.lang))
    return items


def render_pdf(doc: ReportDocument, target: Path | str | BytesIO, *,
               on_page: Callable[[int], None] | None = None) -> int:
    """Write ``doc`` as PDF to a path or a binary buffer; returns the number of pages.

    ``on_page(n)`` is called after each page is laid out (a job's progress; raising there,
    e.g. :class:`app.jobs.Cancelled`, stops the build)."""
    ensure_fonts()
    size = page_size(doc.paper, doc.landscape)
    footer = Footer(
        printed=label("printed", doc.lang, date=tanggal_indonesia(doc.printed_on, doc.lang)),
        page_template=label("page", doc.lang, page="{page}", pages="{pages}"),
        note=doc.footer_note or "",
    )
    template = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN + 4 * mm, title=doc.title, author=doc.office_name or "",
        creator=label("app", doc.lang), subject=" ".join(doc.subtitle),
    )
    width = size[0] - 2 * MARGIN
    if on_page is not None:
        template.afterPage = lambda: on_page(template.page)  # type: ignore[method-assign]
    template.build(story(doc, width),
                   canvasmaker=functools.partial(NumberedCanvas, footer=footer))
    return footer.pages


__all__ = ["Bold", "render_pdf", "story", "table_flowable", "value_text"]
