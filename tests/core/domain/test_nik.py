"""NIK rules (domain.md §1.3) and the NIP/NIK cross-check (§1.1 rule 7)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.nik import (
    InvalidNik,
    cross_check_nip_nik,
    is_valid_nik,
    nik_warnings,
    normalize_nik,
    parse_nik,
)
from app.domain.nip import parse_nip

TODAY = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("text", "birth", "gender", "district", "district_name"),
    [
        ("1571012609860001", date(1986, 9, 26), "L", "157101", "Telanaipura"),
        ("1571017012800003", date(1980, 12, 30), "P", "157101", "Telanaipura"),  # 30+40
        ("1502024101050002", date(2005, 1, 1), "P", "150202", "Bangko"),  # 1+40, 2005
        ("15.02.02 010125 0001", date(2025, 1, 1), "L", "150202", "Bangko"),
        ("3201010101990001", date(1999, 1, 1), "L", "320101", None),  # Jawa Barat
    ],
)
def test_parse_nik_examples(text, birth, gender, district, district_name):
    info = parse_nik(text, today=TODAY)
    assert info.birth_date == birth
    assert info.gender == gender
    assert info.district_code == district
    assert info.regency_code == district[:4]
    assert info.province_code == district[:2]
    assert info.district_name == district_name


def test_jambi_names_are_filled():
    info = parse_nik("1502020101900001", today=TODAY)
    assert (info.province_name, info.regency_name, info.district_name) == (
        "Jambi",
        "Kabupaten Merangin",
        "Bangko",
    )


@pytest.mark.parametrize(
    ("ddmmyy", "today", "hint", "year"),
    [
        ("010125", date(2025, 6, 1), None, 2025),  # not after today -> 20YY
        ("010725", date(2025, 6, 1), None, 1925),  # after today -> 19YY
        ("010170", date(2025, 6, 1), None, 1970),
        ("010100", date(2025, 6, 1), None, 2000),
        ("290200", date(2025, 6, 1), None, 2000),  # 2000 is a leap year
        ("010125", date(2025, 6, 1), date(1925, 1, 1), 1925),  # hint wins
        ("010125", date(2025, 6, 1), date(1925, 3, 3), 1925),  # hint's century only
        ("010125", date(2025, 6, 1), date(1986, 1, 1), 2025),  # hint of another year ignored
    ],
)
def test_century_pivot_and_hint(ddmmyy, today, hint, year):
    info = parse_nik(f"157101{ddmmyy}0001", today=today, birth_date_hint=hint)
    assert info.birth_date.year == year


@pytest.mark.parametrize(
    ("text", "code", "part"),
    [
        ("", "nik.empty", "whole"),
        ("15710126098600O1", "nik.chars", "whole"),
        ("157101260986001", "nik.length", "whole"),
        ("10710126098600011"[:16], "nik.province", "province"),
        ("0971012609860001", "nik.province", "province"),
        ("9771012609860001", "nik.province", "province"),
        ("1500012609860001", "nik.regency", "regency"),
        ("1571002609860001", "nik.district", "district"),
        ("1571010009860001", "nik.birth_date", "birth_date"),  # day 00
        ("1571013209860001", "nik.birth_date", "birth_date"),  # day 32
        ("1571014009860001", "nik.birth_date", "birth_date"),  # day 40 (neither)
        ("1571017209860001", "nik.birth_date", "birth_date"),  # day 72 = 32 + 40
        ("1571012613860001", "nik.birth_date", "birth_date"),  # month 13
        ("1571013102860001", "nik.birth_date", "birth_date"),  # 31 Feb
        ("1571012902860001", "nik.birth_date", "birth_date"),  # 29 Feb 1986/2086
        ("1571012609860000", "nik.sequence", "sequence"),
    ],
)
def test_parse_nik_rejects(text, code, part):
    with pytest.raises(InvalidNik) as err:
        parse_nik(text, today=TODAY)
    assert (err.value.code, err.value.part) == (code, part)
    assert err.value.text("id") != code  # a real sentence from the catalog


def test_message_says_where():
    with pytest.raises(InvalidNik) as err:
        parse_nik("1571012613860001", today=TODAY)
    assert "digit 7–12" in err.value.text("id") and "261386" in err.value.text("id")


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("1571012609860001", []),
        ("1599012609860001", ["nik.regency_unknown"]),
        ("1571992609860001", ["nik.district_unknown"]),
        ("2001012609860001", ["nik.province_unknown"]),  # in range, not a province
        ("3201012609860001", []),  # other provinces: no district check
    ],
)
def test_nik_warnings(text, codes):
    assert [w.code for w in nik_warnings(parse_nik(text, today=TODAY))] == codes


@pytest.mark.parametrize(
    ("nip", "nik", "codes"),
    [
        ("19860926 201505 1 001", "1571012609860001", []),
        ("19801230 201001 2 005", "1571017012800003", []),
        ("19860926 201505 1 001", "1571012709860001", ["nik.nip_birth_date_mismatch"]),
        ("19860926 201505 1 001", "1571016609860001", ["nik.nip_gender_mismatch"]),
        (
            "19801230 201001 2 005",
            "1571013012810003",
            ["nik.nip_birth_date_mismatch", "nik.nip_gender_mismatch"],
        ),
    ],
)
def test_cross_check_nip_nik(nip, nik, codes):
    found = cross_check_nip_nik(parse_nip(nip), parse_nik(nik, today=TODAY))
    assert [w.code for w in found] == codes
    assert all("NIK" in w.text("id") for w in found)


def test_normalize_and_is_valid():
    assert normalize_nik("15.71.01 260986 0001") == "1571012609860001"
    assert is_valid_nik("1571012609860001", today=TODAY)
    assert not is_valid_nik("1571012609860000", today=TODAY)


@given(
    st.dates(min_value=date(1926, 1, 1), max_value=TODAY),
    st.sampled_from(["L", "P"]),
    st.sampled_from(["157101", "150202", "320101", "110101"]),
    st.integers(1, 9999),
)
def test_nik_round_trip(birth, gender, district, seq):
    day = birth.day + (40 if gender == "P" else 0)
    nik = f"{district}{day:02d}{birth:%m%y}{seq:04d}"
    info = parse_nik(nik, today=TODAY, birth_date_hint=birth)
    assert (info.birth_date, info.gender, info.sequence, info.nik) == (birth, gender, seq, nik)
    # without a hint the pivot gives the same day and month, maybe another century
    bare = parse_nik(nik, today=TODAY)
    assert (bare.birth_date.day, bare.birth_date.month) == (birth.day, birth.month)
    assert bare.birth_date <= TODAY or bare.birth_date.year < 2000


@given(st.text(max_size=20))
def test_parse_nik_raises_only_invalid_nik(text):
    try:
        parse_nik(text, today=TODAY)
    except InvalidNik as err:
        assert err.code.startswith("nik.")
