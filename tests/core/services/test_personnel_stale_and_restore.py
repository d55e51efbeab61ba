"""Two clerks saving the same employee (the later save is refused, not silently winning) and
restoring a deleted employee from the list (audited with the reason)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.db.audit import AuditEntry
from app.db.engine import unit_of_work
from app.db.personnel import Employee
from app.errors import Conflict, PermissionDenied, set_language
from app.services.employee_query import EmployeeQuery, list_employees
from app.services.personnel import (
    create_employee,
    delete_employee,
    restore_employee,
    update_employee,
)
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, VERIFIKATOR
from tests.core.services.personnel_fixtures import employee_input as make_input

world = personnel_fixtures.world


def _stamp(world, employee_id):
    with unit_of_work(world.factory) as s:
        return s.get(Employee, employee_id).updated_at


def test_a_save_on_the_version_opened_goes_through(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    opened = _stamp(world, saved.id)
    done = world.call(OPERATOR, update_employee, saved.id, {"tempat_lahir": "Bangko"},
                      expected_updated_at=opened)
    assert done.id == saved.id
    assert _stamp(world, saved.id) > opened


def test_a_save_after_another_clerk_saved_is_refused_naming_who_and_when(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    opened = _stamp(world, saved.id)  # both clerks open the record
    world.call(VERIFIKATOR, update_employee, saved.id, {"tempat_lahir": "Bangko"},
               expected_updated_at=opened)
    set_language("id")
    with pytest.raises(Conflict) as caught:
        world.call(OPERATOR, update_employee, saved.id, {"tempat_lahir": "Sarolangun"},
                   expected_updated_at=opened)
    text = caught.value.text()
    assert text.startswith("Data pegawai ini sudah diubah oleh verif1 pada ")
    assert "muat ulang" in text
    with unit_of_work(world.factory) as s:
        assert s.get(Employee, saved.id).tempat_lahir == "Bangko"  # the first save stands


def test_without_the_stamp_the_old_callers_still_save(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    world.call(VERIFIKATOR, update_employee, saved.id, {"tempat_lahir": "Bangko"})
    world.call(OPERATOR, update_employee, saved.id, {"tempat_lahir": "Sarolangun"})
    with unit_of_work(world.factory) as s:
        assert s.get(Employee, saved.id).tempat_lahir == "Sarolangun"


def test_an_aware_stamp_of_the_same_moment_is_the_same_version(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    opened = _stamp(world, saved.id)
    from datetime import UTC

    world.call(OPERATOR, update_employee, saved.id, {"tempat_lahir": "Bangko"},
               expected_updated_at=opened.replace(tzinfo=UTC))
    with pytest.raises(Conflict):
        world.call(OPERATOR, update_employee, saved.id, {"tempat_lahir": "Jambi"},
                   expected_updated_at=opened - timedelta(seconds=1))


def test_deleted_employees_are_listed_for_a_verifikator_and_restored_with_a_reason(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    world.call(VERIFIKATOR, delete_employee, saved.id, "Salah input, dobel")
    live = world.call(VERIFIKATOR, list_employees, EmployeeQuery())
    gone = world.call(VERIFIKATOR, list_employees, EmployeeQuery(deleted=True))
    assert [r.nama for r in live.rows] == []
    assert [(r.nama, r.deleted) for r in gone.rows] == [("Siti Aminah", True)]
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, list_employees, EmployeeQuery(deleted=True))
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, restore_employee, saved.id, "keliru hapus")
    row = world.call(VERIFIKATOR, restore_employee, saved.id, "Ternyata bukan dobel")
    assert (row.nama, row.deleted) == ("Siti Aminah", False)
    assert [r.nama for r in world.call(VERIFIKATOR, list_employees, EmployeeQuery()).rows] == [
        "Siti Aminah"]
    with unit_of_work(world.factory) as s:
        stored = s.get(Employee, saved.id)
        assert (stored.deleted, stored.deleted_reason) == (False, None)
        actions = s.execute(select(AuditEntry.action, AuditEntry.detail, AuditEntry.username)
                            .where(AuditEntry.record_pk == saved.id)
                            .order_by(AuditEntry.seq)).all()
    assert [a for a, _d, _u in actions][-3:] == ["delete", "restore", "restore.reason"]
    assert actions[-1][1:] == ("Ternyata bukan dobel", "verif1")


def test_restoring_a_live_employee_is_refused(world):
    saved = world.call(OPERATOR, create_employee, make_input())
    with pytest.raises(Conflict):
        world.call(VERIFIKATOR, restore_employee, saved.id, "tidak perlu")
