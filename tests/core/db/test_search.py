"""The folded name column and the prefix range the personnel list searches with."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.engine import unit_of_work
from app.db.personnel import Employee, fold_search, name_prefix_bounds
from tests.core.db import builders


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Siti Aminah", "siti aminah"),
        ("  MUHAMMAD   Ma'ruf ", "muhammad maruf"),
        ("Ma\u2019ruf", "maruf"),
        ("Éko Prasetyo", "eko prasetyo"),
        ("Dra. Hj. Nurhayati", "dra hj nurhayati"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_search_lowercases_and_strips_accents(text, folded):
    assert fold_search(text) == folded


def test_name_prefix_bounds_nothing_typed_is_none():
    assert name_prefix_bounds("  '  ") is None
    assert name_prefix_bounds("Siti A") == ("siti a", "siti a\x7f")
    assert name_prefix_bounds("Siti ") == ("siti ", "siti \x7f")


def test_nama_search_follows_nama_changes(plain_sqlite_factory):
    with unit_of_work(plain_sqlite_factory) as s:
        emp = builders.employee(nama="Budi Santoso")
        s.add(emp)
        s.flush()
        emp.nama = "Budi Sántoso Putra"
        emp_id = emp.id
    with unit_of_work(plain_sqlite_factory) as s:
        assert s.get(Employee, emp_id).nama_search == "budi santoso putra"


def test_prefix_range_finds_names_on_both_backends(plain_factory):
    names = ["Siti Aminah", "Siti Rahma", "Sitiawati", "Slamet", "Budi Santoso", "siti zubaidah"]
    with unit_of_work(plain_factory) as s:
        for i, nama in enumerate(names):
            s.add(builders.employee(nama=nama, nip=f"1985031520100120{i:02d}", nik=None))

    def search(typed):
        low, high = name_prefix_bounds(typed)
        with unit_of_work(plain_factory) as s:
            return s.scalars(
                select(Employee.nama)
                .where(Employee.office_code == "15.02", Employee.deleted.is_(False),
                       Employee.nama_search >= low, Employee.nama_search < high)
                .order_by(Employee.nama_search)
            ).all()

    assert search("SITI ") == ["Siti Aminah", "Siti Rahma", "siti zubaidah"]
    assert search("siti") == ["Siti Aminah", "Siti Rahma", "siti zubaidah", "Sitiawati"]
    assert search("siti r") == ["Siti Rahma"]
