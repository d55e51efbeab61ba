"""Representative rows survive a round trip through the database on both backends."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.db.appraisal import Skp, SkpBehaviour, SkpIndicator, SkpRhk
from app.db.base import new_id
from app.db.engine import unit_of_work
from app.db.histories import JabatanHistory, PangkatHistory
from app.db.personnel import Employee, EmployeePhoto
from app.db.training import TrainingParticipant, TrainingProgram, TrainingSession
from tests.core.db import builders


def test_employee_round_trip_keeps_types_and_current_columns(plain_factory):
    with unit_of_work(plain_factory) as s:
        opd = builders.unit()
        agama = builders.religion()
        s.add_all([builders.office(), opd, agama])
        s.flush()
        emp = builders.employee(
            gelar_depan="Dr.", gelar_belakang="S.E., M.M.", agama_id=agama.id,
            current_unit_id=opd.id, current_golongan_code="III/d", current_golongan_ordinal=12,
            tmt_golongan=date(2020, 4, 1), current_jabatan_kind="administrator",
        )
        s.add(emp)
        s.flush()
        s.add(EmployeePhoto(office_code=emp.office_code, employee_id=emp.id, data=b"\xff\xd8jpeg"))
        s.add(PangkatHistory(
            office_code=emp.office_code, employee_id=emp.id, golongan_code="III/d",
            tmt=date(2020, 4, 1), mkg_tahun=10, mkg_bulan=2, gaji_pokok=4_100_000,
            angka_kredit_utama=Decimal("18.750"),
        ))
        s.add(JabatanHistory(
            office_code=emp.office_code, employee_id=emp.id, unit_id=opd.id,
            jabatan_name="Sekretaris", jabatan_kind="administrator", tmt=date(2021, 1, 4),
        ))
        emp_id = emp.id

    with unit_of_work(plain_factory) as s:
        got = s.get(Employee, emp_id)
        assert uuid.UUID(got.id).version == 7
        assert (got.nip, got.nik, got.tanggal_lahir) == (
            "198503152010012003", "1502015503850001", date(1985, 3, 15))
        assert got.nama_lengkap == "Dr. Siti Aminah, S.E., M.M."
        assert got.nama_search == "siti aminah"
        assert (got.jenis_pegawai, got.status, got.deleted) == ("PNS", "aktif", False)
        assert got.current_golongan_ordinal == 12 and got.tmt_golongan == date(2020, 4, 1)
        assert isinstance(got.updated_at, datetime) and got.stamps == "{}"
        photo = s.scalars(select(EmployeePhoto).where(EmployeePhoto.employee_id == emp_id)).one()
        assert photo.data == b"\xff\xd8jpeg"
        pangkat = s.scalars(select(PangkatHistory)).one()
        assert pangkat.angka_kredit_utama == Decimal("18.75")
        assert pangkat.source == "local"
        assert s.scalars(select(JabatanHistory.jabatan_name)).all() == ["Sekretaris"]


def test_training_and_skp_round_trip(plain_factory):
    with unit_of_work(plain_factory) as s:
        emp = builders.employee()
        program = TrainingProgram(office_code="15.02", name="Pelatihan Kepemimpinan Pengawas",
                                  kind="klasikal", category="pkp", default_jp=240)
        s.add_all([emp, program])
        s.flush()
        session = TrainingSession(office_code="15.02", program_id=program.id, title="PKP Angk. I",
                                  start_date=date(2024, 5, 6), end_date=date(2024, 8, 30), jp=240)
        s.add(session)
        s.flush()
        s.add(TrainingParticipant(office_code="15.02", session_id=session.id,
                                  employee_id=emp.id, completed=True, jp_credited=240))
        skp = Skp(office_code="15.02", employee_id=emp.id, year=2024,
                  period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
        s.add(skp)
        s.flush()
        rhk = SkpRhk(office_code="15.02", skp_id=skp.id, text="Terlaksananya layanan mutasi")
        s.add(rhk)
        s.flush()
        s.add(SkpIndicator(office_code="15.02", rhk_id=rhk.id, aspek="kuantitas",
                           iki="Jumlah usulan mutasi diproses", target="120 usulan"))
        s.add(SkpBehaviour(office_code="15.02", skp_id=skp.id, berakhlak_code="akuntabel"))

    with unit_of_work(plain_factory) as s:
        part = s.scalars(select(TrainingParticipant)).one()
        assert (part.completed, part.jp_credited, part.attendance) == (True, 240, "registered")
        skp = s.scalars(select(Skp)).one()
        assert (skp.status, skp.regime, skp.approach) == ("draft", "PM6_2022", "kuantitatif")
        indicator = s.scalars(select(SkpIndicator)).one()
        assert indicator.target == "120 usulan"
        assert s.scalars(select(SkpRhk.kind)).one() == "utama"


def test_org_unit_tree_children_listed_by_parent(plain_factory):
    with unit_of_work(plain_factory) as s:
        opd = builders.unit("Dinas Kesehatan")
        s.add(opd)
        s.flush()
        s.add_all([builders.unit("Bidang Yankes", opd), builders.unit("Bidang P2P", opd)])
        opd_id = opd.id
    with unit_of_work(plain_factory) as s:
        from app.db.org import OrgUnit

        names = s.scalars(select(OrgUnit.name).where(OrgUnit.parent_id == opd_id)
                          .order_by(OrgUnit.name)).all()
        assert names == ["Bidang P2P", "Bidang Yankes"]


def test_new_id_is_time_ordered():
    first = new_id()
    later = [new_id() for _ in range(50)]
    assert all(first[:8] <= key[:8] for key in later)
