"""Small pieces of the personnel screens: typed dates, the search debouncer, the filter state
kept in settings, the photo placeholder."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QColor

from app.services.employee_query import SortKey
from ui.models.employee_filters import ListFilters
from ui.widgets.date_field import DateError, DateField, parse_date
from ui.widgets.photo_view import FIGURE, PhotoView
from ui.widgets.search_debouncer import SearchDebouncer


@pytest.mark.parametrize(("text", "expected"), [
    ("15-03-1985", date(1985, 3, 15)), ("15/3/1985", date(1985, 3, 15)),
    ("1.4.2014", date(2014, 4, 1)), ("15031985", date(1985, 3, 15)),
    ("1985-03-15", date(1985, 3, 15)), ("  ", None),
])
def test_dates_are_read_as_clerks_write_them(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "kind"), [("31-02-2014", "no_such_day"),
                                            ("13-13-2014", "no_such_day"),
                                            ("besok", "format"), ("3/1985", "format")])
def test_what_is_not_a_date_is_refused_not_guessed(text, kind):
    with pytest.raises(DateError) as info:
        parse_date(text)
    assert info.value.kind == kind


def test_date_field_tidies_and_explains(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "1/4/2014")
    field.edit.editingFinished.emit()
    assert field.text() == "01-04-2014" and field.value() == date(2014, 4, 1)
    field.set_text("30-02-2014")
    assert field.value() is None
    assert field.error() == "30-02-2014: tanggal itu tidak ada di kalender."
    assert field.edit.placeholderText() == "hh-bb-tttt"


def test_first_keystroke_fires_at_once_and_a_burst_fires_once_more(qtbot):
    debouncer = SearchDebouncer(delay_ms=80)
    fired = []
    debouncer.fired.connect(lambda: fired.append(1))
    debouncer.poke()
    assert fired == [1]  # no added delay for the first key
    debouncer.poke()
    debouncer.poke()
    assert fired == [1] and debouncer.pending
    qtbot.waitUntil(lambda: len(fired) == 2, timeout=2000)
    qtbot.wait(200)
    assert fired == [1, 1]  # the burst became one query


def test_filters_round_trip_through_settings_and_build_the_query():
    filters = ListFilters(unit_id="u1", include_subunits=False, golongan="III/a..III/d",
                          jabatan_kind="fungsional_keahlian,fungsional_keterampilan",
                          jenis_pegawai="PNS", status="all")
    assert ListFilters.from_settings(filters.to_settings()) == filters
    query = filters.query(SortKey.NIP, True)
    assert (query.unit_id, query.include_subunits, query.golongan, query.jabatan_kind,
            query.jenis_pegawai, query.status, query.sort, query.descending) == (
        "u1", False, ("III/a", "III/d"), ("fungsional_keahlian", "fungsional_keterampilan"),
        "PNS", "all", SortKey.NIP, True)
    assert ListFilters.from_settings({"status": "x; DROP", "nonsense": "1"}) == ListFilters()
    assert ListFilters().query().golongan is None


def test_missing_photo_is_a_drawn_silhouette(qtbot):
    view = PhotoView()
    qtbot.addWidget(view)
    view.set_photo(b"not an image")
    image = view.grab().toImage()
    assert not view.has_photo
    centre = image.pixelColor(view.width() // 2, int(view.height() * 0.85))
    assert centre == QColor(FIGURE)  # the shoulders are painted, not a text
