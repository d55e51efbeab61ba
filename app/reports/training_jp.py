"""The 20-JP recap: per unit (sub-units indented and rolled up) the employees, how many a JP
minimum applies to, how many met it, the JP total and average of the year — on paper, in
Excel and from ``simpeg report jp --year YYYY [--unit …]``.

:func:`employee_jp_table` is the per-employee list (the drill-down of the 20-JP view and an
optional second block of the recap); the UI exports it with the same columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.reports.common import letterhead, office_signature
from app.reports.labels import label
from app.reports.model import (
    Align,
    Block,
    Column,
    Kind,
    Paper,
    PaperColumn,
    ReportDocument,
    Table,
    TableBlock,
    TextBlock,
)
from app.reports.training_data import JpRecapData
from app.reports.training_labels import jp_text
from app.services.training import EmployeeJp, UnitJp

C = Align.CENTER
R = Align.RIGHT


def _recap_values(n: int | None, r: UnitJp, text: str) -> tuple[object, ...]:
    return (n, text, r.employees, r.with_target, r.met_target, r.below_threshold,
            r.percent_met, r.jp_total, r.jp_average)


def recap_table(data: JpRecapData, lang: str | None = None) -> Table:
    cols = (
        Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6),
        Column("unit", label("col_unit", lang), xlsx_width=44),
        Column("employees", label("col_jp_employees", lang), Kind.COUNT, align=C),
        Column("with_target", label("col_jp_with_target", lang), Kind.COUNT, align=C),
        Column("met", label("col_jp_met", lang), Kind.COUNT, align=C),
        Column("below", label("col_jp_below", lang), Kind.COUNT, align=C),
        Column("percent", label("col_jp_percent", lang), Kind.NUMBER, align=R),
        Column("total", label("col_jp_total", lang), Kind.NUMBER, align=R),
        Column("average", label("col_jp_average", lang), Kind.NUMBER, align=R),
    )
    weights = (16, 250, 36, 36, 36, 36, 36, 40, 36)
    layout = tuple(PaperColumn((c.id,), c.label, w, c.align) for c, w in zip(cols, weights,
                                                                             strict=True))
    rows = []
    for n, r in enumerate(data.rows, start=1):
        name = r.unit_name or label("recap_no_unit", lang)
        rows.append(_recap_values(n, r, "    " * r.depth + name))
    tops = data.top_rows()
    total = UnitJp(None, "", None, 0, sum(r.employees for r in tops),
                   sum(r.with_target for r in tops), sum(r.below_threshold for r in tops),
                   round(sum(r.jp_total for r in tops), 2))
    totals = (_recap_values(None, total, label("recap_total", lang).upper()),)
    return Table(cols, rows, totals=totals if rows else (), layout=layout, number_row=True,
                 empty_text=label("no_data", lang))


def employee_jp_columns(lang: str | None = None) -> tuple[Column, ...]:
    return (
        Column("no", label("col_no", lang), Kind.INT, align=C, xlsx_width=6),
        Column("nama", label("col_nama", lang), xlsx_width=32),
        Column("nip", label("col_nip", lang), Kind.NIP),
        Column("jenis", label("col_jenis", lang), align=C, xlsx_width=8),
        Column("unit", label("col_unit", lang), xlsx_width=40),
        Column("jp", label("col_jp", lang), Kind.NUMBER, align=R),
        Column("target", label("col_jp_target", lang), Kind.NUMBER, align=R),
        Column("remaining", label("col_jp_remaining", lang), Kind.NUMBER, align=R),
    )


def employee_jp_rows(rows: Sequence[EmployeeJp]) -> list[tuple[object, ...]]:
    return [(n, e.nama, e.nip, e.jenis_pegawai, e.unit, e.jp, e.target,
             e.remaining if e.target is not None else None)
            for n, e in enumerate(rows, start=1)]


def employee_jp_table(rows: Sequence[EmployeeJp], lang: str | None = None) -> Table:
    cols = employee_jp_columns(lang)
    layout = (
        PaperColumn(("no",), label("col_no", lang), 16, C),
        PaperColumn(("nama", "nip"), label("col_nama_nip", lang), 150, bold_first=True),
        PaperColumn(("jenis",), label("col_jenis", lang), 30, C),
        PaperColumn(("unit",), label("col_unit", lang), 150),
        PaperColumn(("jp",), label("col_jp", lang), 30, R),
        PaperColumn(("target",), label("col_jp_target", lang), 34, R),
        PaperColumn(("remaining",), label("col_jp_remaining", lang), 40, R),
    )
    return Table(cols, employee_jp_rows(rows), layout=layout, number_row=True,
                 empty_text=label("no_data", lang))


def target_line(data: JpRecapData, lang: str | None = None) -> str | None:
    """``Target paling sedikit 20 JP per tahun bagi PNS, CPNS; …`` (None when no minimum)."""
    kinds = [(k, data.targets.min_for(k)) for k in ("PNS", "CPNS", "PPPK")]
    found = [(k, t) for k, t in kinds if t is not None]
    if not found:
        return None
    by_target: dict[float, list[str]] = {}
    for k, t in found:
        by_target.setdefault(float(t), []).append(k)
    return " ".join(label("jp_target_line", lang, target=jp_text(t), kinds=", ".join(ks))
                    for t, ks in by_target.items())


def jp_recap_document(data: JpRecapData, *, paper: Paper = Paper.A4, lang: str | None = None,
                      printed_on: date | None = None,
                      employees_title: str | None = None) -> ReportDocument:
    """The recap (and the employee list when the data carries one, headed
    ``employees_title`` or "below the target") with the target rule under the table, signed
    by the office head. Landscape, so that long unit names keep to one line (a wrapped cell
    loses its tree indentation)."""
    on = printed_on or date.today()
    lines = [data.office.region_name.upper()]
    if data.unit is not None:
        lines.append(label("unit_line", lang, unit=data.unit.path))
    lines.append(label("jp_year", lang, year=data.year))
    blocks: list[Block] = [TableBlock(recap_table(data, lang), sheet=label("jp_sheet", lang))]
    note = target_line(data, lang)
    if note:
        blocks.append(TextBlock(note))
    if data.employees:
        blocks.append(TableBlock(employee_jp_table(data.employees, lang),
                                 heading=employees_title or label("jp_below_heading", lang),
                                 sheet=employees_title or label("jp_below_sheet", lang)))
    return ReportDocument(
        title=label("jp_title", lang), blocks=tuple(blocks), subtitle=tuple(lines),
        letterhead=letterhead(data.office), signature=office_signature(data.office, on, lang),
        paper=paper, landscape=True, printed_on=on, office_name=data.office.name,
        footer_note=label("jp_footer", lang, year=data.year), table_font_size=7.5, lang=lang,
    )
