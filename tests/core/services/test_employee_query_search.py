"""Search as you type: any word of the name, NIP or NIK prefix."""

from __future__ import annotations

import pytest

from app.services import employee_search
from app.services.employee_query import EmployeeQuery, count_employees, list_employees
from app.services.employee_search import digits_upper_bound
from app.services.personnel import update_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, populate

world = personnel_fixtures.world  # the shared fixture


@pytest.fixture
def staff(world):
    return populate(world)


def found(world, text, **query):
    page = world.call(OPERATOR, list_employees, EmployeeQuery(text=text, **query))
    return [r.nama for r in page.rows]


NAME_CASES = [
    ("santoso", ["Ahmad Santoso Putra", "Budi Santoso"]),
    ("SANT", ["Ahmad Santoso Putra", "Budi Santoso"]),
    ("putra", ["Ahmad Santoso Putra"]),
    ("b", ["Budi Santoso"]),
    ("bud", ["Budi Santoso"]),
    ("santoso bu", ["Budi Santoso"]),
    ("budi santoso", ["Budi Santoso"]),
    ("santoso budi", ["Budi Santoso"]),
    ("santoso ", ["Ahmad Santoso Putra", "Budi Santoso"]),
    ("sant ", []),
    ("  Siti  ", ["Siti Aminah"]),
    ("s", ["Ahmad Santoso Putra", "Budi Santoso", "Siti Aminah"]),
    ("x", []),
    ("'", []),
]


def test_name_word_prefix_search(world, staff):
    results = {text: found(world, text) for text, _expected in NAME_CASES}
    assert results == dict(NAME_CASES)


def test_search_and_filters_combine(world, staff):
    assert found(world, "santoso", unit_id=world.units["bkpsdm"]) == ["Ahmad Santoso Putra"]
    assert found(world, "dewi") == []
    assert found(world, "dewi", status="all") == ["Dewi Lestari"]


NUMBER_CASES = [
    ("1985", ["Siti Aminah"]),
    ("19850315 2010", ["Siti Aminah"]),
    ("1985.03.15", ["Siti Aminah"]),
    ("19", ["Ahmad Santoso Putra", "Budi Santoso", "Rina Marlina", "Siti Aminah"]),
    ("1979", ["Budi Santoso"]),
    ("199009132025242014", ["Rina Marlina"]),
    ("150201", ["Siti Aminah"]),
    ("2", []),
]


def test_nip_and_nik_prefix_search(world, staff):
    # Siti's NIK (the staff have no NIK otherwise)
    world.call(OPERATOR, update_employee, staff["siti"], {"nik": "1502015503850001"})
    results = {text: found(world, text) for text, _expected in NUMBER_CASES}
    assert results == dict(NUMBER_CASES)


def test_renamed_employee_is_found_by_the_new_name_only(world, staff):
    world.call(OPERATOR, update_employee, staff["siti"], {"nama": "Siti Rahmawati"})
    assert found(world, "rahma") == ["Siti Rahmawati"]
    assert found(world, "aminah") == []


def test_frequent_prefix_walks_the_name_index_and_finds_the_same(world, staff, monkeypatch):
    expected = found(world, "santoso")
    monkeypatch.setattr(employee_search, "DRIVE_LIMIT", 0)
    assert found(world, "santoso") == expected
    assert found(world, "santoso", sort="golongan", descending=True) == expected[::-1]


def test_count_is_driven_by_the_rarest_word_even_when_the_page_walks(world, staff, monkeypatch):
    monkeypatch.setattr(employee_search, "DRIVE_LIMIT", 0)  # every page walks the name index
    for text, expected in NAME_CASES:
        query = EmployeeQuery(text=text)
        assert world.call(OPERATOR, count_employees, query) == len(expected), text
        plan = world.call(OPERATOR, lambda s, _a, t=text: employee_search.plan_search(
            s, t, counting=True))
        assert plan.drives == bool(employee_search.words_of(text)), text
    assert world.call(OPERATOR, count_employees, EmployeeQuery(text="dewi", status="all")) == 1


@pytest.mark.parametrize(("prefix", "upper"), [
    ("1985", "1986"), ("1989", "199"), ("19", "2"), ("0", "1"), ("999", None), ("", None),
])
def test_digits_upper_bound(prefix, upper):
    assert digits_upper_bound(prefix) == upper
