"""Dashboard figures: what each chart counts, and that every bar opens exactly its people in
the personnel list (the bar's query counted by the list service equals the bar's value)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.tracking import bind_actor
from app.services.dashboard import age_bounds, dashboard, employee_query
from app.services.dashboard_dto import Dashboard
from app.services.employee_query import count_employees, list_employees
from app.services.roles import SYSTEM_USER, CurrentUser
from tests.core.services.dashboard_support import AS_OF, OFFICE, build_office, person, unit


@pytest.fixture
def office(office_url) -> Iterator[tuple[SessionFactory, dict]]:
    factory = make_session_factory(office_url)
    with unit_of_work(factory) as s:
        bind_actor(s, username="system", user_id=None, office_code=OFFICE)
        built = build_office(s)
        ids = {k: v.id for k, v in built["people"].items()}
        ids.update({f"unit:{k}": v.id for k, v in built["units"].items()})
    yield factory, ids
    factory.kw["bind"].dispose()


def read(factory: SessionFactory, actor: CurrentUser, fn, *args, **kw):
    with unit_of_work(factory) as s:
        return fn(s, actor, *args, **kw)


def values(board: Dashboard, key: str) -> dict[str, tuple[int, ...]]:
    return {b.label: b.values for b in board.chart(key).bars}


def test_headcount_by_golongan_and_unit(office):
    factory, ids = office
    board = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF)
    assert board.active == 8  # not the retired one, not the deleted one; CLTN is on duty
    golongan = {k: v[0] for k, v in values(board, "golongan").items() if v[0]}
    assert golongan == {"II/a": 1, "III/a": 1, "III/b": 1, "III/c": 2, "III/d": 1,
                        "PPPK": 1, "-": 1}
    units = board.chart("unit")
    assert units.series == ("PNS", "CPNS", "PPPK")
    assert [(b.label, b.values) for b in units.bars] == [
        ("BKPSDM", (4, 0, 0)),  # Dedi's deleted sub-unit rolls up to its OPD
        ("Dinas Pendidikan", (2, 0, 1)),
        ("-", (1, 0, 0)),  # Nono: no unit (last)
    ]


def test_age_pyramid_bands_count_birthdays_on_the_day(office):
    factory, _ids = office
    board = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF)
    age = values(board, "age")
    assert board.chart("age").series == ("L", "P")
    assert age["≤ 24"] == (1, 0)  # Andi turns 25 tomorrow
    assert age["25–29"] == (0, 1)  # Siti turned 25 today
    assert age["45–49"] == (2, 0) and age["55–59"] == (1, 0) and age["≥ 60"] == (0, 0)
    assert sum(sum(v) for v in age.values()) == board.active
    assert age_bounds(AS_OF, 25, 29) == (date(1996, 7, 1), date(2001, 6, 30))


def test_retirements_per_year_follow_the_bup(office):
    factory, _ids = office
    board = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF)
    # Budi, pelaksana (BUP 58), born 10 March 1969: TMT pensiun 1 April 2027 (domain.md §3)
    assert values(board, "pensiun") == {"2026": (0,), "2027": (1,), "2028": (0,),
                                        "2029": (0,), "2030": (0,)}


def test_jp_compliance_per_unit_counts_those_with_a_minimum(office):
    factory, _ids = office
    board = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF)
    chart = board.chart("jp")
    assert chart.year == 2026 and chart.series == ("met", "below")
    # 20 JP minimum for PNS; Rina (PPPK) has none. Budi: 12 + 10 JP.
    assert values(board, "jp") == {"BKPSDM": (1, 3), "Dinas Pendidikan": (1, 1), "-": (0, 1)}


def test_predikat_of_the_latest_rated_year(office):
    factory, _ids = office
    board = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF)
    chart = board.chart("predikat")
    assert chart.year == 2025  # nothing rated in 2026 yet
    assert values(board, "predikat") == {"BKPSDM": (1, 1, 1, 0, 0),
                                         "Dinas Pendidikan": (0, 1, 0, 0, 0)}
    again = read(factory, SYSTEM_USER(OFFICE), dashboard, as_of=AS_OF, predikat_year=2024)
    assert again.chart("predikat").total == 0


def test_every_bar_opens_exactly_the_employees_it_counts(office):
    factory, _ids = office
    actor = SYSTEM_USER(OFFICE)
    board = read(factory, actor, dashboard, as_of=AS_OF)
    checked = 0
    for chart in board.charts:
        for bar in chart.bars:
            for value, query in zip(bar.values, bar.queries, strict=True):
                assert (query is None) == (value == 0), (chart.key, bar.label)
                if query is not None:
                    found = read(factory, actor, count_employees, employee_query(query))
                    assert found == value, (chart.key, bar.label)
                    checked += 1
    assert checked >= 25


def test_a_bar_lists_the_right_names(office):
    factory, ids = office
    actor = SYSTEM_USER(OFFICE)
    board = read(factory, actor, dashboard, as_of=AS_OF)
    below = next(b for b in board.chart("jp").bars if b.label == "BKPSDM").queries[1]
    page = read(factory, actor, list_employees, employee_query(below))
    assert sorted(r.nama for r in page.rows) == ["Andi Saputra", "Dedi", "Wati"]
    no_unit = board.chart("unit").bars[-1].queries[0]
    assert [r.id for r in read(factory, actor, list_employees,
                                employee_query(no_unit)).rows] == [ids["nono"]]


@pytest.fixture
def province(db_url) -> Iterator[SessionFactory]:
    """The province's database with employees of two regencies."""
    from app.services.office import init_office

    init_office(db_url, "15")
    factory = make_session_factory(db_url)
    with unit_of_work(factory) as s:
        bind_actor(s, username="system", user_id=None, office_code="15")
        kerinci = unit(s, "Dinas Kesehatan", office="15.01")
        merangin = unit(s, "Dinas Kesehatan", office="15.02")
        for n in range(3):
            person(s, f"Kerinci {n}", f"19800101200501100{n}", date(1980, 1, 1), "L",
                   unit_=kerinci, office="15.01")
        person(s, "Merangin 1", "198001012005011010", date(1980, 1, 1), "P", unit_=merangin,
               office="15.02")
    yield factory
    factory.kw["bind"].dispose()


def test_province_sees_every_office_and_each_office(province):
    steward = SYSTEM_USER("15")
    board = read(province, steward, dashboard, as_of=AS_OF)
    assert board.office_code is None and board.active == 4
    assert {o.code for o in board.offices} >= {"15", "15.01", "15.02"}
    per_office = board.chart("unit")
    assert per_office.key == "unit_office"
    assert [(b.key, b.values) for b in per_office.bars] == [("15.01", (3, 0, 0)),
                                                            ("15.02", (1, 0, 0))]
    query = employee_query(per_office.bars[0].queries[0])
    assert read(province, steward, count_employees, query) == 3
    one = read(province, steward, dashboard, office_code="15.02", as_of=AS_OF)
    assert one.active == 1 and one.chart("unit").key == "unit"
    assert [b.label for b in one.chart("unit").bars] == ["Dinas Kesehatan"]


def test_a_regency_never_sees_another_office(province):
    merangin = SYSTEM_USER("15.02")
    board = read(province, merangin, dashboard, office_code="15.01", as_of=AS_OF)
    assert board.office_code == "15.02" and board.active == 1 and board.offices == ()
