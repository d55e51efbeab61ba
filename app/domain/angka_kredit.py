"""Angka kredit (AK) of jabatan fungsional from the yearly predikat kinerja.

Rule (Peraturan BKN 3/2023; domain.md §4.2 [S30]): yearly AK = percentage for the predikat
(Sangat Baik 150 %, Baik 100 %, Butuh Perbaikan 75 %, Kurang 50 %, Sangat Kurang 25 %) × the
jenjang's yearly koefisien; a partial year counts pro rata (× months / 12). Worked example:
Sangat Baik, ahli pertama (koefisien 12.5) → 150 % × 12.5 = 18.75.
Percentages, koefisien and the integrated AK needed for KP / kenaikan jenjang are data
(``angka-kredit.json``; several koefisien UNCONFIRMED).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.jabatan import Jenjang, parse_jenjang
from app.domain.kinerja import Predikat, parse_predikat
from app.errors import register_messages


@dataclass(frozen=True)
class AngkaKreditTables:
    persen: Mapping[Predikat, float]
    koefisien: Mapping[Jenjang, float]
    kebutuhan_pangkat: Mapping[Jenjang, float]
    kebutuhan_jenjang: Mapping[Jenjang, float]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AngkaKreditTables:
        def by_jenjang(section: str) -> dict[Jenjang, float]:
            return {parse_jenjang(k): float(v) for k, v in data[section].items()}

        return cls(
            persen={parse_predikat(k): float(v) for k, v in data["persen"].items()},
            koefisien=by_jenjang("koefisien"),
            kebutuhan_pangkat=by_jenjang("kebutuhan_pangkat"),
            kebutuhan_jenjang=by_jenjang("kebutuhan_jenjang"),
        )


@lru_cache(maxsize=1)
def default_tables() -> AngkaKreditTables:
    return AngkaKreditTables.from_json(refdata.load_json("angka-kredit.json"))


def koefisien(jenjang: Jenjang | str, tables: AngkaKreditTables | None = None) -> float:
    """Yearly AK koefisien of a jenjang (data)."""
    j = parse_jenjang(jenjang)
    value = (tables or default_tables()).koefisien.get(j)
    if value is None:
        raise InvalidValue("ak.no_koefisien", part="jenjang", jenjang=j.label)
    return value


def angka_kredit(
    predikat: Predikat | str,
    jenjang: Jenjang | str | None = None,
    *,
    koefisien_tahunan: float | None = None,
    months: int = 12,
    tables: AngkaKreditTables | None = None,
) -> float:
    """AK earned for a predikat over ``months`` (1..12) of a year (Peraturan BKN 3/2023).

    Give the ``jenjang`` (its koefisien comes from the table) or an explicit
    ``koefisien_tahunan`` (for JF whose koefisien differs, e.g. guru)."""
    if not 1 <= months <= 12:
        raise ValueError("months must be 1..12")
    tables = tables or default_tables()
    if koefisien_tahunan is None:
        if jenjang is None:
            raise ValueError("give a jenjang or koefisien_tahunan")
        koefisien_tahunan = koefisien(jenjang, tables)
    percent = tables.persen[parse_predikat(predikat)]
    return round(percent / 100 * koefisien_tahunan * months / 12, 3)


def kebutuhan_ak(
    jenjang: Jenjang | str, untuk: str = "pangkat", tables: AngkaKreditTables | None = None
) -> float | None:
    """Integrated AK needed for the next pangkat (``untuk="pangkat"``) or the next jenjang
    (``untuk="jenjang"``); ``None`` when the table has no value (top jenjang, or an unread
    keterampilan value)."""
    tables = tables or default_tables()
    table = tables.kebutuhan_pangkat if untuk == "pangkat" else tables.kebutuhan_jenjang
    return table.get(parse_jenjang(jenjang))


register_messages(
    {
        "ak.no_koefisien": (
            "Koefisien angka kredit jenjang {jenjang} tidak ada di tabel.",
            "No angka kredit koefisien in the table for {jenjang}.",
        ),
    }
)
