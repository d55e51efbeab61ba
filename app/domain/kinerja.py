"""Kinerja pegawai under PermenPANRB 6/2022: ratings, the predikat matrix, organisation results.

* Ratings of hasil kerja and perilaku kerja: Di Atas / Sesuai / Di Bawah Ekspektasi
  (PermenPANRB 6/2022; domain.md §6.1).
* :func:`predikat` — the 3×3 matrix of domain.md §6.2, CONFIRMED by five independent public
  implementations [S24]; kept in code.
* Capaian kinerja organisasi: Istimewa, Baik, Butuh Perbaikan, Kurang, Sangat Kurang; it
  constrains the distribution of employee predikat ("pola distribusi") — percentages
  UNCONFIRMED → data ``kinerja-distribusi.json``; :func:`distribution_fits` warns only.
* Regimes of kinerja records (domain.md §6.6): ``DP3_1979``, ``PP46_2011``, ``PM8_2021``,
  ``PM6_2022`` — rules for the older ones in :mod:`app.domain.kinerja_legacy`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from app.domain import refdata
from app.domain.common import DomainWarning, InvalidValue
from app.errors import register_messages


def _key(text: str) -> str:
    return re.sub(r"[^a-z]", "", str(text or "").lower())


class Rating(Enum):
    """Rating of hasil kerja or perilaku kerja (PermenPANRB 6/2022)."""

    DI_ATAS = "Di Atas Ekspektasi"
    SESUAI = "Sesuai Ekspektasi"
    DI_BAWAH = "Di Bawah Ekspektasi"

    @property
    def rank(self) -> int:
        """3 above, 2 as expected, 1 below."""
        return {Rating.DI_ATAS: 3, Rating.SESUAI: 2, Rating.DI_BAWAH: 1}[self]


class Predikat(Enum):
    """Predikat kinerja pegawai (PermenPANRB 6/2022)."""

    SANGAT_BAIK = "Sangat Baik"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang/Misconduct"
    SANGAT_KURANG = "Sangat Kurang"

    @property
    def rank(self) -> int:
        """5 Sangat Baik … 1 Sangat Kurang."""
        return 5 - list(Predikat).index(self)


class CapaianOrganisasi(Enum):
    """Capaian kinerja organisasi (the unit's result, printed on the evaluation)."""

    ISTIMEWA = "Istimewa"
    BAIK = "Baik"
    BUTUH_PERBAIKAN = "Butuh Perbaikan"
    KURANG = "Kurang"
    SANGAT_KURANG = "Sangat Kurang"


class Regime(Enum):
    """The rules a kinerja record was made under (domain.md §6.6)."""

    DP3_1979 = "DP3_1979"
    PP46_2011 = "PP46_2011"
    PM8_2021 = "PM8_2021"
    PM6_2022 = "PM6_2022"

    @property
    def label(self) -> str:
        return _REGIME_LABEL[self]


_REGIME_LABEL = {
    Regime.DP3_1979: "DP3 (PP 10/1979)",
    Regime.PP46_2011: "Penilaian prestasi kerja (PP 46/2011)",
    Regime.PM8_2021: "SKP (PermenPANRB 8/2021)",
    Regime.PM6_2022: "SKP (PermenPANRB 6/2022)",
}


def regime_for_year(year: int) -> Regime:
    """The regime a yearly appraisal of ``year`` normally falls under: DP3 until 2013,
    PP 46/2011 for 2014–2020, PermenPANRB 8/2021 for 2021, PermenPANRB 6/2022 from 2022."""
    if year <= 2013:
        return Regime.DP3_1979
    if year <= 2020:
        return Regime.PP46_2011
    if year == 2021:
        return Regime.PM8_2021
    return Regime.PM6_2022


_RATING_ALIASES = {"atas": Rating.DI_ATAS, "sesuai": Rating.SESUAI, "bawah": Rating.DI_BAWAH}


def parse_rating(text: str | Rating) -> Rating:
    """A rating from its value, name or short form (``atas``, ``sesuai``, ``bawah``)."""
    if isinstance(text, Rating):
        return text
    key = _key(text)
    for r in Rating:
        if key in (_key(r.value), _key(r.name)):
            return r
    key = key.replace("di", "", 1).replace("ekspektasi", "")
    if key in _RATING_ALIASES:
        return _RATING_ALIASES[key]
    raise InvalidValue("kinerja.rating", part="rating", value=str(text))


def parse_predikat(text: str | Predikat) -> Predikat:
    """A predikat from its value or name; ``Kurang`` and ``Misconduct`` both mean
    ``Kurang/Misconduct``."""
    if isinstance(text, Predikat):
        return text
    key = _key(text)
    for p in Predikat:
        if key in (_key(p.value), _key(p.name)):
            return p
    if key in ("kurang", "misconduct"):
        return Predikat.KURANG
    raise InvalidValue("kinerja.predikat", part="predikat", value=str(text))


_MATRIX = {
    (Rating.DI_ATAS, Rating.DI_ATAS): Predikat.SANGAT_BAIK,
    (Rating.DI_ATAS, Rating.SESUAI): Predikat.BAIK,
    (Rating.DI_ATAS, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.SESUAI, Rating.DI_ATAS): Predikat.BAIK,
    (Rating.SESUAI, Rating.SESUAI): Predikat.BAIK,
    (Rating.SESUAI, Rating.DI_BAWAH): Predikat.KURANG,
    (Rating.DI_BAWAH, Rating.DI_ATAS): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.SESUAI): Predikat.BUTUH_PERBAIKAN,
    (Rating.DI_BAWAH, Rating.DI_BAWAH): Predikat.SANGAT_KURANG,
}


def predikat(hasil_kerja: Rating | str, perilaku_kerja: Rating | str) -> Predikat:
    """Predikat kinerja from rating hasil kerja × rating perilaku kerja (PermenPANRB 6/2022;
    domain.md §6.2, CONFIRMED): poor behaviour with fair/good results → Kurang/Misconduct; poor
    results with fair/good behaviour → Butuh Perbaikan; both poor → Sangat Kurang; Sangat Baik
    only when both are above expectation; otherwise Baik."""
    return _MATRIX[(parse_rating(hasil_kerja), parse_rating(perilaku_kerja))]


# --- pola distribusi (data, UNCONFIRMED) ----------------------------------------------------

@dataclass(frozen=True)
class DistributionRule:
    """The listed predikat together must be ≥ ``min_percent`` / ≤ ``max_percent`` of all, or
    count at least ``min_count``."""

    predikat: tuple[Predikat, ...]
    min_percent: float | None = None
    max_percent: float | None = None
    min_count: int | None = None


@dataclass(frozen=True)
class DistributionTable:
    rules: Mapping[CapaianOrganisasi, tuple[DistributionRule, ...]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DistributionTable:
        return cls(
            {
                CapaianOrganisasi(name): tuple(
                    DistributionRule(
                        tuple(parse_predikat(p) for p in r["predikat"]),
                        r.get("min_percent"),
                        r.get("max_percent"),
                        r.get("min_count"),
                    )
                    for r in rules
                )
                for name, rules in data["rules"].items()
            }
        )


@lru_cache(maxsize=1)
def default_distribution() -> DistributionTable:
    return DistributionTable.from_json(refdata.load_json("kinerja-distribusi.json"))


def distribution_fits(
    org_result: CapaianOrganisasi | str,
    counts: Mapping[Predikat | str, int],
    table: DistributionTable | None = None,
) -> list[DomainWarning]:
    """Warnings where the predikat of a unit's employees break the distribution pattern of
    the organisation's result (pola distribusi; percentages UNCONFIRMED, data). Empty list:
    the distribution fits, or there is no one to check."""
    org = CapaianOrganisasi(org_result) if isinstance(org_result, str) else org_result
    tally: dict[Predikat, int] = {}
    for p, n in counts.items():
        if n < 0:
            raise ValueError("counts cannot be negative")
        tally[parse_predikat(p)] = tally.get(parse_predikat(p), 0) + n
    total = sum(tally.values())
    if total == 0:
        return []
    found: list[DomainWarning] = []
    for rule in (table or default_distribution()).rules.get(org, ()):
        n = sum(tally.get(p, 0) for p in rule.predikat)
        percent = round(100 * n / total, 1)
        params = {
            "predikat": " + ".join(p.value for p in rule.predikat),
            "percent": percent,
            "capaian": org.value,
        }
        if rule.max_percent is not None and percent > rule.max_percent:
            found.append(DomainWarning(
                "kinerja.distribusi_over", "predikat", {**params, "limit": rule.max_percent}))
        if rule.min_percent is not None and percent < rule.min_percent:
            found.append(DomainWarning(
                "kinerja.distribusi_under", "predikat", {**params, "limit": rule.min_percent}))
        if rule.min_count is not None and n < rule.min_count:
            found.append(DomainWarning(
                "kinerja.distribusi_missing", "predikat", {**params, "limit": rule.min_count}))
    return found


register_messages(
    {
        "kinerja.rating": (
            "Rating '{value}' tidak dikenal (Di Atas / Sesuai / Di Bawah Ekspektasi).",
            "Unknown rating '{value}' (Di Atas / Sesuai / Di Bawah Ekspektasi).",
        ),
        "kinerja.predikat": (
            "Predikat kinerja '{value}' tidak dikenal.",
            "Unknown predikat '{value}'.",
        ),
        "kinerja.distribusi_over": (
            "Capaian organisasi {capaian}: predikat {predikat} {percent}% pegawai, "
            "melebihi batas {limit}%.",
            "Organisation result {capaian}: {predikat} is {percent}% of staff, above {limit}%.",
        ),
        "kinerja.distribusi_under": (
            "Capaian organisasi {capaian}: predikat {predikat} baru {percent}% pegawai, "
            "kurang dari {limit}%.",
            "Organisation result {capaian}: {predikat} is {percent}% of staff, below {limit}%.",
        ),
        "kinerja.distribusi_missing": (
            "Capaian organisasi {capaian}: harus ada sedikitnya {limit} pegawai "
            "berpredikat {predikat}.",
            "Organisation result {capaian}: at least {limit} employee(s) must be {predikat}.",
        ),
    }
)
