"""Talent placements and the 9-box grid (domain.md §7) — on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services import appraisal as a
from tests.core.services.appraisal_support import YEAR, evaluated_skp
from tests.core.services.hr_support import ADMIN, OPERATOR, Org, build_org


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def _place(o: Org, key: str, potential: str, kinerja: str | None = None) -> a.TalentRow:
    return o.call(a.record_talent_assessment, o.people[key], YEAR, potential, kinerja=kinerja)


def test_kinerja_comes_from_the_evaluated_skp(org):
    evaluated_skp(org, "siti", "di_atas", "di_atas")  # Sangat Baik → kinerja di atas
    row = _place(org, "siti", "tinggi")
    assert (row.kinerja, row.potential, row.box) == ("di_atas", "tinggi", 9)
    with pytest.raises(ValidationError, match="belum diketahui"):
        _place(org, "budi", "menengah")
    with pytest.raises(ValidationError) as err:
        _place(org, "budi", "jenius", "sesuai")
    assert err.value.errors[0].code == "talenta.potensial"


def test_nine_box_grid_counts_with_ordering_a(org):
    """Ordering A: atas/tinggi 9, atas/rendah 6, sesuai/menengah 5, sesuai/rendah 3,
    bawah/tinggi 4, bawah/rendah 1."""
    _place(org, "siti", "tinggi", "di_atas")
    _place(org, "budi", "tinggi", "di_atas")
    _place(org, "rina", "rendah", "sesuai")
    _place(org, "cpns", "tinggi", "di_bawah")
    _place(org, "kabid", "menengah", "sesuai")
    _place(org, "andi", "rendah", "di_atas")  # BKPSDM: outside the unit asked for
    grid = org.call(a.nine_box, org.units["dinas"], YEAR)
    assert grid.ordering == "A"
    assert {c.box: c.count for c in grid.cells if c.count} == {9: 2, 3: 1, 4: 1, 5: 1}
    assert grid.total == 5
    assert [c.box for c in grid.rows()[0]] == [6, 8, 9]  # di atas: rendah, menengah, tinggi
    assert grid.cells[8].recommendation.startswith("Dipromosikan")
    members = org.call(a.nine_box_members, org.units["dinas"], YEAR, 9)
    assert [m.nama for m in members] == ["Budi Santoso", "Siti Aminah"]
    assert [m.nama for m in org.call(a.nine_box_members, None, YEAR, 6)] == ["Andi Saputra"]


def test_ordering_b_renumbers_the_same_cells(org):
    _place(org, "cpns", "tinggi", "di_bawah")
    assert org.call(a.nine_box, None, YEAR).count(4) == 1
    grid_b = org.call(a.nine_box, None, YEAR, ordering="B")
    assert (grid_b.count(6), grid_b.count(4)) == (1, 0)  # bawah/tinggi is box 6 in B
    with pytest.raises(PermissionDenied):
        org.call(a.set_nine_box_ordering, "B", actor=OPERATOR)
    org.call(a.set_nine_box_ordering, "B", actor=ADMIN)
    assert org.call(a.nine_box, None, YEAR).ordering == "B"
    assert _place(org, "siti", "tinggi", "sesuai").box == 8  # sesuai/tinggi in B
    with pytest.raises(ValidationError):
        org.call(a.nine_box_members, None, YEAR, 10)


def test_a_second_placement_replaces_the_first(org):
    first = _place(org, "siti", "rendah", "sesuai")
    second = _place(org, "siti", "tinggi", "sesuai")
    assert (second.id, second.box) == (first.id, 7)
    assert len(org.call(a.list_talent_assessments, org.people["siti"])) == 1
