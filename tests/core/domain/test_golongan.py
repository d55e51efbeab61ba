"""Golongan PNS/PPPK (domain.md §2.1–2.2) and education levels."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.golongan import (
    PNS,
    PPPK,
    GolonganTables,
    InvalidGolongan,
    entry_golongan,
    golongan_by_ordinal,
    next_golongan,
    parse_golongan,
    pns_equivalent,
    pppk_equivalent,
)
from app.domain.pendidikan import InvalidPendidikan, Pendidikan, parse_pendidikan


@pytest.mark.parametrize(
    "text", ["III/b", "III.b", "IIIb", "iii b", "III-b", "III / B", "3/b", "3b", "Gol. III/b"]
)
def test_parse_golongan_pns_spellings(text):
    g = parse_golongan(text)
    assert (g.code, g.kind, g.ordinal) == ("III/b", "PNS", 10)
    assert g.pangkat == "Penata Muda Tingkat I"
    assert g.pangkat_short == "Penata Muda Tk. I"
    assert (g.group, g.ruang, g.group_name) == (3, "b", "Penata")


@pytest.mark.parametrize(
    ("text", "code", "ordinal"),
    [("IX", "IX", 9), ("ix", "IX", 9), ("Golongan XVII", "XVII", 17), ("I", "I", 1)],
)
def test_parse_golongan_pppk(text, code, ordinal):
    g = parse_golongan(text)
    assert (g.code, g.kind, g.ordinal, g.pangkat) == (code, "PPPK", ordinal, None)
    assert g.group is None and g.display() == f"Golongan {code}"


@pytest.mark.parametrize(
    ("code", "pangkat", "ordinal"),
    [
        ("I/a", "Juru Muda", 1),
        ("I/d", "Juru Tingkat I", 4),
        ("II/a", "Pengatur Muda", 5),
        ("II/d", "Pengatur Tingkat I", 8),
        ("III/a", "Penata Muda", 9),
        ("III/d", "Penata Tingkat I", 12),
        ("IV/a", "Pembina", 13),
        ("IV/c", "Pembina Utama Muda", 15),
        ("IV/d", "Pembina Utama Madya", 16),
        ("IV/e", "Pembina Utama", 17),
    ],
)
def test_pns_table(code, pangkat, ordinal):
    g = parse_golongan(code)
    assert (g.pangkat, g.ordinal) == (pangkat, ordinal)
    assert golongan_by_ordinal(ordinal) == g
    assert g.display() == f"{pangkat} ({code})"


@pytest.mark.parametrize("text", ["", "I/e", "II/e", "V/a", "XVIII", "IIII", "3", "abc", "0"])
def test_parse_golongan_rejects(text):
    with pytest.raises(InvalidGolongan) as err:
        parse_golongan(text)
    assert err.value.code == "golongan.invalid"
    assert "tidak dikenal" in err.value.text("id")


def test_kind_restricts_and_plain_number_for_pppk():
    assert parse_golongan("9", "PPPK").code == "IX"
    with pytest.raises(InvalidGolongan) as err:
        parse_golongan("IX", "PNS")
    assert err.value.code == "golongan.kind"
    with pytest.raises(InvalidGolongan):
        parse_golongan("III/a", "PPPK")
    with pytest.raises(InvalidGolongan):
        parse_golongan("18", "PPPK")


def test_ordering_within_kind_only():
    assert parse_golongan("II/d") < parse_golongan("III/a") < parse_golongan("IV/e")
    assert sorted(PNS[::-1]) == list(PNS)
    with pytest.raises(TypeError):
        _ = parse_golongan("IX") < parse_golongan("III/a")


@pytest.mark.parametrize(
    ("code", "nxt"), [("I/d", "II/a"), ("II/d", "III/a"), ("III/d", "IV/a"), ("IV/e", None)]
)
def test_next_golongan(code, nxt):
    found = next_golongan(parse_golongan(code))
    assert (found.code if found else None) == nxt


@pytest.mark.parametrize(
    ("pppk", "pns"), [("I", "I/a"), ("V", "II/a"), ("IX", "III/a"), ("XIII", "IV/a"),
                      ("XVII", "IV/e")]
)
def test_pppk_equivalence_from_data(pppk, pns):
    assert pns_equivalent(pppk).code == pns
    assert pppk_equivalent(pns).code == pppk


def test_pppk_equivalence_table_can_be_replaced():
    tables = GolonganTables.from_rows([{"pppk": "IX", "pns": "III/b"}], [])
    assert pns_equivalent("IX", tables).code == "III/b"
    assert pns_equivalent("X", tables) is None
    assert entry_golongan("S1", tables=tables) is None


@pytest.mark.parametrize(
    ("pendidikan", "pns", "pppk"),
    [
        ("SD", "I/a", "I"),
        ("SLTA", "II/a", "V"),
        ("D-III", "II/c", "VII"),
        ("S1", "III/a", "IX"),
        ("D IV", "III/a", "IX"),
        ("S2", "III/b", "X"),
        ("S3", "III/c", "XI"),
    ],
)
def test_entry_golongan(pendidikan, pns, pppk):
    assert entry_golongan(pendidikan).code == pns
    assert entry_golongan(pendidikan, "PPPK").code == pppk


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("SD", Pendidikan.SD),
        ("SLTP", Pendidikan.SMP),
        ("SMK", Pendidikan.SMA),
        ("SLTA/Sederajat", Pendidikan.SMA),
        ("D-III", Pendidikan.D3),
        ("D III", Pendidikan.D3),
        ("Diploma IV", Pendidikan.D4),
        ("S-1", Pendidikan.S1),
        ("s2", Pendidikan.S2),
        ("Doktor", Pendidikan.S3),
        (Pendidikan.S1, Pendidikan.S1),
    ],
)
def test_parse_pendidikan(text, level):
    assert parse_pendidikan(text) is level


@pytest.mark.parametrize("text", ["", "TK", "S4", "D5"])
def test_parse_pendidikan_rejects(text):
    with pytest.raises(InvalidPendidikan):
        parse_pendidikan(text)


def test_pendidikan_levels_order():
    assert Pendidikan.D4.level == Pendidikan.S1.level
    assert Pendidikan.SD.level < Pendidikan.SMA.level < Pendidikan.D3.level < Pendidikan.S3.level


@given(st.sampled_from(PNS + PPPK), st.sampled_from(["", "Gol. ", "golongan "]))
def test_golongan_round_trip(g, prefix):
    assert parse_golongan(prefix + str(g)) == g
    assert parse_golongan(str(g).lower().replace("/", " ")) == g
