"""The OPD tree: order, counts, edits, and refusals with clear messages."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.org import (
    OrgUnitInput,
    create_org_unit,
    delete_org_unit,
    list_org_tree,
    update_org_unit,
)
from app.services.personnel import create_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, ORG_EDITOR, employee_input

world = personnel_fixtures.world  # the shared fixture


def tree(world, actor=OPERATOR):
    return [(n.depth, n.name, n.employee_count) for n in world.call(actor, list_org_tree)]


def test_list_org_tree_is_in_tree_order_with_counts(world):
    world.call(OPERATOR, create_employee,
               employee_input(current_unit_id=world.units["bidang_sd"]))
    assert tree(world) == [
        (0, "BKPSDM", 0), (0, "Dinas Pendidikan", 0), (1, "Bidang Pembinaan SD", 1)]
    node = world.call(OPERATOR, list_org_tree)[2]
    assert node.path == ("Dinas Pendidikan", "Bidang Pembinaan SD")


def test_create_and_update_units(world):
    new = world.call(ORG_EDITOR, create_org_unit, OrgUnitInput(
        name="Sekretariat", kind="sekretariat", parent_id=world.units["dinas_pendidikan"],
        eselon="iii a", sort_order=-1))
    assert (new.depth, new.eselon, new.office_code) == (1, "III.a", "15.02")
    assert tree(world)[2] == (1, "Sekretariat", 0)
    moved = world.call(ORG_EDITOR, update_org_unit, new.id, OrgUnitInput(
        name="Sekretariat BKPSDM", kind="sekretariat", parent_id=world.units["bkpsdm"]))
    assert moved.path == ("BKPSDM", "Sekretariat BKPSDM")


def test_unit_input_errors_come_together(world):
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, create_org_unit, OrgUnitInput(
            name=None, kind="kementerian", parent_id="nope", eselon="VII"))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("name", "field.required"), ("kind", "field.choice"),
        ("parent_id", "field.not_found"), ("eselon", "jabatan.eselon")}


def test_a_unit_cannot_move_below_itself_or_duplicate_a_sibling(world):
    dinas = world.units["dinas_pendidikan"]
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, update_org_unit, dinas, OrgUnitInput(
            name="Dinas Pendidikan", kind="dinas", parent_id=world.units["bidang_sd"]))
    assert caught.value.errors[0].code == "org.cycle"
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, create_org_unit, OrgUnitInput(name="bkpsdm", kind="badan"))
    assert caught.value.errors[0].code == "org.duplicate_name"


def test_a_unit_with_employees_or_sub_units_cannot_be_deleted(world):
    world.call(OPERATOR, create_employee, employee_input(current_unit_id=world.units["bkpsdm"]))
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, delete_org_unit, world.units["bkpsdm"], "dilebur")
    assert caught.value.errors[0].text("id").startswith(
        "Unit kerja BKPSDM masih ditempati 1 pegawai")
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, delete_org_unit, world.units["dinas_pendidikan"], "dilebur")
    assert caught.value.errors[0].code == "org.has_children"
    world.call(ORG_EDITOR, delete_org_unit, world.units["bidang_sd"], "Dilebur ke sekretariat")
    assert [name for _d, name, _c in tree(world)] == ["BKPSDM", "Dinas Pendidikan"]


def test_org_writes_need_org_write(world):
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, create_org_unit, OrgUnitInput(name="X", kind="dinas"))
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, delete_org_unit, world.units["bidang_sd"], "alasan")
    assert len(tree(world)) == 3
