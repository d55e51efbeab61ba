"""KGB due dates (domain.md §4.3)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.kgb import (
    KgbGrid,
    KgbInput,
    default_grid,
    is_due_in_month,
    kgb_due_in_month,
    next_kgb,
)
from app.domain.masa_kerja import MasaKerja


@pytest.mark.parametrize(
    ("gol", "last_tmt", "last_mkg", "tmt", "mkg"),
    [
        ("III/a", date(2020, 3, 1), MasaKerja(0, 0), date(2022, 3, 1), (2, 0)),  # new S1 CPNS
        ("III/b", date(2022, 4, 1), MasaKerja(6, 0), date(2024, 4, 1), (8, 0)),
        ("III/a", date(2020, 4, 1), MasaKerja(17, 7), date(2020, 9, 1), (18, 0)),  # after KP
        ("II/a", date(2020, 1, 1), MasaKerja(0, 0), date(2021, 1, 1), (1, 0)),  # row 1 for II/a
        ("II/a", date(2021, 1, 1), MasaKerja(1, 0), date(2023, 1, 1), (3, 0)),
        ("II/c", date(2019, 5, 1), MasaKerja(0, 0), date(2022, 5, 1), (3, 0)),  # first row at 3
        ("II/d", date(2018, 10, 1), MasaKerja(21, 0), date(2020, 10, 1), (23, 0)),
        ("IV/a", date(2023, 1, 1), MasaKerja(20, 11), date(2024, 2, 1), (22, 0)),  # 13 months
        ("IX", date(2024, 1, 1), MasaKerja(0, 0), date(2026, 1, 1), (2, 0)),  # PPPK IX = III/a
    ],
)
def test_next_kgb(gol, last_tmt, last_mkg, tmt, mkg):
    step = next_kgb(gol, last_tmt, last_mkg)
    assert step.tmt == tmt
    assert step.mkg == mkg


def test_next_kgb_none_at_top_of_table():
    assert next_kgb("III/d", date(2020, 1, 1), MasaKerja(32, 0)) is None
    assert next_kgb("II/a", date(2020, 1, 1), MasaKerja(33, 3)) is None


def test_next_kgb_tmt_is_the_first_of_a_month():
    step = next_kgb("III/a", date(2020, 3, 15), MasaKerja(0, 0))
    assert step.tmt == date(2022, 4, 1)


def test_grid_parity_across_groups():
    grid = default_grid()
    assert all(s % 2 == 1 for s in grid.steps("II/b"))
    assert all(s % 2 == 0 for s in grid.steps("III/c"))
    assert all(s % 2 == 0 for s in grid.steps("IV/e"))
    assert grid.steps("II/a")[:3] == (0, 1, 3)


def test_another_grid_can_be_passed():
    grid = KgbGrid({"III/a": (0, 3, 6)})
    step = next_kgb("III/a", date(2020, 1, 1), MasaKerja(0, 0), grid)
    assert step.tmt == date(2023, 1, 1)
    assert next_kgb("III/b", date(2020, 1, 1), MasaKerja(0, 0), grid) is None


def test_is_due_in_month():
    assert is_due_in_month(date(2025, 3, 1), 2025, 3)
    assert not is_due_in_month(date(2025, 3, 1), 2025, 4)
    assert not is_due_in_month(None, 2025, 3)


def test_kgb_due_in_month_lists_only_that_month():
    items = [
        KgbInput("ani", "III/a", date(2023, 3, 1), MasaKerja(4, 0)),  # due 1 Mar 2025
        KgbInput("budi", "II/c", date(2023, 3, 1), MasaKerja(5, 0)),  # due 1 Mar 2025
        KgbInput("citra", "III/b", date(2023, 4, 1), MasaKerja(4, 0)),  # due Apr 2025
        KgbInput("dedi", "III/a", date(2024, 10, 1), MasaKerja(17, 7)),  # due Mar 2025 (5 m)
        KgbInput("eka", "IV/e", date(2022, 3, 1), MasaKerja(32, 0)),  # top of table
    ]
    due = kgb_due_in_month(items, 2025, 3)
    assert [(d.key, d.mkg_lama, d.mkg_baru, d.tmt) for d in due] == [
        ("ani", (4, 0), (6, 0), date(2025, 3, 1)),
        ("budi", (5, 0), (7, 0), date(2025, 3, 1)),
        ("dedi", (17, 7), (18, 0), date(2025, 3, 1)),
    ]
    assert due[0].golongan.code == "III/a"
    assert kgb_due_in_month([], 2025, 3) == []
