"""Writing a report file: the format follows the file name, the write is atomic.

The file is written to a temporary name in the target folder and moved over the target with
``os.replace`` only when complete, so a failure (a full disk, a cancelled job) never leaves a
half-written PDF where the clerk expects the report, nor destroys the previous copy.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from app.errors import SimpegError, register_messages
from app.reports.model import Column, ReportDocument
from app.reports.pdf import render_pdf
from app.reports.xlsx import (
    SheetNames,
    columns_from,
    infer_kinds,
    render_xlsx,
    write_info_sheet,
    write_table_sheet,
)

FORMATS = {".pdf": "pdf", ".xlsx": "xlsx"}


@dataclass(frozen=True)
class RenderResult:
    path: Path
    format: str  # "pdf" or "xlsx"
    rows: int
    pages: int | None  # PDF only


def output_format(path: str | Path) -> str:
    """``"pdf"`` or ``"xlsx"`` from the file name; anything else is a clear error."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise SimpegError("report.bad_format", path=str(path), suffix=suffix or "-")
    return FORMATS[suffix]


def check_target(path: str | Path) -> Path:
    """The output path, checked before any work: known format, an existing folder."""
    target = Path(path)
    output_format(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise SimpegError("report.no_folder", folder=str(folder))
    if target.is_dir():
        raise SimpegError("report.is_folder", path=str(target))
    return target


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target``; moved over it on success, removed on failure."""
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_report(doc: ReportDocument, path: str | Path) -> RenderResult:
    """Write ``doc`` to ``path`` (``.pdf`` or ``.xlsx``) atomically."""
    target = check_target(path)
    fmt = output_format(target)
    with atomic_path(target) as tmp:
        if fmt == "pdf":
            pages: int | None = render_pdf(doc, tmp)
            rows = doc.row_count
        else:
            pages = None
            rows = render_xlsx(doc, tmp)
    return RenderResult(target, fmt, rows, pages)


def export_rows_xlsx(
    path: str | Path,
    columns: Sequence[Column | str | tuple[str, str]],
    rows: Sequence[Sequence[object]],
    title: str,
    *,
    office_name: str | None = None,
    subtitle: Sequence[str] = (),
    printed_on: date | None = None,
    lang: str | None = None,
) -> RenderResult:
    """Export any list (the UI's "export the current view") to ``.xlsx``: typed cells (dates
    as dates, NIP/text as text, numbers as numbers), bold frozen header, info sheet."""
    target = check_target(path)
    if output_format(target) != "xlsx":
        raise SimpegError("report.xlsx_only", path=str(target))
    cols = infer_kinds(columns_from(columns), rows)
    doc = ReportDocument(title=title, blocks=(), subtitle=tuple(subtitle),
                         printed_on=printed_on or date.today(), office_name=office_name,
                         lang=lang)

    def build(wb: Workbook) -> int:
        return write_table_sheet(wb, _sheet_name(title), cols, rows)

    with atomic_path(target) as tmp:
        count = _save_workbook(tmp, doc, build)
    return RenderResult(target, "xlsx", count, None)


def _sheet_name(title: str) -> str:
    return SheetNames().make(title)


def _save_workbook(tmp: Path, doc: ReportDocument, build: Callable[[Workbook], int]) -> int:
    wb = Workbook(write_only=True)
    count = build(wb)
    write_info_sheet(wb, doc, count, [])
    wb.save(tmp)
    return count


register_messages({
    "report.bad_format": (
        "Berkas keluaran {path} harus berakhiran .pdf atau .xlsx (bukan '{suffix}').",
        "The output file {path} must end in .pdf or .xlsx (not '{suffix}').",
    ),
    "report.xlsx_only": (
        "Ekspor tabel hanya ke berkas .xlsx: {path}.",
        "A table export only goes to an .xlsx file: {path}.",
    ),
    "report.no_folder": (
        "Folder tujuan {folder} tidak ada.",
        "The target folder {folder} does not exist.",
    ),
    "report.is_folder": (
        "{path} adalah folder; beri nama berkas .pdf atau .xlsx.",
        "{path} is a folder; give a .pdf or .xlsx file name.",
    ),
})

__all__ = ["RenderResult", "check_target", "export_rows_xlsx", "output_format", "write_report"]
