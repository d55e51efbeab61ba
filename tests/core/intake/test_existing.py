"""Existing employees: matched by NIP, only filled cells compared (an empty cell never blanks a
stored value), capitals and spacing are not changes, changed fields listed, known history rows
not added twice; NIPs of other offices and deleted records refused."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import SimpegError
from app.intake import RowStatus, apply, build_table, preview
from app.services.employee_input import EmployeeInput
from app.services.histories import PangkatInput, add_history, list_history
from app.services.personnel import create_employee, delete_employee, employee_input
from tests.core.intake.conftest import run_apply, run_preview
from tests.core.services.personnel_fixtures import (
    ADMIN,
    BUDI,
    OTHER_OPERATOR,
    SITI,
    VERIFIKATOR,
)

HEADERS = ("NIP", "Nama", "Tempat Lahir", "Telepon", "Golongan", "TMT Golongan", "Unit Kerja")


def table(*rows):
    return build_table("pegawai.xlsx", [HEADERS, *rows])


@pytest.fixture
def siti(world):
    data = EmployeeInput(**{**SITI, "tempat_lahir": "Bangko", "telepon": "0812-1111-2222"},
                         current_unit_id=world.units["bkpsdm"])
    emp = world.call(ADMIN, create_employee, data).id
    world.call(ADMIN, add_history, emp, PangkatInput(golongan_code="III/a", tmt=date(2010, 4, 1)))
    return emp


def test_empty_cells_never_blank_and_capitals_are_not_changes(world, siti):
    plan = run_preview(world, table((SITI["nip"], "SITI  AMINAH", None, None, None, None, None)))
    assert [r.status for r in plan.rows] == [RowStatus.UNCHANGED]
    assert plan.rows[0].employee_id == siti


def test_changed_fields_are_listed_and_applied(world, siti):
    plan = run_preview(world, table((SITI["nip"], "Siti Aminah", "Jambi", "0852-3333-4444",
                                     "III/b", "01-04-2014", "Dinas Pendidikan")))
    row = plan.rows[0]
    assert row.status is RowStatus.CHANGED
    assert [(c.field, c.old, c.new) for c in row.changes] == [
        ("tempat_lahir", "Bangko", "Jambi"), ("telepon", "0812-1111-2222", "0852-3333-4444"),
        ("unit", "BKPSDM", "Dinas Pendidikan")]
    assert [h.summary for h in row.histories] == ["III/b, TMT 01-04-2014"]
    run_apply(world, plan)
    stored = world.call(ADMIN, employee_input, siti)
    assert (stored.tempat_lahir, stored.telepon, stored.nama) == (
        "Jambi", "0852-3333-4444", "Siti Aminah")
    assert stored.current_unit_id == world.units["dinas_pendidikan"]
    ranks = [r.values.golongan_code for r in world.call(ADMIN, list_history, siti, "pangkat")]
    assert ranks == ["III/a", "III/b"]
    again = run_preview(world, table((SITI["nip"], "Siti Aminah", "Jambi", "0852-3333-4444",
                                      "III/b", "01-04-2014", "Dinas Pendidikan")))
    assert again.rows[0].status is RowStatus.UNCHANGED


def test_a_known_golongan_with_another_tmt_is_left_with_a_note(world, siti):
    plan = run_preview(world, table((SITI["nip"], None, None, None, "III/a", "01-10-2010",
                                     None)))
    row = plan.rows[0]
    assert row.status is RowStatus.UNCHANGED
    assert [i.text("id") for i in row.warnings] == [
        "Golongan III/a sudah tercatat dengan TMT 01-04-2010; tidak diubah (perbaiki di "
        "riwayat pangkat bila perlu)."]


def test_the_whole_record_is_checked_with_the_rules_of_the_form(world, siti):
    plan = run_preview(world, table((SITI["nip"], None, None, "bukan telepon", None, None,
                                     None)))
    [issue] = plan.rows[0].errors
    assert (issue.row, issue.column, issue.field, issue.code) == (
        2, "Telepon", "telepon", "field.phone")


def test_nips_of_other_offices_and_deleted_records_are_refused(world, siti):
    other = EmployeeInput(nip="198001012006041001", nama="Hendra", tanggal_lahir=date(1980, 1, 1),
                          jenis_kelamin="L", tmt_cpns=date(2006, 4, 1))
    world.call(OTHER_OPERATOR, create_employee, other)
    budi = world.call(ADMIN, create_employee, EmployeeInput(**BUDI)).id
    world.call(VERIFIKATOR, delete_employee, budi, "data ganda")
    plan = run_preview(world, table(("198001012006041001", "Hendra", None, None, None, None,
                                     None),
                                    (BUDI["nip"], "Budi", None, None, None, None, None)))
    assert [[e.code for e in r.errors] for r in plan.rows] == [
        ["intake.nip_other_office"], ["intake.nip_deleted"]]
    assert "15.71" in plan.rows[0].errors[0].text("id")


def test_a_record_changed_after_the_preview_stops_the_apply_and_changes_nothing(world, siti):
    plan = run_preview(world, table((SITI["nip"], None, "Jambi", None, None, None, None),
                                    (BUDI["nip"], "Budi Santoso", None, None, None, None, None)))
    from app.services.personnel import update_employee

    world.call(ADMIN, update_employee, siti, {"hobi": "membaca"})
    before = world.fingerprint()
    with pytest.raises(SimpegError) as caught:
        run_apply(world, plan)
    assert caught.value.code == "intake.stale"
    assert "baris 2" in caught.value.text("id")
    assert world.fingerprint() == before


def test_only_writers_apply_and_only_for_their_office(world, siti):
    from app.errors import PermissionDenied
    from tests.core.services.personnel_fixtures import AUDITOR

    plan = world.call(AUDITOR, preview, table((SITI["nip"], None, "Jambi", None, None, None,
                                              None)))
    with pytest.raises(PermissionDenied):
        world.call(AUDITOR, apply, plan)
    with pytest.raises(PermissionDenied):
        world.call(OTHER_OPERATOR, apply, plan)


def test_a_stored_record_with_old_problems_still_gets_new_history_rows(world, siti):
    from app.db.personnel import Employee

    def legacy(session, _actor):  # data the form would refuse today
        session.get(Employee, siti).tmt_cpns = date(2010, 1, 15)

    world.call(ADMIN, legacy)
    plan = run_preview(world, table((SITI["nip"], None, None, None, "III/b", "01-04-2014",
                                     None)))
    row = plan.rows[0]
    assert row.status is RowStatus.CHANGED and row.errors == ()  # the record is not saved
    run_apply(world, plan)
    plan = run_preview(world, table((SITI["nip"], None, "Jambi", None, None, None, None)))
    assert [(i.field, i.code, i.origin) for i in plan.rows[0].errors] == [
        ("tmt_cpns", "field.tmt_first", "stored")]
