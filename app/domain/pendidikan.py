"""Education levels (tingkat pendidikan) SD … S3, with an order for DUK, KP caps and entry golongan.

The levels are those of the Indonesian school system (UU 20/2003 Sisdiknas): SD, SMP (SLTP),
SMA/SMK (SLTA), Diploma I–IV, S1, S2, S3. For civil-service purposes D-IV counts as S1 (both
enter at III/a, domain.md §2.1), so both share :attr:`Pendidikan.level` 7.
"""

from __future__ import annotations

import re
from enum import Enum

from app.domain.common import InvalidValue
from app.errors import register_messages


class InvalidPendidikan(InvalidValue):
    code = "pendidikan.unknown"
    default_field = "pendidikan"


class Pendidikan(Enum):
    """An education level; ``value`` is the code stored in the database."""

    SD = "SD"
    SMP = "SMP"
    SMA = "SMA"
    D1 = "D-I"
    D2 = "D-II"
    D3 = "D-III"
    D4 = "D-IV"
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"

    @property
    def level(self) -> int:
        """Height of the level: SD 1 … S3 9; D-IV and S1 are equal (7)."""
        return _LEVEL[self]

    @property
    def label(self) -> str:
        return _LABEL[self]


_LEVEL = {
    Pendidikan.SD: 1,
    Pendidikan.SMP: 2,
    Pendidikan.SMA: 3,
    Pendidikan.D1: 4,
    Pendidikan.D2: 5,
    Pendidikan.D3: 6,
    Pendidikan.D4: 7,
    Pendidikan.S1: 7,
    Pendidikan.S2: 8,
    Pendidikan.S3: 9,
}
_LABEL = {
    Pendidikan.SD: "SD/sederajat",
    Pendidikan.SMP: "SMP/SLTP/sederajat",
    Pendidikan.SMA: "SMA/SLTA/sederajat",
    Pendidikan.D1: "Diploma I",
    Pendidikan.D2: "Diploma II",
    Pendidikan.D3: "Diploma III",
    Pendidikan.D4: "Diploma IV",
    Pendidikan.S1: "Sarjana (S1)",
    Pendidikan.S2: "Magister (S2)",
    Pendidikan.S3: "Doktor (S3)",
}
_ALIASES = {
    Pendidikan.SD: ("SD", "SR", "MI", "SEKOLAHDASAR"),
    Pendidikan.SMP: ("SMP", "SLTP", "MTS", "SMPLB"),
    Pendidikan.SMA: ("SMA", "SLTA", "SMK", "SMU", "MA", "STM", "SMEA", "SPG", "SMALB"),
    Pendidikan.D1: ("DI", "D1", "DIPLOMAI", "DIPLOMA1"),
    Pendidikan.D2: ("DII", "D2", "DIPLOMAII", "DIPLOMA2"),
    Pendidikan.D3: ("DIII", "D3", "DIPLOMAIII", "DIPLOMA3", "SARJANAMUDA"),
    Pendidikan.D4: ("DIV", "D4", "DIPLOMAIV", "DIPLOMA4", "SARJANATERAPAN"),
    Pendidikan.S1: ("S1", "SARJANA", "STRATA1", "STRATAI"),
    Pendidikan.S2: ("S2", "MAGISTER", "PASCASARJANA", "STRATA2", "STRATAII"),
    Pendidikan.S3: ("S3", "DOKTOR", "STRATA3", "STRATAIII"),
}
_BY_ALIAS = {alias: level for level, names in _ALIASES.items() for alias in names}


def parse_pendidikan(text: str | Pendidikan) -> Pendidikan:
    """An education level from common spellings: ``"S-1"``, ``"D III"``, ``"SLTA/sederajat"``,
    ``"Diploma IV"``, ``"SMK"``…"""
    if isinstance(text, Pendidikan):
        return text
    key = re.sub(r"[\s.\-/()]", "", str(text or "").upper()).replace("SEDERAJAT", "")
    found = _BY_ALIAS.get(key)
    if found is None:
        raise InvalidPendidikan(part="whole", value=str(text))
    return found


register_messages(
    {
        "pendidikan.unknown": (
            "Tingkat pendidikan '{value}' tidak dikenal (SD, SMP, SMA, D-I…D-IV, S1, S2, S3).",
            "Unknown education level '{value}' (SD, SMP, SMA, D-I…D-IV, S1, S2, S3).",
        ),
    }
)
