"""Reading cells: dates in every spelling offices use, NIP/NIK numbers Excel rounded, phones,
genders, "nothing" markers."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.intake.values import (
    CellProblem,
    read_date,
    read_digits,
    read_gender,
    read_id_number,
    read_int,
    read_text,
    read_year,
)

MARCH_15_1985 = (date(1985, 3, 15) - date(1899, 12, 30)).days  # Excel serial 31121


def test_excel_serial_of_a_known_date():
    assert MARCH_15_1985 == 31121


@pytest.mark.parametrize("cell", [
    "15-03-1985", "15/03/1985", "15.03.1985", "15-3-1985", "1985-03-15",
    "1985-03-15 00:00:00", "19850315", "15 Maret 1985", "15 Mar 1985", "15-Mar-1985",
    "15 March 1985", MARCH_15_1985, float(MARCH_15_1985), str(MARCH_15_1985),
    f"{MARCH_15_1985}.0", datetime(1985, 3, 15), date(1985, 3, 15), " 15-03-1985 ",
])
def test_every_spelling_of_a_date_reads_the_same(cell):
    assert read_date(cell) == date(1985, 3, 15)


@pytest.mark.parametrize("cell,code", [
    ("31-02-1985", "intake.no_such_date"), ("15-03-85", "intake.two_digit_year"),
    ("03/15/1985", "intake.no_such_date"),  # never read as US month-first
    ("kemarin", "intake.bad_date"), ("15 Maretz 1985", "intake.bad_date"),
    (5, "intake.bad_date"),  # a serial before March 1900 is not a date of ours
])
def test_unreadable_dates_say_why(cell, code):
    with pytest.raises(CellProblem) as caught:
        read_date(cell)
    assert caught.value.code == code
    assert str(cell).strip() in caught.value.text("id")


@pytest.mark.parametrize("cell", [None, "", "  ", "-", "NULL", "#N/A", "—"])
def test_nothing_markers_are_empty(cell):
    assert read_text(cell) is None
    assert read_date(cell) is None


def test_text_drops_the_excel_text_mark_and_collapses_spaces():
    assert read_text("'198503152010012003") == "198503152010012003"
    assert read_text("  Siti   Aminah ") == "Siti Aminah"


def test_an_18_digit_number_cell_excel_rounded_is_refused():
    with pytest.raises(CellProblem) as caught:
        read_id_number(1.98503152010012e17, 18, "intake.bad_number")
    assert caught.value.code == "intake.number_rounded"
    assert "Teks" in caught.value.text("id")
    with pytest.raises(CellProblem):
        read_id_number("1,98503E+17", 18, "intake.bad_number")


def test_a_full_integer_nip_cell_is_kept():
    assert read_id_number(198503152010012003, 18, "intake.bad_number") == "198503152010012003"


def test_phone_number_cells_get_their_leading_zero_back():
    assert read_digits(81234567890) == "081234567890"
    assert read_digits("0812-3456-7890") == "0812-3456-7890"
    assert read_digits(37321) == "37321"  # a postal code stays as it is


@pytest.mark.parametrize("cell,gender", [
    ("L", "L"), ("P", "P"), ("M", "L"), ("F", "P"), ("Laki-laki", "L"), ("Perempuan", "P"),
    ("pria", "L"), ("Wanita", "P"), (1, "L"), (2, "P"),
])
def test_genders(cell, gender):
    assert read_gender(cell) == gender


def test_unknown_gender_is_a_problem():
    with pytest.raises(CellProblem) as caught:
        read_gender("X")
    assert caught.value.code == "intake.bad_gender"


def test_numbers_and_years():
    assert read_int("12") == 12 and read_int(12.0) == 12 and read_int("12.0") == 12
    assert read_year("2008") == 2008 and read_year(datetime(2008, 6, 1)) == 2008
    with pytest.raises(CellProblem):
        read_int("12,5 tahun")
    with pytest.raises(CellProblem):
        read_year("208")
