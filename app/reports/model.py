"""What a report is, independent of PDF or Excel: a document of blocks.

A :class:`ReportDocument` holds a title, the office letterhead, blocks (tables, label/value
fields, text) and an optional signature. :mod:`app.reports.pdf` draws it with reportlab,
:mod:`app.reports.xlsx` writes the same data to a workbook (one sheet per table). Builders of
the standard reports (:mod:`app.reports.duk`, …) turn service DTOs into documents; a new form
(appraisal, training certificates) is one more builder over the same blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class Paper(StrEnum):
    A4 = "A4"
    F4 = "F4"  # folio 215 × 330 mm, used by regency offices


class Kind(StrEnum):
    """How a column's values are printed and stored in Excel."""

    TEXT = "text"
    NIP = "nip"  # grouped on paper, 18-digit text in Excel (never a number)
    DATE = "date"  # dd-mm-yyyy on paper, a real date in Excel
    LONG_DATE = "long_date"  # "15 Maret 1985" on paper, a real date in Excel
    INT = "int"
    NUMBER = "number"
    COUNT = "count"  # a number; zero printed as "-" on paper (recaps)


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True)
class Column:
    """One data column. ``label`` heads it in Excel and in a column chooser; on paper ``short``
    heads it under the ``group`` header (two-level headers), else ``label``."""

    id: str
    label: str
    kind: Kind = Kind.TEXT
    weight: float = 1.0  # relative width on paper
    align: Align | None = None  # default by kind: numbers right, dates/NIP center, text left
    short: str | None = None
    group: str | None = None
    xlsx_width: float | None = None  # characters; None: from the label and the values

    @property
    def paper_label(self) -> str:
        return self.short or self.label

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        if self.kind in (Kind.INT, Kind.NUMBER, Kind.COUNT):
            return Align.RIGHT
        if self.kind in (Kind.DATE, Kind.NIP):
            return Align.CENTER
        return Align.LEFT


@dataclass(frozen=True)
class PaperColumn:
    """A column on paper showing one or more data columns stacked (``Nama`` over ``NIP``)."""

    ids: tuple[str, ...]
    label: str
    weight: float = 1.0
    align: Align | None = None
    group: str | None = None
    bold_first: bool = False  # the first stacked value in bold (a name over its NIP)


@dataclass(frozen=True)
class SpanRow:
    """A row across the whole table: a group heading ("DINAS PENDIDIKAN") or a remark."""

    text: str


@dataclass(frozen=True)
class Table:
    """Rows of typed values (``date``, ``int``, ``str``…) under ``columns``; ``totals`` rows are
    printed bold after the body. ``layout`` arranges the paper columns (default: one each)."""

    columns: tuple[Column, ...]
    rows: Sequence[tuple[object, ...] | SpanRow]
    totals: tuple[tuple[object, ...], ...] = ()
    layout: tuple[PaperColumn, ...] | None = None
    number_row: bool = False  # "1 2 3 …" under the header, as official lists have
    empty_text: str = ""  # printed in one row when there are no rows

    def column_index(self) -> dict[str, int]:
        return {c.id: i for i, c in enumerate(self.columns)}

    @property
    def body_count(self) -> int:
        return sum(1 for r in self.rows if not isinstance(r, SpanRow))


@dataclass(frozen=True)
class TableBlock:
    table: Table
    heading: str | None = None
    sheet: str | None = None  # Excel sheet name (default: heading or the report title)


@dataclass(frozen=True)
class Field:
    """A labelled value of a form (``1. Nama lengkap : Siti Aminah``); ``level`` indents."""

    number: str
    label: str
    value: object = None
    level: int = 0
    kind: Kind = Kind.TEXT


@dataclass(frozen=True)
class FieldsBlock:
    """Label/value lines, with an optional pas foto (JPEG/PNG bytes) on the right."""

    fields: tuple[Field, ...]
    heading: str | None = None
    photo: bytes | None = None
    photo_caption: str | None = None
    sheet: str | None = None


@dataclass(frozen=True)
class TextBlock:
    text: str
    heading: str | None = None
    bold: bool = False
    centered: bool = False


@dataclass(frozen=True)
class Heading:
    """A section heading (``level`` 1) or sub-section heading (2) kept with what follows."""

    text: str
    level: int = 1


Block = TableBlock | FieldsBlock | TextBlock | Heading


@dataclass(frozen=True)
class Letterhead:
    """The kop surat: ``PEMERINTAH KABUPATEN MERANGIN`` / agency / address lines."""

    instansi: str
    agency: str
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class Signature:
    """The signature block: place and date, the signer's jabatan (one or more lines), name
    with gelar, pangkat and NIP. An empty ``name`` leaves a dotted line to sign by hand."""

    place: str
    on: date
    jabatan: tuple[str, ...] = ()
    name: str | None = None
    nip: str | None = None
    pangkat: str | None = None
    caption: str | None = None  # a line above the jabatan ("Yang membuat,")


@dataclass(frozen=True)
class ReportDocument:
    title: str
    blocks: tuple[Block, ...]
    subtitle: tuple[str, ...] = ()
    letterhead: Letterhead | None = None
    signature: Signature | None = None
    paper: Paper = Paper.A4
    landscape: bool = False
    printed_on: date = field(default_factory=date.today)
    office_name: str | None = None  # for the Excel info sheet
    footer_note: str | None = None  # short text in the footer centre
    table_font_size: float = 7.0  # body and header of every table (points)
    lang: str | None = None

    def tables(self) -> list[TableBlock]:
        return [b for b in self.blocks if isinstance(b, TableBlock)]

    @property
    def row_count(self) -> int:
        return sum(b.table.body_count for b in self.tables())
