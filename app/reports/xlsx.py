"""Excel export of the same data the PDF prints (openpyxl, write-only: fast for 15,000 rows).

Rules: the header row is bold and frozen, with an auto-filter; column widths fit the labels and
values; dates are real Excel dates (shown dd-mm-yyyy); a NIP is always **text** (an 18-digit
number would lose its last digits and any leading zero); numbers stay numbers. The first sheet
holds the data, a second sheet "Keterangan" the office, title, printed date and row count.
Group-heading rows (:class:`SpanRow`) are paper decoration and are not written: the grouped
value is always a column of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from app.domain.nip import normalize_nip
from app.reports.formatting import tanggal_indonesia
from app.reports.labels import label
from app.reports.model import (
    Column,
    FieldsBlock,
    Heading,
    Kind,
    ReportDocument,
    SpanRow,
    Table,
    TextBlock,
)

DATE_FORMAT = "DD-MM-YYYY"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE3EA")
_WRAP = Alignment(wrap_text=True, vertical="top")
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
_MAX_WIDTH = 60


def xlsx_value(value: object, kind: Kind) -> object:
    """A value as stored in a cell: dates as dates, NIP as digits text, numbers as numbers."""
    if value is None or value == "":
        return None
    if kind is Kind.NIP:
        text = str(value)
        try:
            return normalize_nip(text)
        except Exception:  # noqa: BLE001 - odd legacy values are kept as written
            return text.strip()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool | int | float):
        return value
    return str(value)


def _is_date_kind(kind: Kind) -> bool:
    return kind in (Kind.DATE, Kind.LONG_DATE)


def _estimate_width(column: Column, rows: Sequence[Sequence[object]], i: int) -> float:
    if column.xlsx_width:
        return column.xlsx_width
    if _is_date_kind(column.kind):
        return max(12, len(column.label) + 2)
    if column.kind is Kind.NIP:
        return 21
    longest = len(column.label)
    for row in rows[:300]:
        value = row[i]
        if value is not None:
            longest = max(longest, max(len(part) for part in str(value).split("\n")))
    return min(max(longest + 2, 6), _MAX_WIDTH)


class SheetNames:
    """Excel sheet names: at most 31 characters, no ``[]:*?/\\``, unique in the workbook."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def make(self, text: str) -> str:
        base = _BAD_SHEET_CHARS.sub(" ", text).strip()[:31] or "Data"
        name, n = base, 2
        while name.lower() in self.used:
            suffix = f" ({n})"
            name, n = base[: 31 - len(suffix)] + suffix, n + 1
        self.used.add(name.lower())
        return name


def _cell(ws: WriteOnlyWorksheet, value: object, *, bold: bool = False, kind: Kind = Kind.TEXT,
          fill: PatternFill | None = None, wrap: bool = False) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if bold:
        cell.font = _BOLD
    if fill is not None:
        cell.fill = fill
    if wrap:
        cell.alignment = _WRAP
    if kind is Kind.NIP or (kind is Kind.TEXT and isinstance(value, str)):
        cell.number_format = "@"
    elif isinstance(value, date):
        cell.number_format = DATE_FORMAT
    return cell


def write_table_sheet(wb: Workbook, name: str, columns: Sequence[Column],
                      rows: Iterable[Sequence[object] | SpanRow],
                      totals: Iterable[Sequence[object]] = ()) -> int:
    """One sheet: bold frozen header, filter, widths, typed cells. Returns the rows written."""
    ws = wb.create_sheet(name)
    body = [r for r in rows if not isinstance(r, SpanRow)]
    kinds = [c.kind for c in columns]
    converted = [tuple(xlsx_value(v, k) for v, k in zip(r, kinds, strict=False)) for r in body]
    for i, column in enumerate(columns):
        width = _estimate_width(column, converted, i)
        ws.column_dimensions[get_column_letter(i + 1)].width = width
    ws.freeze_panes = "A2"
    last = get_column_letter(max(len(columns), 1))
    ws.auto_filter.ref = f"A1:{last}{len(converted) + 1}"
    ws.append([_cell(ws, c.label, bold=True, fill=_HEADER_FILL, wrap=True) for c in columns])
    for row in converted:
        ws.append([_cell(ws, v, kind=k) for v, k in zip(row, kinds, strict=False)])
    for total in totals:
        values = [xlsx_value(v, k) for v, k in zip(total, kinds, strict=False)]
        ws.append([_cell(ws, v, bold=True, kind=k) for v, k in zip(values, kinds, strict=False)])
    return len(converted)


def _fields_sheet(wb: Workbook, name: str, block: FieldsBlock, lang: str | None) -> None:
    ws = wb.create_sheet(name)
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 40
    ws.column_dimensions["C"].width = 60
    for f in block.fields:
        value = xlsx_value(f.value, f.kind)
        ws.append([_cell(ws, f.number), _cell(ws, "    " * f.level + f.label),
                   _cell(ws, value, kind=f.kind)])


def write_info_sheet(wb: Workbook, doc: ReportDocument, rows: int, notes: list[str]) -> None:
    lang = doc.lang
    ws = wb.create_sheet(label("xlsx_info_sheet", lang))
    ws.column_dimensions["A"].width = 18
    ws.column_dimensions["B"].width = 90
    lines: list[tuple[str, object]] = [
        (label("xlsx_office", lang), doc.office_name or ""),
        (label("xlsx_title", lang), doc.title),
        *[(label("xlsx_note", lang) if i == 0 else "", s) for i, s in enumerate(doc.subtitle)],
        (label("xlsx_printed", lang), doc.printed_on),
        ("", tanggal_indonesia(doc.printed_on, lang)),
        (label("xlsx_rows", lang), rows),
        *[("", n) for n in notes],
    ]
    for key, value in lines:
        ws.append([_cell(ws, key, bold=True), _cell(ws, value)])


def render_xlsx(doc: ReportDocument, target: Path | str | BytesIO) -> int:
    """Write ``doc`` as a workbook: one sheet per table (and per fields block), then the info
    sheet. Returns the number of data rows written."""
    wb = Workbook(write_only=True)
    names = SheetNames()
    names.used.add(label("xlsx_info_sheet", doc.lang).lower())
    total = 0
    notes: list[str] = []
    tables = doc.tables()
    for block in doc.blocks:
        if isinstance(block, FieldsBlock):
            _fields_sheet(wb, names.make(block.sheet or block.heading or doc.title), block,
                          doc.lang)
        elif isinstance(block, TextBlock):
            notes.append(block.text)
        elif isinstance(block, Heading):
            continue
        else:
            table: Table = block.table
            default = doc.title if len(tables) == 1 else (block.heading or doc.title)
            name = names.make(block.sheet or default)
            total += write_table_sheet(wb, name, table.columns, table.rows, table.totals)
    if not doc.blocks:
        names.make(label("xlsx_data_sheet", doc.lang))
    write_info_sheet(wb, doc, total, notes)
    wb.save(target)
    return total


def columns_from(columns: Sequence[Column | str | tuple[str, str]]) -> list[Column]:
    """Columns given as :class:`Column`, a label, or ``(id, label)``."""
    out = []
    for i, c in enumerate(columns):
        if isinstance(c, Column):
            out.append(c)
        elif isinstance(c, tuple):
            out.append(Column(c[0], c[1]))
        else:
            out.append(Column(f"c{i}", str(c)))
    return out


def infer_kinds(columns: list[Column], rows: Sequence[Sequence[object]]) -> list[Column]:
    """Give plain-label columns a kind from their values (dates → DATE, numbers → NUMBER)."""
    out = []
    for i, c in enumerate(columns):
        if c.kind is not Kind.TEXT:
            out.append(c)
            continue
        sample = next((r[i] for r in rows if i < len(r) and r[i] not in (None, "")), None)
        kind = Kind.TEXT
        if isinstance(sample, date):
            kind = Kind.DATE
        elif isinstance(sample, int | float | Decimal) and not isinstance(sample, bool):
            kind = Kind.NUMBER
        out.append(Column(c.id, c.label, kind, xlsx_width=c.xlsx_width))
    return out
