"""KP reguler periods, due dates and caps (domain.md §4.1–4.2)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.common import InvalidValue
from app.domain.kenaikan_pangkat import (
    KpInput,
    KpTables,
    PeriodSet,
    default_tables,
    is_period_date,
    kp_due_in_period,
    kp_reguler_cap,
    next_golongan_reguler,
    next_kp_reguler,
    next_period_on_or_after,
    period_dates,
)


def test_period_sets_before_and_from_2024():
    assert period_dates(2023) == [date(2023, 4, 1), date(2023, 10, 1)]
    assert period_dates(2024) == [date(2024, m, 1) for m in (2, 4, 6, 8, 10, 12)]
    assert not is_period_date(date(2023, 12, 1))
    assert is_period_date(date(2024, 12, 1))
    assert not is_period_date(date(2024, 4, 2))


@pytest.mark.parametrize(
    ("tmt", "due"),
    [
        (date(2019, 4, 1), date(2023, 4, 1)),  # exactly 4 years, old set
        (date(2019, 10, 1), date(2023, 10, 1)),
        (date(2019, 5, 1), date(2023, 10, 1)),  # old set: wait for October
        (date(2019, 11, 1), date(2024, 2, 1)),  # Nov 2023 -> Dec 2023 not a period -> Feb 2024
        (date(2020, 1, 1), date(2024, 2, 1)),
        (date(2020, 4, 1), date(2024, 4, 1)),
        (date(2020, 5, 1), date(2024, 6, 1)),  # new set: two-monthly
        (date(2021, 12, 1), date(2025, 12, 1)),
        (date(2021, 12, 15), date(2026, 2, 1)),  # not on the 1st: next period after
    ],
)
def test_next_kp_reguler(tmt, due):
    assert next_kp_reguler(tmt) == due


def test_next_period_on_or_after():
    assert next_period_on_or_after(date(2023, 10, 2)) == date(2024, 2, 1)
    assert next_period_on_or_after(date(2024, 2, 1)) == date(2024, 2, 1)


@pytest.mark.parametrize(
    ("pendidikan", "cap"),
    [("SD", "II/a"), ("SLTP", "II/c"), ("SLTA", "III/b"), ("D-III", "III/c"), ("S1", "III/d"),
     ("D-IV", "III/d"), ("S2", "IV/a"), ("S3", "IV/b")],
)
def test_kp_reguler_cap(pendidikan, cap):
    assert kp_reguler_cap(pendidikan).code == cap


@pytest.mark.parametrize(
    ("gol", "pendidikan", "nxt"),
    [
        ("III/a", "S1", "III/b"),
        ("III/c", "S1", "III/d"),
        ("III/d", "S1", None),  # at the S1 cap
        ("III/d", "S2", "IV/a"),
        ("II/d", "SLTA", "III/a"),
        ("III/b", "SLTA", None),
        ("IV/d", None, "IV/e"),
        ("IV/e", None, None),
        ("IX", "S1", None),  # PPPK: no KP
    ],
)
def test_next_golongan_reguler(gol, pendidikan, nxt):
    found = next_golongan_reguler(gol, pendidikan)
    assert (found.code if found else None) == nxt


def test_kp_due_in_period():
    items = [
        KpInput("ani", "III/a", date(2021, 4, 1), "S1"),  # due 1 Apr 2025
        KpInput("budi", "III/d", date(2021, 4, 1), "S1"),  # capped
        KpInput("citra", "II/c", date(2021, 2, 1), "SLTA"),  # due 1 Feb 2025: earlier
        KpInput("dedi", "IX", date(2021, 4, 1), "S1"),  # PPPK
        KpInput("eka", "III/b", date(2021, 3, 1)),  # 1 Mar 2025 -> 1 Apr 2025
    ]
    due = kp_due_in_period(items, date(2025, 4, 1))
    assert [(d.key, d.golongan_lama.code, d.golongan_baru.code) for d in due] == [
        ("ani", "III/a", "III/b"),
        ("eka", "III/b", "III/c"),
    ]
    with_overdue = kp_due_in_period(items, date(2025, 4, 1), include_overdue=True)
    assert [(d.key, d.overdue) for d in with_overdue] == [
        ("ani", False), ("citra", True), ("eka", False)
    ]


def test_kp_due_in_period_rejects_non_period():
    with pytest.raises(InvalidValue) as err:
        kp_due_in_period([], date(2025, 3, 1))
    assert err.value.code == "kp.not_a_period"
    assert "bukan periode" in err.value.text("id")


def test_tables_can_be_replaced():
    base = default_tables()
    quarterly = KpTables(
        required_years=2,
        period_sets=(PeriodSet(frozenset({1, 4, 7, 10})),),
        caps=base.caps,
    )
    assert next_kp_reguler(date(2020, 2, 1), quarterly) == date(2022, 4, 1)
