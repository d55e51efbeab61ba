"""Reading one cell: text, digits, NIP/NIK, dates, years, numbers, gender.

Each reader returns the value (``None`` for an empty cell — and ``-``, ``NULL``, ``#N/A``,
which exports write for "nothing") or raises :class:`CellProblem` with a catalog code saying
what is wrong with the cell.

Dates are read as SIASN writes them (``dd-mm-yyyy``), with ``/`` or ``.`` too, ISO
``yyyy-mm-dd`` (with or without a time), ``yyyymmdd``, Indonesian or English month names
(``15 Maret 1985``, ``15-Mar-1985``), real Excel dates, and Excel serial numbers (``31121`` =
15-03-1985, also when written as text). Two-digit years are refused rather than guessed;
``dd/mm`` is always day first (Indonesian), never US ``mm/dd``.

Excel keeps only 15 significant digits of a number: an 18-digit NIP or a 16-digit NIK typed
into a number cell has lost its last digits. Such cells are refused with a message that says
so (format the column as Text and type the number again).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.errors import SimpegError

EMPTY_MARKERS = frozenset({"-", "--", "—", "–", "NULL", "NONE", "#N/A", "N/A", "NA", "NAN"})
EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 = 1900-01-01 (Excel's 1900 leap-year bug kept)
SERIAL_MIN, SERIAL_MAX = 61, 73_050  # 1900-03-01 … 2099-12-31
_SEPARATED = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_SCIENTIFIC = re.compile(r"\d(?:[.,]\d+)?[eE][+]?\d+")
_NAMED = re.compile(r"^(\d{1,2})[\s\-/.]+([A-Za-z]+)\.?[\s\-/.,]+(\d{2,4})$")
_MONTHS = {
    "JAN": 1, "JANUARI": 1, "JANUARY": 1, "FEB": 2, "PEB": 2, "FEBRUARI": 2, "PEBRUARI": 2,
    "FEBRUARY": 2, "MAR": 3, "MARET": 3, "MARCH": 3, "APR": 4, "APRIL": 4, "MEI": 5, "MAY": 5,
    "JUN": 6, "JUNI": 6, "JUNE": 6, "JUL": 7, "JULI": 7, "JULY": 7, "AGU": 8, "AGT": 8,
    "AGS": 8, "AGUSTUS": 8, "AUG": 8, "AUGUST": 8, "SEP": 9, "SEPT": 9, "SEPTEMBER": 9,
    "OKT": 10, "OCT": 10, "OKTOBER": 10, "OCTOBER": 10, "NOV": 11, "NOP": 11, "NOVEMBER": 11,
    "NOPEMBER": 11, "DES": 12, "DEC": 12, "DESEMBER": 12, "DECEMBER": 12,
}


class CellProblem(SimpegError):
    """One cell cannot be read; ``code``/``params`` say why (catalog text)."""

    code = "intake.bad_cell"


def is_empty(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        text = value.strip()
        return not text or text.upper() in EMPTY_MARKERS
    return isinstance(value, float) and value != value  # NaN


def shown(value: object) -> str:
    """A cell as the clerk would recognise it in a message."""
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y") if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


def read_text(value: object) -> str | None:
    """Text with spaces collapsed; a leading ``'`` (Excel's "this is text" mark) dropped."""
    if is_empty(value):
        return None
    text = " ".join(shown(value).split())
    if text.startswith("'"):
        text = text[1:].strip()
    return text or None


def _number_text(value: int | float | Decimal, *, digits: int, code: str) -> str:
    """The digits of a number cell; refuse one Excel has already rounded."""
    if isinstance(value, float) and not value.is_integer():
        raise CellProblem(code, value=shown(value))
    text = str(int(value))
    if len(text) > 15 and (isinstance(value, float) or text.endswith("000")):
        raise CellProblem("intake.number_rounded", value=text, digits=digits)
    return text


def read_id_number(value: object, digits: int, code: str) -> str | None:
    """NIP (18) or NIK (16): text as written (the domain rules check it), numbers checked for
    Excel's rounding."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellProblem(code, value=shown(value))
    if isinstance(value, int | float | Decimal):
        return _number_text(value, digits=digits, code=code)
    text = read_text(value)
    if text is not None and _SCIENTIFIC.fullmatch(text):  # "1,98503E+17" from a CSV of Excel
        raise CellProblem("intake.number_rounded", value=text, digits=digits)
    return text


def read_digits(value: object) -> str | None:
    """Numbers kept as text (NPWP, phone, postal code): ``81234567890`` (a number cell that lost
    the phone's leading 0) is given it back when it looks like an Indonesian mobile number."""
    if is_empty(value):
        return None
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        text = _number_text(value, digits=0, code="intake.bad_number")
        return "0" + text if text.startswith("8") and 9 <= len(text) <= 13 else text
    return read_text(value)


def read_int(value: object, code: str = "intake.bad_number") -> int | None:
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise CellProblem(code, value=shown(value))
    if isinstance(value, int):
        return value
    if isinstance(value, float | Decimal):
        if float(value).is_integer():
            return int(value)
        raise CellProblem(code, value=shown(value))
    text = read_text(value) or ""
    if re.fullmatch(r"[+-]?\d+(?:[.,]0+)?", text):
        return int(re.split(r"[.,]", text)[0])
    raise CellProblem(code, value=text)


def read_year(value: object) -> int | None:
    if isinstance(value, datetime | date):
        return value.year
    year = read_int(value, "intake.bad_year")
    if year is not None and not 1900 <= year <= 2100:
        raise CellProblem("intake.bad_year", value=str(year))
    return year


def read_gender(value: object) -> str | None:
    text = read_text(value)
    if text is None:
        return None
    key = re.sub(r"[^A-Z0-9]", "", text.upper())
    if key in ("L", "M", "1", "LK", "LAKILAKI", "LAKI", "PRIA", "MALE", "PRIA L"):
        return "L"
    if key in ("P", "F", "2", "PR", "PEREMPUAN", "WANITA", "FEMALE"):
        return "P"
    raise CellProblem("intake.bad_gender", value=text)


def read_date(value: object) -> date | None:
    """A date from any of the spellings in the module docstring."""
    if is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellProblem("intake.bad_date", value=shown(value))
    if isinstance(value, int | float | Decimal):
        return _from_serial(float(value), shown(value))
    text = read_text(value) or ""
    return _from_text(text)


def _from_serial(serial: float, text: str) -> date:
    if not SERIAL_MIN <= serial <= SERIAL_MAX:
        raise CellProblem("intake.bad_date", value=text)
    return EXCEL_EPOCH + timedelta(days=int(serial))


def _from_text(text: str) -> date:
    compact = text.replace(" ", "")
    if re.fullmatch(r"\d{8}", compact):
        return _make(int(compact[:4]), int(compact[4:6]), int(compact[6:]), text)
    if re.fullmatch(r"\d{1,5}(?:[.,]\d+)?", compact):
        return _from_serial(float(compact.replace(",", ".")), text)
    m = _SEPARATED.match(text)
    if m:
        a, b, c = m.groups()
        if len(a) == 4:  # yyyy-mm-dd
            return _make(int(a), int(b), int(c), text)
        if len(c) != 4:
            raise CellProblem("intake.two_digit_year", value=text)
        return _make(int(c), int(b), int(a), text)
    m = _NAMED.match(text)
    if m:
        day, month_name, year = m.groups()
        month = _MONTHS.get(month_name.upper())
        if month is None:
            raise CellProblem("intake.bad_date", value=text)
        if len(year) != 4:
            raise CellProblem("intake.two_digit_year", value=text)
        return _make(int(year), month, int(day), text)
    raise CellProblem("intake.bad_date", value=text)


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise CellProblem("intake.no_such_date", value=text) from None
