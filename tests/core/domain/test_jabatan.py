"""Jabatan kinds, jenjang, eselon and BUP (domain.md §2.3, §2.4, §3.1)."""

from __future__ import annotations

import pytest

from app.domain.jabatan import (
    NON_ESELON_RANK,
    InvalidJabatan,
    JabatanTables,
    JenisJabatan,
    Jenjang,
    KategoriPelaksana,
    bup_for,
    default_tables,
    eselon_rank,
    golongan_fits_jenjang,
    is_manajerial,
    jenjang_pangkat_range,
    parse_eselon,
    parse_jenis_jabatan,
    parse_jenjang,
)


@pytest.mark.parametrize(
    ("jenis", "jenjang", "khusus", "bup"),
    [
        ("administrator", None, None, 58),
        ("pengawas", None, None, 58),
        ("pelaksana", None, None, 58),
        ("JFU", None, None, 58),
        ("jpt_utama", None, None, 60),
        ("JPT Madya", None, None, 60),
        ("jpt_pratama", None, None, 60),
        ("fungsional_keterampilan", "pemula", None, 58),
        ("fungsional_keterampilan", "penyelia", None, 58),
        ("fungsional_keahlian", "ahli_pertama", None, 58),
        ("fungsional_keahlian", "Ahli Muda", None, 58),
        ("fungsional_keahlian", "ahli_madya", None, 60),
        ("fungsional_keahlian", Jenjang.AHLI_UTAMA, None, 65),
        ("fungsional_keahlian", "ahli_pertama", "guru", 60),
        ("fungsional_keahlian", "ahli_madya", "Dosen", 65),
        ("fungsional_keahlian", "ahli_utama", "profesor", 70),
        ("fungsional_keahlian", "ahli_muda", "penyuluh", 58),  # unknown khusus -> jenjang row
    ],
)
def test_bup_for(jenis, jenjang, khusus, bup):
    assert bup_for(jenis, jenjang, khusus) == bup


def test_bup_for_needs_jenjang_for_keahlian():
    with pytest.raises(InvalidJabatan) as err:
        bup_for("fungsional_keahlian")
    assert err.value.code == "jabatan.bup_unknown"
    assert "BUP" in err.value.text("id")


def test_bup_table_can_be_replaced():
    base = default_tables()
    tables = JabatanTables(
        base.manajerial,
        base.jenjang_pangkat,
        base.eselon,
        ({"jenis": "pelaksana", "jenjang": "", "khusus": "", "bup": "60"},),
    )
    assert bup_for("pelaksana", tables=tables) == 60
    with pytest.raises(InvalidJabatan):
        bup_for("administrator", tables=tables)


@pytest.mark.parametrize("text", ["", "struktural", "menteri"])
def test_parse_jenis_rejects(text):
    with pytest.raises(InvalidJabatan) as err:
        parse_jenis_jabatan(text)
    assert err.value.code == "jabatan.jenis"


def test_jenis_properties():
    assert JenisJabatan.JPT_PRATAMA.kelompok == "Jabatan Pimpinan Tinggi"
    assert JenisJabatan.PELAKSANA.kelompok == "Jabatan Administrasi"
    assert JenisJabatan.FUNGSIONAL_KEAHLIAN.kelompok == "Jabatan Fungsional"
    assert is_manajerial("pengawas") and not is_manajerial("pelaksana")
    assert not is_manajerial(JenisJabatan.FUNGSIONAL_KEAHLIAN)
    assert [k.value for k in KategoriPelaksana] == ["klerek", "operator", "teknisi"]


@pytest.mark.parametrize(
    ("jenjang", "jenis", "order"),
    [
        ("ahli_pertama", JenisJabatan.FUNGSIONAL_KEAHLIAN, 1),
        ("Ahli Utama", JenisJabatan.FUNGSIONAL_KEAHLIAN, 4),
        ("pemula", JenisJabatan.FUNGSIONAL_KETERAMPILAN, 1),
        ("Penyelia", JenisJabatan.FUNGSIONAL_KETERAMPILAN, 4),
    ],
)
def test_jenjang(jenjang, jenis, order):
    j = parse_jenjang(jenjang)
    assert (j.jenis, j.order) == (jenis, order)
    with pytest.raises(InvalidJabatan):
        parse_jenjang("ahli")


@pytest.mark.parametrize(
    ("jenjang", "lo", "hi"),
    [
        ("ahli_pertama", "III/a", "III/b"),
        ("ahli_muda", "III/c", "III/d"),
        ("ahli_madya", "IV/a", "IV/c"),
        ("ahli_utama", "IV/d", "IV/e"),
        ("penyelia", "III/c", "III/d"),
    ],
)
def test_jenjang_pangkat_range_confirmed_rows(jenjang, lo, hi):
    found = jenjang_pangkat_range(jenjang)
    assert (found[0].code, found[1].code) == (lo, hi)


def test_golongan_fits_jenjang_pns_and_pppk():
    assert golongan_fits_jenjang("III/b", "ahli_pertama")
    assert not golongan_fits_jenjang("III/c", "ahli_pertama")
    assert golongan_fits_jenjang("IV/b", "ahli_madya")
    assert golongan_fits_jenjang("IX", "ahli_pertama")  # PPPK IX = III/a
    assert not golongan_fits_jenjang("XI", "ahli_pertama")


@pytest.mark.parametrize(
    ("text", "code", "rank"),
    [
        ("I.a", "I.a", 1),
        ("II.b", "II.b", 4),
        ("IIb", "II.b", 4),
        ("II/b", "II.b", 4),
        ("2b", "II.b", 4),
        ("Eselon III.a", "III.a", 5),
        ("iv a", "IV.a", 7),
        ("V.a", "V.a", 9),
    ],
)
def test_parse_eselon(text, code, rank):
    e = parse_eselon(text)
    assert (e.code, e.rank) == (code, rank)
    assert eselon_rank(text) == rank


@pytest.mark.parametrize("text", [None, "", "NS", "non eselon", "-"])
def test_non_eselon(text):
    assert parse_eselon(text) is None
    assert eselon_rank(text) == NON_ESELON_RANK


@pytest.mark.parametrize("text", ["VI.a", "II.c", "eselon"])
def test_parse_eselon_rejects(text):
    with pytest.raises(InvalidJabatan) as err:
        parse_eselon(text)
    assert err.value.code == "jabatan.eselon"


def test_usual_eselon_mapping_from_data():
    assert parse_eselon("II.a").jenis is JenisJabatan.JPT_PRATAMA
    assert parse_eselon("III.b").jenis is JenisJabatan.ADMINISTRATOR
    assert parse_eselon("IV.a").jenis is JenisJabatan.PENGAWAS
