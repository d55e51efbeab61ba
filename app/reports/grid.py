"""``GridTable``: a fast platypus table for long lists, with repeated headers on every page.

Why not ``platypus.Table``: a list of 15,000 employees has ~150,000 cells; Paragraph cells and
``Table.split`` (which re-measures the remaining rows on every page) make that minutes of work.
``GridTable`` measures each row once (plain text, wrapped by :class:`Measurer`), keeps prefix
sums of row heights, splits a page in O(log n) and draws text with one text object per page.

Body rows are tuples of strings (``Bold`` / ``BoldFirst`` mark bold cells), ``SpanRow`` rows
run across the table (group headings), ``TotalRow`` rows are bold and shaded. Headers may have
two levels (``HeaderCell`` with ``colspan``/``rowspan``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.reports.fonts import FONT, FONT_BOLD, ensure_fonts
from app.reports.model import Align, SpanRow
from app.reports.textwrap_pdf import Line, Measurer

HEADER_FILL = colors.Color(0.88, 0.90, 0.93)
SPAN_FILL = colors.Color(0.95, 0.95, 0.95)
TOTAL_FILL = colors.Color(0.92, 0.92, 0.92)
MAX_ROW_HEIGHT = 420.0  # points; taller rows are cut with "…" (a row never splits)


class Bold(str):
    """A cell printed in bold."""


class BoldFirst(str):
    """A cell whose first line is bold (a name over its NIP)."""


class TotalRow(tuple):  # type: ignore[type-arg]
    """A totals row: bold and shaded."""


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1


@dataclass(frozen=True)
class GridStyle:
    font_size: float = 7.0
    header_size: float = 7.0
    number_size: float = 6.0
    padding: float = 2.0
    line_width: float = 0.4
    leading_factor: float = 1.22


@dataclass
class _Placed:
    row: int
    col: int
    rowspan: int
    colspan: int
    lines: list[Line]
    bold: bool


class _Layout:
    """Everything that depends on the available width, shared by all parts of a split table."""

    def __init__(self, spec: GridSpec, width: float) -> None:
        self.width = width
        self.spec = spec
        st = spec.style
        self.col_widths = fit_widths(spec, width)
        self.col_x = [0.0, *accumulate(self.col_widths)]
        self.inner_widths = [w - 2 * st.padding for w in self.col_widths]
        self.leading = st.font_size * st.leading_factor
        self.regular = Measurer(FONT, st.font_size)
        self.bold = Measurer(FONT_BOLD, st.font_size)
        self._header(spec)
        self.row_lines: list[list[list[tuple[str, float, bool]]] | None] = []
        self.heights: list[float] = []
        for row in spec.rows:
            lines, height = self._measure(row)
            self.row_lines.append(lines)
            self.heights.append(height)
        self.prefix = [0.0, *accumulate(self.heights)]

    # --- header ---------------------------------------------------------------------------
    def _header(self, spec: GridSpec) -> None:
        st = spec.style
        hm = Measurer(FONT_BOLD, st.header_size)
        rows = list(spec.header)
        placed: list[_Placed] = []
        for r, c, cell in place_header(spec.header):
            width = self.col_x[c + cell.colspan] - self.col_x[c] - 2 * st.padding
            placed.append(_Placed(r, c, cell.rowspan, cell.colspan,
                                  hm.wrap(cell.text, max(width, 1.0)), True))
        n_rows = len(rows)
        if spec.number_row:
            nm = Measurer(FONT, st.number_size)
            for c in range(len(spec.weights)):
                text = str(c + 1)
                placed.append(_Placed(n_rows, c, 1, 1, [(text, nm.width(text))], False))
            n_rows += 1
        lead_h = st.header_size * st.leading_factor
        heights = [0.0] * n_rows
        for p in placed:
            if p.rowspan == 1:
                size = st.number_size if p.row == len(rows) and spec.number_row else st.header_size
                need = len(p.lines) * size * st.leading_factor + 2 * st.padding
                heights[p.row] = max(heights[p.row], need)
        for p in placed:
            if p.rowspan > 1:
                need = len(p.lines) * lead_h + 2 * st.padding
                have = sum(heights[p.row:p.row + p.rowspan])
                if need > have:
                    heights[p.row + p.rowspan - 1] += need - have
        self.header_cells = placed
        self.header_heights = heights
        self.header_height = sum(heights)
        self.number_row_index = len(rows) if spec.number_row else -1

    # --- body -----------------------------------------------------------------------------
    def _measure(self, row: object) -> tuple[list[list[tuple[str, float, bool]]], float]:
        st = self.spec.style
        pad2 = 2 * st.padding
        if isinstance(row, SpanRow):
            lines = [(t, w, True) for t, w in self.bold.wrap(row.text, self.width - pad2)]
            return [lines], len(lines) * self.leading + pad2
        assert isinstance(row, tuple)
        total = isinstance(row, TotalRow)
        cells: list[list[tuple[str, float, bool]]] = []
        most = 1
        widths, measure = self.inner_widths, self.regular.width
        for value, width in zip(row, widths, strict=False):
            kind = type(value)
            if kind is str and not total and "\n" not in value:  # the common case: one line
                if not value:
                    cells.append([])
                    continue
                w = measure(value)
                lines = ([(value, w, False)] if w <= width else
                         [(t, tw, False) for t, tw in self.regular.wrap(value, width)])
            elif total or kind is Bold:
                lines = [(t, w, True) for t, w in self.bold.wrap(value, width)]
            elif kind is BoldFirst:
                first, _, rest = value.partition("\n")
                lines = [(t, w, True) for t, w in self.bold.wrap(first, width)]
                if rest:
                    lines += [(t, w, False) for t, w in self.regular.wrap(rest, width)]
            else:
                lines = [(t, w, False) for t, w in self.regular.wrap(value, width)]
            cells.append(lines)
            if len(lines) > most:
                most = len(lines)
        height = most * self.leading + pad2
        if height > MAX_ROW_HEIGHT:
            keep = int((MAX_ROW_HEIGHT - pad2) // self.leading)
            cells = [c[:keep] for c in cells]
            height = keep * self.leading + pad2
        return cells, height


def place_header(header: Sequence[Sequence[HeaderCell]]) -> list[tuple[int, int, HeaderCell]]:
    """``(row, column, cell)`` of each header cell, placed left to right around the cells
    that span down from the rows above (as HTML tables do)."""
    out = []
    taken: set[tuple[int, int]] = set()
    for r, cells in enumerate(header):
        c = 0
        for cell in cells:
            while (r, c) in taken:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    taken.add((r + dr, c + dc))
            out.append((r, c, cell))
            c += cell.colspan
    return out


def fit_widths(spec: GridSpec, width: float) -> list[float]:
    """Column widths from the weights, widened where a header word would not fit (a header
    is never broken inside a word); the room is taken from columns with room to spare."""
    total = sum(spec.weights) or 1.0
    widths = [width * w / total for w in spec.weights]
    hm = Measurer(FONT_BOLD, spec.style.header_size)
    need = [0.0] * len(widths)
    for _r, c, cell in place_header(spec.header):
        if cell.colspan == 1:
            longest = max((hm.width(w) for w in cell.text.split()), default=0.0)
            need[c] = max(need[c], longest + 2 * spec.style.padding + 0.5)
    deficit = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    spare = sum(max(w - n, 0.0) for n, w in zip(need, widths, strict=True))
    if deficit <= 0 or spare <= deficit:
        return widths
    share = deficit / spare
    return [n if w < n else w - (w - n) * share for n, w in zip(need, widths, strict=True)]


@dataclass(frozen=True)
class GridSpec:
    weights: tuple[float, ...]
    aligns: tuple[Align, ...]
    header: tuple[tuple[HeaderCell, ...], ...]
    rows: Sequence[object]
    number_row: bool = False
    style: GridStyle = GridStyle()


class GridTable(Flowable):
    """A long table that splits across pages and repeats its header rows on each page."""

    def __init__(self, spec: GridSpec, *, _layout: _Layout | None = None,
                 _start: int = 0, _end: int | None = None) -> None:
        super().__init__()
        ensure_fonts()
        self.spec = spec
        self._layout = _layout
        self.start = _start
        self.end = len(spec.rows) if _end is None else _end

    def _lay(self, width: float) -> _Layout:
        if self._layout is None or abs(self._layout.width - width) > 0.01:
            self._layout = _Layout(self.spec, width)
        return self._layout

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        lay = self._lay(availWidth)
        body = lay.prefix[self.end] - lay.prefix[self.start]
        self.width, self.height = lay.width, lay.header_height + body
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        lay = self._lay(availWidth)
        room = availHeight - lay.header_height
        if room <= 0:
            return []
        limit = lay.prefix[self.start] + room + 1e-6
        stop = min(bisect_right(lay.prefix, limit) - 1, self.end)
        if stop <= self.start:
            return []
        if stop >= self.end:
            return [self]
        first = GridTable(self.spec, _layout=lay, _start=self.start, _end=stop)
        rest = GridTable(self.spec, _layout=lay, _start=stop, _end=self.end)
        return [first, rest]

    # --- drawing --------------------------------------------------------------------------
    def draw(self) -> None:
        lay = self._lay(self.width)
        canv = self.canv
        st = self.spec.style
        canv.saveState()
        canv.setLineWidth(st.line_width)
        canv.setStrokeColor(colors.black)
        top = self.height
        self._draw_header(lay, top)
        y = top - lay.header_height
        tx = canv.beginText()
        font_state: list[object] = [None]
        lines: list[tuple[float, float, float, float]] = []
        run_top: float | None = None
        for i in range(self.start, self.end):
            row = self.spec.rows[i]
            h = lay.heights[i]
            if isinstance(row, SpanRow | TotalRow):
                if run_top is not None:
                    self._verticals(lay, run_top, y, lines)
                    run_top = None
                canv.setFillColor(SPAN_FILL if isinstance(row, SpanRow) else TOTAL_FILL)
                canv.rect(0, y - h, lay.width, h, stroke=0, fill=1)
                canv.setFillColor(colors.black)
                if isinstance(row, TotalRow):
                    self._verticals(lay, y, y - h, lines)
            elif run_top is None:
                run_top = y
            self._draw_row_text(lay, row, lay.row_lines[i] or [], y, tx, font_state)
            y -= h
            lines.append((0, y, lay.width, y))
        if run_top is not None:
            self._verticals(lay, run_top, y, lines)
        lines.append((0, top - lay.header_height, 0, y))
        lines.append((lay.width, top - lay.header_height, lay.width, y))
        canv.drawText(tx)
        canv.lines(lines)
        canv.restoreState()

    @staticmethod
    def _verticals(lay: _Layout, y_top: float, y_bottom: float,
                   lines: list[tuple[float, float, float, float]]) -> None:
        for x in lay.col_x[1:-1]:
            lines.append((x, y_top, x, y_bottom))

    def _draw_row_text(self, lay: _Layout, row: object, cells: list[list[tuple[str, float, bool]]],
                       y_top: float, tx: object, font_state: list[object]) -> None:
        st = self.spec.style
        size = st.font_size
        first_baseline = y_top - st.padding - size
        if isinstance(row, SpanRow):
            spans = [(0.0, lay.width, Align.LEFT)]
        else:
            spans = [(lay.col_x[c], lay.col_widths[c], self.spec.aligns[c])
                     for c in range(len(cells))]
        for (x0, w, align), cell in zip(spans, cells, strict=False):
            yy = first_baseline
            for text, tw, bold in cell:
                if text:
                    font = FONT_BOLD if bold else FONT
                    if font_state[0] != font:
                        tx.setFont(font, size)  # type: ignore[attr-defined]
                        font_state[0] = font
                    if align is Align.RIGHT:
                        x = x0 + w - st.padding - tw
                    elif align is Align.CENTER:
                        x = x0 + (w - tw) / 2
                    else:
                        x = x0 + st.padding
                    tx.setTextOrigin(x, yy)  # type: ignore[attr-defined]
                    tx.textOut(text)  # type: ignore[attr-defined]
                yy -= lay.leading

    def _draw_header(self, lay: _Layout, top: float) -> None:
        canv = self.canv
        st = self.spec.style
        row_top = [top]
        for h in lay.header_heights:
            row_top.append(row_top[-1] - h)
        canv.setFillColor(HEADER_FILL)
        canv.rect(0, top - lay.header_height, lay.width, lay.header_height, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        for p in lay.header_cells:
            x0, x1 = lay.col_x[p.col], lay.col_x[p.col + p.colspan]
            y0, y1 = row_top[p.row], row_top[p.row + p.rowspan]
            canv.rect(x0, y1, x1 - x0, y0 - y1, stroke=1, fill=0)
            number = p.row == lay.number_row_index
            size = st.number_size if number else st.header_size
            lead = size * st.leading_factor
            block = len(p.lines) * lead
            yy = y1 + (y0 - y1 + block) / 2 - size * 0.95
            canv.setFont(FONT if number else FONT_BOLD, size)
            for text, tw in p.lines:
                canv.drawString(x0 + (x1 - x0 - tw) / 2, yy, text)
                yy -= lead
