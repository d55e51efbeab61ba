"""A new office starts from its SIASN "Export Data ASN": units, positions and golongan records
created from the file, everything through the services (audited, tracked for sync), the
mapping remembered for the layout, and a second run changing nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry
from app.db.engine import unit_of_work
from app.db.org import OrgUnit, Setting
from app.db.personnel import Employee
from app.db.reference import Jabatan
from app.db.sync_meta import ChangeLog
from app.intake import (
    IntakeOptions,
    export_review,
    mapping_for,
    read_table,
    remembered_mapping,
)
from app.jobs import Cancelled, Progress
from app.services.seed import catalogue_rows
from tests.core.intake.conftest import run_apply, run_preview
from tests.core.intake.fixtures.sheets import SIASN_HEADERS, siasn_people, write_csv
from tests.core.services.personnel_fixtures import ADMIN, OPERATOR


@pytest.fixture
def export(tmp_path):
    people = siasn_people(12, seed=7)
    people[3]["NIP BARU"] = "'" + people[3]["NIP BARU"]  # SIASN's Excel text mark
    people[5]["TANGGAL LAHIR"] = "31-13-1980"
    people[8]["UNOR NAMA"] = "BKPSDM"  # a unit the office already has
    return write_csv(tmp_path / "Export Data ASN.csv", SIASN_HEADERS, people), people


def count(world, model) -> int:
    with unit_of_work(world.factory) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_new_things_are_listed_and_created(world, export):
    path, people = export
    plan = run_preview(world, read_table(path))
    assert plan.counts == {"new": 11, "changed": 0, "unchanged": 0, "bad": 1}
    [bad] = plan.bad_rows
    assert (bad.row, bad.errors[0].column, bad.errors[0].code) == (
        7, "TANGGAL LAHIR", "intake.no_such_date")
    good = [p for i, p in enumerate(people) if i != 5]
    names = {p["UNOR NAMA"] for p in good}
    known = {"BKPSDM", "Dinas Pendidikan"}  # the office's tree already has these
    assert {u.name for u in plan.new_units} == names - known
    assert sum(u.employees for u in plan.new_units) == sum(
        p["UNOR NAMA"] not in known for p in good)
    jabatan = {p["JABATAN NAMA"] for p in good}
    catalogue = {str(r["name"]) for r in catalogue_rows()}  # seeded by simpeg init
    assert jabatan - catalogue  # some are new to the office
    assert {j.name for j in plan.new_jabatan} == jabatan - catalogue
    assert sum(g.employees for g in plan.new_golongan) == 11
    result = run_apply(world, plan)
    assert (result.created, result.histories_added) == (11, 33)
    with unit_of_work(world.factory) as s:
        units = set(s.scalars(select(OrgUnit.name).where(OrgUnit.office_code == "15.02")))
        assert names <= units
        assert jabatan <= set(s.scalars(select(Jabatan.name)))
        placed = s.scalar(select(func.count()).select_from(Employee).where(
            Employee.current_unit_id.is_not(None), Employee.current_golongan_code.is_not(None),
            Employee.current_jabatan_name.is_not(None),
            Employee.current_pendidikan_code.is_not(None)))
        assert placed == 11


def test_every_write_is_tracked_and_audited(world, export):
    path, _ = export
    changes, audits = count(world, ChangeLog), count(world, AuditEntry)
    run_apply(world, run_preview(world, read_table(path)))
    assert count(world, ChangeLog) > changes + 11 * 4
    with unit_of_work(world.factory) as s:
        created = s.scalars(select(AuditEntry.table_name).where(
            AuditEntry.seq > audits, AuditEntry.username == ADMIN.username)).all()
    for table in ("employee", "pangkat_history", "jabatan_history", "pendidikan_history",
                  "org_unit", "jabatan", "setting"):
        assert table in created


def test_a_second_run_changes_nothing(world, export):
    path, _ = export
    run_apply(world, run_preview(world, read_table(path)))
    before = world.fingerprint()
    again = run_preview(world, read_table(path))
    assert again.counts == {"new": 0, "changed": 0, "unchanged": 11, "bad": 1}
    assert (again.new_units, again.new_jabatan, again.new_golongan) == ((), (), ())
    assert world.fingerprint() == before


def test_the_mapping_is_remembered_for_the_layout_when_applied(world, export, tmp_path):
    path, people = export
    table = read_table(path)
    changed = world.call(ADMIN, mapping_for, table).with_field(
        SIASN_HEADERS.index("EMAIL GOV"), "email")
    run_preview(world, table, mapping=changed)
    assert world.call(ADMIN, remembered_mapping, table.signature) is None  # not by a dry run
    run_apply(world, run_preview(world, table, mapping=changed))
    assert world.call(ADMIN, remembered_mapping, table.signature)["EMAIL GOV"] == "email"
    moved = write_csv(tmp_path / "bulan depan.csv", tuple(reversed(SIASN_HEADERS)), people,
                      delimiter=";")
    again = world.call(ADMIN, mapping_for, read_table(moved))
    assert again.header_of("email") == "EMAIL GOV"
    with unit_of_work(world.factory) as s:
        assert s.scalar(select(func.count()).select_from(Setting).where(
            Setting.key.like("intake.mapping.%"))) == 1


def test_without_org_write_unknown_units_are_refused(world, export):
    path, people = export
    plan = run_preview(world, read_table(path), actor=OPERATOR)
    assert plan.new_units == ()
    known = sum(p["UNOR NAMA"] in ("BKPSDM", "Dinas Pendidikan")
                for i, p in enumerate(people) if i != 5)
    assert plan.counts["new"] == known  # only the rows placed in units the office has
    issue = next(i for r in plan.bad_rows for i in r.errors if i.code == "intake.unit_denied")
    assert issue.column == "UNOR NAMA"
    off = run_preview(world, read_table(path), options=IntakeOptions(create_units=False))
    assert {i.code for r in off.bad_rows for i in r.errors} >= {"intake.unit_unknown"}


def test_cancel_changes_nothing(world, export):
    path, _ = export
    plan = run_preview(world, read_table(path))
    before = world.fingerprint()
    progress = Progress(lambda done, total, text: progress.cancel() if done >= 5 else None)
    with pytest.raises(Cancelled):
        run_apply(world, plan, progress=progress)
    assert world.fingerprint() == before


def test_bad_rows_export_fix_and_import_again(world, export, tmp_path):
    path, _ = export
    plan = run_preview(world, read_table(path))
    run_apply(world, plan)
    review = tmp_path / "perbaiki.xlsx"
    assert export_review(plan, review).rows == 1
    fixed = read_table(review)
    assert fixed.headers[-2:] == ("Baris asal", "Masalah")
    assert fixed.signature == plan.signature
    cells = list(fixed.rows[0].cells)
    assert cells[-2] == 7 and "TANGGAL LAHIR" in cells[-1]
    born = SIASN_HEADERS.index("TANGGAL LAHIR")
    nip = str(cells[SIASN_HEADERS.index("NIP BARU")])
    cells[born] = f"{nip[6:8]}-{nip[4:6]}-{nip[0:4]}"
    from app.intake import build_table

    again = run_preview(world, build_table(review.name, [fixed.headers, cells]))
    assert again.counts == {"new": 1, "changed": 0, "unchanged": 0, "bad": 0}
    run_apply(world, again)
    assert count(world, Employee) == 12


def test_same_named_units_of_two_opds_stay_two_units(world, tmp_path):
    people = siasn_people(3, seed=9)
    for p, opd in zip(people, ("Dinas Kesehatan", "Dinas Sosial", "Dinas Sosial"), strict=True):
        p["UNOR NAMA"], p["SATUAN KERJA KERJA NAMA"] = "Sub Bagian Umum dan Kepegawaian", opd
    plan = run_preview(world, read_table(write_csv(tmp_path / "a.csv", SIASN_HEADERS, people)))
    assert [(u.name, u.parent_name, u.employees) for u in plan.new_units] == [
        ("Dinas Kesehatan", None, 0), ("Sub Bagian Umum dan Kepegawaian", "Dinas Kesehatan", 1),
        ("Dinas Sosial", None, 0), ("Sub Bagian Umum dan Kepegawaian", "Dinas Sosial", 2)]
    run_apply(world, plan)
    with unit_of_work(world.factory) as s:
        sub = s.scalars(select(OrgUnit).where(
            OrgUnit.name == "Sub Bagian Umum dan Kepegawaian")).all()
        parents = {s.get(OrgUnit, u.parent_id).name for u in sub}
    assert parents == {"Dinas Kesehatan", "Dinas Sosial"}
    again = run_preview(world, read_table(tmp_path / "a.csv"))
    assert again.counts["unchanged"] == 3 and again.new_units == ()
