"""Predikat matrix (domain.md §6.2), organisation distribution, regimes."""

from __future__ import annotations

import pytest

from app.domain.common import InvalidValue
from app.domain.kinerja import (
    CapaianOrganisasi,
    DistributionRule,
    DistributionTable,
    Predikat,
    Rating,
    Regime,
    distribution_fits,
    parse_predikat,
    parse_rating,
    predikat,
    regime_for_year,
)

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH


@pytest.mark.parametrize(
    ("hasil", "perilaku", "expected"),
    [
        (A, A, "Sangat Baik"),
        (A, S, "Baik"),
        (A, B, "Kurang/Misconduct"),
        (S, A, "Baik"),
        (S, S, "Baik"),
        (S, B, "Kurang/Misconduct"),
        (B, A, "Butuh Perbaikan"),
        (B, S, "Butuh Perbaikan"),
        (B, B, "Sangat Kurang"),
    ],
)
def test_predikat_matrix_all_nine(hasil, perilaku, expected):
    assert predikat(hasil, perilaku).value == expected
    assert predikat(hasil.value, perilaku.value) is Predikat(expected)


def test_enum_values_are_the_official_wording():
    assert [r.value for r in Rating] == [
        "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"
    ]
    assert [p.value for p in Predikat] == [
        "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang"
    ]
    assert [c.value for c in CapaianOrganisasi] == [
        "Istimewa", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"
    ]
    assert Predikat.SANGAT_BAIK.rank == 5 and Predikat.SANGAT_KURANG.rank == 1


@pytest.mark.parametrize(
    ("text", "rating"),
    [("Di Atas Ekspektasi", A), ("di atas", A), ("atas", A), ("DI_BAWAH", B), ("Sesuai", S),
     ("sesuai ekspektasi", S), ("bawah", B)],
)
def test_parse_rating(text, rating):
    assert parse_rating(text) is rating


@pytest.mark.parametrize("text", ["", "baik", "tinggi"])
def test_parse_rating_rejects(text):
    with pytest.raises(InvalidValue) as err:
        parse_rating(text)
    assert err.value.code == "kinerja.rating"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Kurang", Predikat.KURANG), ("Misconduct", Predikat.KURANG),
     ("kurang/misconduct", Predikat.KURANG), ("SANGAT_BAIK", Predikat.SANGAT_BAIK),
     ("Butuh Perbaikan", Predikat.BUTUH_PERBAIKAN)],
)
def test_parse_predikat(text, expected):
    assert parse_predikat(text) is expected
    with pytest.raises(InvalidValue):
        parse_predikat("Cukup")


@pytest.mark.parametrize(
    ("year", "regime"),
    [(2010, Regime.DP3_1979), (2013, Regime.DP3_1979), (2014, Regime.PP46_2011),
     (2020, Regime.PP46_2011), (2021, Regime.PM8_2021), (2022, Regime.PM6_2022),
     (2026, Regime.PM6_2022)],
)
def test_regime_for_year(year, regime):
    assert regime_for_year(year) is regime
    assert regime.label


SB, BK, BP, KR, SK = (Predikat.SANGAT_BAIK, Predikat.BAIK, Predikat.BUTUH_PERBAIKAN,
                      Predikat.KURANG, Predikat.SANGAT_KURANG)


@pytest.mark.parametrize(
    ("org", "counts", "codes"),
    [
        ("Istimewa", {SB: 7, BK: 3}, []),
        ("Istimewa", {SB: 8, BK: 2}, ["kinerja.distribusi_over"]),
        ("Baik", {SB: 1, BK: 7, BP: 2}, []),
        ("Baik", {BK: 8, BP: 2}, ["kinerja.distribusi_over"]),
        ("Baik", {SB: 3, BK: 7}, ["kinerja.distribusi_missing"]),  # someone must be BP/K
        ("Butuh Perbaikan", {BP: 6, BK: 3, SB: 1}, []),
        ("Butuh Perbaikan", {BP: 5, BK: 3, SB: 2},
         ["kinerja.distribusi_under", "kinerja.distribusi_over"]),
        ("Kurang", {KR: 6, BP: 1, BK: 3}, []),
        ("Kurang", {KR: 7, BK: 3}, ["kinerja.distribusi_under"]),  # no BP at all
        ("Sangat Kurang", {SK: 6, KR: 2, BK: 2}, []),
        ("Sangat Kurang", {SK: 6, KR: 3, SB: 1}, ["kinerja.distribusi_over"]),  # no SB allowed
        ("Baik", {}, []),  # nobody to check
    ],
)
def test_distribution_fits(org, counts, codes):
    found = distribution_fits(org, counts)
    assert [w.code for w in found] == codes
    for w in found:
        assert org in w.text("id")


def test_distribution_accepts_text_keys_and_rejects_negative():
    assert distribution_fits(CapaianOrganisasi.ISTIMEWA, {"Sangat Baik": 1, "Kurang": 1}) == []
    with pytest.raises(ValueError):
        distribution_fits("Baik", {BK: -1})


def test_distribution_message():
    (w,) = distribution_fits("Istimewa", {SB: 9, BK: 1})
    assert w.text("id") == (
        "Capaian organisasi Istimewa: predikat Sangat Baik 90.0% pegawai, melebihi batas 70%."
    )


def test_distribution_table_can_be_replaced():
    table = DistributionTable(
        {CapaianOrganisasi.BAIK: (DistributionRule((SB,), max_percent=20),)}
    )
    assert [w.code for w in distribution_fits("Baik", {SB: 3, BK: 7}, table)] == [
        "kinerja.distribusi_over"
    ]
    assert distribution_fits("Istimewa", {SB: 10}, table) == []
