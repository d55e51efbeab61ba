"""NIP PNS / NI PPPK rules against the worked examples of domain.md §1.1–1.2."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.dates import add_years
from app.domain.nip import (
    InvalidNip,
    NipRules,
    display_nip,
    format_nip,
    is_valid_nip,
    nip_warnings,
    normalize_nip,
    parse_nip,
)
from app.errors import message


@pytest.mark.parametrize(
    ("text", "birth", "tmt", "gender", "seq"),
    [
        ("19860926 201505 1 001", date(1986, 9, 26), date(2015, 5, 1), "L", 1),  # S01
        ("198012302010012005", date(1980, 12, 30), date(2010, 1, 1), "P", 5),  # S04
        ("19850315.201001.1.001", date(1985, 3, 15), date(2010, 1, 1), "L", 1),
        (" 19850315-201001-2-999 ", date(1985, 3, 15), date(2010, 1, 1), "P", 999),
        ("19920229 201012 1 002", date(1992, 2, 29), date(2010, 12, 1), "L", 2),
    ],
)
def test_parse_nip_pns_examples(text, birth, tmt, gender, seq):
    info = parse_nip(text)
    assert info.kind == "PNS"
    assert info.birth_date == birth
    assert info.tmt_cpns == tmt
    assert info.appointment_year == tmt.year
    assert info.gender == gender
    assert info.sequence == seq
    assert info.pppk_code is None
    assert len(info.nip) == 18 and info.nip.isdigit()


def test_parse_nip_pppk_example_from_s06():
    info = parse_nip("199009132025242014")
    assert info.kind == "PPPK"
    assert info.birth_date == date(1990, 9, 13)
    assert info.tmt_cpns is None  # decision: month not encoded, no TMT CPNS for PPPK
    assert info.appointment_year == 2025
    assert info.pppk_code == "24"
    assert info.gender == "P"
    assert info.sequence == 14


@pytest.mark.parametrize(
    ("text", "code", "part"),
    [
        ("", "nip.empty", "whole"),
        ("   ", "nip.empty", "whole"),
        ("19860926 2015O5 1 001", "nip.chars", "whole"),  # letter O instead of zero
        ("19860926/201505/1/001", "nip.chars", "whole"),
        ("1986092620150510", "nip.length", "whole"),
        ("1986092620150510011", "nip.length", "whole"),
        ("19860931 201505 1 001", "nip.birth_date", "birth_date"),  # 31 Sep
        ("19870229 201505 1 001", "nip.birth_date", "birth_date"),  # not a leap year
        ("18991231 201505 1 001", "nip.birth_date", "birth_date"),
        ("19860926 201500 1 001", "nip.tmt_month", "tmt"),
        ("19860926 201513 1 001", "nip.tmt_month", "tmt"),
        ("19860926 201520 1 001", "nip.tmt_month", "tmt"),
        ("19860926 198005 1 001", "nip.tmt_year", "tmt"),  # TMT before birth
        ("19860926 201505 3 001", "nip.gender", "gender"),
        ("19860926 201505 0 001", "nip.gender", "gender"),
        ("19860926 201505 1 000", "nip.sequence", "sequence"),
        ("19860926 200408 1 001", "nip.tmt_before_18", "tmt"),  # 17 years old
        ("19860926 200409 1 001", "nip.tmt_before_18", "tmt"),  # a month before the birthday
        ("19900913 2007 24 2 014", "nip.tmt_before_18", "tmt"),  # PPPK aged 16-17
    ],
)
def test_parse_nip_rejects_with_code_and_part(text, code, part):
    with pytest.raises(InvalidNip) as err:
        parse_nip(text)
    assert err.value.code == code
    assert err.value.part == part
    assert isinstance(err.value, ValueError)
    assert str(err.value) == message(code, "id", **err.value.params)


def test_tmt_on_18th_birthday_month_is_accepted():
    assert parse_nip("19861001 200410 1 001").tmt_cpns == date(2004, 10, 1)


def test_error_message_names_the_wrong_part_in_indonesian():
    with pytest.raises(InvalidNip) as err:
        parse_nip("19860926 201513 1 001")
    assert "digit 13–14" in err.value.text("id")
    assert "13" in err.value.text("id")
    with pytest.raises(InvalidNip) as err:
        parse_nip("1986092620150510")
    assert err.value.text("id") == "NIP harus 18 digit; yang diisi 16 digit."
    assert "18 digits" in err.value.text("en")


def test_invalid_nip_becomes_field_error():
    with pytest.raises(InvalidNip) as err:
        parse_nip("19860926 201505 3 001")
    fe = err.value.to_field_error()
    assert fe.field == "nip" and fe.code == "nip.gender"
    assert "digit 15" in fe.text("id")


def test_expected_kind_rejects_other_layout():
    with pytest.raises(InvalidNip) as err:
        parse_nip("199009132025242014", expected_kind="PNS")
    assert err.value.code == "nip.kind"
    assert parse_nip("199009132025242014", expected_kind="PPPK").kind == "PPPK"
    with pytest.raises(InvalidNip):
        parse_nip("198609262015051001", expected_kind="PPPK")


def test_rules_table_can_be_replaced():
    strict = NipRules(min_age_at_tmt=21, warn_age_above=30, pppk_code_min=21, pppk_codes={})
    with pytest.raises(InvalidNip) as err:
        parse_nip("19860926 200701 1 001", rules=strict)  # 20 years old
    assert err.value.params["min_age"] == 21
    assert parse_nip("19860926 200701 1 001").tmt_cpns == date(2007, 1, 1)


@pytest.mark.parametrize(
    ("text", "formatted"),
    [
        ("198609262015051001", "19860926 201505 1 001"),
        ("19801230.201001.2.005", "19801230 201001 2 005"),
        ("199009132025242014", "19900913 2025 24 2 014"),
    ],
)
def test_format_nip_groups(text, formatted):
    assert format_nip(text) == formatted
    assert format_nip(text, sep=".") == formatted.replace(" ", ".")


def test_format_nip_rejects_wrong_length_and_display_never_raises():
    with pytest.raises(InvalidNip):
        format_nip("131234567")
    assert display_nip("131234567") == "131234567"  # old 9-digit NIP shown as is
    assert display_nip(None) == ""
    assert display_nip("198609262015051001") == "19860926 201505 1 001"


def test_normalize_and_is_valid():
    assert normalize_nip(" 19860926.201505-1 001 ") == "198609262015051001"
    assert is_valid_nip("19860926 201505 1 001")
    assert not is_valid_nip("19860926 201505 1 000")


@pytest.mark.parametrize(
    ("text", "today", "codes"),
    [
        ("19860926 201505 1 001", date(2025, 1, 1), []),
        ("19700101 201001 1 001", date(2025, 1, 1), ["nip.age_over_limit"]),  # aged 40
        ("19740101 201001 1 001", date(2025, 1, 1), ["nip.age_over_limit"]),  # 36 at TMT
        ("20000926 203001 1 001", date(2025, 1, 1), ["nip.tmt_future"]),
        ("199009132025242014", date(2025, 6, 1), []),
        ("199009132025232014", date(2025, 6, 1), ["nip.pppk_code_unknown"]),
    ],
)
def test_nip_warnings(text, today, codes):
    found = nip_warnings(parse_nip(text), today=today)
    assert [w.code for w in found] == codes
    for w in found:
        assert w.text("id") and not w.text("id").startswith("nip.")


def test_age_35_at_tmt_is_not_a_warning():
    info = parse_nip("19750102 201001 1 001")  # 34 on 1 Jan 2010, 35 on 2 Jan
    assert nip_warnings(info, today=date(2025, 1, 1)) == []


# --- property tests -----------------------------------------------------------------------

@st.composite
def valid_pns(draw):
    birth = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2007, 12, 31)))
    adult = add_years(birth, 18)
    first = adult if adult.day == 1 else date(adult.year + (adult.month == 12),
                                              adult.month % 12 + 1, 1)
    tmt_year = draw(st.integers(first.year, 2060))
    lo = first.month if tmt_year == first.year else 1
    tmt_month = draw(st.integers(lo, 12))
    gender = draw(st.sampled_from("12"))
    seq = draw(st.integers(1, 999))
    return f"{birth:%Y%m%d}{tmt_year:04d}{tmt_month:02d}{gender}{seq:03d}"


@given(valid_pns())
def test_valid_pns_round_trips_through_format(nip):
    info = parse_nip(nip)
    assert info.nip == nip
    assert normalize_nip(format_nip(nip)) == nip
    assert parse_nip(format_nip(nip, sep=".")) == info
    assert f"{info.birth_date:%Y%m%d}{info.tmt_cpns:%Y%m}" == nip[:14]


@given(st.text(max_size=25))
def test_parse_nip_raises_only_invalid_nip(text):
    try:
        info = parse_nip(text)
    except InvalidNip as err:
        assert err.code.startswith("nip.")
    else:
        assert len(info.nip) == 18
