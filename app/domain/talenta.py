"""Talent management 9-box: kinerja × potensial → box 1..9 (PermenPANRB 3/2020; domain.md §7).

Axes: kinerja (di bawah / sesuai / di atas ekspektasi — the :class:`~app.domain.kinerja.Rating`
values) × potensial (rendah / menengah / tinggi). Box 9 = di atas ekspektasi and potensial
tinggi ("talent"). Two numberings exist in public implementations; which one the regulation
prescribes is UNCONFIRMED, so the mapping is data (``talenta.json``): ordering **A** (kinerja
weighs more) is the default, **B** (potensial weighs more) the alternative. Follow-up
recommendations and the SKP predikat → kinerja mapping are data too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.kinerja import Predikat, Rating, parse_predikat, parse_rating
from app.errors import register_messages


class Potensial(Enum):
    RENDAH = "Rendah"
    MENENGAH = "Menengah"
    TINGGI = "Tinggi"


_KINERJA_KEYS = {"atas": Rating.DI_ATAS, "sesuai": Rating.SESUAI, "bawah": Rating.DI_BAWAH}
_POTENSIAL_KEYS = {"rendah": Potensial.RENDAH, "menengah": Potensial.MENENGAH,
                   "tinggi": Potensial.TINGGI}


def parse_potensial(text: str | Potensial) -> Potensial:
    if isinstance(text, Potensial):
        return text
    key = re.sub(r"[^a-z]", "", str(text or "").lower())
    if key in _POTENSIAL_KEYS:
        return _POTENSIAL_KEYS[key]
    raise InvalidValue("talenta.potensial", part="potensial", value=str(text))


@dataclass(frozen=True)
class BoxInfo:
    """One box: its number, position and recommended follow-up."""

    number: int
    kinerja: Rating
    potensial: Potensial
    recommendation: str

    @property
    def description(self) -> str:
        return f"Kinerja {self.kinerja.value.lower()}, potensial {self.potensial.value.lower()}"


@dataclass(frozen=True)
class TalentaTable:
    orderings: Mapping[str, Mapping[tuple[Rating, Potensial], int]]
    default_ordering: str
    recommendations: Mapping[int, str]
    kinerja_from_predikat: Mapping[Predikat, Rating]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TalentaTable:
        orderings: dict[str, dict[tuple[Rating, Potensial], int]] = {}
        for name, grid in data["orderings"].items():
            boxes = {
                (_KINERJA_KEYS[k], _POTENSIAL_KEYS[p]): int(n)
                for k, row in grid.items()
                for p, n in row.items()
            }
            if sorted(boxes.values()) != list(range(1, 10)) or len(boxes) != 9:
                raise ValueError(f"9-box ordering {name!r} must number the nine boxes 1..9")
            orderings[name] = boxes
        if data["default_ordering"] not in orderings:
            raise ValueError("default_ordering must name one of the orderings")
        return cls(
            orderings=orderings,
            default_ordering=data["default_ordering"],
            recommendations={int(k): v for k, v in data["recommendations"].items()},
            kinerja_from_predikat={
                parse_predikat(p): _KINERJA_KEYS[k]
                for p, k in data["kinerja_from_predikat"].items()
            },
        )


@lru_cache(maxsize=1)
def default_table() -> TalentaTable:
    return TalentaTable.from_json(refdata.load_json("talenta.json"))


def _grid(ordering: str | None, table: TalentaTable) -> Mapping[tuple[Rating, Potensial], int]:
    name = ordering or table.default_ordering
    if name not in table.orderings:
        raise InvalidValue("talenta.ordering", part="ordering", value=name)
    return table.orderings[name]


def box_number(
    kinerja: Rating | str,
    potensial: Potensial | str,
    ordering: str | None = None,
    table: TalentaTable | None = None,
) -> int:
    """The 9-box number of a kinerja level × potensial level (default ordering A)."""
    table = table or default_table()
    return _grid(ordering, table)[(parse_rating(kinerja), parse_potensial(potensial))]


def box_info(
    number: int, ordering: str | None = None, table: TalentaTable | None = None
) -> BoxInfo:
    """Position and recommendation of a box number under an ordering."""
    table = table or default_table()
    for (kinerja, potensial), n in _grid(ordering, table).items():
        if n == number:
            return BoxInfo(number, kinerja, potensial, table.recommendations.get(number, ""))
    raise InvalidValue("talenta.box", part="box", value=str(number))


def kinerja_level_from_predikat(
    predikat: Predikat | str, table: TalentaTable | None = None
) -> Rating:
    """The kinerja axis level for an SKP predikat (data; UNCONFIRMED): Sangat Baik → di atas,
    Baik → sesuai, lower predikat → di bawah ekspektasi."""
    return (table or default_table()).kinerja_from_predikat[parse_predikat(predikat)]


register_messages(
    {
        "talenta.potensial": (
            "Tingkat potensial '{value}' tidak dikenal (rendah / menengah / tinggi).",
            "Unknown potential level '{value}' (rendah / menengah / tinggi).",
        ),
        "talenta.ordering": (
            "Penomoran kotak talenta '{value}' tidak ada di tabel.",
            "9-box ordering '{value}' is not in the table.",
        ),
        "talenta.box": (
            "Nomor kotak talenta harus 1–9, bukan {value}.",
            "A 9-box number is 1–9, not {value}.",
        ),
    }
)
