"""DOKUMEN EVALUASI KINERJA PEGAWAI (domain.md §6.5 C, the field-numbered format of [S26]):
kop surat, title and periods, the numbered blocks 1 Pegawai yang Dinilai, 2 Pejabat Penilai
Kinerja, 3 Atasan Pejabat Penilai Kinerja, 4 Evaluasi Kinerja (capaian organisasi, predikat),
5 Catatan/Rekomendasi, then the two signatures (pegawai, pejabat penilai).

One page per SKP (a very long catatan continues on a second page). Drawn straight on the
canvas in two passes — measure and paginate, then draw — so the footer can say
"Halaman x dari y" of each employee's document in a batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.appraisal_canvas import (
    SHADE,
    PageText,
    Pen,
    centred_lines,
    draw_footer,
    draw_letterhead,
    draw_signature_pair,
    letterhead_lines,
    signature_pair_height,
)
from app.reports.appraisal_common import (
    FORM_DOCUMENT,
    AppraisalForm,
    PrintSetup,
    assessed_span,
    capaian_text,
    draft_mark,
    identity_rows,
    owner_text,
    rating_text,
    sign_date,
    signer,
    t,
)
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.page import MARGIN, page_size

SIZE = 9.0
LEADING = 11.5
PAD = 3.0
NO_W = 9 * mm
LABEL_W = 62 * mm
BOTTOM = MARGIN + 6 * mm  # above the footer
CONTINUED_HEADER = 24.0


@dataclass
class _Row:
    """One table row: ``label`` lines beside ``value`` lines, or ``value`` across both
    columns (``span``); a block heading is bold and shaded."""

    label: list[str]
    value: list[str]
    heading: bool = False
    span: bool = False
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = max(len(self.label), len(self.value)) * LEADING + 2 * PAD


@dataclass
class _Block:
    number: str
    rows: list[_Row]
    height: float = field(init=False)

    def __post_init__(self) -> None:
        self.height = sum(r.height for r in self.rows)


class DocumentRenderer:
    """Draws Dokumen Evaluasi pages onto a canvas; one instance serves a whole batch."""

    def __init__(self, setup: PrintSetup) -> None:
        self.setup = setup
        self.pen = Pen()
        self.page_w, self.page_h = page_size(setup.paper)
        self.width = self.page_w - 2 * MARGIN
        self.value_w = self.width - NO_W - LABEL_W - 2 * PAD - 8
        self.span_w = self.width - NO_W - 2 * PAD
        lang = setup.lang
        self._printed = label("printed", lang, date=tanggal_indonesia(setup.printed_on, lang))
        self._page = label("page", lang, page="{page}", pages="{pages}")
        self._head_h: float | None = None

    # -- measuring ---------------------------------------------------------------------------
    def _field(self, name: str, value: str) -> _Row:
        return _Row(self.pen.wrap(name, LABEL_W - 2 * PAD, size=SIZE),
                    self.pen.wrap(f": {value}" if value else ":", self.value_w, size=SIZE))

    def _heading(self, text: str) -> _Row:
        return _Row([], self.pen.wrap(text, self.span_w, True, SIZE), heading=True, span=True)

    def blocks(self, form: AppraisalForm) -> list[_Block]:
        skp, lang = form.skp, self.setup.lang
        out = []
        for n, (key, who) in enumerate((("pegawai", skp.pegawai), ("penilai", skp.penilai),
                                        ("atasan", skp.atasan)), 1):
            rows = [self._heading(t(key, lang))]
            rows += [self._field(name, value) for name, value in identity_rows(who, lang)]
            out.append(_Block(str(n), rows))
        out.append(_Block("4", [
            self._heading(t("evaluasi", lang)),
            self._field(t("capaian", lang), capaian_text(skp)),
            self._field(t("predikat", lang), rating_text(skp.predikat_label)),
        ]))
        notes = self.pen.wrap(skp.catatan or "", self.span_w, size=SIZE)
        notes += [""] * max(0, 3 - len(notes))
        out.append(_Block("5", [self._heading(t("catatan", lang)),
                                _Row([], notes, span=True)]))
        return out

    def _letterhead_height(self) -> float:
        lines = letterhead_lines(self.setup.letterhead)
        count = sum(size * 1.22 * len(self.pen.wrap(text, self.width, bold, size))
                    for text, bold, size in lines)
        return count + 14

    def header_height(self, form: AppraisalForm) -> float:
        """The height of the first page's header (what :meth:`_draw_header` uses)."""
        if self._head_h is None:
            self._head_h = self._letterhead_height() + (11.5 + 9.0) * 1.22 + 16
        marked = draft_mark(form.skp, FORM_DOCUMENT, self.setup.lang) is not None
        return self._head_h + (10 if marked else 0)

    def paginate(self, form: AppraisalForm, blocks: list[_Block]) -> list[list[_Block]]:
        """Blocks per page; the catatan's lines split over pages when they must."""
        pages: list[list[_Block]] = [[]]
        room = self.page_h - MARGIN - self.header_height(form) - BOTTOM
        for block in blocks:
            if block.height <= room or not pages[-1]:
                pages[-1].append(block)
                room -= block.height
                continue
            if block.number == "5" and room > block.rows[0].height + 3 * LEADING + 2 * PAD:
                block, rest = self._split_notes(block, room)
                pages[-1].append(block)
                block = rest
            pages.append([block])
            room = self.page_h - MARGIN - CONTINUED_HEADER - BOTTOM - block.height
        if room < signature_pair_height() + 14:
            pages.append([])
        return pages

    def _split_notes(self, block: _Block, room: float) -> tuple[_Block, _Block]:
        head, body = block.rows
        fit = max(1, int((room - head.height - 2 * PAD) // LEADING))
        first = _Block("5", [head, _Row([], body.value[:fit], span=True)])
        rest = _Block("5", [head, _Row([], body.value[fit:], span=True)])
        return first, rest

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, c: Canvas, form: AppraisalForm) -> int:
        """Draw the document of one SKP (one or two pages); returns its page count."""
        pages = self.paginate(form, self.blocks(form))
        owner = owner_text(form.skp, self.setup.lang)
        for number, blocks in enumerate(pages, 1):
            out = PageText(c, self.pen)
            y = self._draw_header(out, form, first=number == 1)
            for block in blocks:
                y = self._draw_block(out, block, y)
            if number == len(pages):
                self._draw_signatures(out, form, y - 14)
            draw_footer(out, self.page_w, self._printed, owner,
                        self._page.format(page=number, pages=len(pages)))
            out.finish()
            c.showPage()
        return len(pages)

    def _draw_header(self, out: PageText, form: AppraisalForm, first: bool) -> float:
        skp, lang = form.skp, self.setup.lang
        top = self.page_h - MARGIN
        if not first:
            out.put(MARGIN, top - 8, f"{t('doc_title', lang)} {t('continued', lang)}",
                    False, 8.0)
            return top - CONTINUED_HEADER
        y = draw_letterhead(out, self.setup.letterhead, self.page_w, top)
        lines = [(t("doc_title", lang), True, 11.5),
                 (t("period", lang, period=t("period_annual", lang)), True, 9.0)]
        y = centred_lines(out, lines, self.page_w / 2, self.width, y) - 8
        out.put(MARGIN, y, self.setup.office.instansi.upper(), True, 8.5)
        out.put(self.page_w - MARGIN, y, assessed_span(skp, lang), False, 8.5, "right")
        mark = draft_mark(skp, FORM_DOCUMENT, lang)
        if mark:
            out.grey(True)
            out.put(self.page_w / 2, y - 12, mark, True, 8.0, "centre")
            out.grey(False)
            y -= 10
        return y - 8

    def _draw_block(self, out: PageText, block: _Block, top: float) -> float:
        c = out.canvas
        x0, x1 = MARGIN, self.page_w - MARGIN
        x_label = x0 + NO_W
        x_value = x_label + LABEL_W
        height = block.height
        y = top
        last = block.rows[-1]
        for row in block.rows:
            bottom = y - row.height
            if row.heading:
                c.setFillColorRGB(*SHADE)
                c.rect(x_label, bottom, x1 - x_label, row.height, stroke=0, fill=1)
                c.setFillGray(0)
            self._draw_row(out, row, x_label, x_value, y)
            if row is not last:
                c.setLineWidth(0.3)
                c.line(x_label, bottom, x1, bottom)
            y = bottom
        c.setLineWidth(0.5)
        c.rect(x0, top - height, x1 - x0, height, stroke=1, fill=0)
        c.line(x_label, top, x_label, top - height)
        out.put(x0 + NO_W / 2, top - PAD - SIZE, block.number, True, SIZE, "centre")
        return top - height

    def _draw_row(self, out: PageText, row: _Row, x_label: float, x_value: float,
                  top: float) -> None:
        y = top - PAD - SIZE
        bold = row.heading
        if row.span:
            for line in row.value:
                out.put(x_label + PAD, y, line, bold, SIZE)
                y -= LEADING
            return
        first = y
        for line in row.label:
            out.put(x_label + PAD, y, line, bold, SIZE)
            y -= LEADING
        y = first
        for line in row.value:
            out.put(x_value, y, line, bold, SIZE)
            y -= LEADING

    def _draw_signatures(self, out: PageText, form: AppraisalForm, top: float) -> None:
        skp, lang = form.skp, self.setup.lang
        when = f"{self.setup.office.city}, " + tanggal_indonesia(
            sign_date(skp, FORM_DOCUMENT, self.setup.printed_on), lang)
        pegawai, penilai = signer(skp.pegawai), signer(skp.penilai)
        draw_signature_pair(out, MARGIN, self.width, top, [
            (when, t("sign_pegawai", lang), *pegawai),
            (when, t("sign_penilai", lang), *penilai),
        ])
