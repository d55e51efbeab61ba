"""MKS / MKG (domain.md §4.4)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.golongan import parse_golongan
from app.domain.masa_kerja import (
    MasaKerja,
    elapsed,
    mkg_after_golongan_change,
    mkg_from_mks,
    mkg_on,
    mks,
    reduction_years,
    zero_date,
)


def test_worked_example_ii_d_to_iii_a():
    """S20: II/d MKG 22 y 7 m → III/a MKG 17 y 7 m."""
    assert mkg_after_golongan_change(
        MasaKerja(22, 7), parse_golongan("II/d"), parse_golongan("III/a")
    ) == (17, 7)


@pytest.mark.parametrize(
    ("frm", "to", "years"),
    [("I/d", "II/a", 6), ("II/d", "III/a", 5), ("I/a", "III/a", 11), ("III/d", "IV/a", 0),
     ("II/a", "II/d", 0), (2, 3, 5), ("III/a", "II/a", 0)],
)
def test_reduction_years(frm, to, years):
    a = parse_golongan(frm) if isinstance(frm, str) else frm
    b = parse_golongan(to) if isinstance(to, str) else to
    assert reduction_years(a, b) == years


def test_reduction_needs_pns_golongan():
    with pytest.raises(ValueError):
        reduction_years(parse_golongan("IX"), parse_golongan("X"))
    with pytest.raises(ValueError):
        reduction_years(0, 3)


def test_reduction_never_goes_negative():
    assert mkg_after_golongan_change(MasaKerja(3, 2), 1, 2) == (0, 0)


@pytest.mark.parametrize(
    ("start", "end", "result"),
    [
        (date(2010, 1, 1), date(2025, 1, 1), (15, 0)),
        (date(2010, 1, 1), date(2025, 7, 31), (15, 6)),
        (date(2010, 3, 1), date(2025, 2, 28), (14, 11)),
        (date(2010, 1, 15), date(2010, 2, 14), (0, 0)),
        (date(2025, 1, 1), date(2010, 1, 1), (0, 0)),  # before the start: zero
    ],
)
def test_elapsed(start, end, result):
    assert elapsed(start, end) == result


def test_mks_adds_credited_and_pmk():
    assert mks(date(2010, 1, 1), date(2025, 1, 1)) == (15, 0)
    assert mks(
        date(2010, 1, 1), date(2025, 1, 1), credited=MasaKerja(2, 6), pmk=MasaKerja(1, 8)
    ) == (19, 2)


def test_zero_date_method():
    # SK III/a TMT 1 Apr 2020 with MKG 17 y 7 m -> zero date 1 Sep 2002
    assert zero_date(date(2020, 4, 1), MasaKerja(17, 7)) == date(2002, 9, 1)
    assert mkg_on(
        date(2024, 4, 1), sk_tmt=date(2020, 4, 1), sk_mkg=MasaKerja(17, 7), sk_golongan=3
    ) == (21, 7)


def test_mkg_on_with_later_golongan_change_and_pmk():
    # last SK: II/d TMT 1 Oct 2015, MKG 20 y 1 m; on 1 Apr 2018 the person is III/a
    found = mkg_on(
        date(2018, 4, 1),
        sk_tmt=date(2015, 10, 1),
        sk_mkg=MasaKerja(20, 1),
        sk_golongan=parse_golongan("II/d"),
        golongan=parse_golongan("III/a"),
    )
    assert found == (17, 7)  # 22 y 7 m - 5 y: the S20 example reached from an SK
    with_pmk = mkg_on(
        date(2018, 4, 1), sk_tmt=date(2015, 10, 1), sk_mkg=MasaKerja(20, 1), sk_golongan=2,
        golongan=3, pmk=MasaKerja(0, 10),
    )
    assert with_pmk == (18, 5)


def test_mkg_from_mks_entry_in_ii():
    assert mkg_from_mks(MasaKerja(12, 3), 2, 3) == (7, 3)
    assert mkg_from_mks(MasaKerja(12, 3), 3, 3) == (12, 3)  # entered at III: MKS = MKG


def test_masa_kerja_value():
    mk = MasaKerja.from_months(211)
    assert mk == (17, 7) and mk.total_months == 211
    years, months = mk
    assert (years, months) == (17, 7)
    assert str(mk) == "17 tahun 7 bulan"
    assert mk.plus(MasaKerja(0, 5)) == (18, 0)
    assert mk.minus(MasaKerja(20, 0)) == (0, 0)
    with pytest.raises(ValueError):
        mk.minus(MasaKerja(20, 0), clamp=False)
    with pytest.raises(ValueError):
        MasaKerja.from_months(-1)


@given(st.dates(min_value=date(1970, 1, 1), max_value=date(2040, 1, 1)),
       st.integers(0, 400), st.integers(0, 400))
def test_zero_date_round_trip(tmt, mkg_months, later_months):
    tmt = tmt.replace(day=1)
    mkg = MasaKerja.from_months(mkg_months)
    on = date(tmt.year + (tmt.month - 1 + later_months) // 12,
              (tmt.month - 1 + later_months) % 12 + 1, 1)
    found = mkg_on(on, sk_tmt=tmt, sk_mkg=mkg, sk_golongan=3)
    assert found.total_months == mkg_months + later_months
