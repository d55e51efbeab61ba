"""Drawing straight on a reportlab canvas for the one-page appraisal document: measured and
wrapped text (cached widths), the kop surat, the signature pair and the page footer.

Platypus would lay the one-page Dokumen Evaluasi Kinerja Pegawai out just as well, but a
batch of a thousand of them must cost at most twice what bare ``drawString`` costs
(DESIGN.md §6). Text goes into one text object per page (:class:`PageText`: a font switch
only when the font changes, widths from a cache) and lines and shading straight onto the
canvas; that stays well inside the budget.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import FONT, FONT_BOLD, ensure_fonts
from app.reports.model import Letterhead
from app.reports.page import FOOTER_Y, MARGIN
from app.reports.textwrap_pdf import Measurer

SHADE = (0.93, 0.94, 0.96)
GREY = 0.45


class Pen:
    """Text measuring and wrapping in the report fonts, cached per font and size."""

    def __init__(self) -> None:
        ensure_fonts()
        self._measurers: dict[tuple[bool, float], Measurer] = {}

    def measurer(self, bold: bool, size: float) -> Measurer:
        key = (bold, size)
        found = self._measurers.get(key)
        if found is None:
            found = self._measurers[key] = Measurer(FONT_BOLD if bold else FONT, size)
        return found

    def width(self, text: str, bold: bool = False, size: float = 9.0) -> float:
        return self.measurer(bold, size).width(text)

    def wrap(self, text: str, width: float, bold: bool = False, size: float = 9.0) -> list[str]:
        if not text:
            return [""]
        return [line for line, _w in self.measurer(bold, size).wrap(text, width)] or [""]


class PageText:
    """The text of one page, collected in one PDF text object and drawn by :meth:`finish`
    (on top of the lines and shading drawn meanwhile)."""

    def __init__(self, canvas: Canvas, pen: Pen) -> None:
        self.canvas = canvas
        self.pen = pen
        self.text = canvas.beginText()
        self._font: tuple[bool, float] | None = None

    def put(self, x: float, y: float, text: str, bold: bool = False, size: float = 9.0,
            align: str = "left") -> None:
        """``text`` at ``(x, y)``: left-aligned, or ``x`` is its centre / right end."""
        if not text:
            return
        if align != "left":
            width = self.pen.width(text, bold, size)
            x -= width if align == "right" else width / 2
        if self._font != (bold, size):
            self.text.setFont(FONT_BOLD if bold else FONT, size)
            self._font = (bold, size)
        self.text.setTextOrigin(x, y)
        self.text.textOut(text)

    def grey(self, on: bool) -> None:
        self.text.setFillGray(GREY if on else 0)

    def finish(self) -> None:
        self.canvas.drawText(self.text)


def centred_lines(out: PageText, lines: list[tuple[str, bool, float]], centre: float,
                  width: float, top: float) -> float:
    """Centred lines ``(text, bold, size)`` wrapped to ``width``; returns the y below them."""
    y = top
    for text, bold, size in lines:
        for line in out.pen.wrap(text, width, bold, size):
            y -= size * 1.22
            out.put(centre, y, line, bold, size, "centre")
    return y


def letterhead_lines(head: Letterhead) -> list[tuple[str, bool, float]]:
    lines = [(head.instansi.upper(), True, 13.0)]
    if head.agency:
        lines.append((head.agency.upper(), True, 12.0))
    lines += [(line, False, 8.0) for line in head.lines if line]
    return lines


def draw_letterhead(out: PageText, head: Letterhead, page_width: float, top: float) -> float:
    """The kop surat (instansi, agency, address, thick-over-thin rule); the y below it."""
    width = page_width - 2 * MARGIN
    y = centred_lines(out, letterhead_lines(head), page_width / 2, width, top) - 4
    c = out.canvas
    c.setLineWidth(1.6)
    c.line(MARGIN, y, page_width - MARGIN, y)
    c.setLineWidth(0.5)
    c.line(MARGIN, y - 2.5, page_width - MARGIN, y - 2.5)
    return y - 10


SIGN_HEIGHT = 17 * mm


def signature_pair_height(size: float = 9.0) -> float:
    return 4 * size * 1.25 + SIGN_HEIGHT + 6


def draw_signature_pair(out: PageText, x0: float, width: float, top: float,
                        columns: list[tuple[str, str, str, str]], size: float = 9.0) -> float:
    """Signature columns side by side, each ``(place and date, caption, name, NIP line)``,
    centred in its half: caption, room to sign, name in bold and underlined, NIP."""
    leading = size * 1.25
    col_w = width / len(columns)
    bottom = top
    for i, (when, caption, name, nip) in enumerate(columns):
        centre = x0 + col_w * (i + 0.5)
        y = top - leading
        out.put(centre, y, when, False, size, "centre")
        y -= leading
        out.put(centre, y, caption, False, size, "centre")
        y -= SIGN_HEIGHT + leading
        bold = not name.startswith("(")
        shown = out.pen.wrap(name, col_w - 12, bold, size)[0]
        out.put(centre, y, shown, bold, size, "centre")
        if bold:
            half = out.pen.width(shown, True, size) / 2
            out.canvas.setLineWidth(0.5)
            out.canvas.line(centre - half, y - 1.5, centre + half, y - 1.5)
        y -= leading
        out.put(centre, y, nip, False, size, "centre")
        bottom = min(bottom, y - 4)
    return bottom


def draw_footer(out: PageText, page_width: float, left: str, centre: str, right: str,
                size: float = 7.0) -> None:
    """The footer line of every page: printed date, owner, page number."""
    c = out.canvas
    c.setStrokeGray(0.6)
    c.setLineWidth(0.3)
    c.line(MARGIN, FOOTER_Y + size + 2, page_width - MARGIN, FOOTER_Y + size + 2)
    c.setStrokeGray(0)
    out.put(MARGIN, FOOTER_Y, left, False, size)
    out.put(page_width / 2, FOOTER_Y, centre, False, size, "centre")
    out.put(page_width - MARGIN, FOOTER_Y, right, False, size, "right")
