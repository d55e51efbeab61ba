"""Gaji pokok PNS: the amount of a golongan and masa kerja golongan (MKG) on a date.

Rules (domain.md §4.3, §10): the gaji pokok table of PP 7/1977 as amended has one row per MKG
step of each golongan (the rows of ``kgb-grid.json``); a regulation replaces the whole table from
its ``berlaku_mulai`` date (PP 15/2019 from 2019-01-01; the 2024 amendment, believed PP 5/2024,
from 2024-01-01 — UNCONFIRMED). Someone's gaji pokok is the amount of the largest row whose MKG is
at most theirs, under the regulation in force on the date. CPNS receive 80 % of it [S21][S22].

The table is data (``gaji-pokok.csv``): an amount not verified yet is an empty cell, and then
:func:`gaji_pokok` answers ``None`` — callers say "gaji pokok belum ada di tabel" rather than
guess. PPPK are paid from another table (Perpres 98/2020) that is not shipped: ``None`` too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.golongan import Golongan, parse_golongan

FILE = "gaji-pokok.csv"
CPNS_PERCENT = 80
MISSING_TEXT = ("gaji pokok belum ada di tabel", "base pay not in the table yet")


@dataclass(frozen=True)
class Peraturan:
    """One gaji pokok table: the regulation, its start date and its rows per golongan
    (MKG years ascending, amount or ``None`` when not known yet)."""

    nama: str
    berlaku_mulai: date
    rows: Mapping[str, tuple[tuple[int, int | None], ...]]

    def amount(self, golongan: str, mkg_tahun: int) -> int | None:
        """The amount of the largest row with MKG ≤ ``mkg_tahun`` (``None`` below the first
        row, for an unknown golongan, or when that row's amount is not known)."""
        rows = self.rows.get(golongan, ())
        i = bisect_right([m for m, _ in rows], mkg_tahun)
        return rows[i - 1][1] if i else None

    def row_mkg(self, golongan: str, mkg_tahun: int) -> int | None:
        """The MKG of the row that applies to ``mkg_tahun`` (``None`` below the first row)."""
        rows = self.rows.get(golongan, ())
        i = bisect_right([m for m, _ in rows], mkg_tahun)
        return rows[i - 1][0] if i else None


@dataclass(frozen=True)
class GajiTable:
    """The gaji pokok tables, oldest regulation first."""

    peraturan: tuple[Peraturan, ...]

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> GajiTable:
        """Build from CSV rows (``peraturan, berlaku_mulai, golongan, mkg_tahun, gaji_pokok``);
        a bad cell raises :class:`InvalidValue` naming the row."""
        grouped: dict[tuple[str, date], dict[str, dict[int, int | None]]] = {}
        for n, row in enumerate(rows, start=1):
            try:
                start = date.fromisoformat(row["berlaku_mulai"])
                gol = parse_golongan(row["golongan"], "PNS").code
                mkg = int(row["mkg_tahun"])
                amount = refdata.optional_int(row["gaji_pokok"].replace(".", ""))
            except (KeyError, ValueError, InvalidValue) as exc:
                raise InvalidValue(f"{FILE} row {n}: {exc}") from exc
            if mkg < 0 or (amount is not None and amount <= 0):
                raise InvalidValue(f"{FILE} row {n}: MKG {mkg}, gaji pokok {amount}")
            grouped.setdefault((row["peraturan"], start), {}).setdefault(gol, {})[mkg] = amount
        tables = [
            Peraturan(nama, start, MappingProxyType(
                {g: tuple(sorted(r.items())) for g, r in per.items()}))
            for (nama, start), per in grouped.items()
        ]
        return cls(tuple(sorted(tables, key=lambda p: p.berlaku_mulai)))

    def in_force(self, on: date) -> Peraturan | None:
        """The regulation in force on ``on`` (the latest started on or before it)."""
        current = None
        for p in self.peraturan:
            if p.berlaku_mulai <= on:
                current = p
        return current


_cache: tuple[object, GajiTable] | None = None


def default_table() -> GajiTable:
    """The table of ``gaji-pokok.csv`` (an office's override when there is one)."""
    global _cache
    rows = refdata.load_csv(FILE)
    if _cache is None or _cache[0] is not rows:
        _cache = (rows, GajiTable.from_rows(rows))
    return _cache[1]


def _pns_code(golongan: Golongan | str) -> str | None:
    try:
        g = parse_golongan(golongan)
    except InvalidValue:
        return None
    return g.code if g.kind == "PNS" else None


def gaji_pokok(golongan: Golongan | str, mkg_tahun: int, on: date, *, cpns: bool = False,
               table: GajiTable | None = None) -> int | None:
    """Gaji pokok of a PNS of ``golongan`` with ``mkg_tahun`` whole years of MKG on date
    ``on``: the row of the largest grid MKG ≤ ``mkg_tahun`` under the regulation in force
    then; 80 % for a CPNS. ``None`` when the table has no amount for it (no regulation yet,
    amount not verified, PPPK or unknown golongan) — say :data:`MISSING_TEXT`, never guess."""
    code = _pns_code(golongan)
    peraturan = (table or default_table()).in_force(on)
    if code is None or peraturan is None or mkg_tahun < 0:
        return None
    amount = peraturan.amount(code, mkg_tahun)
    if amount is None:
        return None
    return amount * CPNS_PERCENT // 100 if cpns else amount


def peraturan_on(on: date, table: GajiTable | None = None) -> Peraturan | None:
    """The gaji pokok regulation in force on ``on`` (``None`` before the first one)."""
    return (table or default_table()).in_force(on)


def rupiah(amount: int | None, lang: str | None = None) -> str:
    """``Rp 2.579.400``; the "not in the table" words for ``None``."""
    if amount is None:
        return MISSING_TEXT[1] if lang == "en" else MISSING_TEXT[0]
    return "Rp " + f"{amount:,}".replace(",", ".")
