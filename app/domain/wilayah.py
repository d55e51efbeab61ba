"""Kemendagri region codes of Jambi province, and the offices of the system.

Source: Kepmendagri 300.2.2-2430/2025 on region codes, as published in the MIT-licensed
``cahyadsn/wilayah`` dataset (domain.md §1.4, S10), shipped as ``resources/data/wilayah-jambi.csv``
(codes ``PP.KK.CC.DDDD``). Province codes of all Indonesia: ``resources/data/provinsi.csv``.
Regency codes 01–69 are kabupaten, 71–99 are kota (Kemendagri numbering). NIK digits 1–6 are
the province, regency and district codes without dots (§1.3).

Offices (DESIGN.md §4): the provincial office ``15`` and the 11 regency/city offices
``15.01``…``15.09``, ``15.71``, ``15.72``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from app.domain import refdata
from app.domain.common import InvalidValue
from app.errors import register_messages

JAMBI = "15"
LEVELS = ("provinsi", "kabupaten/kota", "kecamatan", "desa/kelurahan")
_PART_WIDTHS = (2, 2, 2, 4)


class InvalidRegionCode(InvalidValue):
    code = "wilayah.code"
    default_field = "kode_wilayah"


@dataclass(frozen=True)
class Region:
    """One region: dotted ``code``, official ``name``, ``level`` (one of :data:`LEVELS`)."""

    code: str
    name: str
    level: str

    @property
    def digits(self) -> str:
        return self.code.replace(".", "")

    @property
    def display_name(self) -> str:
        """Short name as printed on letters: ``Kab. Merangin``, ``Kota Jambi``, ``Jambi``."""
        if self.name.startswith("Kabupaten "):
            return "Kab. " + self.name[len("Kabupaten ") :]
        return self.name


def normalize_region_code(code: str) -> str:
    """Dotted form of a region code: ``1571`` / ``15 71`` / ``15.71`` → ``15.71``;
    ``157101`` → ``15.71.01``; ``1571011001`` → ``15.71.01.1001``."""
    raw = str(code).strip()
    pieces = raw.replace(" ", ".").split(".")
    if len(pieces) > 1 and [len(p) for p in pieces] != list(_PART_WIDTHS[: len(pieces)]):
        raise InvalidRegionCode(part="whole", value=raw)
    text = "".join(pieces)
    if not text.isdigit() or len(text) not in (2, 4, 6, 10):
        raise InvalidRegionCode(part="whole", value=raw)
    parts, pos = [], 0
    for width in _PART_WIDTHS:
        if pos >= len(text):
            break
        parts.append(text[pos : pos + width])
        pos += width
    return ".".join(parts)


def undotted(code: str) -> str:
    """Region code without dots (the form used inside a NIK): ``15.71.01`` → ``157101``."""
    return normalize_region_code(code).replace(".", "")


class WilayahTable:
    """Regions by code, with a children index."""

    def __init__(self, regions: Iterable[Region]) -> None:
        by_code: dict[str, Region] = {}
        children: dict[str, list[Region]] = {}
        for r in regions:
            by_code[r.code] = r
            parent = r.code.rpartition(".")[0]
            if parent:
                children.setdefault(parent, []).append(r)
        self.by_code: Mapping[str, Region] = MappingProxyType(by_code)
        self._children = {k: tuple(sorted(v, key=lambda r: r.code)) for k, v in children.items()}

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> WilayahTable:
        return cls(Region(normalize_region_code(r["kode"]), r["nama"], r["tingkat"]) for r in rows)

    def children(self, code: str) -> tuple[Region, ...]:
        return self._children.get(normalize_region_code(code), ())


@lru_cache(maxsize=1)
def default_table() -> WilayahTable:
    return WilayahTable.from_rows(refdata.load_csv("wilayah-jambi.csv"))


@lru_cache(maxsize=1)
def province_names() -> Mapping[str, str]:
    """``{"11": "Aceh", ..., "15": "Jambi", ...}`` from ``provinsi.csv``."""
    return MappingProxyType({r["kode"]: r["nama"] for r in refdata.load_csv("provinsi.csv")})


def region(code: str, table: WilayahTable | None = None) -> Region | None:
    """The region of a (dotted or undotted) code, or ``None`` when not in the table."""
    try:
        key = normalize_region_code(code)
    except InvalidRegionCode:
        return None
    return (table or default_table()).by_code.get(key)


def region_name(code: str, table: WilayahTable | None = None) -> str | None:
    """Official name of a region code (province names for any province of Indonesia)."""
    found = region(code, table)
    if found is not None:
        return found.name
    text = str(code).replace(".", "").strip()
    return province_names().get(text) if len(text) == 2 else None


def regencies(province: str = JAMBI, table: WilayahTable | None = None) -> tuple[Region, ...]:
    """Regencies and cities of a province (Jambi: the 11 of domain.md §1.4)."""
    return (table or default_table()).children(province)


def districts(regency: str, table: WilayahTable | None = None) -> tuple[Region, ...]:
    """Kecamatan of a regency/city, by code."""
    return (table or default_table()).children(regency)


def villages(district: str, table: WilayahTable | None = None) -> tuple[Region, ...]:
    """Desa/kelurahan of a kecamatan, by code."""
    return (table or default_table()).children(district)


def regency_kind(code: str) -> str:
    """``"kabupaten"`` for regency codes 01–69, ``"kota"`` for 71–99 (Kemendagri numbering)."""
    digits = undotted(code)
    if len(digits) < 4:
        raise InvalidRegionCode(part="whole", value=str(code))
    return "kota" if int(digits[2:4]) >= 70 else "kabupaten"


@dataclass(frozen=True)
class Office:
    """A personnel office using the system: ``code`` (``15``, ``15.02``…), short display
    ``name`` (``Kab. Merangin``), ``full_name`` and ``kind`` (provinsi/kabupaten/kota)."""

    code: str
    name: str
    full_name: str
    kind: str


def offices(table: WilayahTable | None = None) -> tuple[Office, ...]:
    """The provincial office first, then the 11 regency/city offices in code order."""
    table = table or default_table()
    province = table.by_code[JAMBI]
    out = [Office(JAMBI, f"Provinsi {province.name}", f"Provinsi {province.name}", "provinsi")]
    for r in regencies(JAMBI, table):
        out.append(Office(r.code, r.display_name, r.name, regency_kind(r.code)))
    return tuple(out)


def office(code: str, table: WilayahTable | None = None) -> Office | None:
    """The office of a code (dotted or not), or ``None`` when it is not one of ours."""
    try:
        key = normalize_region_code(code)
    except InvalidRegionCode:
        return None
    return next((o for o in offices(table) if o.code == key), None)


register_messages(
    {
        "wilayah.code": (
            "Kode wilayah '{value}' tidak sah (contoh: 15, 15.02, 15.02.02, 15.02.02.1001).",
            "Region code '{value}' is invalid (e.g. 15, 15.02, 15.02.02, 15.02.02.1001).",
        ),
    }
)
