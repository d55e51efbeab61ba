"""The personnel list: filters, sorting, paging, counting, scope."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.employee_query import (
    EmployeeQuery,
    SortKey,
    count_employees,
    list_employees,
)
from app.services.personnel import delete_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    OPERATOR,
    OTHER_OPERATOR,
    STEWARD,
    VERIFIKATOR,
    populate,
)

world = personnel_fixtures.world  # the shared fixture


@pytest.fixture
def staff(world):
    return populate(world)


def names(world, actor=OPERATOR, **query):
    return [r.nama for r in world.call(actor, list_employees, EmployeeQuery(**query)).rows]


def test_default_list_is_active_staff_of_the_office_by_name(world, staff):
    page = world.call(OPERATOR, list_employees, EmployeeQuery())
    assert [r.nama for r in page.rows] == [
        "Ahmad Santoso Putra", "Budi Santoso", "Rina Marlina", "Siti Aminah"]
    assert (page.total, page.total_exact) == (4, True)
    siti = page.rows[3]
    assert (siti.nip_display, siti.golongan, siti.pangkat, siti.jabatan, siti.unit_name,
            siti.jenis_pegawai, siti.bup, siti.tmt_pensiun) == (
        "19850315 201001 2 003", "III/b", "Penata Muda Tingkat I (III/b)",
        "Jabatan Siti Aminah", "Bidang Pembinaan SD", "PNS", 58, date(2043, 4, 1))
    assert page.rows[2].nip_display == "19900913 2025 24 2 014"


def test_unit_filter_takes_sub_units_unless_told_not_to(world, staff):
    dinas = world.units["dinas_pendidikan"]
    assert names(world, unit_id=dinas) == ["Budi Santoso", "Siti Aminah"]
    assert names(world, unit_id=dinas, include_subunits=False) == ["Budi Santoso"]


def test_golongan_jabatan_and_jenis_filters(world, staff):
    assert names(world, golongan="III/b") == ["Siti Aminah"]
    assert names(world, golongan=("II/a", "III/d")) == ["Ahmad Santoso Putra", "Siti Aminah"]
    assert names(world, golongan=("IV/e", "III.a")) == ["Budi Santoso", "Siti Aminah"]
    assert names(world, golongan="IX") == ["Rina Marlina"]
    assert names(world, jabatan_kind=("pengawas", "administrator")) == [
        "Budi Santoso", "Siti Aminah"]
    assert names(world, jenis_pegawai="PPPK") == ["Rina Marlina"]
    with pytest.raises(ValidationError) as caught:
        names(world, golongan=("III/a", "IX"))
    assert caught.value.errors[0].field == "golongan"


def test_status_filter(world, staff):
    assert names(world, status="inactive") == ["Dewi Lestari"]
    assert names(world, status="pensiun") == ["Dewi Lestari"]
    assert len(names(world, status="all")) == 5
    with pytest.raises(ValidationError):
        names(world, status="cuti")


SORTS = [
    (SortKey.NIP, ["ahmad", "budi", "siti", "rina"]),
    (SortKey.GOLONGAN, ["ahmad", "rina", "siti", "budi"]),
    (SortKey.TANGGAL_LAHIR, ["ahmad", "budi", "siti", "rina"]),
    (SortKey.TMT_PENSIUN, ["ahmad", "budi", "siti", "rina"]),
    (SortKey.UNIT, ["ahmad", "rina", "siti", "budi"]),
    (SortKey.JENIS, ["ahmad", "budi", "siti", "rina"]),
    (SortKey.TMT_GOLONGAN, ["siti", "ahmad", "budi", "rina"]),
]


def test_sorting_by_each_column_both_ways(world, staff):
    by_id = {v: k for k, v in staff.items()}
    for sort, expected in SORTS:
        up = world.call(OPERATOR, list_employees, EmployeeQuery(sort=sort)).rows
        down = world.call(OPERATOR, list_employees,
                          EmployeeQuery(sort=sort, descending=True)).rows
        assert [by_id[r.id] for r in up] == expected, sort
        assert [by_id[r.id] for r in down] == expected[::-1], sort


def test_paging_and_capped_count(world, staff):
    first = world.call(OPERATOR, list_employees, EmployeeQuery(limit=3))
    second = world.call(OPERATOR, list_employees, EmployeeQuery(offset=3, limit=3))
    assert [r.nama for r in first.rows + second.rows] == names(world)
    assert (second.total, second.offset) == (4, 3)
    capped = world.call(OPERATOR, list_employees, EmployeeQuery(limit=1, count_limit=2))
    assert (len(capped.rows), capped.total, capped.total_exact) == (1, 2, False)
    assert world.call(OPERATOR, count_employees, EmployeeQuery()) == 4
    assert world.call(OPERATOR, count_employees, EmployeeQuery(), 3) == 3


def test_deleted_employees_vanish_from_the_list(world, staff):
    world.call(VERIFIKATOR, delete_employee, staff["budi"], "Data ganda")
    assert "Budi Santoso" not in names(world, status="all")
    assert world.call(OPERATOR, count_employees, EmployeeQuery(text="budi")) == 0


def test_each_office_sees_its_own_and_the_province_sees_all(world, staff):
    assert names(world, actor=OTHER_OPERATOR) == ["Hendra Gunawan"]
    assert names(world, actor=OTHER_OPERATOR, office_code="15.02") == ["Hendra Gunawan"]
    assert len(names(world, actor=STEWARD)) == 5
    assert names(world, actor=STEWARD, office_code="15.71") == ["Hendra Gunawan"]


def test_reading_needs_a_logged_in_role(world, staff):
    with pytest.raises(PermissionDenied):
        list_employees(None, None, EmployeeQuery())  # type: ignore[arg-type]
