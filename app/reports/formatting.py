"""How values look on paper: Indonesian dates, grouped NIP, masa kerja, empty cells.

:func:`tanggal_indonesia` is the one place a date becomes ``"31 Desember 2026"``; the UI and
the services may call it too.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from app.domain.nip import display_nip
from app.errors import get_language

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
EMPTY = ""


def month_name(month: int, lang: str | None = None) -> str:
    """``"Desember"`` for 12 (English with ``lang="en"``)."""
    names = MONTHS_EN if (lang or get_language()) == "en" else MONTHS_ID
    return names[month - 1]


def tanggal_indonesia(value: date | datetime | None, lang: str | None = None) -> str:
    """``31 Desember 2026`` (``31 December 2026`` in English); ``""`` for no date."""
    if value is None:
        return EMPTY
    return f"{value.day} {month_name(value.month, lang)} {value.year}"


def bulan_tahun(year: int, month: int, lang: str | None = None) -> str:
    """``Maret 2026``."""
    return f"{month_name(month, lang)} {year}"


def short_date(value: date | datetime | None) -> str:
    """``15-03-1985``: dates inside table cells."""
    if value is None:
        return EMPTY
    return f"{value.day:02d}-{value.month:02d}-{value.year:04d}"


def nip_text(value: str | None) -> str:
    """The NIP grouped for reading: ``19850315 201001 1 001`` (odd legacy values as they are)."""
    return display_nip(value)


def number_text(value: int | float | Decimal | None) -> str:
    """Integers with a dot for thousands (``3.250.000``), other numbers with a decimal comma."""
    if value is None:
        return EMPTY
    if isinstance(value, int) or (isinstance(value, float | Decimal) and value == int(value)):
        return f"{int(value):,}".replace(",", ".")
    text = f"{float(value):,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def cell_text(value: object, date_style: str = "short") -> str:
    """Any cell value as text for the PDF (dates short or long, numbers Indonesian)."""
    if value is None:
        return EMPTY
    if isinstance(value, datetime | date):
        return tanggal_indonesia(value) if date_style == "long" else short_date(value)
    if isinstance(value, bool):
        return "Ya" if value else "Tidak"
    if isinstance(value, int | float | Decimal):
        return number_text(value)
    return str(value)
