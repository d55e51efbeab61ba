"""Jabatan ASN: kinds, jenjang of jabatan fungsional, eselon, and BUP per jabatan.

* Kinds (UU 5/2014 Pasal 13–19; PP 11/2017): Jabatan Pimpinan Tinggi (utama, madya, pratama),
  Jabatan Administrasi (administrator, pengawas, pelaksana), Jabatan Fungsional keahlian and
  keterampilan — CONFIRMED (domain.md §2.3). UU 20/2023 manajerial/non-manajerial grouping is
  UNCONFIRMED → data ``jabatan.json``.
* JF jenjang (UU 5/2014 Pasal 18): keahlian ahli pertama/muda/madya/utama; keterampilan
  pemula/terampil/mahir/penyelia. Jenjang ↔ pangkat ranges (BKN table, S30; lower keterampilan
  levels UNCONFIRMED) → data.
* Jabatan pelaksana categories klerek/operator/teknisi (PermenPANRB 45/2022) — CONFIRMED.
* Eselon I.a … V.a (still a live field in SIASN); the usual eselon → jabatan mapping is
  UNCONFIRMED → data.
* BUP per jabatan (PP 11/2017 Pasal 239; guru/dosen per their law) → data ``bup.csv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Any

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.golongan import Golongan, parse_golongan, pppk_equivalent
from app.errors import register_messages


class InvalidJabatan(InvalidValue):
    code = "jabatan.invalid"
    default_field = "jabatan"


class JenisJabatan(Enum):
    JPT_UTAMA = "jpt_utama"
    JPT_MADYA = "jpt_madya"
    JPT_PRATAMA = "jpt_pratama"
    ADMINISTRATOR = "administrator"
    PENGAWAS = "pengawas"
    PELAKSANA = "pelaksana"
    FUNGSIONAL_KEAHLIAN = "fungsional_keahlian"
    FUNGSIONAL_KETERAMPILAN = "fungsional_keterampilan"

    @property
    def label(self) -> str:
        return _JENIS_LABEL[self]

    @property
    def kelompok(self) -> str:
        """The UU 5/2014 family: Jabatan Pimpinan Tinggi / Administrasi / Fungsional."""
        if self.value.startswith("jpt_"):
            return "Jabatan Pimpinan Tinggi"
        if self.value.startswith("fungsional_"):
            return "Jabatan Fungsional"
        return "Jabatan Administrasi"

    @property
    def is_fungsional(self) -> bool:
        return self.value.startswith("fungsional_")


_JENIS_LABEL = {
    JenisJabatan.JPT_UTAMA: "JPT Utama",
    JenisJabatan.JPT_MADYA: "JPT Madya",
    JenisJabatan.JPT_PRATAMA: "JPT Pratama",
    JenisJabatan.ADMINISTRATOR: "Administrator",
    JenisJabatan.PENGAWAS: "Pengawas",
    JenisJabatan.PELAKSANA: "Pelaksana",
    JenisJabatan.FUNGSIONAL_KEAHLIAN: "Fungsional Keahlian",
    JenisJabatan.FUNGSIONAL_KETERAMPILAN: "Fungsional Keterampilan",
}


class Jenjang(Enum):
    """Jenjang of a jabatan fungsional (UU 5/2014 Pasal 18)."""

    AHLI_PERTAMA = "ahli_pertama"
    AHLI_MUDA = "ahli_muda"
    AHLI_MADYA = "ahli_madya"
    AHLI_UTAMA = "ahli_utama"
    PEMULA = "pemula"
    TERAMPIL = "terampil"
    MAHIR = "mahir"
    PENYELIA = "penyelia"

    @property
    def jenis(self) -> JenisJabatan:
        if self.value.startswith("ahli_"):
            return JenisJabatan.FUNGSIONAL_KEAHLIAN
        return JenisJabatan.FUNGSIONAL_KETERAMPILAN

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").title()

    @property
    def order(self) -> int:
        """1..4 inside its category (ahli pertama 1 … ahli utama 4; pemula 1 … penyelia 4)."""
        members = [j for j in Jenjang if j.jenis is self.jenis]
        return members.index(self) + 1


class KategoriPelaksana(Enum):
    """Categories of jabatan pelaksana (PermenPANRB 45/2022)."""

    KLEREK = "klerek"
    OPERATOR = "operator"
    TEKNISI = "teknisi"


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", str(text or "").strip().lower()).strip("_")


_JENIS_ALIASES = {
    "jfu": JenisJabatan.PELAKSANA,
    "fungsional_umum": JenisJabatan.PELAKSANA,
    "jabatan_fungsional_umum": JenisJabatan.PELAKSANA,
    "jft_keahlian": JenisJabatan.FUNGSIONAL_KEAHLIAN,
    "jft_keterampilan": JenisJabatan.FUNGSIONAL_KETERAMPILAN,
}


def parse_jenis_jabatan(text: str | JenisJabatan) -> JenisJabatan:
    """A jenis from its code (``jpt_pratama``), label (``JPT Pratama``) or old name (``JFU``)."""
    if isinstance(text, JenisJabatan):
        return text
    key = _key(text)
    for jenis in JenisJabatan:
        if key in (jenis.value, _key(jenis.label)):
            return jenis
    if key in _JENIS_ALIASES:
        return _JENIS_ALIASES[key]
    raise InvalidJabatan("jabatan.jenis", part="jenis", value=str(text))


def parse_jenjang(text: str | Jenjang) -> Jenjang:
    """A jenjang from its code or label (``Ahli Muda``, ``ahli_muda``, ``Penyelia``)."""
    if isinstance(text, Jenjang):
        return text
    key = _key(text)
    for jenjang in Jenjang:
        if key == jenjang.value:
            return jenjang
    raise InvalidJabatan("jabatan.jenjang", part="jenjang", value=str(text))


# --- data tables ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Eselon:
    """An eselon level: ``code`` (``II.b``), ``rank`` (1 = I.a highest) and the jabatan it
    usually goes with (UNCONFIRMED mapping)."""

    code: str
    rank: int
    jenis: JenisJabatan


@dataclass(frozen=True)
class JabatanTables:
    manajerial: frozenset[JenisJabatan]
    jenjang_pangkat: Mapping[Jenjang, tuple[Golongan, Golongan]]
    eselon: tuple[Eselon, ...]
    bup_rows: tuple[Mapping[str, str], ...]

    @classmethod
    def from_data(
        cls, data: Mapping[str, Any], bup_rows: Iterable[Mapping[str, str]]
    ) -> JabatanTables:
        return cls(
            manajerial=frozenset(parse_jenis_jabatan(j) for j in data["manajerial"]),
            jenjang_pangkat={
                parse_jenjang(k): (parse_golongan(lo, "PNS"), parse_golongan(hi, "PNS"))
                for k, (lo, hi) in data["jenjang_pangkat"].items()
            },
            eselon=tuple(
                Eselon(e["code"], int(e["rank"]), parse_jenis_jabatan(e["jenis"]))
                for e in data["eselon"]
            ),
            bup_rows=tuple(bup_rows),
        )


@lru_cache(maxsize=1)
def default_tables() -> JabatanTables:
    return JabatanTables.from_data(refdata.load_json("jabatan.json"), refdata.load_csv("bup.csv"))


def is_manajerial(jenis: JenisJabatan | str, tables: JabatanTables | None = None) -> bool:
    """Manajerial (JPT, administrator, pengawas) vs non-manajerial (UU 20/2023, UNCONFIRMED)."""
    return parse_jenis_jabatan(jenis) in (tables or default_tables()).manajerial


def jenjang_pangkat_range(
    jenjang: Jenjang | str, kind: str = "PNS", tables: JabatanTables | None = None
) -> tuple[Golongan, Golongan]:
    """Lowest and highest golongan of a JF jenjang (BKN table [S30]; data). For ``kind="PPPK"``
    the PNS range is mapped through the PPPK equivalence (both UNCONFIRMED)."""
    lo, hi = (tables or default_tables()).jenjang_pangkat[parse_jenjang(jenjang)]
    if kind == "PPPK":
        plo, phi = pppk_equivalent(lo), pppk_equivalent(hi)
        if plo is None or phi is None:
            raise InvalidJabatan("jabatan.jenjang", part="jenjang", value=str(jenjang))
        return plo, phi
    return lo, hi


def golongan_fits_jenjang(
    golongan: Golongan | str, jenjang: Jenjang | str, tables: JabatanTables | None = None
) -> bool:
    """Whether a golongan lies in the pangkat range of the jenjang."""
    g = parse_golongan(golongan)
    lo, hi = jenjang_pangkat_range(jenjang, g.kind, tables)
    return lo <= g <= hi


_ESELON_RE = re.compile(r"^(?:ESELON)?(V|IV|III|II|I|[1-5])[./\-]?([AB])$")
_ROMAN5 = ("I", "II", "III", "IV", "V")


def parse_eselon(text: str | None, tables: JabatanTables | None = None) -> Eselon | None:
    """An eselon from ``II.b``, ``IIb``, ``II/b``, ``2b``, ``Eselon II.b``; ``None`` for a
    non-eselon post (empty, ``NS``, ``non eselon``, ``-``)."""
    key = re.sub(r"[\s_]", "", str(text or "").upper())
    if key in ("", "-", "NS", "NONESELON", "NON-ESELON", "0"):
        return None
    match = _ESELON_RE.match(key)
    if match:
        group, sub = match.groups()
        roman = _ROMAN5[int(group) - 1] if group.isdigit() else group
        code = f"{roman}.{sub.lower()}"
        for e in (tables or default_tables()).eselon:
            if e.code == code:
                return e
    raise InvalidJabatan("jabatan.eselon", part="eselon", value=str(text))


NON_ESELON_RANK = 99


def eselon_rank(text: str | Eselon | None, tables: JabatanTables | None = None) -> int:
    """Sort rank of an eselon: 1 for I.a … 9 for V.a; non-eselon posts rank last (99)."""
    e = text if isinstance(text, Eselon) else parse_eselon(text, tables)
    return e.rank if e else NON_ESELON_RANK


def bup_for(
    jenis: JenisJabatan | str,
    jenjang: Jenjang | str | None = None,
    khusus: str | None = None,
    tables: JabatanTables | None = None,
) -> int:
    """Batas usia pensiun (years) of a jabatan — PP 11/2017 Pasal 239 (domain.md §3.1; data
    ``bup.csv``): administrasi 58, JPT 60, JF keterampilan and ahli pertama/muda 58, ahli madya 60,
    ahli utama 65; JF governed by its own law (``khusus``: guru, dosen, profesor) per that law.

    The BUP is that of the jabatan held when BUP is reached: project with the current jabatan.
    """
    j = parse_jenis_jabatan(jenis)
    level = parse_jenjang(jenjang).value if jenjang else ""
    special = _key(khusus) if khusus else ""
    rows = [r for r in (tables or default_tables()).bup_rows if r["jenis"] == j.value]
    preferred = (
        [r for r in rows if special and r["khusus"] == special],
        [r for r in rows if level and r["jenjang"] == level and not r["khusus"]],
        [r for r in rows if not r["jenjang"] and not r["khusus"]],
    )
    candidates = next((c for c in preferred if c), [])
    if not candidates:
        raise InvalidJabatan(
            "jabatan.bup_unknown", part="jenjang", jenis=j.label, jenjang=level or "-"
        )
    return int(candidates[0]["bup"])


register_messages(
    {
        "jabatan.invalid": ("Data jabatan tidak sah.", "Invalid jabatan data."),
        "jabatan.jenis": (
            "Jenis jabatan '{value}' tidak dikenal.",
            "Unknown jenis jabatan '{value}'.",
        ),
        "jabatan.jenjang": (
            "Jenjang jabatan fungsional '{value}' tidak dikenal.",
            "Unknown jabatan fungsional level '{value}'.",
        ),
        "jabatan.eselon": (
            "Eselon '{value}' tidak dikenal (contoh: II.b, III.a, IV.a; NS untuk non-eselon).",
            "Unknown eselon '{value}' (e.g. II.b, III.a, IV.a; NS for non-eselon).",
        ),
        "jabatan.bup_unknown": (
            "BUP untuk {jenis} jenjang {jenjang} tidak ada di tabel BUP.",
            "No BUP in the table for {jenis}, level {jenjang}.",
        ),
    }
)
