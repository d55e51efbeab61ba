"""One employee with every history and the computed figures, in a fixed number of queries."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from app.domain.masa_kerja import MasaKerja
from app.errors import NotFound
from app.services.employee_query import employee_detail
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
)
from app.services.personnel import create_employee, delete_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import OPERATOR, VERIFIKATOR, employee_input

world = personnel_fixtures.world  # the shared fixture
TODAY = date(2025, 6, 15)


def one_of_each(year: int = 0) -> list:
    return [
        PangkatInput(golongan_code="III/a", tmt=date(2010 + year, 1, 1), mkg_tahun=0 + year,
                     mkg_bulan=0),
        JabatanInput(jabatan_name=f"Guru Ahli Pertama {year}", jabatan_kind="fungsional_keahlian",
                     jenjang="ahli_pertama", tmt=date(2010 + year, 3, 1)),
        PendidikanInput(level_code="S1", school=f"Universitas Jambi {year}", tahun_lulus=2008),
        KgbInput(tmt=date(2012 + year, 1, 1), mkg_tahun=2 + year),
        PmkInput(pengalaman=f"Guru honorer {year}", tanggal_mulai=date(2004, 1, 1),
                 tanggal_selesai=date(2007, 12, 31), mkg_tahun=2),
        AngkaKreditInput(sk_nomor=f"AK/{year}", kredit_utama=Decimal(100),
                         kredit_penunjang=Decimal(5), periode_mulai=date(2019 + year, 1, 1)),
        KeluargaInput(relation="anak", nama=f"Anak {year}", tanggal_lahir=date(2013, 2, 2)),
        PenghargaanInput(nama=f"Satyalencana {year}", tahun=2020),
        HukumanDisiplinInput(jenis=f"Teguran {year}", tingkat="ringan", sk_nomor=f"HD/{year}"),
        LuarNegeriInput(negara="Malaysia", tanggal_mulai=date(2019, 5, 1 + year)),
        OrganisasiInput(era="pns", nama=f"KORPRI {year}"),
    ]


@contextmanager
def counted(world):
    engine = world.factory.kw["bind"]
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


@pytest.fixture
def siti(world):
    emp = world.call(OPERATOR, create_employee, employee_input(
        current_unit_id=world.units["bidang_sd"], gelar_belakang="S.Pd.")).id
    for data in one_of_each():
        world.call(OPERATOR, add_history, emp, data)
    return emp


def test_detail_has_every_history_and_computed_figures(world, siti):
    d = world.call(OPERATOR, employee_detail, siti, TODAY)
    assert {key: len(d.history(key)) for key in KINDS} == {key: 1 for key in KINDS}
    assert d.keluarga[0].values.nama == "Anak 0"
    assert (d.nama_lengkap, d.nip_display, d.age) == (
        "Siti Aminah, S.Pd.", "19850315 201001 2 003", 40)
    assert d.unit_path == ("Dinas Pendidikan", "Bidang Pembinaan SD")
    assert (d.golongan, d.pangkat, d.jabatan, d.jenjang, d.pendidikan_label) == (
        "III/a", "Penata Muda (III/a)", "Guru Ahli Pertama 0", "ahli_pertama", "Sarjana (S1)")
    assert (d.bup, d.bup_reached, d.tmt_pensiun) == (58, date(2043, 3, 15), date(2043, 4, 1))
    assert d.mks == MasaKerja(17, 5)  # 15 y 5 m since TMT CPNS + 2 y PMK
    assert d.mkg == MasaKerja(15, 5)  # zero date 2010-01 (III/a, MKG 0 on its SK)
    assert d.mkg_sk == MasaKerja(0, 0)
    assert d.values.nip == "198503152010012003"


def test_detail_takes_a_fixed_number_of_queries(world, siti):
    with counted(world) as few:
        world.call(OPERATOR, employee_detail, siti, TODAY)
    for data in one_of_each(1) + one_of_each(2):
        world.call(OPERATOR, add_history, siti, data)
    with counted(world) as more:
        d = world.call(OPERATOR, employee_detail, siti, TODAY)
    assert all(len(d.history(key)) == 3 for key in KINDS)
    assert len(more) == len(few) <= 25


def test_deleted_employee_detail_is_not_found_unless_asked(world, siti):
    world.call(VERIFIKATOR, delete_employee, siti, "Data ganda")
    with pytest.raises(NotFound):
        world.call(OPERATOR, employee_detail, siti, TODAY)
    d = world.call(OPERATOR, employee_detail, siti, TODAY, include_deleted=True)
    assert (d.deleted, d.deleted_reason) == (True, "Data ganda")
