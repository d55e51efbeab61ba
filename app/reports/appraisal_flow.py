"""Platypus pieces of the multi-page appraisal forms (the SKP and the Evaluasi Kinerja Pegawai
worksheet): cell paragraphs, the bordered table style, the title lines, the two identity
blocks side by side and the pair of signatures.

Built on the report foundation (:mod:`app.reports.pdf`: fonts, paragraph styles, the kop
surat); only what these forms need beyond it lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.reports.appraisal_common import (
    PrintSetup,
    identity_rows,
    sign_date,
    signer,
    t,
)
from app.reports.fonts import FONT_BOLD
from app.reports.formatting import tanggal_indonesia
from app.reports.page import MARGIN, page_size
from app.reports.pdf import letterhead_flowables, style
from app.services.appraisal import SkpDetail

SHADE = colors.Color(0.93, 0.94, 0.96)
LINE = colors.Color(0.35, 0.35, 0.35)
_STYLES: dict[str, ParagraphStyle] = {}


def cell_style(name: str) -> ParagraphStyle:
    if not _STYLES:
        base = ParagraphStyle("ap_cell", style("base"), fontSize=8, leading=10)
        _STYLES.update({
            "cell": base,
            "bold": ParagraphStyle("ap_bold", base, fontName=FONT_BOLD),
            "head": ParagraphStyle("ap_head", base, fontName=FONT_BOLD, fontSize=7.5,
                                   leading=9, alignment=TA_CENTER),
            "centre": ParagraphStyle("ap_centre", base, alignment=TA_CENTER),
            "right": ParagraphStyle("ap_right", base, alignment=TA_RIGHT),
            "title": ParagraphStyle("ap_title", style("title")),
            "line": ParagraphStyle("ap_line", style("subtitle"), fontName=FONT_BOLD,
                                   fontSize=9, leading=11.5),
            "mark": ParagraphStyle("ap_mark", style("subtitle"), fontName=FONT_BOLD,
                                   fontSize=8, textColor=colors.Color(0.45, 0.45, 0.45)),
            "sign": ParagraphStyle("ap_sign", style("sign"), alignment=TA_CENTER),
            "sign_name": ParagraphStyle("ap_sign_name", style("sign_name"),
                                        alignment=TA_CENTER),
        })
    return _STYLES[name]


def text(value: str | None, name: str = "cell") -> Paragraph:
    """A cell paragraph of plain text (escaped, line breaks kept)."""
    return Paragraph(escape(value or "").replace("\n", "<br/>"), cell_style(name))


def rich(markup: str, name: str = "cell") -> Paragraph:
    """A cell paragraph of our own markup (callers escape user text)."""
    return Paragraph(markup, cell_style(name))


def esc(value: str | None) -> str:
    return escape(value or "").replace("\n", "<br/>")


def grid(data: list[list[object]], widths: Sequence[float], *, header_rows: int = 0,
         extra: Sequence[tuple[object, ...]] = (), repeat: int = 0) -> Table:
    """A bordered table with top-aligned cells; ``header_rows`` shaded."""
    table = Table(data, colWidths=list(widths), repeatRows=repeat)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    table.setStyle(TableStyle([*commands, *extra]))
    return table


class WriteLine(Flowable):
    """A dotted line across the frame, to write on by hand."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        return availWidth, 15

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setDash(1, 2)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.width, 3)
        self.canv.restoreState()


def title_block(setup: PrintSetup, lines: Sequence[str | None], right: str | None,
                mark: str | None) -> list[Flowable]:
    """Kop surat, the title and header lines, then instansi (left) and a period (right)."""
    items: list[Flowable] = letterhead_flowables(setup.letterhead)
    first, *rest = [line for line in lines if line]
    items.append(text(first, "title"))
    items += [text(line, "line") for line in rest]
    if mark:
        items.append(text(mark, "mark"))
    items.append(Spacer(1, 5))
    if right:
        width = content_width(setup)
        row = Table([[rich(f"<b>{esc(setup.office.instansi.upper())}</b>"),
                      rich(esc(right), "right")]], colWidths=[width * 0.45, width * 0.55])
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        items += [row, Spacer(1, 3)]
    return items


def content_width(setup: PrintSetup) -> float:
    return page_size(setup.paper)[0] - 2 * MARGIN


def identity_pair(skp: SkpDetail, setup: PrintSetup) -> Table:
    """PEGAWAI YANG DINILAI beside PEJABAT PENILAI KINERJA, five numbered lines each."""
    lang = setup.lang
    width = content_width(setup)
    no_w, label_w = 7 * mm, 24 * mm
    value_w = width / 2 - no_w - label_w
    left = identity_rows(skp.pegawai, lang, short=True)
    right = identity_rows(skp.penilai, lang, short=True)
    data: list[list[object]] = [[text(t("no", lang), "head"), text(t("pegawai", lang), "head"),
                                 "", text(t("no", lang), "head"),
                                 text(t("penilai", lang), "head"), ""]]
    for n, ((l_name, l_value), (r_name, r_value)) in enumerate(zip(left, right, strict=True), 1):
        data.append([text(f"{n}.", "centre"), text(l_name.title() if l_name != "NIP" else l_name),
                     text(l_value), text(f"{n}.", "centre"),
                     text(r_name.title() if r_name != "NIP" else r_name), text(r_value)])
    return grid(data, [no_w, label_w, value_w, no_w, label_w, value_w], header_rows=1,
                extra=[("SPAN", (1, 0), (2, 0)), ("SPAN", (4, 0), (5, 0))])


def signature_pair(skp: SkpDetail, setup: PrintSetup, form: str) -> Flowable:
    """The pegawai's and the pejabat penilai's signatures, place and date above each."""
    lang = setup.lang
    when = f"{setup.office.city}, " + tanggal_indonesia(sign_date(skp, form, setup.printed_on),
                                                         lang)
    columns = []
    for caption, who in ((t("sign_pegawai", lang), skp.pegawai),
                         (t("sign_penilai", lang), skp.penilai)):
        name, nip = signer(who)
        shown = rich(f"<u>{esc(name)}</u>", "sign_name") if not name.startswith("(") \
            else text(name, "sign")
        columns.append([text(when, "sign"), text(caption, "sign"), Spacer(1, 17 * mm), shown,
                        text(nip, "sign")])
    width = content_width(setup)
    rows = [[left, right] for left, right in zip(*columns, strict=True)]
    table = Table(rows, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([Spacer(1, 12), table])
