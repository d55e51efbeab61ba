"""The Beranda's attention items on a crafted office whose answers are worked out by hand.

Today is 15 June 2025. KP periods from 2024 are Feb/Apr/Jun/Aug/Oct/Dec, so the next one is
1 August 2025; the retirement window runs to 14 June 2026.
"""

from __future__ import annotations

from datetime import date

import pytest

from app.db.appraisal import Skp
from app.db.engine import unit_of_work
from app.db.reference import Jabatan
from app.db.tracking import bind_actor
from app.db.training import ExternalTraining, TrainingParticipant, TrainingProgram, TrainingSession
from app.services.attention import (
    attention_summary,
    list_attention,
    list_jp_below,
    list_kgb_due,
    list_kp_due,
    list_retiring,
    list_skp_unfinished,
)
from app.services.employee_query import list_employees
from app.services.histories import JabatanInput, PangkatInput, PendidikanInput, add_history
from app.services.personnel import create_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, SITE, employee_input

world = personnel_fixtures.world  # the shared fixture
TODAY = date(2025, 6, 15)

# key: (nip, nama, born, gender, tmt_cpns, pangkat (code, tmt, mkg years), jabatan kind/jenjang)
PEOPLE = {
    # KGB June: III/b, MKG 2 on 1-6-2023 → MKG 4 (a gaji row) on 1-6-2025.
    "ani": ("199002102021062001", "Ani Rahayu", date(1990, 2, 10), "P", date(2021, 6, 1),
            ("III/b", date(2023, 6, 1), 2), ("pelaksana", None)),
    # KGB July: III/a, MKG 4 on 1-7-2021 → MKG 8 on 1-7-2025; KP reguler due 1-8-2025.
    "bayu": ("198804042017071001", "Bayu Pratama", date(1988, 4, 4), "L", date(2017, 7, 1),
             ("III/a", date(2021, 7, 1), 4), ("pelaksana", None)),
    # II/b runs on odd MKG years: MKG 8 in July 2025 is no row, so nothing is due.
    "citra": ("199501012017072001", "Citra Dewi", date(1995, 1, 1), "P", date(2017, 7, 1),
              ("II/b", date(2020, 7, 1), 3), ("pelaksana", None)),
    # KP due 1-8-2025 (III/c since 1-8-2021, S1 caps at III/d).
    "dodi": ("198005052011081001", "Dodi Saputra", date(1980, 5, 5), "L", date(2011, 8, 1),
             ("III/c", date(2021, 8, 1), 10), ("pelaksana", None)),
    # At the S1 cap (III/d): no KP reguler.
    "eko": ("197507072000031001", "Eko Susilo", date(1975, 7, 7), "L", date(2000, 3, 1),
            ("III/d", date(2021, 8, 1), 20), ("pelaksana", None)),
    # Pelaksana, BUP 58, born 10-12-1967 → TMT pensiun 1-1-2026 (six months away).
    "fajar": ("196712101990031001", "Fajar Hidayat", date(1967, 12, 10), "L", date(1990, 3, 1),
              ("II/d", date(2015, 10, 1), 20), ("pelaksana", None)),
    # JF ahli madya, BUP 60, born 5-3-1966 → TMT pensiun 1-4-2026.
    "gita": ("196603051990032001", "Gita Maharani", date(1966, 3, 5), "P", date(1990, 3, 1),
             None, ("fungsional_keahlian", "ahli_madya")),
    # Pelaksana born 1-8-1968 → TMT pensiun 1-9-2026: outside the window.
    "hadi": ("196808011990031001", "Hadi Kurniawan", date(1968, 8, 1), "L", date(1990, 3, 1),
             None, ("pelaksana", None)),
    # Guru (catalogue BUP 60), born 20-9-1965 → TMT pensiun 1-10-2025.
    "indah": ("196509201990032001", "Indah Permata", date(1965, 9, 20), "P", date(1990, 3, 1),
              None, ("guru", None)),
}


@pytest.fixture
def office(world):
    ids = {key: _person(world, *spec) for key, spec in PEOPLE.items()}
    ids["rina"] = world.call(OPERATOR, create_employee, employee_input(
        nip="199009132025242014", nik=None, nama="Rina Marlina", tanggal_lahir=date(1990, 9, 13),
        jenis_kelamin="P", jenis_pegawai="PPPK", tmt_cpns=None)).id
    world.call(OPERATOR, add_history, ids["rina"], PangkatInput(
        golongan_code="IX", tmt=date(2025, 3, 1), mkg_tahun=0))
    ids["kartini"] = world.call(OPERATOR, create_employee, employee_input(
        nip="196001011985032001", nik=None, nama="Kartini", tanggal_lahir=date(1960, 1, 1),
        jenis_kelamin="P", tmt_cpns=date(1985, 3, 1), status="pensiun")).id
    for key in ("dodi", "eko"):
        world.call(OPERATOR, add_history, ids[key], PendidikanInput(level_code="S1",
                                                                    tahun_lulus=1999))
    _training_and_skp(world, ids)
    return ids


def _person(world, nip, nama, born, gender, tmt_cpns, pangkat, jabatan) -> str:
    emp = world.call(OPERATOR, create_employee, employee_input(
        nip=nip, nik=None, nama=nama, tanggal_lahir=born, jenis_kelamin=gender,
        tmt_cpns=tmt_cpns)).id
    if pangkat is not None:
        code, tmt, years = pangkat
        world.call(OPERATOR, add_history, emp, PangkatInput(golongan_code=code, tmt=tmt,
                                                            mkg_tahun=years, mkg_bulan=0))
    kind, jenjang = jabatan
    data = JabatanInput(jabatan_name=f"Jabatan {nama}", jabatan_kind=kind, jenjang=jenjang,
                        tmt=tmt_cpns)
    if kind == "guru":
        data = JabatanInput(jabatan_id=_guru(world), tmt=tmt_cpns)
    world.call(OPERATOR, add_history, emp, data)
    return emp


def _guru(world) -> str:
    with unit_of_work(world.factory) as s:
        bind_actor(s, username="system", user_id=None, office_code="15")
        row = Jabatan(office_code="15", name="Guru Ahli Muda", kind="fungsional_keahlian",
                      jenjang="ahli_muda", bup=60)
        s.add(row)
        s.flush()
        return row.id


def _training_and_skp(world, ids) -> None:
    with unit_of_work(world.factory) as s:
        bind_actor(s, username="operator1", user_id=None, office_code=SITE)
        program = TrainingProgram(name="Bimtek SIMPEG", kind="klasikal", category="teknis")
        s.add(program)
        s.flush()
        session = TrainingSession(program_id=program.id, title="Bimtek SIMPEG Angkatan I",
                                  start_date=date(2025, 5, 5), end_date=date(2025, 5, 10), jp=10)
        s.add(session)
        s.flush()
        s.add(TrainingParticipant(session_id=session.id, employee_id=ids["bayu"],
                                  jp_credited=10, completed=True))
        for key, jp, end in (("ani", 24, date(2025, 3, 1)), ("bayu", 12, date(2025, 2, 1)),
                             ("citra", 15, date(2025, 4, 1)), ("dodi", 30, date(2024, 12, 31))):
            s.add(ExternalTraining(employee_id=ids[key], name="Pelatihan teknis", jp=jp,
                                   end_date=end))
        for key, status in (("ani", "final"), ("bayu", "final"), ("citra", "draft")):
            s.add(Skp(employee_id=ids[key], year=2025, period_start=date(2025, 1, 1),
                      period_end=date(2025, 12, 31), status=status))


EXPECTED = {
    "kgb_this_month": ["Ani Rahayu"],
    "kgb_next_month": ["Bayu Pratama"],
    "kp_next_period": ["Bayu Pratama", "Dodi Saputra"],
    "pensiun_12_months": ["Indah Permata", "Fajar Hidayat", "Gita Maharani"],
    "jp_below": ["Citra Dewi", "Dodi Saputra", "Eko Susilo", "Fajar Hidayat", "Gita Maharani",
                 "Hadi Kurniawan", "Indah Permata"],
    "skp_unfinished": ["Citra Dewi", "Dodi Saputra", "Eko Susilo", "Fajar Hidayat",
                       "Gita Maharani", "Hadi Kurniawan", "Indah Permata", "Rina Marlina"],
}


def test_attention_counts_and_lists_match_the_worked_examples(world, office):
    items = world.call(OPERATOR, attention_summary, TODAY)
    assert {i.key: i.count for i in items} == {k: len(v) for k, v in EXPECTED.items()}
    for item in items:
        page = world.call(OPERATOR, list_attention, item.key, TODAY)
        assert [r.nama for r in page.rows] == EXPECTED[item.key], item.key
        assert (page.total, page.total_exact) == (item.count, True)
        opened = world.call(OPERATOR, list_employees, item.query)
        assert sorted(r.nama for r in opened.rows) == sorted(EXPECTED[item.key])


def test_attention_titles_in_both_languages(world, office):
    items = {i.key: i for i in world.call(OPERATOR, attention_summary, TODAY)}
    assert items["kgb_this_month"].title("id") == "Kenaikan gaji berkala jatuh tempo Juni 2025"
    assert items["kp_next_period"].title("en") == "Regular promotions for the 01-08-2025 period"
    assert items["pensiun_12_months"].title("id") == "Pensiun dalam 12 bulan (sampai 14-06-2026)"
    assert items["jp_below"].title("id") == "JP pengembangan kompetensi 2025 di bawah 20 JP"


def test_named_list_functions_page_the_same_employees(world, office):
    def names(fn, *args, **kw):
        return [r.nama for r in world.call(OPERATOR, fn, *args, **kw).rows]

    assert names(list_kgb_due, 2025, 6) == ["Ani Rahayu"]
    assert names(list_kgb_due, 2025, 8) == ["Dodi Saputra", "Eko Susilo"]  # MKG 14 and 24
    assert names(list_kp_due, date(2025, 8, 1)) == ["Bayu Pratama", "Dodi Saputra"]
    retiring = names(list_retiring, TODAY, date(2026, 12, 31))
    assert retiring == ["Indah Permata", "Fajar Hidayat", "Gita Maharani", "Hadi Kurniawan"]
    assert names(list_jp_below, 2025, offset=5, limit=5) == ["Hadi Kurniawan", "Indah Permata"]
    assert names(list_skp_unfinished, 2024)[:2] == ["Ani Rahayu", "Bayu Pratama"]
    page = world.call(OPERATOR, list_retiring, TODAY, date(2026, 12, 31))
    assert [r.tmt_pensiun for r in page.rows] == [
        date(2025, 10, 1), date(2026, 1, 1), date(2026, 4, 1), date(2026, 9, 1)]
