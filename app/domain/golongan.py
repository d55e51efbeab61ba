"""Pangkat and golongan/ruang of PNS (I/a–IV/e) and golongan of PPPK (I–XVII).

* PNS: 17 steps I/a … IV/e with their pangkat names (PP 99/2000 jo PP 12/2002; domain.md §2.1,
  CONFIRMED [S11]); group names I Juru, II Pengatur, III Penata, IV Pembina. Ordinal 1..17 sorts
  them (DUK). Kept in code: the table is settled.
* PPPK: golongan I … XVII (Perpres 98/2020; PermenPANRB 72/2020), no pangkat names; their
  equivalence with PNS golongan is UNCONFIRMED → data ``golongan-pppk.csv``.
* Entry golongan by education (S12, partly UNCONFIRMED) → data ``golongan-awal.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache, total_ordering
from types import MappingProxyType
from typing import Literal

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.pendidikan import Pendidikan, parse_pendidikan
from app.errors import register_messages

Kind = Literal["PNS", "PPPK"]

ROMAN = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip
GROUP_NAMES = {1: "Juru", 2: "Pengatur", 3: "Penata", 4: "Pembina"}
_PNS_ROWS = (
    ("I/a", "Juru Muda"),
    ("I/b", "Juru Muda Tingkat I"),
    ("I/c", "Juru"),
    ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"),
    ("II/b", "Pengatur Muda Tingkat I"),
    ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"),
    ("III/b", "Penata Muda Tingkat I"),
    ("III/c", "Penata"),
    ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"),
    ("IV/b", "Pembina Tingkat I"),
    ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"),
    ("IV/e", "Pembina Utama"),
)


class InvalidGolongan(InvalidValue):
    code = "golongan.invalid"
    default_field = "golongan"


@total_ordering
@dataclass(frozen=True, eq=True)
class Golongan:
    """One golongan: ``code`` (``"III/b"`` or ``"IX"``), ``kind``, ``ordinal`` 1..17 and, for
    PNS, the ``pangkat`` name. Golongan of the same kind compare by ordinal."""

    code: str
    kind: Kind
    ordinal: int
    pangkat: str | None = None

    def __str__(self) -> str:
        return self.code

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Golongan) or other.kind != self.kind:
            return NotImplemented
        return self.ordinal < other.ordinal

    @property
    def group(self) -> int | None:
        """PNS group 1..4 (I..IV); ``None`` for PPPK."""
        return ROMAN.index(self.code.split("/")[0]) + 1 if self.kind == "PNS" else None

    @property
    def ruang(self) -> str | None:
        return self.code.split("/")[1] if self.kind == "PNS" else None

    @property
    def group_name(self) -> str | None:
        """Juru, Pengatur, Penata, Pembina (PNS only)."""
        return GROUP_NAMES[self.group] if self.group else None

    @property
    def pangkat_short(self) -> str | None:
        """Pangkat with the usual abbreviation: ``Penata Muda Tk. I``."""
        return self.pangkat.replace("Tingkat I", "Tk. I") if self.pangkat else None

    def display(self) -> str:
        """``Penata Muda Tingkat I (III/b)`` for PNS, ``Golongan IX`` for PPPK."""
        if self.pangkat:
            return f"{self.pangkat} ({self.code})"
        return f"Golongan {self.code}"


PNS: tuple[Golongan, ...] = tuple(
    Golongan(code, "PNS", i + 1, pangkat) for i, (code, pangkat) in enumerate(_PNS_ROWS)
)
PPPK: tuple[Golongan, ...] = tuple(Golongan(r, "PPPK", i + 1) for i, r in enumerate(ROMAN))
_PNS_BY_CODE = {g.code: g for g in PNS}
_PPPK_BY_CODE = {g.code: g for g in PPPK}


def golongan_by_ordinal(ordinal: int, kind: Kind = "PNS") -> Golongan:
    """The golongan with ordinal 1..17."""
    if not 1 <= ordinal <= 17:
        raise InvalidGolongan(part="whole", value=str(ordinal))
    return (PNS if kind == "PNS" else PPPK)[ordinal - 1]


_PNS_RE = re.compile(r"^(IV|III|II|I|[1-4])[/.\-]?([A-E])$")


def parse_golongan(text: str | Golongan, kind: Kind | None = None) -> Golongan:
    """A golongan from the spellings found in data: ``III/b``, ``III.b``, ``IIIb``, ``iii b``,
    ``III-b``, ``3/b``, ``Gol. III/b`` (PNS) or ``IX``, ``Golongan IX`` (PPPK).

    ``kind`` restricts the answer (``golongan.kind`` when the text is of the other kind); with
    ``kind="PPPK"`` a plain number ``9`` is read as IX.
    """
    if isinstance(text, Golongan):
        found = text
    else:
        key = re.sub(r"\s+", "", str(text or "").upper())
        key = re.sub(r"^(GOLONGAN|GOL\.?)", "", key).strip(".:")
        found = _parse_key(key, kind)
        if found is None:
            raise InvalidGolongan(part="whole", value=str(text))
    if kind is not None and found.kind != kind:
        raise InvalidGolongan("golongan.kind", part="whole", value=found.code, expected=kind)
    return found


def _parse_key(key: str, kind: Kind | None) -> Golongan | None:
    match = _PNS_RE.match(key)
    if match:
        group, ruang = match.groups()
        roman = ROMAN[int(group) - 1] if group.isdigit() else group
        return _PNS_BY_CODE.get(f"{roman}/{ruang.lower()}")
    if key in _PPPK_BY_CODE:
        return _PPPK_BY_CODE[key]
    if kind == "PPPK" and key.isdigit():
        n = int(key)
        return PPPK[n - 1] if 1 <= n <= 17 else None
    return None


def next_golongan(g: Golongan) -> Golongan | None:
    """The next step of the same kind (III/d → IV/a), or ``None`` at the top."""
    return None if g.ordinal == 17 else golongan_by_ordinal(g.ordinal + 1, g.kind)


# --- PPPK ↔ PNS equivalence (data, UNCONFIRMED) ---------------------------------------------

@dataclass(frozen=True)
class GolonganTables:
    """The data tables of this module (``golongan-pppk.csv``, ``golongan-awal.csv``)."""

    pppk_to_pns: Mapping[str, str]
    entry_pns: Mapping[Pendidikan, str]
    entry_pppk: Mapping[Pendidikan, str]

    @classmethod
    def from_rows(
        cls, equivalence: Iterable[Mapping[str, str]], entry: Iterable[Mapping[str, str]]
    ) -> GolonganTables:
        entries = list(entry)
        return cls(
            pppk_to_pns=MappingProxyType({r["pppk"]: r["pns"] for r in equivalence}),
            entry_pns=MappingProxyType(
                {parse_pendidikan(r["pendidikan"]): r["pns"] for r in entries if r["pns"]}
            ),
            entry_pppk=MappingProxyType(
                {parse_pendidikan(r["pendidikan"]): r["pppk"] for r in entries if r["pppk"]}
            ),
        )


@lru_cache(maxsize=1)
def default_tables() -> GolonganTables:
    return GolonganTables.from_rows(
        refdata.load_csv("golongan-pppk.csv"), refdata.load_csv("golongan-awal.csv")
    )


def pns_equivalent(g: Golongan | str, tables: GolonganTables | None = None) -> Golongan | None:
    """The PNS golongan a PPPK golongan is treated as equal to (UNCONFIRMED, data)."""
    pppk = parse_golongan(g, "PPPK")
    code = (tables or default_tables()).pppk_to_pns.get(pppk.code)
    return parse_golongan(code, "PNS") if code else None


def pppk_equivalent(g: Golongan | str, tables: GolonganTables | None = None) -> Golongan | None:
    """The PPPK golongan equal to a PNS golongan (inverse of :func:`pns_equivalent`)."""
    pns = parse_golongan(g, "PNS")
    for pppk, code in (tables or default_tables()).pppk_to_pns.items():
        if code == pns.code:
            return parse_golongan(pppk, "PPPK")
    return None


def entry_golongan(
    pendidikan: Pendidikan | str, kind: Kind = "PNS", tables: GolonganTables | None = None
) -> Golongan | None:
    """Golongan of first appointment for an education level (S12; partly UNCONFIRMED, data)."""
    tables = tables or default_tables()
    level = parse_pendidikan(pendidikan)
    code = (tables.entry_pns if kind == "PNS" else tables.entry_pppk).get(level)
    return parse_golongan(code, kind) if code else None


register_messages(
    {
        "golongan.invalid": (
            "Golongan '{value}' tidak dikenal (contoh PNS: III/b; PPPK: IX).",
            "Unknown golongan '{value}' (PNS e.g. III/b; PPPK e.g. IX).",
        ),
        "golongan.kind": (
            "Golongan {value} bukan golongan {expected}.",
            "Golongan {value} is not a {expected} golongan.",
        ),
    }
)
