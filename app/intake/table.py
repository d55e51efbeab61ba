"""A spreadsheet as read: header row, data rows with their row numbers as Excel shows them.

:func:`read_table` opens ``.xlsx`` (openpyxl, read-only, values not formulas) and ``.csv``
(:mod:`app.intake.csv_reader`: encoding and delimiter sniffed). The header row is found
(:func:`find_header_row`): title rows above it ("DAFTAR PEGAWAI …", the office name, blank
lines) are skipped. Cells keep the type the file gave them (text, number, date); the intake
rules read them (:mod:`app.intake.values`). Wholly empty rows are dropped; row numbers stay
those of the file, so "baris 12" is the row the clerk sees in Excel.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import SimpegError
from app.intake.aliases import is_review_header, match_header, normalize_header
from app.jobs import NO_PROGRESS, Progress

HEADER_SCAN_ROWS = 30
MAX_COLUMNS = 300


@dataclass(frozen=True)
class RawRow:
    number: int  # 1-based row number in the file
    cells: tuple[object, ...]

    def cell(self, column: int) -> object:
        return self.cells[column] if column < len(self.cells) else None


@dataclass(frozen=True)
class RawTable:
    """One sheet of a file: ``headers`` (as written, made unique) and the data rows."""

    source: str  # the file name shown to the user
    headers: tuple[str, ...]
    rows: tuple[RawRow, ...]
    header_row: int = 1
    sheet: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    path: str | None = field(default=None, compare=False)

    @property
    def signature(self) -> str:
        """The layout's fingerprint: its set of normalised headers (blank and review columns
        left out; order does not matter), so the same export next month — or with its columns
        moved — finds the mapping chosen this month."""
        return layout_signature(self.headers)


def layout_signature(headers: Iterable[object]) -> str:
    names = sorted({normalize_header(h) for h in headers if not is_review_header(h)} - {""})
    text = "\n".join(names)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def read_table(path: str | Path, sheet: str | None = None,
               progress: Progress = NO_PROGRESS) -> RawTable:
    """Read ``path`` (``.xlsx``/``.xlsm`` or ``.csv``/``.txt``). Raises :class:`SimpegError`
    with a clerk's message for a missing, unreadable, empty or header-less file."""
    p = Path(path)
    if not p.is_file():
        raise SimpegError("intake.no_file", path=str(p))
    suffix = p.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from app.intake.xlsx_reader import read_xlsx_rows

        sheet_name, grid = read_xlsx_rows(p, sheet, progress)
        encoding = delimiter = None
    elif suffix in (".csv", ".txt", ".tsv"):
        from app.intake.csv_reader import read_csv_rows

        grid, encoding, delimiter = read_csv_rows(p)
        sheet_name = None
    elif suffix == ".xls":
        raise SimpegError("intake.old_xls", path=p.name)
    else:
        raise SimpegError("intake.bad_type", path=p.name, suffix=suffix or "-")
    return build_table(p.name, grid, sheet=sheet_name, encoding=encoding, delimiter=delimiter,
                       path=str(p))


def build_table(source: str, grid: Sequence[Sequence[object]], *, sheet: str | None = None,
                encoding: str | None = None, delimiter: str | None = None,
                path: str | None = None) -> RawTable:
    """A :class:`RawTable` from rows of cells (row 1 first)."""
    header_index = find_header_row(grid)
    if header_index is None:
        raise SimpegError("intake.no_header", path=source)
    header_cells = list(grid[header_index])
    width = _width(header_cells)
    headers = _unique_headers(header_cells[:width])
    rows = []
    for i in range(header_index + 1, len(grid)):
        cells = tuple(_clean_cell(c) for c in list(grid[i])[:width])
        if any(c is not None for c in cells):
            rows.append(RawRow(i + 1, cells + (None,) * (width - len(cells))))
    if not rows:
        raise SimpegError("intake.no_rows", path=source, header_row=header_index + 1)
    return RawTable(source, headers, tuple(rows), header_index + 1, sheet, encoding, delimiter,
                    path)


def find_header_row(grid: Sequence[Sequence[object]]) -> int | None:
    """The index of the header row among the first rows: the row with the most recognised
    column names (at least two); failing that, the first row of two or more text cells that
    is followed by data."""
    best, best_score = None, 1
    limit = min(len(grid), HEADER_SCAN_ROWS)
    for i in range(limit):
        score = sum(1 for c in grid[i] if isinstance(c, str) and match_header(c)[2] > 0)
        if score > best_score:
            best, best_score = i, score
    if best is not None:
        return best
    for i in range(limit):
        texts = [c for c in grid[i] if isinstance(c, str) and c.strip()]
        if len(texts) >= 2 and i + 1 < len(grid):
            return i
    return None


def _width(header: list[object]) -> int:
    width = len(header)
    while width and (header[width - 1] is None or str(header[width - 1]).strip() == ""):
        width -= 1
    return min(width, MAX_COLUMNS)


def _unique_headers(cells: list[object]) -> tuple[str, ...]:
    """Header texts, blank ones named by their column letter, repeats numbered."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for i, cell in enumerate(cells):
        text = " ".join(str(cell).split()) if cell is not None else ""
        text = text or f"({column_letter(i)})"
        n = seen.get(text.upper(), 0) + 1
        seen[text.upper()] = n
        out.append(text if n == 1 else f"{text} ({n})")
    return tuple(out)


def column_letter(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _clean_cell(value: object) -> object:
    if isinstance(value, str):
        text = value.strip()
        return text or None
    return value
