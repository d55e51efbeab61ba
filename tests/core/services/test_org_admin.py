"""The Referensi screen's services: the tree with counts, moving and (de)activating units,
edits that keep fields the form does not show, form checks, choices and BerAKHLAK."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.org import OrgUnitInput, create_org_unit, list_org_tree, update_org_unit
from app.services.org_admin import (
    check_jabatan,
    check_org_unit,
    list_berakhlak,
    list_offices,
    move_org_unit,
    org_tree_rows,
    reference_choices,
    set_org_unit_active,
    unit_input,
)
from app.services.personnel import create_employee
from app.services.reference import JabatanCatalogInput, save_jabatan
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    BUDI,
    OPERATOR,
    ORG_EDITOR,
    STEWARD,
    employee_input,
)

world = personnel_fixtures.world  # the shared fixture


def rows(world, actor=OPERATOR, office=None):
    return [(r.node.depth, r.name, r.on_duty, r.on_duty_total, r.recorded, r.sub_units)
            for r in world.call(actor, org_tree_rows, office)]


def test_tree_rows_count_on_duty_employees_and_add_them_up_the_tree(world):
    world.call(OPERATOR, create_employee,
               employee_input(current_unit_id=world.units["bidang_sd"]))
    world.call(OPERATOR, create_employee, employee_input(
        BUDI, current_unit_id=world.units["bidang_sd"], status="pensiun"))
    world.call(OPERATOR, create_employee, employee_input(
        dict(nip="196712101990031001", nama="Ahmad", tanggal_lahir=date(1967, 12, 10),
             jenis_kelamin="L", tmt_cpns=date(1990, 3, 1)),
        current_unit_id=world.units["dinas_pendidikan"]))
    assert rows(world) == [
        (0, "BKPSDM", 0, 0, 0, 0),
        (0, "Dinas Pendidikan", 1, 2, 1, 1),
        (1, "Bidang Pembinaan SD", 1, 1, 2, 0),  # the retired one still blocks a delete
    ]


def test_a_regency_sees_only_its_tree_the_province_any(world):
    assert [r[1] for r in rows(world, OPERATOR, "15.71")] == [
        "BKPSDM", "Dinas Pendidikan", "Bidang Pembinaan SD"]
    assert [r[1] for r in rows(world, STEWARD, "15.71")] == ["Dinas Kesehatan Kota"]
    assert [o.code for o in world.call(OPERATOR, list_offices)] == ["15.02"]
    offices = world.call(STEWARD, list_offices)
    assert len(offices) == 12 and offices[0].code == "15"


def test_move_keeps_every_other_field_and_refuses_a_cycle(world):
    sd = world.call(ORG_EDITOR, update_org_unit, world.units["bidang_sd"], OrgUnitInput(
        name="Bidang Pembinaan SD", kind="bidang", parent_id=world.units["dinas_pendidikan"],
        short_name="Bid. SD", eselon="III.b", sort_order=3, siasn_unor_id="A5EB03E2"))
    moved = world.call(ORG_EDITOR, move_org_unit, sd.id, world.units["bkpsdm"])
    assert moved.path == ("BKPSDM", "Bidang Pembinaan SD")
    kept = world.call(OPERATOR, unit_input, sd.id)
    assert (kept.short_name, kept.eselon, kept.sort_order, kept.siasn_unor_id) == (
        "Bid. SD", "III.b", 3, "A5EB03E2")
    top = world.call(ORG_EDITOR, move_org_unit, sd.id, None)
    assert top.depth == 0
    world.call(ORG_EDITOR, move_org_unit, world.units["dinas_pendidikan"], sd.id)
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, move_org_unit, sd.id, world.units["dinas_pendidikan"])
    assert caught.value.errors[0].field == "parent_id"
    assert caught.value.errors[0].text("id") == (
        "Dinas Pendidikan berada di bawah Bidang Pembinaan SD, jadi tidak bisa menjadi induknya.")


def test_deactivate_takes_the_sub_units_along_and_activation_needs_an_active_parent(world):
    dinas, sd = world.units["dinas_pendidikan"], world.units["bidang_sd"]
    assert world.call(ORG_EDITOR, set_org_unit_active, dinas, False) == 2
    assert {n.name: n.active for n in world.call(OPERATOR, list_org_tree)} == {
        "BKPSDM": True, "Dinas Pendidikan": False, "Bidang Pembinaan SD": False}
    with pytest.raises(ValidationError) as caught:
        world.call(ORG_EDITOR, set_org_unit_active, sd, True)
    assert caught.value.errors[0].text("id") == (
        "Unit induk Dinas Pendidikan nonaktif; aktifkan induknya dahulu sebelum "
        "Bidang Pembinaan SD.")
    assert world.call(ORG_EDITOR, set_org_unit_active, dinas, True) == 2
    assert world.call(ORG_EDITOR, set_org_unit_active, dinas, True) == 0


def test_unit_changes_need_org_write_and_the_own_office(world):
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, move_org_unit, world.units["bidang_sd"], None)
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, set_org_unit_active, world.units["bidang_sd"], False)
    with pytest.raises(PermissionDenied):
        world.call(STEWARD, set_org_unit_active, world.units["kota"], False)


def test_check_org_unit_says_what_create_would_refuse_without_writing(world):
    before = world.fingerprint()
    errors = world.call(OPERATOR, check_org_unit, OrgUnitInput(
        name="bidang pembinaan sd", kind="bidang", parent_id=world.units["dinas_pendidikan"],
        eselon="VII"))
    assert {(e.field, e.code) for e in errors} == {
        ("name", "org.duplicate_name"), ("eselon", "jabatan.eselon")}
    assert world.call(OPERATOR, check_org_unit, OrgUnitInput(
        name="Bidang Pembinaan SD", kind="bidang", parent_id=world.units["dinas_pendidikan"]),
        world.units["bidang_sd"]) == []  # its own name is not a clash
    assert world.fingerprint() == before


def test_check_jabatan_refuses_a_bup_out_of_range_at_its_field(world):
    data = JabatanCatalogInput(name="Penata Kelola Arsip", kind="pelaksana", bup=80)
    errors = world.call(OPERATOR, check_jabatan, data)
    assert [(e.field, e.code) for e in errors] == [("bup", "field.range")]
    saved = world.call(OPERATOR, save_jabatan, JabatanCatalogInput(
        name="Penata Kelola Arsip", kind="pelaksana", bup=58))
    assert world.call(OPERATOR, check_jabatan, JabatanCatalogInput(
        name="Penata Kelola Arsip", kind="fungsional_keahlian"), saved.id)[0].code == (
        "reference.jenjang_required")


def test_reference_choices_carry_the_bup_of_pp_11_2017(world):
    choices = world.call(OPERATOR, reference_choices)
    assert choices.bup_of("pelaksana", None) == 58
    assert choices.bup_of("jpt_pratama", None) == 60
    assert choices.bup_of("fungsional_keahlian", "ahli_madya") == 60
    assert choices.bup_of("fungsional_keahlian", "ahli_utama") == 65
    assert choices.bup_of("fungsional_keahlian", None) is None
    assert [e.code for e in choices.eselon][:2] == ["I.a", "I.b"]
    assert "dinas" in choices.unit_kinds and "klerek" in choices.pelaksana_categories


def test_berakhlak_lists_the_seven_values_in_order_with_their_behaviours(world):
    values = world.call(OPERATOR, list_berakhlak)
    assert "".join(v.name[0] for v in values) == "BAKHLAK"
    assert [v.code for v in values][:2] == ["berorientasi_pelayanan", "akuntabel"]
    assert all(len(v.behaviours) == 3 for v in values)


def test_a_unit_made_here_counts_in_the_tree(world):
    new = world.call(ORG_EDITOR, create_org_unit, OrgUnitInput(
        name="Seksi Kurikulum", kind="seksi", parent_id=world.units["bidang_sd"]))
    world.call(OPERATOR, create_employee, employee_input(current_unit_id=new.id))
    found = {r.name: r for r in world.call(OPERATOR, org_tree_rows)}
    assert (found["Seksi Kurikulum"].node.depth, found["Bidang Pembinaan SD"].on_duty_total,
            found["Dinas Pendidikan"].sub_units) == (2, 1, 1)
