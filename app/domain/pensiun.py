"""Retirement: TMT pensiun from the birth date and the BUP, and retirement projections.

Rule (domain.md §3.2, standard SIMPEG/BKN practice — UNCONFIRMED in the regulation text): the
PNS is discharged with honour at the end of the month in which BUP is reached; pension runs from
the 1st day of the following month::

    tmt_pensiun = first day of the month after the month of (birth_date + BUP years)

Decisions for the edge cases (UNCONFIRMED, documented here and tested):

* born on the 1st — the literal rule applies: born 1 Jan 1968, BUP 58 → BUP reached
  1 Jan 2026 → TMT pensiun **1 Feb 2026**;
* born 29 February — in a common year BUP is reached on 28 February, so TMT pensiun is
  **1 March** of that year (also 1 March in a leap year).

The birth date is the one recorded at first appointment; it cannot be changed later for pension
purposes (UU 11/1969 Pasal 10, CONFIRMED [S40]). The BUP comes from :func:`bup_for`
(PP 11/2017 Pasal 239; data ``bup.csv``). For PPPK the contract ends at the latest at the BUP of
the jabatan (PP 49/2018 — UNCONFIRMED); the same date rule is used.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date

from app.domain.dates import add_years, first_of_next_month
from app.domain.jabatan import bup_for

__all__ = [
    "PensiunDue",
    "PensiunInput",
    "bup_for",
    "bup_reached_on",
    "proyeksi_pensiun",
    "retires_in_window",
    "tmt_pensiun",
]


def bup_reached_on(birth_date: date, bup_years: int) -> date:
    """The day BUP is reached (29 Feb → 28 Feb in a common year)."""
    if not 1 <= bup_years <= 100:
        raise ValueError(f"BUP must be between 1 and 100 years, not {bup_years}")
    return add_years(birth_date, bup_years)


def tmt_pensiun(birth_date: date, bup_years: int) -> date:
    """TMT pensiun: the 1st of the month after the month BUP is reached (domain.md §3.2)."""
    return first_of_next_month(bup_reached_on(birth_date, bup_years))


def retires_in_window(birth_date: date, bup_years: int, start: date, end: date) -> bool:
    """Whether TMT pensiun falls in ``start`` … ``end`` (both inclusive)."""
    return start <= tmt_pensiun(birth_date, bup_years) <= end


@dataclass(frozen=True)
class PensiunInput:
    """One employee for a projection: any ``key`` (id or NIP), birth date and BUP."""

    key: Hashable
    birth_date: date
    bup: int


@dataclass(frozen=True)
class PensiunDue:
    key: Hashable
    birth_date: date
    bup: int
    tmt_pensiun: date


def proyeksi_pensiun(items: Iterable[PensiunInput], start: date, end: date) -> list[PensiunDue]:
    """Who retires with TMT pensiun in ``start`` … ``end``, ordered by TMT then birth date
    (the "proyeksi pensiun" list of domain.md §8.3)."""
    due = []
    for item in items:
        tmt = tmt_pensiun(item.birth_date, item.bup)
        if start <= tmt <= end:
            due.append(PensiunDue(item.key, item.birth_date, item.bup, tmt))
    return sorted(due, key=lambda d: (d.tmt_pensiun, d.birth_date, str(d.key)))
