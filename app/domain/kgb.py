"""Kenaikan gaji berkala (KGB): when the next periodic raise falls due.

Rules (domain.md §4.3): a KGB is given each time the PNS reaches the next MKG step of the gaji
pokok table, i.e. every 2 years (PP 7/1977 as amended; gaji table PP 15/2019 [S21]; KGB every
2 years [S19] — CONFIRMED core). The table's MKG rows per golongan are data
(``kgb-grid.json``): gol II on odd years (II/a also 0 and 1), gol III/IV on even years — partly
UNCONFIRMED. TMT KGB is always the 1st of a month. The performance requirement (postponement
when not met) is not decided here. PPPK use the grid of their PNS-equivalent golongan
(UNCONFIRMED, ``golongan-pppk.csv``).

The −5 years of MKG at II → III (see :mod:`app.domain.masa_kerja`) turns the odd-year grid into
the even-year one, so the KGB calendar carries on across a KP.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from types import MappingProxyType
from typing import Any

from app.domain import refdata
from app.domain.dates import add_months, first_on_or_after
from app.domain.golongan import Golongan, parse_golongan, pns_equivalent
from app.domain.masa_kerja import MasaKerja


@dataclass(frozen=True)
class KgbGrid:
    """MKG years with a gaji-table row, per PNS golongan code."""

    rows: Mapping[str, tuple[int, ...]]

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> KgbGrid:
        rows = {
            parse_golongan(k, "PNS").code: tuple(sorted(int(v) for v in vs))
            for k, vs in data["rows"].items()
        }
        return cls(MappingProxyType(rows))

    def steps(self, golongan: Golongan | str) -> tuple[int, ...]:
        g = parse_golongan(golongan)
        if g.kind == "PPPK":
            pns = pns_equivalent(g)
            if pns is None:
                raise ValueError(f"no PNS equivalent known for PPPK golongan {g.code}")
            g = pns
        return self.rows.get(g.code, ())


@lru_cache(maxsize=1)
def default_grid() -> KgbGrid:
    return KgbGrid.from_json(refdata.load_json("kgb-grid.json"))


@dataclass(frozen=True)
class KgbStep:
    """A due KGB: its TMT and the MKG it brings."""

    tmt: date
    mkg: MasaKerja


def next_kgb(
    golongan: Golongan | str,
    last_tmt: date,
    last_mkg: MasaKerja,
    grid: KgbGrid | None = None,
) -> KgbStep | None:
    """The next KGB after the last gaji SK (KGB, KP or CPNS) of TMT ``last_tmt`` with MKG
    ``last_mkg``: when MKG reaches the next row of the golongan's table (PP 7/1977 as amended;
    domain.md §4.3). ``None`` when the golongan's table has no higher row.
    """
    now = last_mkg.total_months
    later = [s for s in (grid or default_grid()).steps(golongan) if s * 12 > now]
    if not later:
        return None
    step = later[0]
    due = add_months(last_tmt, step * 12 - now)
    return KgbStep(first_on_or_after(due), MasaKerja(step, 0))


def is_due_in_month(due: date | KgbStep | None, year: int, month: int) -> bool:
    """Whether a due date (or step) falls in ``year``-``month``."""
    if due is None:
        return False
    d = due.tmt if isinstance(due, KgbStep) else due
    return (d.year, d.month) == (year, month)


@dataclass(frozen=True)
class KgbInput:
    """One employee for a KGB list: any ``key``, golongan, TMT and MKG of the last gaji SK."""

    key: Hashable
    golongan: Golongan | str
    last_tmt: date
    last_mkg: MasaKerja


@dataclass(frozen=True)
class KgbDue:
    key: Hashable
    golongan: Golongan
    tmt: date
    mkg_lama: MasaKerja
    mkg_baru: MasaKerja


def kgb_due_in_month(
    items: Iterable[KgbInput], year: int, month: int, grid: KgbGrid | None = None
) -> list[KgbDue]:
    """Who has a KGB due in ``year``-``month`` (the "daftar KGB jatuh tempo", domain.md §8.3),
    in input order. Someone whose next KGB is earlier (overdue, not yet recorded) is not listed:
    their due month has passed; list that month instead."""
    grid = grid or default_grid()
    due: list[KgbDue] = []
    for item in items:
        step = next_kgb(item.golongan, item.last_tmt, item.last_mkg, grid)
        if step is not None and is_due_in_month(step, year, month):
            g = parse_golongan(item.golongan)
            due.append(KgbDue(item.key, g, step.tmt, item.last_mkg, step.mkg))
    return due
