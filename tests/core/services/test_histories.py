"""Every history kind through the one engine: good input saved, bad input refused unchanged."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.errors import PermissionDenied, ValidationError, message
from app.services.histories import (
    KINDS,
    AngkaKreditInput,
    HukumanDisiplinInput,
    JabatanInput,
    KeluargaInput,
    KgbInput,
    LuarNegeriInput,
    OrganisasiInput,
    PangkatInput,
    PendidikanInput,
    PenghargaanInput,
    PmkInput,
    add_history,
    delete_history,
    get_history,
    history_kinds,
    list_history,
    update_history,
    validate_history,
)
from app.services.personnel import create_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    AUDITOR,
    OPERATOR,
    OTHER_OPERATOR,
    employee_input,
)

world = personnel_fixtures.world  # the shared fixture

# (good input, {attribute: stored value}, bad input, {(field, code)})
CASES = {
    "pangkat": (
        PangkatInput(golongan_code="III.a", tmt=date(2010, 1, 1), mkg_tahun=0, mkg_bulan=0,
                     sk_tanggal=date(2009, 12, 1), sk_nomor=" 800/123/BKD "),
        {"golongan_code": "III/a", "sk_nomor": "800/123/BKD"},
        PangkatInput(golongan_code="V/a", tmt=date(2010, 1, 5), mkg_bulan=12),
        {("golongan_code", "golongan.invalid"), ("tmt", "field.tmt_first"),
         ("mkg_bulan", "field.range")},
    ),
    "jabatan": (
        JabatanInput(jabatan_name="Guru Ahli Pertama", jabatan_kind="Fungsional Keahlian",
                     jenjang="Ahli Pertama", eselon="NS", tmt=date(2011, 3, 7)),
        {"jabatan_kind": "fungsional_keahlian", "jenjang": "ahli_pertama", "eselon": None},
        JabatanInput(jabatan_name="Guru", jabatan_kind="fungsional_keahlian",
                     tmt=date(2011, 3, 7), tmt_selesai=date(2011, 1, 1), eselon="VI.z"),
        {("jenjang", "history.jenjang_required"), ("tmt_selesai", "field.date_before"),
         ("eselon", "jabatan.eselon")},
    ),
    "pendidikan": (
        PendidikanInput(level_code="S-1", school="Universitas Jambi",
                        tanggal_lulus=date(2008, 8, 30)),
        {"level_code": "S1", "tahun_lulus": 2008},
        PendidikanInput(level_code="SMU X", tanggal_lulus=date(1980, 1, 1), tahun_lulus=1981),
        {("level_code", "pendidikan.unknown"), ("tanggal_lulus", "history.before_birth"),
         ("tahun_lulus", "field.range")},
    ),
    "kgb": (
        KgbInput(tmt=date(2012, 1, 1), golongan_code="3a", mkg_tahun=2, mkg_bulan=0,
                 gaji_pokok_lama=2_579_400, gaji_pokok_baru=2_660_700),
        {"golongan_code": "III/a", "mkg_tahun": 2},
        KgbInput(tmt=date(2009, 1, 1), gaji_pokok_lama=2_660_700, gaji_pokok_baru=2_579_400),
        {("tmt", "history.before_tmt_cpns"), ("mkg_tahun", "field.required"),
         ("gaji_pokok_baru", "history.gaji_lower")},
    ),
    "pmk": (
        PmkInput(pengalaman="Guru honorer SDN 12", tanggal_mulai=date(2004, 1, 1),
                 tanggal_selesai=date(2007, 12, 31), mkg_tahun=4),
        {"mkg_tahun": 4, "mkg_bulan": 0},
        PmkInput(tanggal_mulai=date(2004, 1, 1), tanggal_selesai=date(2007, 12, 31),
                 mkg_tahun=5),
        {("pengalaman", "field.required"), ("mkg_tahun", "history.pmk_exceeds")},
    ),
    "angka_kredit": (
        AngkaKreditInput(sk_nomor="AK/01/2020", kredit_utama=Decimal("100"),
                         kredit_penunjang=Decimal("10.5"), periode_mulai=date(2019, 1, 1),
                         periode_selesai=date(2019, 12, 31)),
        {"kredit_total": Decimal("110.5")},
        AngkaKreditInput(kredit_utama=Decimal("100"), kredit_penunjang=Decimal("10"),
                         kredit_total=Decimal("100"), periode_mulai=date(2019, 1, 1),
                         periode_selesai=date(2018, 1, 1)),
        {("kredit_total", "history.ak_total"), ("periode_selesai", "field.date_before")},
    ),
    "keluarga": (
        KeluargaInput(relation="suami", nama="Ahmad Yani", tanggal_nikah=date(2012, 5, 5),
                      status="menikah", tunjangan=True),
        {"jenis_kelamin": "L", "tunjangan": True},
        KeluargaInput(relation="anak", nama="Nur", tanggal_nikah=date(2012, 5, 5),
                      jenis_kelamin="Q", nik="123"),
        {("tanggal_nikah", "family.nikah_spouse_only"), ("jenis_kelamin", "field.choice"),
         ("nik", "nik.length")},
    ),
    "penghargaan": (
        PenghargaanInput(nama="Satyalencana Karya Satya X Tahun", sk_tanggal=date(2020, 8, 17)),
        {"tahun": 2020},
        PenghargaanInput(nama=None, tahun=1800),
        {("nama", "field.required"), ("tahun", "field.range")},
    ),
    "hukuman_disiplin": (
        HukumanDisiplinInput(jenis="Teguran lisan", tingkat="ringan", sk_nomor="HD/1/2021"),
        {"tingkat": "ringan"},
        HukumanDisiplinInput(jenis="Teguran", tingkat="ringan sekali", masa_bulan=13),
        {("tingkat", "field.choice"), ("masa_bulan", "field.range")},
    ),
    "luar_negeri": (
        LuarNegeriInput(negara="Malaysia", tujuan="Studi banding", tanggal_mulai=date(2019, 5, 1),
                        tanggal_selesai=date(2019, 5, 7), pembiaya="APBD"),
        {"negara": "Malaysia"},
        LuarNegeriInput(negara="", tanggal_mulai=date(2019, 5, 7),
                        tanggal_selesai=date(2019, 5, 1)),
        {("negara", "field.required"), ("tanggal_selesai", "field.date_before")},
    ),
    "organisasi": (
        OrganisasiInput(era="pns", nama="KORPRI", kedudukan="Anggota"),
        {"era": "pns"},
        OrganisasiInput(era="sd", nama="Pramuka", tanggal_mulai=date(2999, 1, 1)),
        {("era", "field.choice"), ("tanggal_mulai", "field.date_future")},
    ),
}


@pytest.fixture
def emp_id(world):
    return world.call(OPERATOR, create_employee, employee_input()).id


def test_every_kind_is_covered_and_labelled():
    assert set(CASES) == set(KINDS)
    for key, label in history_kinds():
        assert label != f"history.kind.{key}"
        assert message(f"history.kind.{key}", "en") != f"history.kind.{key}"


@pytest.mark.parametrize("kind", sorted(CASES))
def test_bad_input_is_refused_unchanged_and_good_input_saved_normalised(world, emp_id, kind):
    good, stored, bad, errors = CASES[kind]
    before = world.fingerprint()
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, add_history, emp_id, bad)
    assert {(e.field, e.code) for e in caught.value.errors} == errors
    assert {(e.field, e.code) for e in world.call(OPERATOR, validate_history, emp_id, bad)} \
        == errors
    assert world.fingerprint() == before
    assert world.call(OPERATOR, list_history, emp_id, kind) == []

    row = world.call(OPERATOR, add_history, emp_id, good)
    assert row.kind == kind
    for attr, value in stored.items():
        assert getattr(row.values, attr) == value
    listed = world.call(OPERATOR, list_history, emp_id, kind)
    assert [r.id for r in listed] == [row.id]
    assert listed[0].values == row.values
    assert world.call(OPERATOR, get_history, kind, row.id).values == row.values


def test_duplicate_record_is_refused(world, emp_id):
    good = CASES["pangkat"][0]
    world.call(OPERATOR, add_history, emp_id, good)
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, add_history, emp_id, good)
    assert caught.value.errors[0].code == "history.duplicate"
    assert "III/a, 01-01-2010" in caught.value.errors[0].text("id")


def test_update_and_delete_a_row(world, emp_id):
    row = world.call(OPERATOR, add_history, emp_id, CASES["penghargaan"][0])
    changed = world.call(OPERATOR, update_history, row.id,
                         PenghargaanInput(nama="Satyalencana Karya Satya XX Tahun", tahun=2021))
    assert (changed.id, changed.values.tahun) == (row.id, 2021)
    with pytest.raises(ValidationError):
        world.call(OPERATOR, delete_history, "penghargaan", row.id, "")
    world.call(OPERATOR, delete_history, "penghargaan", row.id, "Salah input")
    assert world.call(OPERATOR, list_history, emp_id, "penghargaan") == []


def test_history_writes_need_the_owning_office_and_write_permission(world, emp_id):
    with pytest.raises(PermissionDenied):
        world.call(AUDITOR, add_history, emp_id, CASES["organisasi"][0])
    with pytest.raises(Exception) as caught:
        world.call(OTHER_OPERATOR, add_history, emp_id, CASES["organisasi"][0])
    assert type(caught.value).__name__ == "NotFound"
    assert world.call(OPERATOR, list_history, emp_id, "organisasi") == []


def test_pppk_pangkat_takes_a_pppk_golongan(world):
    pppk = world.call(OPERATOR, create_employee, employee_input(
        nip="199009132025242014", nik=None, nama="Rina Marlina", tanggal_lahir=date(1990, 9, 13),
        jenis_kelamin="P", jenis_pegawai="PPPK", tmt_cpns=None)).id
    row = world.call(OPERATOR, add_history, pppk, PangkatInput(golongan_code="ix",
                                                                tmt=date(2025, 3, 1)))
    assert row.values.golongan_code == "IX"
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, add_history, pppk, PangkatInput(golongan_code="III/a",
                                                              tmt=date(2025, 4, 1)))
    assert caught.value.errors[0].code == "golongan.kind"


def test_jabatan_unit_must_be_in_the_employees_office(world, emp_id):
    with pytest.raises(ValidationError) as caught:
        world.call(OPERATOR, add_history, emp_id, JabatanInput(
            jabatan_name="Pengadministrasi Umum", jabatan_kind="pelaksana", tmt=date(2012, 1, 1),
            unit_id=world.units["kota"]))
    assert [(e.field, e.code) for e in caught.value.errors] == [("unit_id", "field.not_found")]
