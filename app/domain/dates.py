"""Calendar helpers shared by the rules (TMT dates are always the 1st of a month)."""

from __future__ import annotations

from datetime import date


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months``; the day is clamped to the end of a shorter month."""
    total = d.year * 12 + (d.month - 1) + months
    year, month0 = divmod(total, 12)
    month = month0 + 1
    return date(year, month, min(d.day, days_in_month(year, month)))


def add_years(d: date, years: int) -> date:
    """``d`` moved by ``years``; 29 February becomes 28 February in a common year."""
    return add_months(d, 12 * years)


def days_in_month(year: int, month: int) -> int:
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def first_of_month(d: date) -> date:
    return d.replace(day=1)


def first_of_next_month(d: date) -> date:
    return add_months(d.replace(day=1), 1)


def first_on_or_after(d: date) -> date:
    """``d`` itself when it is the 1st, otherwise the 1st of the next month."""
    return d if d.day == 1 else first_of_next_month(d)


def age_on(birth_date: date, on: date) -> int:
    """Completed years of age on ``on`` (a person born 29 Feb ages on 28 Feb/1 Mar as usual)."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


def full_months_between(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -full_months_between(end, start)
    months = (end.year - start.year) * 12 + (end.month - start.month)
    if add_months(start, months) > end:
        months -= 1
    return months
