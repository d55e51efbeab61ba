"""Training services at their edges: JP at the turn of the year (sessions, external records,
moved dates), enrolment into full or cancelled sessions, bad dates that change nothing —
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Conflict, ValidationError
from app.services import training as t
from tests.core.services.hr_support import Org, build_org


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def _session(o: Org, start: date, end: date, jp: int = 12, capacity: int | None = None,
             name: str = "Bimtek Arsip") -> t.SessionRow:
    program = o.call(t.create_program, t.ProgramData(name=name, default_jp=jp))
    return o.call(t.create_session, t.SessionData(program.id, start, end, capacity=capacity))


def _complete(o: Org, s: t.SessionRow, *keys: str) -> None:
    for key in keys:
        o.call(t.record_completion, o.call(t.add_participant, s.id, o.people[key]).id)


def _siti(o: Org, year: int) -> t.EmployeeJp:
    return next(r for r in o.call(t.employee_jp, year) if r.nama == "Siti Aminah")


def test_31_december_and_1_january_fall_in_different_years(org):
    _complete(org, _session(org, date(2024, 12, 30), date(2024, 12, 31)), "siti")
    _complete(org, _session(org, date(2024, 12, 31), date(2025, 1, 1), name="Kursus"), "siti")
    assert (_siti(org, 2024).jp, _siti(org, 2025).jp) == (12, 12)
    assert _siti(org, 2025).remaining == 8 and _siti(org, 2023).jp == 0


def test_twenty_jp_split_over_new_year_meets_neither_year(org):
    _complete(org, _session(org, date(2024, 12, 16), date(2024, 12, 20), jp=10), "siti")
    _complete(org, _session(org, date(2025, 1, 6), date(2025, 1, 10), jp=10, name="B"), "siti")
    assert [_siti(org, y).below_threshold for y in (2024, 2025)] == [True, True]
    _complete(org, _session(org, date(2025, 2, 3), date(2025, 2, 4), jp=10, name="C"), "siti")
    assert (_siti(org, 2025).jp, _siti(org, 2025).below_threshold) == (20, False)


def test_moving_a_session_into_the_next_year_moves_its_jp(org):
    s = _session(org, date(2025, 12, 29), date(2025, 12, 31))
    _complete(org, s, "siti", "andi")
    summary = {r.unit_name: r.jp_total for r in org.call(t.jp_summary, 2025)}
    assert (summary["Dinas Pendidikan"], summary["BKPSDM"]) == (12, 12)
    org.call(t.update_session, s.id, t.SessionData(s.program_id, date(2025, 12, 29),
                                                   date(2026, 1, 2), jp=12))
    after = {r.unit_name: r.jp_total for r in org.call(t.jp_summary, 2025)}
    assert (after["Dinas Pendidikan"], after["BKPSDM"]) == (0, 0)
    assert {r.unit_name: r.jp_total for r in org.call(t.jp_summary, 2026)}["BKPSDM"] == 12


def test_changing_and_removing_external_training_moves_and_drops_its_jp(org):
    siti = org.people["siti"]
    row = org.call(t.add_external_training, siti, t.ExternalTrainingData(
        "Diklat Teknis", jp=20, start_date=date(2024, 12, 23), end_date=date(2024, 12, 31)))
    assert (_siti(org, 2024).jp, _siti(org, 2024).below_threshold) == (20, False)
    org.call(t.update_external_training, row.id, t.ExternalTrainingData(
        "Diklat Teknis", jp=20, start_date=date(2024, 12, 23), end_date=date(2025, 1, 3)))
    assert (_siti(org, 2024).jp, _siti(org, 2025).jp) == (0, 20)
    assert org.call(t.list_external_training, siti)[0].year == 2025
    org.call(t.remove_external_training, row.id, "sertifikat palsu")
    assert _siti(org, 2025).jp == 0
    assert org.call(t.list_external_training, siti) == []


def test_bad_dates_change_nothing(org):
    s = _session(org, date(2025, 3, 10), date(2025, 3, 12))
    with pytest.raises(ValidationError) as err:
        org.call(t.update_session, s.id, t.SessionData(s.program_id, date(2025, 3, 12),
                                                       date(2025, 3, 1)))
    assert {e.field for e in err.value.errors} == {"end_date"}
    kept = org.call(t.get_session, s.id)
    assert (kept.start_date, kept.end_date) == (date(2025, 3, 10), date(2025, 3, 12))
    with pytest.raises(ValidationError) as err:
        org.call(t.add_external_training, org.people["siti"], t.ExternalTrainingData(
            "Kursus", jp=4, start_date=date(2025, 5, 2), end_date=date(2025, 5, 1)))
    assert {e.code for e in err.value.errors} == {"field.date_order"}
    assert org.call(t.list_external_training, org.people["siti"]) == []


def test_bulk_enrolment_without_capacity_adds_everyone_in_the_given_order(org):
    s = _session(org, date(2025, 4, 1), date(2025, 4, 2))
    keys = ("andi", "siti", "budi", "kabid")
    result = org.call(t.add_participants, s.id, [org.people[k] for k in keys])
    assert [r.nama for r in result.added] == ["Andi Saputra", "Siti Aminah", "Budi Santoso",
                                              "Ahmad Fauzi"]
    assert (result.skipped, result.refused) == ((), ())
    assert org.call(t.get_session, s.id).participants == 4


def test_removing_a_participant_frees_a_seat_for_the_next_bulk_add(org):
    s = _session(org, date(2025, 4, 1), date(2025, 4, 2), capacity=2)
    first = org.call(t.add_participants, s.id, [org.people["siti"], org.people["budi"],
                                                org.people["andi"]])
    assert [r.nama for r in first.refused] == ["Andi Saputra"]
    org.call(t.remove_participant, first.added[0].id, "mutasi")
    again = org.call(t.add_participants, s.id, [org.people["andi"]])
    assert [r.nama for r in again.added] == ["Andi Saputra"]
    assert org.call(t.get_session, s.id).seats_left == 0


def test_a_cancelled_session_takes_no_enrolment_or_attendance(org):
    s = _session(org, date(2025, 4, 1), date(2025, 4, 2))
    p = org.call(t.add_participant, s.id, org.people["siti"])
    org.call(t.set_session_status, s.id, "cancelled")
    with pytest.raises(Conflict, match="dibatalkan"):
        org.call(t.add_participants, s.id, [org.people["budi"]])
    with pytest.raises(Conflict, match="dibatalkan"):
        org.call(t.record_attendance, p.id, "present")
    assert org.call(t.list_sessions, year=2025, status="cancelled")[0].participants == 1
    assert _siti(org, 2025).jp == 0
