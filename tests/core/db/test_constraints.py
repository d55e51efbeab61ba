"""What the database itself enforces: unique NIP/NIK, one live SKP a year, delete rules."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, func, select, text, update
from sqlalchemy.exc import IntegrityError

from app.db.appraisal import Skp, SkpRhk
from app.db.engine import is_sqlite, unit_of_work
from app.db.histories import PangkatHistory
from app.db.org import OrgUnit
from app.db.personnel import Employee, EmployeePhoto
from app.db.training import TrainingParticipant, TrainingProgram, TrainingSession
from tests.core.db import builders


def _skp(employee_id: str, **values: object) -> Skp:
    return Skp(office_code="15.02", employee_id=employee_id, year=2024,
               period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), **values)


def test_duplicate_nip_is_refused_by_database(plain_factory):
    with unit_of_work(plain_factory) as s:
        s.add(builders.employee(nama="Siti Aminah", nik="1502015503850001"))
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.add(builders.employee(nama="Siti A.", nik="1502015503850002"))
    with unit_of_work(plain_factory) as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == 1


def test_duplicate_nik_is_refused_by_database(plain_factory):
    with unit_of_work(plain_factory) as s:
        s.add(builders.employee(nip="198503152010012003"))
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.add(builders.employee(nip="198503152010012004"))


def test_missing_nip_and_nik_may_repeat(plain_factory):
    with unit_of_work(plain_factory) as s:
        s.add_all([builders.employee(nama=n, nip=None, nik=None) for n in ("Ani", "Budi")])
    with unit_of_work(plain_factory) as s:
        assert s.scalar(select(func.count()).select_from(Employee)) == 2


def test_jenis_kelamin_outside_l_p_is_refused(plain_factory):
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.add(builders.employee(jenis_kelamin="X"))


def test_one_live_skp_per_employee_and_year(plain_factory):
    with unit_of_work(plain_factory) as s:
        emp = builders.employee()
        s.add(emp)
        s.flush()
        s.add(_skp(emp.id))
        emp_id = emp.id
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.add(_skp(emp_id))
    with unit_of_work(plain_factory) as s:
        s.execute(update(Skp).values(deleted=True, deleted_reason="salah input"))
        s.add(_skp(emp_id))  # a deleted SKP does not block a new one
    with unit_of_work(plain_factory) as s:
        assert s.scalars(select(Skp.deleted).order_by(Skp.deleted)).all() == [False, True]


def test_purging_employee_cascades_to_owned_rows_and_clears_penilai(plain_factory):
    with unit_of_work(plain_factory) as s:
        emp, boss = builders.employee(), builders.employee("Budi", "197901012005011002", None)
        program = TrainingProgram(office_code="15.02", name="Latsar", kind="klasikal",
                                  category="latsar")
        s.add_all([emp, boss, program])
        s.flush()
        session = TrainingSession(office_code="15.02", program_id=program.id, title="Latsar I",
                                  start_date=date(2024, 2, 1), end_date=date(2024, 3, 1))
        s.add(session)
        s.flush()
        skp = _skp(emp.id)
        boss_skp = _skp(boss.id, penilai_employee_id=emp.id, penilai_nama="Siti Aminah")
        s.add_all([
            EmployeePhoto(office_code="15.02", employee_id=emp.id, data=b"jpeg"),
            PangkatHistory(office_code="15.02", employee_id=emp.id, golongan_code="III/a",
                           tmt=date(2010, 1, 1)),
            TrainingParticipant(office_code="15.02", session_id=session.id, employee_id=emp.id),
            skp, boss_skp,
        ])
        s.flush()
        s.add(SkpRhk(office_code="15.02", skp_id=skp.id, text="RHK"))
        emp_id, boss_skp_id = emp.id, boss_skp.id

    with unit_of_work(plain_factory) as s:
        s.execute(delete(Employee).where(Employee.id == emp_id))

    with unit_of_work(plain_factory) as s:
        for model in (EmployeePhoto, PangkatHistory, TrainingParticipant, SkpRhk):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        remaining = s.get(Skp, boss_skp_id)
        assert remaining.penilai_employee_id is None
        assert remaining.penilai_nama == "Siti Aminah"  # the printed snapshot stays
        assert s.scalar(select(func.count()).select_from(TrainingSession)) == 1


def test_org_unit_in_use_cannot_be_purged(plain_factory):
    with unit_of_work(plain_factory) as s:
        opd = builders.unit()
        s.add(opd)
        s.flush()
        s.add(builders.employee(current_unit_id=opd.id))
        opd_id = opd.id
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.execute(delete(OrgUnit).where(OrgUnit.id == opd_id))


def test_foreign_keys_can_be_deferred_for_one_import_transaction(plain_factory):
    """The bundle importer may apply a child before its parent inside one transaction."""
    parent_id = "0193c1c2-0000-7000-8000-000000000001"
    with unit_of_work(plain_factory) as s:
        if is_sqlite(s.get_bind()):
            s.execute(text("PRAGMA defer_foreign_keys=ON"))
        else:
            s.execute(text("SET CONSTRAINTS ALL DEFERRED"))
        s.add(PangkatHistory(office_code="15.02", employee_id=parent_id,
                             golongan_code="III/a", tmt=date(2010, 1, 1)))
        s.flush()
        s.add(builders.employee(id=parent_id))
    with unit_of_work(plain_factory) as s:
        assert s.scalars(select(PangkatHistory.employee_id)).one() == parent_id


def test_foreign_keys_are_checked_at_once_by_default(plain_factory):
    with pytest.raises(IntegrityError), unit_of_work(plain_factory) as s:
        s.add(PangkatHistory(office_code="15.02", employee_id="no-such-employee",
                             golongan_code="III/a", tmt=date(2010, 1, 1)))
        s.flush()
