"""Pengembangan kompetensi (bangkom): JP per year, the 20-JP target, training forms.

Rules (domain.md §5):

* At least **20 JP a year** per PNS (PP 11/2017 Pasal 203 ayat 4, as amended by PP 17/2020) and
  at most 24 JP a year for PPPK (Peraturan LAN 15/2020) — both UNCONFIRMED → data
  ``bangkom.json`` (``jp_per_year``).
* **1 JP = 45 minutes** (LAN convention, UNCONFIRMED → data).
* JP of a year = the sum of the hours (JP) of records whose **end date** falls in that year
  (a record with no end date counts in the year of its start date).
* Forms per Peraturan LAN 10/2018 (pendidikan; pelatihan klasikal / nonklasikal) and named
  programmes (Latsar, PKP, PKA, PKN II, PKN I, with older names) → data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, Protocol

from app.domain import refdata
from app.domain.common import DomainWarning
from app.errors import register_messages


class TrainingRecord(Protocol):
    """Anything with ``end_date``, ``jp`` and (optionally) ``start_date`` attributes."""

    end_date: date | None
    jp: float


@dataclass(frozen=True)
class JpRecord:
    """A minimal training record for the JP rules."""

    end_date: date | None
    jp: float
    start_date: date | None = None


@dataclass(frozen=True)
class TrainingForm:
    code: str
    label: str
    category: str


@dataclass(frozen=True)
class Programme:
    """A named programme (Latsar, PKP, …); ``level`` orders leadership programmes (DUK)."""

    code: str
    label: str
    form: str
    level: int
    for_jabatan: str | None
    old_names: tuple[str, ...]


@dataclass(frozen=True)
class BangkomTables:
    minutes_per_jp: int
    jp_min: Mapping[str, float | None]
    jp_max: Mapping[str, float | None]
    categories: Mapping[str, str]
    forms: tuple[TrainingForm, ...]
    programmes: tuple[Programme, ...]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> BangkomTables:
        per_year = data["jp_per_year"]
        return cls(
            minutes_per_jp=int(data["minutes_per_jp"]),
            jp_min={k: v["min"] for k, v in per_year.items()},
            jp_max={k: v["max"] for k, v in per_year.items()},
            categories={c["code"]: c["label"] for c in data["categories"]},
            forms=tuple(TrainingForm(f["code"], f["label"], f["category"]) for f in data["forms"]),
            programmes=tuple(
                Programme(p["code"], p["label"], p["form"], int(p["level"]), p["for_jabatan"],
                          tuple(p["old_names"]))
                for p in data["programmes"]
            ),
        )


@lru_cache(maxsize=1)
def default_tables() -> BangkomTables:
    return BangkomTables.from_json(refdata.load_json("bangkom.json"))


def minutes_to_jp(minutes: float, tables: BangkomTables | None = None) -> float:
    """JP for a duration in minutes (1 JP = 45 minutes by default), to 2 decimals."""
    if minutes < 0:
        raise ValueError("minutes cannot be negative")
    return round(minutes / (tables or default_tables()).minutes_per_jp, 2)


def jp_to_minutes(jp: float, tables: BangkomTables | None = None) -> float:
    return jp * (tables or default_tables()).minutes_per_jp


def record_year(record: TrainingRecord) -> int | None:
    """The year a record counts in: its end date's year, else its start date's, else None."""
    when = record.end_date or getattr(record, "start_date", None)
    return when.year if when else None


def jp_per_year(records: Iterable[TrainingRecord]) -> dict[int, float]:
    """JP per year, each record counted in the year its end date falls in (domain.md §5)."""
    totals: dict[int, float] = {}
    for r in records:
        year = record_year(r)
        if year is not None:
            totals[year] = totals.get(year, 0.0) + float(r.jp or 0)
    return {y: round(v, 2) for y, v in sorted(totals.items())}


def jp_in_year(records: Iterable[TrainingRecord], year: int) -> float:
    return jp_per_year(records).get(year, 0.0)


@dataclass(frozen=True)
class JpStatus:
    """JP of one employee in one year against the target (``target`` None: no minimum)."""

    year: int
    jp: float
    target: float | None
    limit: float | None
    remaining: float
    compliant: bool
    over_limit: bool


def jp_status(
    records: Iterable[TrainingRecord],
    year: int,
    kind: str = "PNS",
    tables: BangkomTables | None = None,
) -> JpStatus:
    """JP in ``year`` and whether the yearly target is met (20 JP for PNS, data) and whether a
    ceiling is passed (24 JP for PPPK, data)."""
    tables = tables or default_tables()
    jp = jp_in_year(records, year)
    target, limit = tables.jp_min.get(kind), tables.jp_max.get(kind)
    remaining = round(max(float(target) - jp, 0.0), 2) if target is not None else 0.0
    return JpStatus(
        year=year,
        jp=jp,
        target=target,
        limit=limit,
        remaining=remaining,
        compliant=target is None or jp >= target,
        over_limit=limit is not None and jp > limit,
    )


def jp_warnings(status: JpStatus) -> list[DomainWarning]:
    """``bangkom.jp_below_target`` / ``bangkom.jp_over_limit`` for a status."""
    found = []
    if not status.compliant:
        found.append(
            DomainWarning(
                "bangkom.jp_below_target",
                "jp",
                {"year": status.year, "jp": status.jp, "target": status.target,
                 "remaining": status.remaining},
            )
        )
    if status.over_limit:
        found.append(
            DomainWarning(
                "bangkom.jp_over_limit",
                "jp",
                {"year": status.year, "jp": status.jp, "limit": status.limit},
            )
        )
    return found


def training_forms(
    category: str | None = None, tables: BangkomTables | None = None
) -> tuple[TrainingForm, ...]:
    """Bangkom forms (Peraturan LAN 10/2018), optionally of one category
    (``pendidikan``, ``klasikal``, ``nonklasikal``)."""
    forms = (tables or default_tables()).forms
    return tuple(f for f in forms if category is None or f.category == category)


def programmes(tables: BangkomTables | None = None) -> tuple[Programme, ...]:
    return (tables or default_tables()).programmes


_NON_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower().replace("tk.", "").replace("tingkat", ""))


_INDEXES: dict[int, tuple[BangkomTables, dict[str, Programme]]] = {}


def _programme_index(tables: BangkomTables) -> dict[str, Programme]:
    """Every normalised name (code, label, abbreviation, old names) → its programme; the
    first programme naming it wins, as a scan in table order would. Built once per table
    set: the training-needs view asks for tens of thousands of names."""
    found = _INDEXES.get(id(tables))
    if found is None or found[0] is not tables:
        index: dict[str, Programme] = {}
        for p in tables.programmes:
            names = [p.code, p.label, *p.old_names]
            abbrev = re.search(r"\(([^)]+)\)", p.label)
            if abbrev:
                names += [abbrev.group(1), p.label[: abbrev.start()]]
            for n in names:
                index.setdefault(_norm(n), p)
        found = (tables, index)
        _INDEXES[id(tables)] = found
    return found[1]


def find_programme(name: str | None, tables: BangkomTables | None = None) -> Programme | None:
    """The programme a training name refers to: by code, label, abbreviation or old name
    (``Diklatpim III`` → PKA). ``None`` when it is not a named programme."""
    if not name:
        return None
    return _programme_index(tables or default_tables()).get(_norm(name))


def latihan_level(name: str | None, tables: BangkomTables | None = None) -> int:
    """Leadership-training level for the DUK (0 none, PKP 1, PKA 2, PKN II 3, PKN I 4)."""
    p = find_programme(name, tables)
    return p.level if p else 0


register_messages(
    {
        "bangkom.jp_below_target": (
            "JP tahun {year} baru {jp}, kurang {remaining} dari target {target} JP.",
            "JP in {year} is {jp}, {remaining} short of the {target} JP target.",
        ),
        "bangkom.jp_over_limit": (
            "JP tahun {year} sebanyak {jp}, melebihi batas {limit} JP.",
            "JP in {year} is {jp}, above the {limit} JP limit.",
        ),
    }
)
