"""Older appraisal regimes kept in personnel histories (domain.md §6.6).

* **DP3** (PP 10/1979, until 2013): 8 elements (kesetiaan, prestasi kerja, tanggung jawab,
  ketaatan, kejujuran, kerjasama, prakarsa, kepemimpinan — the last only for those who lead);
  nilai rata-rata = jumlah / number of elements scored; bands 91–100 Amat Baik, 76–90 Baik,
  61–75 Cukup, 51–60 Sedang, ≤50 Kurang (CONFIRMED [S29]).
* **PP 46/2011 + Perka BKN 1/2013** (2014–2020): nilai prestasi kerja = 60 % capaian SKP +
  40 % nilai perilaku kerja (CONFIRMED [S29]); perilaku = average of orientasi pelayanan,
  integritas, komitmen, disiplin, kerja sama, kepemimpinan (structural only); sebutan bands
  UNCONFIRMED.

Bands, elements and weights live in ``kinerja-lama.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain import refdata
from app.domain.common import InvalidValue
from app.errors import register_messages


@dataclass(frozen=True)
class Scheme:
    """Elements (in form order), which of them may be left out, and score bands."""

    elements: tuple[str, ...]
    optional: frozenset[str]
    bands: tuple[tuple[float, str], ...]  # (min score, label), highest first

    @classmethod
    def from_json(cls, data: Mapping[str, Any], elements_key: str) -> Scheme:
        bands = sorted(((float(b["min"]), b["label"]) for b in data["bands"]), reverse=True)
        return cls(tuple(data[elements_key]), frozenset(data["optional_elements"]), tuple(bands))

    def sebutan(self, score: float) -> str:
        if score < 0:
            raise ValueError("a score cannot be negative")
        for low, label in self.bands:
            if score >= low:
                return label
        return self.bands[-1][1]

    def average(self, scores: Mapping[str, float]) -> tuple[float, float]:
        """(jumlah, rata-rata) of the element scores; every required element must be there."""
        unknown = set(scores) - set(self.elements)
        if unknown:
            raise InvalidValue("kinerja.unsur_unknown", part="unsur", unsur=sorted(unknown)[0])
        missing = [e for e in self.elements if e not in scores and e not in self.optional]
        if missing:
            raise InvalidValue("kinerja.unsur_missing", part="unsur", unsur=missing[0])
        for name, value in scores.items():
            if not 0 <= value <= 100:
                raise InvalidValue("kinerja.nilai_range", part="unsur", unsur=name, value=value)
        total = round(sum(scores.values()), 2)
        return total, round(total / len(scores), 2)


@dataclass(frozen=True)
class LegacyTables:
    dp3: Scheme
    pp46: Scheme
    weight_skp: float
    weight_perilaku: float

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LegacyTables:
        return cls(
            dp3=Scheme.from_json(data["dp3"], "elements"),
            pp46=Scheme.from_json(data["pp46"], "perilaku_elements"),
            weight_skp=float(data["pp46"]["weight_skp"]),
            weight_perilaku=float(data["pp46"]["weight_perilaku"]),
        )


@lru_cache(maxsize=1)
def default_tables() -> LegacyTables:
    return LegacyTables.from_json(refdata.load_json("kinerja-lama.json"))


def dp3_nilai(
    scores: Mapping[str, float], tables: LegacyTables | None = None
) -> tuple[float, float]:
    """DP3 (PP 10/1979): ``(jumlah, nilai rata-rata)`` of the element scores."""
    return (tables or default_tables()).dp3.average(scores)


def dp3_sebutan(score: float, tables: LegacyTables | None = None) -> str:
    """DP3 sebutan of a score: Amat Baik, Baik, Cukup, Sedang, Kurang (PP 10/1979)."""
    return (tables or default_tables()).dp3.sebutan(score)


def pp46_nilai_perilaku(
    scores: Mapping[str, float], tables: LegacyTables | None = None
) -> float:
    """PP 46/2011 nilai perilaku kerja: average of the perilaku elements scored."""
    return (tables or default_tables()).pp46.average(scores)[1]


def pp46_nilai_prestasi(
    capaian_skp: float, nilai_perilaku: float, tables: LegacyTables | None = None
) -> float:
    """PP 46/2011 nilai prestasi kerja = 60 % capaian SKP + 40 % nilai perilaku kerja."""
    if capaian_skp < 0 or nilai_perilaku < 0:
        raise ValueError("scores cannot be negative")
    t = tables or default_tables()
    return round((t.weight_skp * capaian_skp + t.weight_perilaku * nilai_perilaku) / 100, 2)


def pp46_sebutan(score: float, tables: LegacyTables | None = None) -> str:
    """PP 46/2011 sebutan of a score (bands UNCONFIRMED, data)."""
    return (tables or default_tables()).pp46.sebutan(score)


register_messages(
    {
        "kinerja.unsur_unknown": (
            "Unsur penilaian '{unsur}' tidak dikenal.",
            "Unknown appraisal element '{unsur}'.",
        ),
        "kinerja.unsur_missing": (
            "Nilai unsur '{unsur}' belum diisi.",
            "The score of element '{unsur}' is missing.",
        ),
        "kinerja.nilai_range": (
            "Nilai unsur '{unsur}' ({value}) harus 0–100.",
            "The score of '{unsur}' ({value}) must be 0–100.",
        ),
    }
)
