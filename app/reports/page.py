"""Paper sizes, margins and the footer every page carries (printed date, "Halaman x dari y")."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4, landscape, portrait
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.fonts import FONT, ensure_fonts
from app.reports.model import Paper

F4 = (215 * mm, 330 * mm)
PAPER_SIZES = {Paper.A4: A4, Paper.F4: F4}
MARGIN = 12 * mm
FOOTER_Y = 7 * mm


def page_size(paper: Paper | str, is_landscape: bool = False) -> tuple[float, float]:
    """Width and height in points of A4 or F4 (215 × 330 mm), portrait or landscape."""
    size = PAPER_SIZES[Paper(paper)]
    return landscape(size) if is_landscape else portrait(size)


@dataclass
class Footer:
    """Texts of the footer; ``pages`` is filled in when the document is saved."""

    printed: str  # "Dicetak: 31 Desember 2026"
    page_template: str  # "Halaman {page} dari {pages}"
    note: str = ""
    pages: int = 0
    size: float = 7.0
    printed_on: date | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class NumberedCanvas(Canvas):
    """A canvas that knows the page count when it draws each footer (pages are kept until
    :meth:`save`, then finished with "Halaman x dari y")."""

    def __init__(self, *args: Any, footer: Footer, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        ensure_fonts()
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        self._footer.pages = total
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        f = self._footer
        width, _height = self._pagesize
        self.saveState()
        self.setFont(FONT, f.size)
        self.setStrokeGray(0.6)
        self.setLineWidth(0.3)
        self.line(MARGIN, FOOTER_Y + f.size + 2, width - MARGIN, FOOTER_Y + f.size + 2)
        self.drawString(MARGIN, FOOTER_Y, f.printed)
        if f.note:
            self.drawCentredString(width / 2, FOOTER_Y, f.note)
        self.drawRightString(width - MARGIN, FOOTER_Y,
                             f.page_template.format(page=number, pages=total))
        self.restoreState()
