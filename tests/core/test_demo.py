"""The demo office agrees with the rules of the field (domain.md), row by row."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from app.db.appraisal import Skp, SkpPeriodicEvaluation
from app.db.histories import JabatanHistory, KgbHistory, PangkatHistory, PendidikanHistory
from app.db.org import OrgUnit
from app.db.personnel import fold_search
from app.domain import wilayah
from app.domain.dates import add_years
from app.domain.golongan import parse_golongan
from app.domain.jabatan import golongan_fits_jenjang
from app.domain.kenaikan_pangkat import is_period_date
from app.domain.kgb import next_kgb
from app.domain.kinerja import Rating, predikat
from app.domain.masa_kerja import MasaKerja, mkg_on
from app.domain.nik import nik_warnings, parse_nik
from app.domain.nip import parse_nip
from app.domain.pendidikan import parse_pendidikan
from tests.core.test_demo_support import EMPLOYEES, TODAY, build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = build_demo(tmp_path_factory.mktemp("demo"))
    yield db
    db.factory.kw["bind"].dispose()


def _by_employee(session, model):  # type: ignore[no-untyped-def]
    out = defaultdict(list)
    for row in session.scalars(select(model).order_by(model.employee_id, model.tmt)):
        out[row.employee_id].append(row)
    return out


def test_demo_writes_the_office_with_its_staff(demo):
    s = demo.summary
    assert s.employees == EMPLOYEES == s.rows["employee"]
    assert s.office_code == "15.02" and s.today == TODAY
    assert s.history_rows > EMPLOYEES * 20
    assert set(s.accounts) == {"admin", "operator", "verifikator"}
    with demo.session() as session:
        units = session.scalars(select(OrgUnit)).all()
        names = {u.name for u in units}
        kinds = {u.kind for u in units}
    real = {f"Kecamatan {d.name}" for d in wilayah.districts("15.02")}
    assert real <= names  # every real kecamatan of Merangin
    assert {"Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat Daerah",
            "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan",
            "RSUD Kolonel Abundjani Bangko"} <= names
    assert {"sekolah", "puskesmas", "kelurahan", "bidang", "subbagian"} <= kinds


def test_every_nip_and_nik_parses_and_agrees_with_the_employee(demo):
    with demo.session() as session:
        employees = demo.employees(session)
    prefixes = defaultdict(set)
    for e in employees:
        pppk = e.jenis_pegawai == "PPPK"
        info = parse_nip(e.nip, expected_kind="PPPK" if pppk else "PNS")
        assert (info.birth_date, info.gender) == (e.tanggal_lahir, e.jenis_kelamin), e.nip
        if pppk:
            assert info.appointment_year == e.tmt_golongan.year and info.pppk_code == "21"
        else:
            assert info.tmt_cpns == e.tmt_cpns and e.tmt_cpns.day == 1
        prefixes[e.nip[:15]].add(info.sequence)
        nik = parse_nik(e.nik, today=TODAY, birth_date_hint=e.tanggal_lahir)
        assert nik.gender == e.jenis_kelamin and nik_warnings(nik) == []
        assert nik.province_code == "15"
        if e.id != demo.summary.cases["nik_nip_beda"]:
            assert nik.birth_date == e.tanggal_lahir
    for sequences in prefixes.values():  # 001 unless the first 15 digits collide
        assert sequences == set(range(1, len(sequences) + 1))


def test_ages_and_appointments_are_plausible(demo):
    with demo.session() as session:
        employees = demo.employees(session)
    ages = [TODAY.year - e.tanggal_lahir.year for e in employees]
    assert min(ages) >= 20 and max(ages) <= 63
    assert sum(1 for a in ages if a >= 41) > len(ages) * 0.35  # the pyramid's bulge
    kinds = {e.jenis_pegawai for e in employees}
    assert kinds == {"PNS", "CPNS", "PPPK"}
    assert sum(e.jenis_pegawai == "PPPK" for e in employees) > len(employees) * 0.1
    for e in employees:  # TMT CPNS not before the 18th birthday (NIP rule 6)
        if e.tmt_cpns is not None:
            assert add_years(e.tanggal_lahir, 18) <= e.tmt_cpns, e.nama


def test_current_columns_repeat_the_latest_histories(demo):
    with demo.session() as session:
        employees = demo.employees(session)
        jabatan = _by_employee(session, JabatanHistory)
        pangkat = _by_employee(session, PangkatHistory)
        pendidikan = defaultdict(list)
        for row in session.scalars(select(PendidikanHistory)):
            pendidikan[row.employee_id].append(row)
    for e in employees:
        last = jabatan[e.id][-1]
        assert (e.current_jabatan_name, e.current_unit_id, e.current_jabatan_kind,
                e.current_jabatan_jenjang, e.current_eselon, e.tmt_jabatan) == (
            last.jabatan_name, last.unit_id, last.jabatan_kind, last.jenjang, last.eselon,
            last.tmt), e.nama
        assert e.current_jabatan_id == last.jabatan_id
        rows = jabatan[e.id]
        assert all(a.tmt_selesai == b.tmt for a, b in zip(rows, rows[1:], strict=False))
        g = parse_golongan(e.current_golongan_code)
        assert g.ordinal == e.current_golongan_ordinal
        if e.jenis_pegawai == "PPPK":
            assert g.kind == "PPPK" and not pangkat[e.id]
        else:
            top = pangkat[e.id][-1]
            assert (g.kind, e.current_golongan_code, e.tmt_golongan, e.mkg_tahun,
                    e.mkg_bulan) == ("PNS", top.golongan_code, top.tmt, top.mkg_tahun,
                                     top.mkg_bulan)
        highest = [p for p in pendidikan[e.id] if p.is_last]
        assert len(highest) == 1 and highest[0].level_code == e.current_pendidikan_code
        assert parse_pendidikan(e.current_pendidikan_code).level == e.current_pendidikan_ordinal
        assert sum(p.is_first for p in pendidikan[e.id]) == 1
        assert e.nama_search == fold_search(e.nama)


def test_jenjang_agrees_with_golongan_ranges(demo):
    checked = 0
    with demo.session() as session:
        employees = {e.id: e for e in demo.employees(session)}
        pangkat = _by_employee(session, PangkatHistory)
        rows = session.scalars(select(JabatanHistory).where(JabatanHistory.jenjang.is_not(None)))
        for row in rows:
            e = employees[row.employee_id]
            if e.jenis_pegawai == "PPPK":
                g = e.current_golongan_code
            else:
                held = [p for p in pangkat[e.id] if p.tmt <= row.tmt]
                g = held[-1].golongan_code
            assert golongan_fits_jenjang(g, row.jenjang), (e.nama, g, row.jabatan_name)
            checked += 1
    fitted = [e for e in employees.values() if e.current_jabatan_jenjang]
    assert all(golongan_fits_jenjang(e.current_golongan_code, e.current_jabatan_jenjang)
               for e in fitted)
    assert checked > EMPLOYEES * 0.4


def test_kp_dates_are_period_dates_and_kgb_follows_the_mkg_grid(demo):
    kgb_rows = 0
    with demo.session() as session:
        employees = {e.id: e for e in demo.employees(session)}
        pangkat = _by_employee(session, PangkatHistory)
        kgb = _by_employee(session, KgbHistory)
    for eid, e in employees.items():
        if e.jenis_pegawai == "PPPK":
            sks = [("start", e.tmt_golongan, e.current_golongan_code, MasaKerja(0, 0))]
        else:
            sks = [("kp", p.tmt, p.golongan_code, MasaKerja(p.mkg_tahun, p.mkg_bulan))
                   for p in pangkat[eid]]
            assert pangkat[eid][0].jenis_kp == "cpns" and pangkat[eid][0].tmt == e.tmt_cpns
            for p in pangkat[eid][1:]:
                assert is_period_date(p.tmt), (e.nama, p.tmt)
        sks += [("kgb", k.tmt, k.golongan_code, MasaKerja(k.mkg_tahun, k.mkg_bulan))
                for k in kgb[eid]]
        sks.sort(key=lambda t: (t[1], t[0] == "kgb"))
        for prev, cur in zip(sks, sks[1:], strict=False):
            kind, tmt, gol, mkg = cur
            if kind == "kgb":
                step = next_kgb(prev[2], prev[1], prev[3])
                assert step is not None and (step.tmt, step.mkg) == (tmt, mkg), e.nama
                assert gol == prev[2]
                kgb_rows += 1
            else:
                expected = mkg_on(tmt, sk_tmt=prev[1], sk_mkg=prev[3],
                                  sk_golongan=parse_golongan(prev[2]),
                                  golongan=parse_golongan(gol))
                assert expected == mkg, (e.nama, tmt, gol)
                assert parse_golongan(gol) > parse_golongan(prev[2]) or gol == prev[2]
    assert kgb_rows > EMPLOYEES


def test_predikat_follows_the_matrix(demo):
    with demo.session() as session:
        skps = session.scalars(select(Skp)).all()
        periodic = session.scalars(select(SkpPeriodicEvaluation)).all()
    finals = [s for s in skps if s.status == "final"]
    assert finals and {s.status for s in skps} >= {"draft", "agreed", "final"}
    for row in [*finals, *periodic]:
        expected = predikat(Rating[row.rating_hasil_kerja.upper()],
                            Rating[row.rating_perilaku.upper()])
        assert row.predikat == expected.name.lower()
    assert {s.predikat for s in finals} >= {"baik", "sangat_baik"}
    current = [s for s in skps if s.year == TODAY.year]
    assert all(s.predikat is None for s in current)


def test_titles_come_from_education(demo):
    with demo.session() as session:
        employees = demo.employees(session)
        titles = defaultdict(set)
        for row in session.scalars(select(PendidikanHistory)):
            for t in (row.gelar_belakang or "").split(", "):
                titles[row.employee_id].add(t)
            for t in (row.gelar_depan or "").split():
                titles[row.employee_id].add(t)
    for e in employees:
        for t in filter(None, (e.gelar_belakang or "").split(", ")):
            assert t in titles[e.id], (e.nama_lengkap, t)
        for t in (e.gelar_depan or "").split():
            assert t in titles[e.id] or t in ("H.", "Hj."), (e.nama_lengkap, t)
    doctors = [e for e in employees if (e.gelar_depan or "").startswith("dr.")]
    assert all(e.current_pendidikan_code in ("S1", "S2") for e in doctors)


def test_retirement_ages_respect_bup_except_the_cases(demo):
    from app.domain.jabatan import bup_for
    from app.domain.pensiun import tmt_pensiun

    exempt = {demo.summary.cases["lewat_bup"]}
    with demo.session() as session:
        for e in demo.employees(session):
            if e.status != "aktif" or e.id in exempt:
                continue
            khusus = "guru" if (e.current_jabatan_name or "").startswith("Guru") else None
            bup = bup_for(e.current_jabatan_kind, e.current_jabatan_jenjang, khusus)
            assert tmt_pensiun(e.tanggal_lahir, bup) > TODAY, e.nama


def test_family_rows_are_plausible(demo):
    from app.db.family import FamilyMember

    with demo.session() as session:
        employees = {e.id: e for e in demo.employees(session)}
        members = session.scalars(select(FamilyMember)).all()
    spouses = [m for m in members if m.relation in ("suami", "istri")]
    assert spouses and all(employees[m.employee_id].jenis_kelamin != m.jenis_kelamin
                           for m in spouses)
    married = {m.employee_id: m.tanggal_nikah for m in spouses}
    for m in members:
        if m.relation == "anak":
            assert married[m.employee_id] < m.tanggal_lahir <= TODAY
    per_employee = defaultdict(int)
    for m in members:
        per_employee[m.employee_id] += m.relation == "anak" and m.tunjangan
    assert max(per_employee.values()) <= 2
    assert date(1950, 1, 1) < min(m.tanggal_lahir for m in members)
