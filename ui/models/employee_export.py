"""Export the personnel list's current view — every row of the current filter, the columns on
screen in their order — to an Excel workbook, as a background job (``job(progress)``).

Cells keep their type (:mod:`app.reports.xlsx`): a NIP stays 18-digit text, dates are real
dates, labels (status) are what the clerk reads on screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from app.jobs import Progress
from app.reports.model import Column, Kind, ReportDocument, Table, TableBlock
from app.reports.xlsx import render_xlsx
from app.services.employee_query import EmployeeQuery, EmployeeRow, list_employees
from ui.models.employee_table_model import ListColumn

if TYPE_CHECKING:
    from app.services.context import ServiceContext

BATCH = 1000


@dataclass(frozen=True)
class ExportSpec:
    """Everything the job needs, as plain data made on the GUI thread (texts translated)."""

    path: Path
    title: str
    subtitle: tuple[str, ...]
    columns: tuple[ListColumn, ...]
    headers: tuple[str, ...]
    progress_text: str  # "%1 of %2 rows"
    office_name: str | None
    lang: str


def _kind(column: ListColumn) -> Kind:
    if column.key == "nip":
        return Kind.NIP
    if column.key in ("tanggal_lahir", "tmt_golongan", "tmt_pensiun"):
        return Kind.DATE
    return Kind.TEXT


def cell(column: ListColumn, row: EmployeeRow) -> object:
    """A dated or NIP column keeps the raw value; any other shows its screen text."""
    value = column.value(row)
    if column.key == "nip" or isinstance(value, date):
        return value
    return column.display(row) or None


def export_rows(ctx: ServiceContext, query: EmployeeQuery, spec: ExportSpec,
                progress: Progress) -> int:
    """Write every row of ``query`` to ``spec.path``; returns the number of rows."""
    rows: list[tuple[object, ...]] = []
    offset = total = 0
    while True:
        page = ctx.read(list_employees, replace(query, offset=offset, limit=BATCH,
                                                count_limit=None if offset == 0 else 0))
        if offset == 0:
            total = page.total  # exact (no count limit on the first page)
        rows.extend(tuple(cell(c, r) for c in spec.columns) for r in page.rows)
        offset += len(page.rows)
        progress.step(offset, max(total, offset),
                      spec.progress_text.replace("%1", str(offset)).replace("%2", str(total)))
        if len(page.rows) < BATCH:
            break
    write_workbook(spec, rows)
    return len(rows)


def write_workbook(spec: ExportSpec, rows: Sequence[tuple[object, ...]]) -> None:
    columns = tuple(Column(c.key, h, _kind(c)) for c, h in zip(spec.columns, spec.headers,
                                                                 strict=True))
    doc = ReportDocument(spec.title, (TableBlock(Table(columns, rows)),),
                         subtitle=spec.subtitle, office_name=spec.office_name, lang=spec.lang)
    spec.path.parent.mkdir(parents=True, exist_ok=True)
    partial = spec.path.with_name(spec.path.name + ".part")
    render_xlsx(doc, partial)
    partial.replace(spec.path)  # a workbook appears whole or not at all
