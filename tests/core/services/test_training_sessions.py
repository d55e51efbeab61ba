"""Training catalogue, sessions and participants — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.audit import AuditEntry
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import training as t
from tests.core.services.hr_support import AUDITOR, Org, build_org, work


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def _program(o: Org, **kw) -> t.ProgramRow:
    data = {"name": "Bimtek Penyusunan SKP", "kind": "klasikal", "category": "teknis",
            "default_jp": 24, "organiser": "BKPSDM Merangin", **kw}
    return o.call(t.create_program, t.ProgramData(**data))


def _session(o: Org, program: t.ProgramRow, start=date(2025, 3, 10), end=date(2025, 3, 12),
             **kw) -> t.SessionRow:
    return o.call(t.create_session, t.SessionData(program.id, start, end, **kw))


def fields(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


# --- catalogue ---------------------------------------------------------------------------------


def test_program_defaults_flow_into_a_new_session(org):
    program = _program(org)
    s = _session(org, program)
    assert (s.title, s.jp, s.organiser, s.status) == (
        "Bimtek Penyusunan SKP", 24, "BKPSDM Merangin", "planned")
    assert org.call(t.get_program, program.id).sessions == 1


def test_program_validation_names_each_wrong_field(org):
    with pytest.raises(ValidationError) as err:
        _program(org, name="  ", kind="daring", category="rahasia", default_jp=0)
    assert fields(err.value) == {"name": "field.required", "kind": "field.choice",
                                 "category": "field.choice", "default_jp": "training.jp_range"}
    assert "Wajib diisi" in err.value.text()


def test_program_code_must_be_unique_and_used_programs_are_not_deleted(org):
    program = _program(org, code="BT-01")
    with pytest.raises(ValidationError) as err:
        _program(org, name="Lain", code="BT-01")
    assert fields(err.value) == {"code": "training.program_code_taken"}
    _session(org, program)
    with pytest.raises(Conflict, match="masih dipakai 1 sesi"):
        org.call(t.delete_program, program.id, "salah input")
    spare = _program(org, name="Kursus Bahasa Inggris", code="KB-01")
    org.call(t.delete_program, spare.id, "tidak jadi")
    assert [p.name for p in org.call(t.list_programs)] == ["Bimtek Penyusunan SKP"]


def test_inactive_program_is_hidden_and_opens_no_session(org):
    program = _program(org)
    org.call(t.set_program_active, program.id, False)
    assert org.call(t.list_programs) == []
    assert len(org.call(t.list_programs, include_inactive=True)) == 1
    with pytest.raises(Conflict, match="nonaktif"):
        _session(org, program)


def test_auditor_may_read_but_not_write_the_catalogue(org):
    _program(org)
    assert len(org.call(t.list_programs, actor=AUDITOR)) == 1
    with pytest.raises(PermissionDenied):
        org.call(t.create_program, t.ProgramData(name="Lain"), actor=AUDITOR)


# --- sessions -----------------------------------------------------------------------------------


def test_end_before_start_is_refused(org):
    program = _program(org)
    with pytest.raises(ValidationError) as err:
        _session(org, program, start=date(2025, 3, 12), end=date(2025, 3, 10))
    assert fields(err.value) == {"end_date": "field.date_order"}
    assert "2025-03-10" in err.value.text() and "2025-03-12" in err.value.text()


@pytest.mark.parametrize(("jp", "code"), [(0, "training.jp_range"), (-3, "training.jp_range"),
                                          (49, "training.jp_per_day")])
def test_session_jp_must_be_positive_and_plausible(org, jp, code):
    program = _program(org)
    with pytest.raises(ValidationError) as err:
        _session(org, program, jp=jp)  # three days: at most 48 JP
    assert fields(err.value) == {"jp": code}


def test_capacity_must_be_at_least_one_and_not_below_enrolment(org):
    program = _program(org)
    with pytest.raises(ValidationError) as err:
        _session(org, program, capacity=0)
    assert fields(err.value) == {"capacity": "training.capacity_min"}
    s = _session(org, program, capacity=5)
    org.call(t.add_participants, s.id, [org.people["siti"], org.people["budi"]])
    data = t.SessionData(program.id, s.start_date, s.end_date, capacity=1)
    with pytest.raises(ValidationError) as err:
        org.call(t.update_session, s.id, data)
    assert fields(err.value) == {"capacity": "training.capacity_below_enrolled"}


def test_list_sessions_by_the_year_of_their_end_date(org):
    program = _program(org)
    _session(org, program, start=date(2024, 12, 28), end=date(2025, 1, 3), jp=30)
    _session(org, program, start=date(2024, 6, 3), end=date(2024, 6, 5))
    assert [s.jp_year for s in org.call(t.list_sessions, year=2025)] == [2025]
    assert [s.start_date.year for s in org.call(t.list_sessions, year=2025)] == [2024]
    assert len(org.call(t.list_sessions, year=2024)) == 1


# --- participants -------------------------------------------------------------------------------


def test_duplicate_enrolment_is_refused_with_a_clear_message(org):
    s = _session(org, _program(org))
    org.call(t.add_participant, s.id, org.people["siti"])
    with pytest.raises(Conflict) as err:
        org.call(t.add_participant, s.id, org.people["siti"])
    assert err.value.text() == (
        "Siti Aminah sudah terdaftar sebagai peserta 'Bimtek Penyusunan SKP'.")
    assert len(org.call(t.list_participants, s.id)) == 1


def test_capacity_is_enforced_one_by_one(org):
    s = _session(org, _program(org), capacity=2)
    org.call(t.add_participant, s.id, org.people["siti"])
    org.call(t.add_participant, s.id, org.people["budi"])
    with pytest.raises(Conflict, match=r"sudah penuh \(2 peserta\)"):
        org.call(t.add_participant, s.id, org.people["andi"])


def test_bulk_enrolment_reports_added_skipped_and_refused(org):
    s = _session(org, _program(org), capacity=3)
    org.call(t.add_participant, s.id, org.people["siti"])
    p = org.people
    result = org.call(t.add_participants, s.id,
                      [p["siti"], p["budi"], p["budi"], p["andi"], p["kabid"], "no-such-id"])
    assert [r.nama for r in result.added] == ["Budi Santoso", "Andi Saputra"]
    assert [(r.nama, r.reason_code) for r in result.skipped] == [
        ("Siti Aminah", "training.already_enrolled")]
    assert [(r.nama, r.reason_code) for r in result.refused] == [
        ("Ahmad Fauzi", "training.session_full"), (None, "employee.not_found")]
    assert "sudah penuh (3 peserta)" in result.refused[0].text()
    assert len(org.call(t.list_participants, s.id)) == 3


def test_removed_participant_leaves_the_list_and_may_come_back(org):
    s = _session(org, _program(org), capacity=1)
    first = org.call(t.add_participant, s.id, org.people["siti"])
    org.call(t.record_completion, first.id)
    with pytest.raises(ValidationError):
        org.call(t.remove_participant, first.id, "  ")
    org.call(t.remove_participant, first.id, "salah orang")
    assert org.call(t.list_participants, s.id) == []
    assert org.call(t.employee_jp, 2025, org.units["bidang"])[0].jp == 0  # siti: no credit
    again = org.call(t.add_participant, s.id, org.people["siti"])  # the seat is free again
    assert (again.id, again.completed, again.jp_credited) == (first.id, False, None)


def test_completion_credits_the_session_jp_or_an_explained_override(org):
    s = _session(org, _program(org))
    a = org.call(t.add_participant, s.id, org.people["siti"])
    b = org.call(t.add_participant, s.id, org.people["budi"])
    done = org.call(t.record_completion, a.id, certificate_nomor="800/12/BKPSDM",
                    certificate_tanggal=date(2025, 3, 12))
    assert (done.attendance, done.completed, done.jp_credited, done.jp_overridden) == (
        "present", True, 24, False)
    assert done.certificate_nomor == "800/12/BKPSDM"
    with pytest.raises(ValidationError) as err:
        org.call(t.record_completion, b.id, jp_override=12)
    assert fields(err.value) == {"override_reason": "field.required"}
    with pytest.raises(ValidationError) as err:
        org.call(t.record_completion, b.id, jp_override=30, override_reason="x")
    assert fields(err.value) == {"jp_override": "training.jp_override_range"}
    part = org.call(t.record_completion, b.id, jp_override=12,
                    override_reason="hadir dua dari tiga hari")
    assert (part.jp_credited, part.jp_overridden) == (12, True)
    assert part.notes == "JP diakui 12 dari 24: hadir dua dari tiga hari"


def test_absent_participant_cannot_complete_and_marking_absent_undoes_completion(org):
    s = _session(org, _program(org))
    a = org.call(t.add_participant, s.id, org.people["siti"])
    org.call(t.record_completion, a.id)
    row = org.call(t.record_attendance, a.id, "absent")
    assert (row.completed, row.jp_credited) == (False, None)
    with pytest.raises(ValidationError) as err:
        org.call(t.record_completion, a.id)
    assert fields(err.value) == {"completed": "training.completion_absent"}
    with pytest.raises(ValidationError):
        org.call(t.record_attendance, a.id, "bolos")


def test_bulk_attendance_marks_each_participant(org):
    s = _session(org, _program(org))
    a = org.call(t.add_participant, s.id, org.people["siti"])
    b = org.call(t.add_participant, s.id, org.people["budi"])
    rows = org.call(t.record_attendances, s.id, {a.id: "present", b.id: "excused"})
    assert {r.nama: r.attendance for r in rows} == {"Siti Aminah": "present",
                                                     "Budi Santoso": "excused"}


def test_certificate_date_cannot_precede_the_training(org):
    s = _session(org, _program(org))
    a = org.call(t.add_participant, s.id, org.people["siti"])
    with pytest.raises(ValidationError) as err:
        org.call(t.set_certificate, a.id, "1/2025", date(2025, 1, 1))
    assert fields(err.value) == {"certificate_tanggal": "training.certificate_before_start"}
    row = org.call(t.set_certificate, a.id, "1/2025", date(2025, 3, 14))
    assert (row.certificate_nomor, row.certificate_tanggal) == ("1/2025", date(2025, 3, 14))


def test_changing_the_session_jp_moves_plain_credits_but_keeps_overrides(org):
    program = _program(org)
    s = _session(org, program)
    a = org.call(t.add_participant, s.id, org.people["siti"])
    b = org.call(t.add_participant, s.id, org.people["budi"])
    org.call(t.record_completion, a.id)
    org.call(t.record_completion, b.id, jp_override=10, override_reason="terlambat")
    org.call(t.update_session, s.id, t.SessionData(program.id, s.start_date, s.end_date, jp=30))
    credits = {r.nama: r.jp_credited for r in org.call(t.list_participants, s.id)}
    assert credits == {"Siti Aminah": 30, "Budi Santoso": 10}


def test_session_with_completions_cannot_be_cancelled_or_deleted(org):
    s = _session(org, _program(org))
    a = org.call(t.add_participant, s.id, org.people["siti"])
    org.call(t.record_completion, a.id)
    with pytest.raises(Conflict, match="1 peserta yang lulus"):
        org.call(t.set_session_status, s.id, "cancelled")
    with pytest.raises(Conflict):
        org.call(t.delete_session, s.id, "batal")
    org.call(t.record_completion, a.id, False)
    org.call(t.set_session_status, s.id, "cancelled")
    with pytest.raises(Conflict, match="dibatalkan"):
        org.call(t.add_participant, s.id, org.people["budi"])


def test_training_writes_are_audited(org):
    s = _session(org, _program(org))
    org.call(t.add_participant, s.id, org.people["siti"])
    with work(org.factory) as db:
        tables = {e.table_name for e in db.scalars(select(AuditEntry))}
    assert {"training_program", "training_session", "training_participant"} <= tables
