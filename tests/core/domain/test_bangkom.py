"""JP per year and the yearly target (domain.md §5)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from app.domain.bangkom import (
    BangkomTables,
    JpRecord,
    default_tables,
    find_programme,
    jp_in_year,
    jp_per_year,
    jp_status,
    jp_to_minutes,
    jp_warnings,
    latihan_level,
    minutes_to_jp,
    training_forms,
)

RECORDS = [
    JpRecord(date(2024, 3, 10), 8),
    JpRecord(date(2024, 12, 31), 6.5),
    JpRecord(date(2025, 1, 2), 12, start_date=date(2024, 12, 28)),  # ends in 2025: counts there
    JpRecord(None, 4, start_date=date(2025, 5, 1)),  # no end date: start year
    JpRecord(None, 10),  # no dates at all: not counted
]


def test_jp_per_year_counts_by_end_date():
    assert jp_per_year(RECORDS) == {2024: 14.5, 2025: 16.0}
    assert jp_in_year(RECORDS, 2024) == 14.5
    assert jp_in_year(RECORDS, 2023) == 0.0


def test_any_object_with_end_date_and_jp_works():
    @dataclass
    class Diklat:
        nama: str
        end_date: date
        jp: int

    assert jp_per_year([Diklat("Bimtek", date(2025, 6, 1), 20)]) == {2025: 20.0}


@pytest.mark.parametrize(
    ("jps", "compliant", "remaining"),
    [([20], True, 0.0), ([19.5], False, 0.5), ([8, 8, 4], True, 0.0), ([], False, 20.0),
     ([30], True, 0.0)],
)
def test_jp_status_pns(jps, compliant, remaining):
    records = [JpRecord(date(2025, 2, 1), jp) for jp in jps]
    status = jp_status(records, 2025)
    assert (status.compliant, status.remaining, status.target) == (compliant, remaining, 20)
    assert not status.over_limit
    codes = [w.code for w in jp_warnings(status)]
    assert codes == ([] if compliant else ["bangkom.jp_below_target"])


def test_jp_status_pppk_has_a_ceiling_not_a_minimum():
    status = jp_status([JpRecord(date(2025, 2, 1), 30)], 2025, "PPPK")
    assert status.compliant and status.over_limit and status.limit == 24
    warnings = jp_warnings(status)
    assert [w.code for w in warnings] == ["bangkom.jp_over_limit"]
    assert "24" in warnings[0].text("id")
    assert not jp_status([], 2025, "PPPK").over_limit


def test_below_target_message():
    (w,) = jp_warnings(jp_status([JpRecord(date(2025, 1, 1), 12)], 2025))
    assert w.text("id") == "JP tahun 2025 baru 12.0, kurang 8.0 dari target 20 JP."


def test_threshold_is_data():
    base = default_tables()
    tables = BangkomTables(60, {"PNS": 40}, {"PNS": None}, base.categories, base.forms,
                           base.programmes)
    assert not jp_status([JpRecord(date(2025, 1, 1), 30)], 2025, tables=tables).compliant
    assert minutes_to_jp(120, tables) == 2.0


def test_minutes_and_jp():
    assert minutes_to_jp(90) == 2.0
    assert minutes_to_jp(100) == 2.22
    assert jp_to_minutes(3) == 135
    with pytest.raises(ValueError):
        minutes_to_jp(-1)


def test_forms_by_category():
    assert {f.category for f in training_forms()} == {"pendidikan", "klasikal", "nonklasikal"}
    nonklasikal = {f.code for f in training_forms("nonklasikal")}
    assert {"coaching", "mentoring", "e_learning", "magang"} <= nonklasikal
    assert "bimtek" in {f.code for f in training_forms("klasikal")}


@pytest.mark.parametrize(
    ("name", "code", "level"),
    [
        ("Latsar", "latsar", 0),
        ("Diklat Prajabatan", "latsar", 0),
        ("PKP", "pkp", 1),
        ("Diklatpim IV", "pkp", 1),
        ("Diklatpim Tk. III", "pka", 2),
        ("Pelatihan Kepemimpinan Administrator", "pka", 2),  # label without the abbreviation
        ("PKA", "pka", 2),
        ("PKN Tingkat II", "pkn_ii", 3),
        ("SPATI", "pkn_i", 4),
        ("Bimtek Arsip", None, 0),
        (None, None, 0),
    ],
)
def test_programmes(name, code, level):
    p = find_programme(name)
    assert (p.code if p else None) == code
    assert latihan_level(name) == level
