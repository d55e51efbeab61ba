"""Recap cross-tables: rows (units) × groups of count columns (one group per dimension).

:func:`recap_document` prints any :class:`~app.services.report_data_recap.RecapData`: the
headcount recap here, and the JP and predikat recaps the training/appraisal reports add by
building a ``RecapData`` with their own dimensions and calling it with their own title.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.reports.common import letterhead, office_signature, scope_lines
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Align,
    Column,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    Table,
    TableBlock,
)
from app.services.report_data_recap import UNKNOWN, RecapData, RecapRow

C = Align.CENTER


def _translated(code: str, fallback: str, lang: str | None) -> str:
    text = label(code, lang)
    return fallback if text.startswith("report.") else text


def recap_table(data: RecapData, lang: str | None = None) -> Table:
    """The cross-table of a recap: No, row label, each dimension's categories, total."""
    row_label = _translated(f"recap_rows_{data.row_heading.lower().replace(' ', '_')}",
                            data.row_heading, lang)
    total_label = _translated("recap_total", data.total_label, lang)
    cols: list[Column] = [Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6),
                          Column("row", row_label, xlsx_width=40)]
    layout: list[PaperColumn] = [PaperColumn(("no",), label("col_no", lang), 20, C),
                                 PaperColumn(("row",), row_label, 190)]
    for d in data.dimensions:
        group = _translated(f"dim_{d.key}", d.label, lang)
        for code, text in d.categories:
            shown = label("recap_unknown", lang) if code == UNKNOWN else text
            cid = f"{d.key}:{code}"
            cols.append(Column(cid, f"{group}: {shown}", Kind.COUNT, align=C, xlsx_width=10))
            layout.append(PaperColumn((cid,), shown, 34, C, group))
    cols.append(Column("total", total_label, Kind.COUNT, align=C, xlsx_width=10))
    layout.append(PaperColumn(("total",), total_label, 40, C))
    rows = [_values(n, r, data, lang) for n, r in enumerate(data.rows, start=1)]
    totals = (_values(None, data.totals, data, lang, label_text=total_label.upper()),)
    return Table(tuple(cols), rows, totals=totals, layout=tuple(layout), number_row=True,
                 empty_text=label("no_data", lang))


def _values(n: int | None, r: RecapRow, data: RecapData, lang: str | None,
            label_text: str | None = None) -> tuple[object, ...]:
    text = label_text or (label("recap_no_unit", lang) if r.key == UNKNOWN else r.label)
    out: list[object] = [n, ("    " * r.depth) + text]
    for d in data.dimensions:
        out.extend(r.counts[d.key])
    out.append(r.total)
    return tuple(out)


def recap_document(data: RecapData, *, title: str | None = None,
                   subtitle: Sequence[str] = (), sheet: str | None = None,
                   paper: Paper = Paper.A4, lang: str | None = None,
                   printed_on: date | None = None) -> ReportDocument:
    """A recap as a document (landscape; the headcount title unless another is given)."""
    on = printed_on or date.today()
    heading = title or label("rekap_title", lang)
    lines = (*scope_lines(data.office, data.unit, lang), *subtitle,
             label("as_of", lang, date=tanggal_indonesia(data.as_of, lang)))
    return ReportDocument(
        title=heading,
        blocks=(TableBlock(recap_table(data, lang), sheet=sheet or label("rekap_sheet", lang)),),
        subtitle=lines, letterhead=letterhead(data.office),
        signature=office_signature(data.office, on, lang), paper=paper, landscape=True,
        printed_on=on, office_name=data.office.name, footer_note=heading, lang=lang,
    )
