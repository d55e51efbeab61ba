"""Creating, changing, deleting and restoring employees."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.engine import unit_of_work
from app.db.personnel import Employee
from app.errors import PermissionDenied, ValidationError
from app.services import employee_input as rules
from app.services.employee_query import EmployeeQuery, list_employees
from app.services.personnel import (
    create_employee,
    delete_employee,
    employee_input,
    restore_employee,
    update_employee,
)
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    AUDITOR,
    BUDI,
    OPERATOR,
    OTHER_OPERATOR,
    SITI,
    VERIFIKATOR,
)
from tests.core.services.personnel_fixtures import employee_input as make_input

world = personnel_fixtures.world  # the shared fixture


def names(world, actor=OPERATOR, **query):
    page = world.call(actor, list_employees, EmployeeQuery(**query))
    return [r.nama for r in page.rows]


def test_create_employee_stores_normalised_values_and_returns_the_row(world):
    saved = world.call(OPERATOR, create_employee, make_input(
        nip="19850315 201001 2 003", nik="15.02.01.550385.0001", nama="  Siti Aminah ",
        gelar_depan="Dra.", gelar_belakang="M.Pd.", current_unit_id=world.units["bidang_sd"]))
    assert saved.row.nip == "198503152010012003"
    assert saved.row.nip_display == "19850315 201001 2 003"
    assert saved.row.nik == "1502015503850001"
    assert saved.row.nama_lengkap == "Dra. Siti Aminah, M.Pd."
    assert saved.row.unit_name == "Bidang Pembinaan SD"
    assert saved.warnings == ()
    with unit_of_work(world.factory) as s:
        stored = s.get(Employee, saved.id)
        assert (stored.nama, stored.nama_search, stored.office_code) == (
            "Siti Aminah", "siti aminah", "15.02")


def test_create_employee_returns_warnings_but_saves(world):
    saved = world.call(OPERATOR, create_employee, make_input(nik="1502011503850001"))
    assert [w.code for w in saved.warnings] == ["nik.nip_gender_mismatch"]
    assert names(world) == ["Siti Aminah"]


def test_bad_input_changes_nothing(world):
    world.call(OPERATOR, create_employee, make_input(BUDI))
    before = world.fingerprint()
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, create_employee, make_input(nip="123", email="bukan-email"))
    assert {e.field for e in caught.value.errors} == {"nip", "email"}
    budi_id = world.call(OPERATOR, list_employees, EmployeeQuery()).rows[0].id
    with pytest.raises(ValidationError):
        world.call(OPERATOR, update_employee, budi_id, {"tanggal_lahir": date(1979, 1, 2)})
    assert world.fingerprint() == before


def test_duplicate_nip_is_refused_naming_the_other_record(world):
    world.call(OPERATOR, create_employee,
               make_input(BUDI, current_unit_id=world.units["dinas_pendidikan"]))
    before = world.fingerprint()
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, create_employee, make_input(BUDI, nama="Budi S.", nik=None))
    assert caught.value.by_field("id") == {
        "nip": "NIP 197901012005011002 sudah dipakai oleh Budi Santoso (Dinas Pendidikan)."}
    assert world.fingerprint() == before


def test_database_constraint_backstop_gives_the_same_message(world, monkeypatch):
    world.call(OPERATOR, create_employee,
               make_input(BUDI, current_unit_id=world.units["bkpsdm"]))
    monkeypatch.setattr(rules, "_check_unique", lambda *args: None)  # a concurrent writer
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, create_employee, make_input(BUDI, nama="Budi Lain", nik=None))
    assert caught.value.by_field("en") == {
        "nip": "NIP 197901012005011002 is already used by Budi Santoso (BKPSDM)."}
    assert names(world) == ["Budi Santoso"]


def test_deleted_record_still_holds_its_nip_and_says_so(world):
    saved = world.call(OPERATOR, create_employee, make_input(BUDI))
    world.call(VERIFIKATOR, delete_employee, saved.id, "Data ganda")
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, create_employee, make_input(BUDI))
    assert {e.code for e in caught.value.errors} == {"employee.nip_taken_deleted",
                                                     "employee.nik_taken_deleted"}
    assert "pulihkan" in caught.value.errors[0].text("id")


def test_update_employee_changes_only_given_fields_and_validates_the_whole(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    row = world.call(OPERATOR, update_employee, saved.id,
                     {"nama": "Siti Aminah Lubis", "email": "siti@merangin.go.id"}).row
    assert row.nama == "Siti Aminah Lubis"
    data = world.call(OPERATOR, employee_input, saved.id)
    assert (data.email, data.nip, data.tmt_cpns) == ("siti@merangin.go.id", SITI["nip"],
                                                      SITI["tmt_cpns"])
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, update_employee, saved.id, {"gaji": 1})
    assert caught.value.errors[0].code == "employee.unknown_field"


def test_update_keeps_own_nip_without_a_clash(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    full = world.call(OPERATOR, employee_input, saved.id)
    assert world.call(OPERATOR, update_employee, saved.id, full).warnings == ()


def test_operator_and_auditor_may_not_delete(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    for actor in (OPERATOR, AUDITOR):
        with pytest.raises(PermissionDenied):
            world.call(actor, delete_employee, saved.id, "salah input")
    with pytest.raises(PermissionDenied):
        world.call(AUDITOR, create_employee, make_input(BUDI))
    assert names(world) == ["Siti Aminah"]


def test_delete_needs_a_reason_and_tombstones(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    with pytest.raises(ValidationError):
        world.call(VERIFIKATOR, delete_employee, saved.id, "  ")
    world.call(VERIFIKATOR, delete_employee, saved.id, "Pindah ke provinsi lain")
    assert names(world) == []
    assert names(world, status="all") == []
    with unit_of_work(world.factory) as s:
        row = s.scalars(select(Employee)).one()
        assert (row.deleted, row.deleted_reason) == (True, "Pindah ke provinsi lain")
    restored = world.call(VERIFIKATOR, restore_employee, saved.id)
    assert restored.nama == "Siti Aminah"
    assert names(world) == ["Siti Aminah"]


def test_other_office_may_not_change_or_see_the_record(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    with pytest.raises(Exception) as caught:
        world.call(OTHER_OPERATOR, update_employee, saved.id, {"nama": "X"})
    assert type(caught.value).__name__ == "NotFound"
    assert names(world, actor=OTHER_OPERATOR) == []
