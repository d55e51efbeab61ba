"""Masa kerja: MKS (masa kerja seluruhnya) and MKG (masa kerja golongan), in years and months.

Rules (domain.md §4.4, CONFIRMED [S20]; PP 7/1977 and its amendments):

* MKS runs from TMT CPNS, plus masa kerja credited at appointment and PMK (peninjauan masa
  kerja — recognised prior service), which **add** to MKS and MKG.
* MKG is the masa kerja counted for the gaji table. On moving from golongan I to II it is
  **reduced by 6 years**; from II to III **by 5 years**; no reduction III → IV.
  Worked example: II/d MKG 22 y 7 m → III/a MKG 17 y 7 m.
* "Zero date" method of a real SIMPEG [S34]: zero date = TMT of a pangkat SK minus the MKG on
  that SK; MKG on a later date = date − zero date − reductions for golongan changes since that
  SK (+ PMK granted since). A reduction never makes MKG negative (clamped to 0 y 0 m — decision).
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from app.domain.dates import add_months, full_months_between
from app.domain.golongan import Golongan

REDUCTION_YEARS = {(1, 2): 6, (2, 3): 5, (3, 4): 0}


class MasaKerja(NamedTuple):
    """A length of service: ``years`` and ``months`` (0..11). Unpacks as ``(years, months)``."""

    years: int
    months: int

    @classmethod
    def from_months(cls, total: int) -> MasaKerja:
        if total < 0:
            raise ValueError(f"masa kerja cannot be negative ({total} months)")
        return cls(*divmod(total, 12))

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months

    def plus(self, other: MasaKerja) -> MasaKerja:
        return MasaKerja.from_months(self.total_months + other.total_months)

    def minus(self, other: MasaKerja, *, clamp: bool = True) -> MasaKerja:
        """``self − other``; clamped at 0 y 0 m unless ``clamp=False`` (then negative raises)."""
        total = self.total_months - other.total_months
        return MasaKerja.from_months(max(total, 0) if clamp else total)

    def __str__(self) -> str:
        return f"{self.years} tahun {self.months} bulan"


ZERO = MasaKerja(0, 0)


def _group(g: Golongan | int) -> int:
    group = g.group if isinstance(g, Golongan) else g
    if group is None or not 1 <= group <= 4:
        raise ValueError(f"a PNS golongan group 1..4 is needed, not {g!r}")
    return group


def elapsed(start: date, end: date) -> MasaKerja:
    """Completed years and months from ``start`` to ``end`` (zero when ``end`` is earlier)."""
    return MasaKerja.from_months(max(full_months_between(start, end), 0))


def reduction_years(from_golongan: Golongan | int, to_golongan: Golongan | int) -> int:
    """Years taken off MKG when the golongan group rises (I→II 6, II→III 5, I→III 11, III→IV 0;
    domain.md §4.4 [S20]). Zero when the group does not rise."""
    lo, hi = _group(from_golongan), _group(to_golongan)
    return sum(REDUCTION_YEARS[(g, g + 1)] for g in range(lo, hi))


def mkg_after_golongan_change(
    mkg: MasaKerja, from_golongan: Golongan | int, to_golongan: Golongan | int
) -> MasaKerja:
    """MKG on the new SK after a golongan change: II/d 22 y 7 m → III/a 17 y 7 m."""
    return mkg.minus(MasaKerja(reduction_years(from_golongan, to_golongan), 0))


def mks(
    tmt_cpns: date,
    on: date,
    *,
    credited: MasaKerja = ZERO,
    pmk: MasaKerja = ZERO,
) -> MasaKerja:
    """MKS on ``on``: time since TMT CPNS, plus masa kerja credited at appointment and PMK."""
    return elapsed(tmt_cpns, on).plus(credited).plus(pmk)


def zero_date(tmt: date, mkg: MasaKerja) -> date:
    """The date MKG would have been 0 y 0 m: TMT of an SK minus the MKG on that SK [S34]."""
    return add_months(tmt, -mkg.total_months)


def mkg_on(
    on: date,
    *,
    sk_tmt: date,
    sk_mkg: MasaKerja,
    sk_golongan: Golongan | int,
    golongan: Golongan | int | None = None,
    pmk: MasaKerja = ZERO,
) -> MasaKerja:
    """MKG on ``on`` from the last known SK (TMT, MKG, golongan) by the zero-date method.

    ``golongan`` — the golongan on ``on`` when it is higher than the SK's (a reduction applies);
    ``pmk`` — masa kerja recognised after that SK.
    """
    base = elapsed(zero_date(sk_tmt, sk_mkg), on).plus(pmk)
    if golongan is None:
        return base
    return mkg_after_golongan_change(base, sk_golongan, golongan)


def mkg_from_mks(
    mks_value: MasaKerja, entry_golongan: Golongan | int, golongan: Golongan | int
) -> MasaKerja:
    """MKG from MKS for someone appointed in ``entry_golongan`` with no credited service:
    MKS minus the reductions of every group change since (MKS = MKG when entering at III)."""
    return mkg_after_golongan_change(mks_value, entry_golongan, golongan)
