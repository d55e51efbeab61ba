"""Rows of a ``.csv`` file whatever wrote it: SIASN (pipe or comma), Excel in an Indonesian
locale (semicolon, Windows-1252), LibreOffice (UTF-8, maybe with a BOM), tabs.

Encoding: UTF-8 (a BOM is dropped) when the bytes decode as UTF-8, else Windows-1252 (what
Excel writes on an Indonesian Windows; every byte decodes, so nothing is lost silently).
Delimiter: the one of ``, ; | TAB`` that splits the first lines into the same, largest number
of fields (quotes respected).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from app.errors import SimpegError

DELIMITERS = (",", ";", "|", "\t")
SAMPLE_LINES = 20
MAX_BYTES = 200 * 1024 * 1024


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding name)``."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_delimiter(text: str) -> str:
    """The delimiter that gives the sample lines the most fields, consistently."""
    lines = [line for line in text.splitlines() if line.strip()][:SAMPLE_LINES]
    if not lines:
        return ","
    best, best_score = ",", (0, 0)
    for delim in DELIMITERS:
        counts = [len(r) for r in csv.reader(lines, delimiter=delim)]
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = (counts.count(common) * (common > 1), common)
        if score > best_score:
            best, best_score = delim, score
    return best


def read_csv_rows(path: Path) -> tuple[list[list[object]], str, str]:
    """``(rows, encoding, delimiter)``; every cell is text (empty → ``None``)."""
    if path.stat().st_size > MAX_BYTES:
        raise SimpegError("intake.too_big", path=path.name, limit_mb=MAX_BYTES // 2**20)
    text, encoding = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows: list[list[object]] = [[c if c.strip() else None for c in row] for row in reader]
    except csv.Error as exc:
        raise SimpegError("intake.bad_csv", path=path.name, line=reader.line_num,
                          detail=str(exc)) from exc
    return rows, encoding, delimiter
