"""Kenaikan pangkat (KP) reguler: period dates, due date, next golongan, education caps.

Rules (domain.md §4.1–4.2):

* Periods: before 1 Jan 2024 KP took effect on **1 April and 1 October** (PP 99/2000 jo
  PP 12/2002; Kep. Ka BKN 12/2002) [S17]; from **1 Jan 2024** on **1 Feb, 1 Apr, 1 Jun, 1 Aug,
  1 Oct, 1 Dec** (Peraturan BKN 4/2023) [S18]. Period sets are data with validity dates
  (``kenaikan-pangkat.json``).
* Due date = the first period date ≥ TMT pangkat + required years (4 for KP reguler), using the
  period set valid at that date.
* KP reguler caps by highest education (PP 99/2000 Pasal 7, UNCONFIRMED) → data
  ``kp-reguler-batas.csv``.
* PPPK have no KP (domain.md §2.2); KP pilihan (struktural/JF, angka kredit) are not decided here.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.dates import add_months, add_years, first_on_or_after
from app.domain.golongan import Golongan, next_golongan, parse_golongan
from app.domain.pendidikan import Pendidikan, parse_pendidikan
from app.errors import register_messages

__all__ = [
    "KpDue",
    "KpInput",
    "KpTables",
    "PeriodSet",
    "is_period_date",
    "kp_due_in_period",
    "kp_reguler_cap",
    "next_golongan",
    "next_golongan_reguler",
    "next_kp_reguler",
    "next_period_on_or_after",
    "period_dates",
]


@dataclass(frozen=True)
class PeriodSet:
    """Months (1..12) in which KP takes effect on the 1st, valid from/until (inclusive)."""

    months: frozenset[int]
    valid_from: date | None = None
    valid_until: date | None = None

    def covers(self, d: date) -> bool:
        return (self.valid_from is None or d >= self.valid_from) and (
            self.valid_until is None or d <= self.valid_until
        )


@dataclass(frozen=True)
class KpTables:
    required_years: int
    period_sets: tuple[PeriodSet, ...]
    caps: Mapping[Pendidikan, Golongan]

    @classmethod
    def from_data(cls, data: Mapping[str, Any], caps: Iterable[Mapping[str, str]]) -> KpTables:
        def when(text: str | None) -> date | None:
            return date.fromisoformat(text) if text else None

        return cls(
            required_years=int(data["required_years_reguler"]),
            period_sets=tuple(
                PeriodSet(frozenset(int(m) for m in p["months"]), when(p["valid_from"]),
                          when(p["valid_until"]))
                for p in data["period_sets"]
            ),
            caps=MappingProxyType(
                {parse_pendidikan(r["pendidikan"]): parse_golongan(r["batas"], "PNS") for r in caps}
            ),
        )


@lru_cache(maxsize=1)
def default_tables() -> KpTables:
    return KpTables.from_data(
        refdata.load_json("kenaikan-pangkat.json"), refdata.load_csv("kp-reguler-batas.csv")
    )


def is_period_date(d: date, tables: KpTables | None = None) -> bool:
    """Whether ``d`` is a KP period date under the set valid on ``d``."""
    if d.day != 1:
        return False
    sets = (tables or default_tables()).period_sets
    return any(p.covers(d) and d.month in p.months for p in sets)


def period_dates(year: int, tables: KpTables | None = None) -> list[date]:
    """All KP period dates of a year (2023: 1 Apr, 1 Oct; 2024: six dates)."""
    return [date(year, m, 1) for m in range(1, 13) if is_period_date(date(year, m, 1), tables)]


def next_period_on_or_after(d: date, tables: KpTables | None = None) -> date:
    """The first KP period date ≥ ``d`` (domain.md §4.1)."""
    candidate = first_on_or_after(d)
    for _ in range(36):
        if is_period_date(candidate, tables):
            return candidate
        candidate = add_months(candidate, 1)
    raise ValueError(f"no KP period within three years of {d.isoformat()}")


def next_kp_reguler(tmt_pangkat: date, tables: KpTables | None = None) -> date:
    """Due date of the next KP reguler: first period date ≥ TMT pangkat + 4 years."""
    tables = tables or default_tables()
    return next_period_on_or_after(add_years(tmt_pangkat, tables.required_years), tables)


def kp_reguler_cap(pendidikan: Pendidikan | str, tables: KpTables | None = None) -> Golongan:
    """Highest golongan by KP reguler for an education level (PP 99/2000 Pasal 7, data)."""
    level = parse_pendidikan(pendidikan)
    cap = (tables or default_tables()).caps.get(level)
    if cap is None:
        raise InvalidValue("kp.no_cap", part="pendidikan", pendidikan=level.value)
    return cap


def next_golongan_reguler(
    golongan: Golongan | str,
    pendidikan: Pendidikan | str | None = None,
    tables: KpTables | None = None,
) -> Golongan | None:
    """The golongan after a KP reguler, or ``None`` at IV/e, at the education cap, or for PPPK
    (no KP)."""
    g = parse_golongan(golongan)
    if g.kind != "PNS":
        return None
    nxt = next_golongan(g)
    if nxt is None:
        return None
    if pendidikan is not None and nxt > kp_reguler_cap(pendidikan, tables):
        return None
    return nxt


@dataclass(frozen=True)
class KpInput:
    """One PNS for a KP list: any ``key``, golongan, TMT of that golongan, highest education."""

    key: Hashable
    golongan: Golongan | str
    tmt_golongan: date
    pendidikan: Pendidikan | str | None = None


@dataclass(frozen=True)
class KpDue:
    key: Hashable
    golongan_lama: Golongan
    golongan_baru: Golongan
    tmt_kp: date
    overdue: bool = False


def kp_due_in_period(
    items: Iterable[KpInput],
    period: date,
    *,
    include_overdue: bool = False,
    tables: KpTables | None = None,
) -> list[KpDue]:
    """Who is due a KP reguler in a period (the "daftar KP jatuh tempo", domain.md §8.3).

    ``include_overdue`` also lists those due in an earlier period (not yet promoted), flagged.
    PPPK and those at their cap are skipped.
    """
    tables = tables or default_tables()
    if not is_period_date(period, tables):
        raise InvalidValue("kp.not_a_period", part="period", date=period.strftime("%d-%m-%Y"))
    due: list[KpDue] = []
    for item in items:
        new = next_golongan_reguler(item.golongan, item.pendidikan, tables)
        if new is None:
            continue
        when = next_kp_reguler(item.tmt_golongan, tables)
        if when == period or (include_overdue and when < period):
            old = parse_golongan(item.golongan)
            due.append(KpDue(item.key, old, new, period, overdue=when < period))
    return due


register_messages(
    {
        "kp.not_a_period": (
            "Tanggal {date} bukan periode kenaikan pangkat.",
            "{date} is not a KP period date.",
        ),
        "kp.no_cap": (
            "Batas kenaikan pangkat reguler untuk pendidikan {pendidikan} tidak ada di tabel.",
            "No KP reguler cap in the table for education {pendidikan}.",
        ),
    }
)
