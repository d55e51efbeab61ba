"""PDF forms and lists (reportlab) and Excel export (openpyxl).

The pieces, from the bottom up:

* :mod:`model` — a :class:`ReportDocument` of blocks (tables, label/value fields, text,
  headings), the letterhead and the signature; independent of the output format;
* :mod:`pdf` / :mod:`xlsx` — draw a document (``render_pdf``) or write its tables to a
  workbook (``render_xlsx``); :mod:`grid` is the fast table flowable with repeated headers;
* :mod:`output` — ``write_report(doc, path)`` (format from the file name, atomic) and
  ``export_rows_xlsx(path, columns, rows, title)`` for "export the current view";
* :mod:`formatting` — ``tanggal_indonesia`` ("31 Desember 2026"), grouped NIP, numbers;
* builders of the standard reports: :mod:`duk`, :mod:`drh`, :mod:`nominatif`, :mod:`due`
  (KGB, KP, pensiun), :mod:`recap`; :mod:`catalog` runs them by name (CLI and UI).

Labels come from the ``report.*`` catalog (:mod:`labels`, Indonesian first) or the caller.
A new form (an SKP, a training certificate) is a builder that returns a ReportDocument.
"""

from app.reports.formatting import tanggal_indonesia
from app.reports.model import (
    Column,
    Field,
    FieldsBlock,
    Heading,
    Kind,
    Letterhead,
    Paper,
    PaperColumn,
    ReportDocument,
    Signature,
    SpanRow,
    Table,
    TableBlock,
    TextBlock,
)
from app.reports.output import RenderResult, export_rows_xlsx, write_report

__all__ = [
    "Column", "Field", "FieldsBlock", "Heading", "Kind", "Letterhead", "Paper", "PaperColumn",
    "RenderResult", "ReportDocument", "Signature", "SpanRow", "Table", "TableBlock",
    "TextBlock", "export_rows_xlsx", "tanggal_indonesia", "write_report",
]
