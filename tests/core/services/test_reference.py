"""Reference lists and the jabatan catalogue: reading, and who may change what."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied, ValidationError
from app.services.reference import (
    JabatanCatalogInput,
    RefInput,
    RefTable,
    list_jabatan,
    list_reference,
    save_jabatan,
    save_reference,
)
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, STEWARD

world = personnel_fixtures.world  # the shared fixture


def test_reference_lists_are_seeded_and_ordered(world):
    golongan = world.call(OPERATOR, list_reference, RefTable.GOLONGAN)
    assert len(golongan) == 34
    iii_b = next(g for g in golongan if g.code == "III/b")
    assert (iii_b.name, iii_b.extra["ordinal"], iii_b.extra["kind"]) == (
        "Penata Muda Tingkat I (III/b)", 10, "PNS")
    education = [r.code for r in world.call(OPERATOR, list_reference, "education_level")]
    assert education[0] == "SD" and education[-1] == "S3"
    assert "islam" in [r.code for r in world.call(OPERATOR, list_reference, RefTable.RELIGION)]


def test_steward_adds_and_renames_reference_rows(world):
    row = world.call(STEWARD, save_reference, RefTable.TRAINING_TYPE,
                     RefInput(code="diklat_daring", name="Diklat daring", kind="nonklasikal"))
    assert row.extra["kind"] == "nonklasikal"
    islam = next(r for r in world.call(OPERATOR, list_reference, RefTable.RELIGION)
                 if r.code == "islam")
    world.call(STEWARD, save_reference, RefTable.RELIGION,
               RefInput(code="islam", name="Islam", active=False), islam.id)
    assert "islam" not in [r.code for r in world.call(OPERATOR, list_reference, "religion")]
    every = world.call(OPERATOR, list_reference, "religion", include_inactive=True)
    assert "islam" in [r.code for r in every]


def test_reference_rules(world):
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, save_reference, RefTable.RELIGION, RefInput(code="x", name="X"))
    with pytest.raises(PermissionDenied):
        world.call(STEWARD, save_reference, RefTable.GOLONGAN, RefInput(code="V/a", name="V"))
    with pytest.raises(ValidationError) as caught:
        world.call(STEWARD, save_reference, RefTable.EDUCATION, RefInput(code="S4", name="S4"))
    assert caught.value.errors[0].code == "reference.fixed_codes"
    with pytest.raises(ValidationError) as caught:
        world.call(STEWARD, save_reference, RefTable.RELIGION,
                   RefInput(code="hindu", name="Hindu Dharma"))
    assert caught.value.errors[0].code == "reference.code_taken"


def test_jabatan_catalogue_shared_and_local(world):
    seeded = len(world.call(OPERATOR, list_jabatan))  # the catalogue simpeg init seeds
    shared = world.call(STEWARD, save_jabatan, JabatanCatalogInput(
        name="Penerjemah Ahli Muda", kind="Fungsional Keahlian", jenjang="ahli muda", bup=60,
        shared=True))
    local = world.call(OPERATOR, save_jabatan, JabatanCatalogInput(
        name="Pengelola Kepegawaian Sekolah", kind="pelaksana", pelaksana_category="klerek"))
    assert (shared.shared, shared.kind, shared.jenjang) == (True, "fungsional_keahlian",
                                                            "ahli_muda")
    assert (local.shared, local.office_code) == (False, "15.02")
    found = world.call(OPERATOR, list_jabatan, "penerjemah")
    assert [j.name for j in found] == ["Penerjemah Ahli Muda"]
    assert len(world.call(OPERATOR, list_jabatan)) == seeded + 2
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, save_jabatan, JabatanCatalogInput(name="X", kind="pelaksana",
                                                               shared=True))
    with pytest.raises(PermissionDenied):
        world.call(OPERATOR, save_jabatan, JabatanCatalogInput(
            name="Penerjemah Ahli Muda", kind="fungsional_keahlian", jenjang="ahli_muda"),
            shared.id)


def test_jabatan_catalogue_validation(world):
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, save_jabatan, JabatanCatalogInput(
            name="Analis", kind="fungsional_keahlian", bup=80, pelaksana_category="klerek"))
    assert {(e.field, e.code) for e in caught.value.errors} == {
        ("jenjang", "reference.jenjang_required"), ("bup", "field.range"),
        ("pelaksana_category", "reference.category_pelaksana_only")}
