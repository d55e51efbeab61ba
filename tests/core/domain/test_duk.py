"""DUK ordering (domain.md §8.1) with worked tie-breaks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.common import InvalidValue
from app.domain.duk import DukEntry, duk_key, rank_duk, sort_duk
from app.domain.masa_kerja import MasaKerja

BASE = DukEntry(
    key="base",
    nip="198001012005011001",
    golongan="III/c",
    tmt_golongan=date(2020, 4, 1),
    eselon=None,
    tmt_jabatan=date(2019, 1, 1),
    masa_kerja=MasaKerja(15, 0),
    latihan=None,
    pendidikan="S1",
    tahun_lulus=2003,
    birth_date=date(1980, 1, 1),
)


def order(*entries: DukEntry) -> list[str]:
    return [e.key for e in sort_duk(entries)]


def test_1_higher_golongan_first():
    a = replace(BASE, key="a", golongan="III/d", tmt_golongan=date(2024, 4, 1))
    b = replace(BASE, key="b", golongan="III/c", tmt_golongan=date(2010, 4, 1))
    assert order(b, a) == ["a", "b"]


def test_1_same_golongan_earlier_tmt_first():
    a = replace(BASE, key="a", tmt_golongan=date(2019, 10, 1))
    b = replace(BASE, key="b", tmt_golongan=date(2020, 4, 1))
    assert order(b, a) == ["a", "b"]


def test_2_higher_eselon_first_then_earlier_tmt_jabatan():
    a = replace(BASE, key="a", eselon="III.a", tmt_jabatan=date(2023, 1, 1))
    b = replace(BASE, key="b", eselon="IV.a", tmt_jabatan=date(2015, 1, 1))
    c = replace(BASE, key="c", eselon=None, tmt_jabatan=date(2010, 1, 1))  # non-eselon last
    d = replace(BASE, key="d", eselon="IV.a", tmt_jabatan=date(2012, 1, 1))
    assert order(c, b, a, d) == ["a", "d", "b", "c"]


def test_3_longer_masa_kerja_first():
    a = replace(BASE, key="a", masa_kerja=MasaKerja(16, 2))
    b = replace(BASE, key="b", masa_kerja=MasaKerja(16, 1))
    assert order(b, a) == ["a", "b"]


def test_4_higher_latihan_first_then_earlier_graduation():
    a = replace(BASE, key="a", latihan="PKA", tanggal_latihan=date(2022, 6, 1))
    b = replace(BASE, key="b", latihan="Diklatpim IV", tanggal_latihan=date(2015, 6, 1))
    c = replace(BASE, key="c", latihan="PKP", tanggal_latihan=date(2012, 6, 1))
    d = replace(BASE, key="d", latihan=None)
    assert order(d, b, a, c) == ["a", "c", "b", "d"]


def test_5_higher_education_first_then_earlier_graduation():
    a = replace(BASE, key="a", pendidikan="S2", tahun_lulus=2015)
    b = replace(BASE, key="b", pendidikan="S1", tahun_lulus=2001)
    c = replace(BASE, key="c", pendidikan="D-IV", tahun_lulus=2000)  # D-IV = S1 level
    d = replace(BASE, key="d", pendidikan=None)
    assert order(d, b, a, c) == ["a", "c", "b", "d"]


def test_6_older_first_then_nip():
    a = replace(BASE, key="a", birth_date=date(1979, 5, 1))
    b = replace(BASE, key="b", birth_date=date(1980, 5, 1))
    c = replace(BASE, key="c", birth_date=date(1980, 5, 1), nip="198001012005011000")
    assert order(b, c, a) == ["a", "c", "b"]


def test_earlier_criteria_win_over_later_ones():
    # higher golongan beats better jabatan, masa kerja, training, education and age
    senior = replace(BASE, key="senior", golongan="III/d", eselon=None, masa_kerja=MasaKerja(5, 0),
                     pendidikan="SMA", birth_date=date(1995, 1, 1))
    junior = replace(BASE, key="junior", golongan="III/c", eselon="III.a", latihan="PKN I",
                     masa_kerja=MasaKerja(30, 0), pendidikan="S3", birth_date=date(1965, 1, 1))
    assert order(junior, senior) == ["senior", "junior"]


def test_rank_duk_numbers_from_one():
    ranked = rank_duk([replace(BASE, key="x", golongan="II/a"), BASE])
    assert [(n, e.key) for n, e in ranked] == [(1, "base"), (2, "x")]


def test_latihan_level_may_be_given_as_a_number():
    assert duk_key(replace(BASE, latihan=2)) == duk_key(replace(BASE, latihan="PKA"))


def test_pppk_not_ranked():
    with pytest.raises(InvalidValue) as err:
        duk_key(replace(BASE, golongan="IX"))
    assert err.value.code == "duk.not_pns"
    assert "DUK" in err.value.text("id")


def test_missing_dates_sort_last():
    a = replace(BASE, key="a", tmt_golongan=None)
    b = replace(BASE, key="b")
    assert order(a, b) == ["b", "a"]
