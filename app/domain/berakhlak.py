"""BerAKHLAK, the core values of ASN (SE MenPANRB 20/2021; domain.md §6.3).

Seven values, each with a meaning and three panduan perilaku; under PermenPANRB 6/2022 they are
the perilaku kerja of the SKP, without level grading, with optional "ekspektasi khusus
pimpinan" per value. Texts are data (``berakhlak.json``); the wording of the behaviours of the
last four values is UNCONFIRMED.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain import refdata


@dataclass(frozen=True)
class CoreValue:
    code: str
    name: str
    meaning: str
    behaviours: tuple[str, ...]
    confidence: str = ""


def parse_values(data: Mapping[str, Any]) -> tuple[CoreValue, ...]:
    values = tuple(
        CoreValue(v["code"], v["name"], v["meaning"], tuple(v["behaviours"]),
                  v.get("confidence", ""))
        for v in data["values"]
    )
    if len({v.code for v in values}) != len(values):
        raise ValueError("BerAKHLAK codes must be unique")
    return values


@lru_cache(maxsize=1)
def default_values() -> tuple[CoreValue, ...]:
    return parse_values(refdata.load_json("berakhlak.json"))


def berakhlak_values(values: tuple[CoreValue, ...] | None = None) -> tuple[CoreValue, ...]:
    """The seven values in their official order (B-e-r-A-K-H-L-A-K)."""
    return values or default_values()


def berakhlak_value(code: str, values: tuple[CoreValue, ...] | None = None) -> CoreValue:
    """One value by code (``akuntabel``) or name (``Akuntabel``)."""
    key = code.strip().lower().replace(" ", "_")
    for v in berakhlak_values(values):
        if key in (v.code, v.name.lower().replace(" ", "_")):
            return v
    raise KeyError(code)
