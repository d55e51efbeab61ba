"""The demo's deliberate cases, its change tracking and audit, accounts, determinism, CLI."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry, verify_audit_chain
from app.db.engine import make_session_factory, unit_of_work
from app.db.histories import KgbHistory, PangkatHistory
from app.db.reference import Jabatan
from app.db.sync_meta import ChangeLog
from app.db.sync_units import stamps_of
from app.db.training import ExternalTraining, TrainingParticipant, TrainingSession
from app.db.users import User
from app.demo import generate
from app.demo.models import MODELS
from app.domain.bangkom import JpRecord, jp_status
from app.domain.dates import add_months, first_of_month
from app.domain.kenaikan_pangkat import KpInput, kp_due_in_period, next_period_on_or_after
from app.domain.kgb import KgbInput, kgb_due_in_month
from app.domain.masa_kerja import MasaKerja
from app.domain.nik import cross_check_nip_nik, parse_nik
from app.domain.nip import parse_nip
from app.domain.pensiun import tmt_pensiun
from app.errors import SimpegError
from app.jobs import Cancelled, Progress
from app.services.digest import digest
from app.services.passwords import verify_password
from tests.core.test_demo_support import TODAY, build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = build_demo(tmp_path_factory.mktemp("demo-cases"))
    yield db
    db.factory.kw["bind"].dispose()


def _last_gaji_sk(session, e):  # type: ignore[no-untyped-def]
    sks = [(p.tmt, p.golongan_code, MasaKerja(p.mkg_tahun, p.mkg_bulan)) for p in
           session.scalars(select(PangkatHistory).where(PangkatHistory.employee_id == e.id))]
    sks += [(k.tmt, k.golongan_code, MasaKerja(k.mkg_tahun, k.mkg_bulan)) for k in
            session.scalars(select(KgbHistory).where(KgbHistory.employee_id == e.id))]
    if e.jenis_pegawai == "PPPK":  # the contract is the first gaji SK
        sks.append((e.tmt_golongan, e.current_golongan_code, MasaKerja(0, 0)))
    return max(sks, key=lambda t: t[0])


def _jp_records(session, employee_id):  # type: ignore[no-untyped-def]
    records = [JpRecord(t.end_date, t.jp, t.start_date) for t in session.scalars(
        select(ExternalTraining).where(ExternalTraining.employee_id == employee_id))]
    for p, sess in session.execute(
            select(TrainingParticipant, TrainingSession)
            .join(TrainingSession, TrainingSession.id == TrainingParticipant.session_id)
            .where(TrainingParticipant.employee_id == employee_id)):
        records.append(JpRecord(sess.end_date, p.jp_credited or 0, sess.start_date))
    return records


def test_retirement_cases(demo):
    with demo.session() as s:
        soon = demo.case(s, "pensiun_3_bulan")
        late = demo.case(s, "lewat_bup")
        retired = demo.case(s, "pensiun")
    assert TODAY < tmt_pensiun(soon.tanggal_lahir, 58) <= add_months(TODAY, 3)
    assert soon.current_jabatan_kind == "pelaksana" and soon.status == "aktif"
    assert tmt_pensiun(late.tanggal_lahir, 58) < TODAY and late.status == "aktif"
    assert retired.status == "pensiun" and retired.tmt_status <= TODAY


def test_kgb_due_this_month_and_kp_due_next_period(demo):
    with demo.session() as s:
        kgb_case = demo.case(s, "kgb_bulan_ini")
        kp_case = demo.case(s, "kp_periode_berikut")
        tmt, gol, mkg = _last_gaji_sk(s, kgb_case)
        due = kgb_due_in_month([KgbInput(kgb_case.id, gol, tmt, mkg)], TODAY.year, TODAY.month)
        everyone = [(e, _last_gaji_sk(s, e)) for e in demo.employees(s)
                    if e.status == "aktif" and e.jenis_pegawai != "CPNS"]
    assert [d.key for d in due] == [kgb_case.id]
    period = next_period_on_or_after(first_of_month(TODAY))
    items = [KpInput(kp_case.id, kp_case.current_golongan_code, kp_case.tmt_golongan,
                     kp_case.current_pendidikan_code)]
    assert [d.key for d in kp_due_in_period(items, period)] == [kp_case.id]
    # others fall due this month too, as in a real office: nothing of this month is recorded
    listed = kgb_due_in_month([KgbInput(e.id, g, t, m) for e, (t, g, m) in everyone],
                              TODAY.year, TODAY.month)
    assert len(listed) >= 2


def test_training_jp_cases(demo):
    with demo.session() as s:
        case = demo.case(s, "jp_kurang")
        status = jp_status(_jp_records(s, case.id), TODAY.year, "PNS")
        pns = [e for e in demo.employees(s) if e.jenis_pegawai == "PNS" and e.status == "aktif"]
        statuses = [jp_status(_jp_records(s, e.id), TODAY.year - 1, "PNS") for e in pns]
    assert status.jp == 0 and not status.compliant
    assert any(st.compliant for st in statuses) and any(not st.compliant for st in statuses)


def test_identity_cases(demo):
    with demo.session() as s:
        mismatch = demo.case(s, "nik_nip_beda")
        apostrophe = demo.case(s, "nama_apostrof")
        titled = demo.case(s, "gelar_rumit")
    found = cross_check_nip_nik(parse_nip(mismatch.nip),
                                parse_nik(mismatch.nik, birth_date_hint=mismatch.tanggal_lahir))
    assert [w.code for w in found] == ["nik.nip_birth_date_mismatch"]
    assert "'" in apostrophe.nama and "'" not in apostrophe.nama_search
    assert apostrophe.gelar_depan == "H." and apostrophe.gelar_belakang.count(",") == 1
    assert titled.nama_lengkap == "dr. Hj. Siti Qur'ani Rahmah, M.Kes."


def test_appointment_cases(demo):
    with demo.session() as s:
        pppk = demo.case(s, "pppk")
        cpns = demo.case(s, "cpns_baru")
        pppk_pangkat = s.scalar(select(func.count()).select_from(PangkatHistory)
                                .where(PangkatHistory.employee_id == pppk.id))
    assert pppk.jenis_pegawai == "PPPK" and parse_nip(pppk.nip).kind == "PPPK"
    assert pppk.current_golongan_code == "IX" and pppk_pangkat == 0
    assert pppk.current_jabatan_name == "Guru Ahli Pertama" and pppk.tmt_cpns is None
    assert cpns.jenis_pegawai == "CPNS" and cpns.tmt_cpns == first_of_month(TODAY)
    assert cpns.sttpl_nomor is None


def test_the_tombstoned_duplicate_keeps_its_reason_and_a_delete_change(demo):
    with demo.session() as s:
        gone = demo.case(s, "dihapus")
        ops = s.scalars(select(ChangeLog.op).where(ChangeLog.pk == gone.id)).all()
        audit = s.scalars(select(AuditEntry.action).where(AuditEntry.record_pk == gone.id)).all()
    assert gone.deleted and "Data ganda" in gone.deleted_reason
    assert "delete" in ops and audit == ["delete"]


def test_every_row_is_change_tracked_and_the_audit_chain_holds(demo):
    filled = set()
    with demo.session() as s:
        for table, model in MODELS.items():
            rows = s.scalar(select(func.count()).select_from(model))
            logged = s.scalar(select(func.count(func.distinct(ChangeLog.pk)))
                              .where(ChangeLog.table_name == table))
            assert logged == rows, table
            filled |= {table} if rows else set()
        assert verify_audit_chain(s).ok
        bulk = s.scalars(select(AuditEntry.table_name)
                         .where(AuditEntry.action == "bulk-create")).all()
        catalogue = s.scalars(select(Jabatan).limit(5)).all()
    assert set(bulk) == filled and len(filled) >= len(MODELS) - 1
    assert all(j.office_code == "15" and set(stamps_of(j).values()) == {(0, "15")}
               for j in catalogue)


def test_demo_accounts_can_log_in_with_their_roles(demo):
    with demo.session() as s:
        users = {u.username: u for u in s.scalars(select(User))}
    assert {n: u.role for n, u in users.items()} == {
        "admin": "admin", "operator": "operator", "verifikator": "verifikator"}
    assert verify_password("operator123", users["operator"].password_hash)


def test_a_database_with_staff_or_of_another_office_is_refused(demo):
    with pytest.raises(SimpegError) as err:
        generate(demo.factory, employees=5, today=TODAY)
    assert err.value.code == "demo.not_empty"
    with pytest.raises(SimpegError) as err:
        generate(demo.factory, employees=5, office_code="15.01", today=TODAY)
    assert err.value.code == "demo.other_office"


def test_the_province_gets_no_demo_and_nothing_is_written(tmp_path):
    from app.services.office import init_office

    path = tmp_path / "prov.db"
    init_office(path, "15")
    with pytest.raises(SimpegError) as err:
        generate(path, employees=5, today=TODAY)
    assert err.value.code == "demo.not_regency" and "15.02" in err.value.text()
    factory = make_session_factory(path)
    try:
        with unit_of_work(factory) as s:
            assert not s.scalar(select(func.count()).select_from(User))
            # the jabatan catalogue is simpeg init's, nothing more
            from app.services.seed import catalogue_rows

            assert s.scalar(select(func.count()).select_from(Jabatan)) == len(catalogue_rows())
    finally:
        factory.kw["bind"].dispose()


def _digest(db) -> str:  # type: ignore[no-untyped-def]
    with db.session() as s:
        return digest(s).sha256


def test_same_seed_same_data_other_seed_other_data(tmp_path):
    one = build_demo(tmp_path / "a", employees=40, seed=7)
    two = build_demo(tmp_path / "b", employees=40, seed=7, parallel=True)
    other = build_demo(tmp_path / "c", employees=40, seed=8)
    try:
        assert _digest(one) == _digest(two) != _digest(other)
        assert one.summary.cases == two.summary.cases
    finally:
        for db in (one, two, other):
            db.factory.kw["bind"].dispose()


def test_small_demos_keep_the_first_cases(tmp_path):
    db = build_demo(tmp_path, employees=3, seed=3)
    try:
        assert list(db.summary.cases) == ["pensiun_3_bulan", "lewat_bup", "kgb_bulan_ini"]
        assert db.summary.rows["employee"] == 3
    finally:
        db.factory.kw["bind"].dispose()


def test_progress_is_reported_in_indonesian_and_cancel_stops(tmp_path):
    seen: list[tuple[int, int, str]] = []
    db = build_demo(tmp_path / "p", employees=30, progress=Progress(
        lambda d, t, text: seen.append((d, t, text))))
    db.factory.kw["bind"].dispose()
    assert seen[0][0] == 0 and seen[-1][:2] == (30, 30)
    assert any("Membuat data pegawai demo: 30 dari 30" in text for _, _, text in seen)
    stop = Progress()
    stop.cancel()
    with pytest.raises(Cancelled):
        build_demo(tmp_path / "q", employees=30, progress=stop)


def test_simpeg_demo_command(tmp_path, capsys):
    from app.cli import main
    from app.services.passwords import set_hash_params
    from tests.core.test_demo_support import CHEAP

    previous = set_hash_params(CHEAP)
    try:
        code = main(["--db", str(tmp_path / "cli.db"), "--json", "demo", "--employees", "25",
                     "--seed", "4"])
    finally:
        set_hash_params(previous)
    out = capsys.readouterr().out
    assert code == 0
    data = json.loads(out)
    assert data["employees"] == 25 and data["rows"]["employee"] == 25 and data["seed"] == 4
    assert data["office_code"] == "15.02" and "pensiun_3_bulan" in data["cases"]


def test_dates_never_lie_in_the_future(demo):
    with demo.session() as s:
        latest_kgb = s.scalar(select(func.max(KgbHistory.tmt)))
        latest_kp = s.scalar(select(func.max(PangkatHistory.tmt)))
        from app.db.appraisal import Skp

        stamps = [s.scalar(select(func.max(col))) for col in
                  (Skp.agreed_at, Skp.evaluated_at, Skp.finalized_at)]
        certificates = s.scalar(select(func.max(TrainingParticipant.certificate_tanggal)))
        external = s.scalar(select(func.max(ExternalTraining.end_date)))
    assert latest_kgb < first_of_month(TODAY) and latest_kp <= first_of_month(TODAY)
    assert latest_kgb >= first_of_month(TODAY) - timedelta(days=62)
    assert all(stamp.date() <= TODAY for stamp in stamps)
    assert certificates < TODAY and external <= TODAY


def test_the_demo_runs_on_both_backends(db_url):
    from app.db.personnel import Employee
    from app.services.office import init_office
    from app.services.passwords import set_hash_params
    from tests.core.test_demo_support import CHEAP

    init_office(db_url, "15.02")
    previous = set_hash_params(CHEAP)
    try:
        summary = generate(db_url, employees=30, seed=5, today=TODAY)
    finally:
        set_hash_params(previous)
    factory = make_session_factory(db_url)
    try:
        with unit_of_work(factory) as s:
            assert s.scalar(select(func.count()).select_from(Employee)) == 30
            assert verify_audit_chain(s).ok
            assert s.scalar(select(func.count()).select_from(ChangeLog)) > summary.history_rows
    finally:
        factory.kw["bind"].dispose()
