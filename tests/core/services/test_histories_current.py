"""The employee's current_* columns follow every history change (latest by TMT, live rows)."""

from __future__ import annotations

from datetime import date

import pytest

from app.db.engine import unit_of_work
from app.db.personnel import Employee
from app.db.reference import Jabatan
from app.db.tracking import bind_actor
from app.errors import ValidationError
from app.services.employee_query import employee_detail
from app.services.histories import (
    JabatanInput,
    KgbInput,
    PangkatInput,
    PendidikanInput,
    add_history,
    delete_history,
    list_history,
    update_history,
)
from app.services.personnel import create_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import BUDI, OPERATOR, employee_input

world = personnel_fixtures.world  # the shared fixture


def stored(world, emp_id) -> Employee:
    with unit_of_work(world.factory) as s:
        return s.get(Employee, emp_id)


@pytest.fixture
def siti(world):
    return world.call(OPERATOR, create_employee, employee_input()).id


def test_bad_pangkat_is_refused_and_current_grade_untouched(world, siti):
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, add_history, siti, PangkatInput(golongan_code="III/a",
                                                             tmt=date(2009, 12, 1)))
    assert [(e.field, e.code) for e in caught.value.errors] == [("tmt", "history.before_tmt_cpns")]
    assert stored(world, siti).current_golongan_code is None


def test_pangkat_changes_follow_the_latest_tmt(world, siti):
    first = world.call(OPERATOR, add_history, siti, PangkatInput(
        golongan_code="III/a", tmt=date(2010, 1, 1), mkg_tahun=0, mkg_bulan=0))
    e = stored(world, siti)
    assert (e.current_golongan_code, e.current_golongan_ordinal, e.tmt_golongan,
            e.mkg_tahun, e.mkg_bulan) == ("III/a", 9, date(2010, 1, 1), 0, 0)
    second = world.call(OPERATOR, add_history, siti, PangkatInput(
        golongan_code="III/b", tmt=date(2014, 4, 1), mkg_tahun=4, mkg_bulan=3))
    # an older SK entered later does not take over
    world.call(OPERATOR, add_history, siti, PangkatInput(golongan_code="II/d",
                                                         tmt=date(2010, 1, 1)))
    e = stored(world, siti)
    assert (e.current_golongan_code, e.tmt_golongan, e.mkg_tahun, e.mkg_bulan) == (
        "III/b", date(2014, 4, 1), 4, 3)
    world.call(OPERATOR, delete_history, "pangkat", second.id, "SK dibatalkan")
    e = stored(world, siti)
    assert (e.current_golongan_code, e.tmt_golongan) == ("III/a", date(2010, 1, 1))
    world.call(OPERATOR, update_history, first.id, PangkatInput(
        golongan_code="III/a", tmt=date(2010, 1, 1), mkg_tahun=1, mkg_bulan=0))
    assert stored(world, siti).mkg_tahun == 1


def test_mkg_comes_from_a_later_kgb_by_the_zero_date(world, siti):
    world.call(OPERATOR, add_history, siti, PangkatInput(golongan_code="III/b",
                                                         tmt=date(2014, 4, 1)))
    assert stored(world, siti).mkg_tahun is None
    world.call(OPERATOR, add_history, siti, KgbInput(tmt=date(2016, 4, 1), mkg_tahun=6,
                                                     mkg_bulan=0))
    e = stored(world, siti)
    assert (e.mkg_tahun, e.mkg_bulan) == (4, 0)  # zero date 2010-04 → MKG on 2014-04-01


def test_mkg_is_reduced_when_the_group_rises(world):
    # domain.md §4.4 worked example: II/d MKG 22 y 7 m → III/a MKG 17 y 7 m.
    budi = world.call(OPERATOR, create_employee, employee_input(BUDI)).id
    world.call(OPERATOR, add_history, budi, PangkatInput(
        golongan_code="II/d", tmt=date(2005, 4, 1), mkg_tahun=22, mkg_bulan=7))
    world.call(OPERATOR, add_history, budi, PangkatInput(golongan_code="III/a",
                                                         tmt=date(2005, 4, 1)))
    e = stored(world, budi)
    assert (e.current_golongan_code, e.mkg_tahun, e.mkg_bulan) == ("III/a", 17, 7)


def test_jabatan_sets_position_and_unit(world, siti):
    world.call(OPERATOR, add_history, siti, JabatanInput(
        jabatan_name="Pengadministrasi Umum", jabatan_kind="pelaksana", tmt=date(2010, 1, 1),
        unit_id=world.units["bkpsdm"]))
    world.call(OPERATOR, add_history, siti, JabatanInput(
        jabatan_name="Kepala Seksi Kurikulum", jabatan_kind="pengawas", eselon="IV.a",
        tmt=date(2016, 2, 15), unit_id=world.units["bidang_sd"]))
    e = stored(world, siti)
    assert (e.current_jabatan_name, e.current_jabatan_kind, e.current_eselon, e.tmt_jabatan,
            e.current_unit_id) == ("Kepala Seksi Kurikulum", "pengawas", "IV.a",
                                   date(2016, 2, 15), world.units["bidang_sd"])
    rows = world.call(OPERATOR, list_history, siti, "jabatan")
    assert [r.values.unit_name for r in rows] == ["BKPSDM", "Bidang Pembinaan SD"]
    world.call(OPERATOR, delete_history, "jabatan", rows[1].id, "Salah input")
    e = stored(world, siti)
    assert (e.current_jabatan_name, e.current_unit_id) == ("Pengadministrasi Umum",
                                                           world.units["bkpsdm"])


def test_jabatan_from_the_catalogue_brings_its_bup(world, siti):
    with unit_of_work(world.factory) as s:
        bind_actor(s, username="system", user_id=None, office_code="15")
        guru = Jabatan(office_code="15", name="Guru Ahli Muda", kind="fungsional_keahlian",
                       jenjang="ahli_muda", bup=60)
        s.add(guru)
        s.flush()
        guru_id = guru.id
    row = world.call(OPERATOR, add_history, siti, JabatanInput(
        jabatan_id=guru_id, jabatan_name="(diganti katalog)", tmt=date(2018, 1, 1)))
    assert (row.values.jabatan_name, row.values.jenjang) == ("Guru Ahli Muda", "ahli_muda")
    detail = world.call(OPERATOR, employee_detail, siti)
    assert (detail.bup, detail.tmt_pensiun) == (60, date(2045, 4, 1))


def test_highest_or_marked_last_education_is_current(world, siti):
    s1 = world.call(OPERATOR, add_history, siti, PendidikanInput(level_code="S1",
                                                                 tahun_lulus=2008))
    world.call(OPERATOR, add_history, siti, PendidikanInput(level_code="SMA", tahun_lulus=2003))
    world.call(OPERATOR, add_history, siti, PendidikanInput(level_code="S2", tahun_lulus=2015))
    e = stored(world, siti)
    assert (e.current_pendidikan_code, e.current_pendidikan_ordinal) == ("S2", 8)
    world.call(OPERATOR, update_history, s1.id, PendidikanInput(level_code="S1",
                                                                tahun_lulus=2008, is_last=True))
    assert stored(world, siti).current_pendidikan_code == "S1"
    s2 = [r for r in world.call(OPERATOR, list_history, siti, "pendidikan")
          if r.values.level_code == "S2"][0]
    world.call(OPERATOR, update_history, s2.id, PendidikanInput(level_code="S2",
                                                                tahun_lulus=2015, is_last=True))
    marked = [r.values.level_code for r in world.call(OPERATOR, list_history, siti, "pendidikan")
              if r.values.is_last]
    assert marked == ["S2"]
    assert stored(world, siti).current_pendidikan_code == "S2"
