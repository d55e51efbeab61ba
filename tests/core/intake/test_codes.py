"""Coded cells as SIASN and offices spell them, position kinds and unit kinds, names with
titles (domain.md §2)."""

from __future__ import annotations

import pytest

from app.intake import codes
from app.intake.codes import RefChoice
from app.intake.names import split_titles
from app.intake.positions import position_kind, unit_kind
from app.intake.values import CellProblem

RELIGIONS = [RefChoice("r1", "islam", "Islam"), RefChoice("r2", "katolik", "Katolik"),
             RefChoice("r3", "kristen", "Kristen Protestan"),
             RefChoice("r4", "khonghucu", "Khonghucu")]


@pytest.mark.parametrize("cell,expected", [
    ("PNS Daerah Kab/Kota", "PNS"), ("PNS Pusat DPK", "PNS"), ("CPNS Daerah", "CPNS"),
    ("PPPK", "PPPK"), ("P3K", "PPPK"), ("Pegawai Pemerintah dengan Perjanjian Kerja", "PPPK"),
])
def test_jenis_pegawai(cell, expected):
    assert codes.read_jenis_pegawai(cell) == expected


@pytest.mark.parametrize("cell,expected", [
    ("Aktif", "aktif"), ("Masa Persiapan Pensiun", "aktif"), ("CLTN", "cltn"),
    ("Tugas Belajar", "tugas_belajar"), ("Pemberhentian Sementara", "diberhentikan_sementara"),
    ("Pensiun", "pensiun"), ("Meninggal Dunia", "meninggal"), ("Pindah Instansi", "pindah_keluar"),
])
def test_kedudukan(cell, expected):
    assert codes.read_kedudukan(cell) == expected


@pytest.mark.parametrize("cell,expected", [
    ("Islam", "r1"), ("ISLAM", "r1"), ("Katholik", "r2"), ("Protestan", "r3"),
    ("Kristen", "r3"), ("Konghucu", "r4"), ("katolik", "r2"),
])
def test_religions_by_name_code_or_spelling(cell, expected):
    assert codes.read_religion(cell, RELIGIONS) == expected


def test_an_unknown_religion_lists_the_known_ones():
    with pytest.raises(CellProblem) as caught:
        codes.read_religion("Jedi", RELIGIONS)
    assert "Islam, Katolik" in caught.value.text("id")


@pytest.mark.parametrize("cell,expected", [
    ("S-1/Sarjana", "S1"), ("Diploma III/Sarjana Muda", "D-III"), ("SLTA", "SMA"),
    ("SMK", "SMA"), ("S-2", "S2"), ("D IV", "D-IV"),
])
def test_education_levels(cell, expected):
    assert codes.read_pendidikan(cell) == expected


def test_golongan_follows_the_employee_kind():
    assert codes.read_golongan("III/b", "PNS") == "III/b"
    assert codes.read_golongan("Gol. III.b", "CPNS") == "III/b"
    assert codes.read_golongan("IX", "PPPK") == "IX"
    with pytest.raises(CellProblem) as caught:
        codes.read_golongan("IX", "PNS")
    assert caught.value.code in ("golongan.invalid", "golongan.kind")


@pytest.mark.parametrize("name,jenis,eselon,expected", [
    ("Analis Kepegawaian Ahli Muda", "Fungsional Tertentu", None,
     ("fungsional_keahlian", "ahli_muda", None, False)),
    ("Perawat Terampil", "Fungsional Tertentu", None,
     ("fungsional_keterampilan", "terampil", None, False)),
    ("Pengadministrasi Perkantoran", "Fungsional Umum", None, ("pelaksana", None, None, False)),
    ("Kepala Bidang Mutasi", "Struktural", "III.b", ("administrator", None, "III.b", False)),
    ("Kepala Dinas Pendidikan", "Struktural", "II.a", ("jpt_pratama", None, "II.a", False)),
    ("Kepala Seksi Kurikulum", None, None, ("pengawas", None, None, True)),
    ("Guru Ahli Pertama", None, None, ("fungsional_keahlian", "ahli_pertama", None, True)),
    ("Pengelola Kepegawaian", None, None, ("pelaksana", None, None, True)),
    ("Camat Bangko", "JPT Pratama", None, ("jpt_pratama", None, None, False)),
])
def test_position_kinds(name, jenis, eselon, expected):
    kind = position_kind(name, jenis, eselon)
    assert (kind.kind, kind.jenjang, kind.eselon, kind.guessed) == expected


def test_a_functional_position_without_its_level_is_refused():
    with pytest.raises(CellProblem) as caught:
        position_kind("Guru", "Fungsional Tertentu", None)
    assert caught.value.code == "intake.jf_without_jenjang"


@pytest.mark.parametrize("name,kind", [
    ("Dinas Pendidikan", "dinas"), ("Bidang Mutasi", "bidang"), ("SD Negeri 12 Bangko", "sekolah"),
    ("Puskesmas Bangko", "puskesmas"), ("Sub Bagian Umum", "subbagian"),
    ("Sekretariat Daerah", "sekretariat_daerah"), ("RSUD Kol. Abundjani", "rumah_sakit"),
    ("UPTD Pengelolaan Air", "upt"), ("Tim Percepatan", "lainnya"),
])
def test_unit_kinds_from_names(name, kind):
    assert unit_kind(name) == kind


@pytest.mark.parametrize("text,expected", [
    ("Siti Aminah, S.E.", (None, "Siti Aminah", "S.E.")),
    ("Dr. H. Ahmad Yani, S.E., M.M.", ("Dr. H.", "Ahmad Yani", "S.E., M.M.")),
    ("Drs. Budi Santoso", ("Drs.", "Budi Santoso", None)),
    ("Budi, anak Pak Santoso", (None, "Budi, anak Pak Santoso", None)),
    ("H. M. Yusuf", ("H.", "M. Yusuf", None)),
])
def test_titles_are_split_off_the_name(text, expected):
    assert split_titles(text) == expected
