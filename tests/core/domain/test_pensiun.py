"""TMT pensiun (domain.md §3.2) and retirement projections."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.pensiun import (
    PensiunInput,
    bup_for,
    bup_reached_on,
    proyeksi_pensiun,
    retires_in_window,
    tmt_pensiun,
)


@pytest.mark.parametrize(
    ("birth", "bup", "tmt"),
    [
        (date(1968, 1, 1), 58, date(2026, 2, 1)),  # born on the 1st: literal rule (§3.2)
        (date(1968, 1, 15), 58, date(2026, 2, 1)),
        (date(1968, 1, 31), 58, date(2026, 2, 1)),
        (date(1967, 12, 10), 58, date(2026, 1, 1)),  # December -> next year's January
        (date(1966, 6, 30), 60, date(2026, 7, 1)),
        (date(1961, 3, 5), 65, date(2026, 4, 1)),
        (date(1968, 2, 29), 58, date(2026, 3, 1)),  # 29 Feb -> 28 Feb 2026 -> 1 Mar
        (date(1964, 2, 29), 60, date(2024, 3, 1)),  # reached in a leap year: also 1 Mar
    ],
)
def test_tmt_pensiun(birth, bup, tmt):
    assert tmt_pensiun(birth, bup) == tmt


def test_bup_reached_on_29_february():
    assert bup_reached_on(date(1968, 2, 29), 58) == date(2026, 2, 28)
    assert bup_reached_on(date(1964, 2, 29), 60) == date(2024, 2, 29)


@pytest.mark.parametrize("bup", [0, -58, 101])
def test_bup_out_of_range(bup):
    with pytest.raises(ValueError):
        tmt_pensiun(date(1968, 1, 1), bup)


def test_bup_for_is_reexported_and_feeds_tmt():
    assert tmt_pensiun(date(1966, 5, 20), bup_for("fungsional_keahlian", "ahli_madya")) == date(
        2026, 6, 1
    )


def test_retires_in_window_inclusive():
    birth = date(1968, 3, 10)  # TMT 1 Apr 2026
    assert retires_in_window(birth, 58, date(2026, 4, 1), date(2026, 4, 30))
    assert retires_in_window(birth, 58, date(2026, 1, 1), date(2026, 4, 1))
    assert not retires_in_window(birth, 58, date(2026, 4, 2), date(2026, 12, 31))


def test_proyeksi_pensiun_orders_by_tmt():
    items = [
        PensiunInput("b", date(1968, 5, 1), 58),  # 1 Jun 2026
        PensiunInput("a", date(1966, 2, 3), 60),  # 1 Mar 2026
        PensiunInput("c", date(1970, 1, 1), 58),  # 1 Feb 2028: out
        PensiunInput("d", date(1968, 5, 20), 58),  # 1 Jun 2026, younger than b
    ]
    found = proyeksi_pensiun(items, date(2026, 1, 1), date(2026, 12, 31))
    assert [(d.key, d.tmt_pensiun) for d in found] == [
        ("a", date(2026, 3, 1)),
        ("b", date(2026, 6, 1)),
        ("d", date(2026, 6, 1)),
    ]


@given(st.dates(min_value=date(1940, 1, 1), max_value=date(2007, 12, 31)),
       st.sampled_from([58, 60, 65, 70]))
def test_tmt_pensiun_is_first_of_month_after_bup(birth, bup):
    tmt = tmt_pensiun(birth, bup)
    reached = bup_reached_on(birth, bup)
    assert tmt.day == 1 and tmt > reached
    assert (tmt.year * 12 + tmt.month) - (reached.year * 12 + reached.month) == 1
