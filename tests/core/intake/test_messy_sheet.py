"""The messy spreadsheet (fixtures/messy.py): the right preview, every bad row with its row,
column and reason, and an apply that takes only the good rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from app.db.engine import unit_of_work
from app.db.histories import PangkatHistory
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.intake import RowStatus, read_table
from tests.core.intake.conftest import run_apply, run_preview
from tests.core.intake.fixtures import messy


def test_the_messy_sheet_gives_the_right_preview(world, messy_path):
    table = read_table(messy_path)
    assert (table.sheet, table.header_row) == ("Pegawai", messy.HEADER_ROW)
    before = world.fingerprint()
    plan = run_preview(world, table)
    assert world.fingerprint() == before  # a preview writes nothing
    by_row = {r.row: r for r in plan.rows}
    assert sorted(by_row) == sorted(set(messy.ROWS) - {7})  # the empty row is no row
    assert plan.counts == {"new": 4, "changed": 0, "unchanged": 1, "bad": 6}
    assert [r.row for r in plan.rows if r.status is RowStatus.NEW] == list(messy.NEW_ROWS)
    for row, (column, code) in messy.BAD_ROWS.items():
        found = {(i.column, i.code) for i in by_row[row].errors}
        assert (column, code) in found, (row, found)
    assert by_row[11].status is RowStatus.UNCHANGED
    assert [i.code for i in by_row[11].warnings] == ["intake.duplicate_row"]
    assert by_row[6].errors[0].text("id") == (
        "NIP yang sama ada juga di baris 12 dengan isi berbeda; tentukan mana yang benar.")


def test_cells_are_read_whatever_their_spelling(world, messy_path):
    plan = run_preview(world, read_table(messy_path))
    by_row = {r.row: r for r in plan.rows}
    siti, rina, eko, serial = by_row[5], by_row[8], by_row[14], by_row[16]
    assert (siti.values["nama"], siti.values["gelar_belakang"]) == ("Siti Aminah", "S.E.")
    assert siti.values["tanggal_lahir"] == date(1985, 3, 15)
    assert [h.summary for h in siti.histories] == ["III/b, TMT 01-04-2014"]
    assert [i.code for i in siti.warnings] == ["intake.no_tmt_jabatan"]
    assert (rina.values["nip"], rina.values["jenis_pegawai"]) == ("199009132025242014", "PPPK")
    assert [h.summary for h in rina.histories] == ["IX, TMT 01-03-2025"]
    assert (eko.values["tanggal_lahir"], eko.values["jenis_kelamin"]) == (date(1980, 1, 1), "L")
    assert eko.values["tmt_cpns"] == date(2005, 1, 1)  # read from the NIP
    assert serial.values["tanggal_lahir"] == date(1983, 3, 3)


def test_a_unit_the_office_lacks_is_listed_as_new(world, messy_path):
    plan = run_preview(world, read_table(messy_path))
    assert [(u.name, u.kind, u.employees) for u in plan.new_units] == [
        ("Unit Tidak Ada", "lainnya", 1)]
    assert [(g.code, g.employees) for g in plan.new_golongan] == [
        ("III/a", 1), ("III/b", 1), ("IX", 1)]


def test_only_the_good_rows_are_applied(world, messy_path):
    plan = run_preview(world, read_table(messy_path))
    result = run_apply(world, plan)
    assert (result.created, result.updated, result.bad, result.units_created) == (4, 0, 6, 1)
    with unit_of_work(world.factory) as s:
        nips = set(s.scalars(select(Employee.nip)))
        assert nips == {"198503152010012003", "199009132025242014", "198001012005011003",
                        "198303032008011001"}
        ranks = s.scalar(select(func.count()).select_from(PangkatHistory))
        assert ranks == 3
        eko = s.scalars(select(Employee).where(Employee.nip == "198001012005011003")).one()
        unit = s.get(OrgUnit, eko.current_unit_id)
        assert unit is not None and unit.name == "Unit Tidak Ada"
        siti = s.scalars(select(Employee).where(Employee.nip == "198503152010012003")).one()
        assert (siti.current_golongan_code, siti.tmt_golongan) == ("III/b", date(2014, 4, 1))


def test_running_the_same_file_again_changes_nothing(world, messy_path):
    table = read_table(messy_path)
    run_apply(world, run_preview(world, table))
    before = world.fingerprint()
    again = run_preview(world, table)
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 5, "bad": 6}
    assert again.to_apply == ()
    assert world.fingerprint() == before
