"""Rows of an ``.xlsx`` sheet (openpyxl read-only: a 10,000-row sheet streams in seconds).

The sheet read is the one asked for, else the first visible sheet that holds data (our own
review export puts the rows on its first sheet and a "Keterangan" sheet after it). Formulas
are read as their cached values. Reading reports progress (a big workbook takes a while) and
stops at the next step after a cancel. Dates come as ``datetime``; numbers as ``int``/``float``.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from app.errors import SimpegError, message
from app.jobs import NO_PROGRESS, Progress

MAX_ROWS = 200_000
STEP = 500


def read_xlsx_rows(path: Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
                   ) -> tuple[str, list[tuple[object, ...]]]:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise SimpegError("intake.bad_xlsx", path=path.name, detail=str(exc)[:120]) from exc
    try:
        ws = _choose_sheet(wb, sheet, path.name)
        total = ws.max_row or 0
        rows: list[tuple[object, ...]] = []
        for values in ws.iter_rows(values_only=True):
            rows.append(tuple(values))
            if len(rows) % STEP == 0:
                progress.step(len(rows), max(total, len(rows)),
                              message("intake.progress_file", row=len(rows), total=total))
            if len(rows) > MAX_ROWS:
                raise SimpegError("intake.too_many_rows", path=path.name, limit=MAX_ROWS)
        return ws.title, rows
    finally:
        wb.close()


def _choose_sheet(wb, sheet: str | None, name: str):  # type: ignore[no-untyped-def]
    if sheet is not None:
        if sheet not in wb.sheetnames:
            raise SimpegError("intake.no_sheet", path=name, sheet=sheet,
                              sheets=", ".join(wb.sheetnames))
        return wb[sheet]
    for ws in wb.worksheets:
        if getattr(ws, "sheet_state", "visible") != "visible":
            continue
        if ws.max_row is None or ws.max_row > 1:  # no dimension record: look inside
            return ws
    return wb.worksheets[0]
