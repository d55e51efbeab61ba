"""The SKP workflow's remaining transitions and refusals (next to test_appraisal_workflow):
back to draft with a logged reason, steps taken twice, finalising over a pending objection,
corrections only of final SKPs and never of nothing, the print-time guarantees the Kinerja
screen relies on."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.db.audit import AuditEntry
from app.errors import Conflict, ValidationError
from app.services import appraisal as a
from tests.core.services.appraisal_support import (
    agreed_skp,
    evaluated_skp,
    final_skp,
    planned_skp,
)
from tests.core.services.hr_support import VERIFIKATOR, Org, build_org, work


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def test_back_to_draft_reopens_the_plan_and_logs_the_reason(org):
    skp = agreed_skp(org, "siti")
    with pytest.raises(ValidationError):
        org.call(a.return_to_draft, skp.id, "  ")
    back = org.call(a.return_to_draft, skp.id, "Target belum sesuai arahan pimpinan")
    assert (back.status, back.agreed_at, back.agreed_by) == ("draft", None, None)
    org.call(a.add_rhk, skp.id, a.RhkData("RHK tambahan baru", kind="tambahan"))  # editable
    with work(org.factory) as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "skp-redraft")).one()
        assert "Target belum sesuai" in (entry.detail or "")


@pytest.mark.parametrize("stage", ["draft", "evaluated", "final"])
def test_only_an_agreed_skp_goes_back_to_draft(org, stage):
    skp = {"draft": planned_skp, "evaluated": evaluated_skp, "final": final_skp}[stage](
        org, "siti")
    with pytest.raises(Conflict) as err:
        org.call(a.return_to_draft, skp.id, "alasan")
    assert err.value.code == "appraisal.redraft_not_agreed"


def test_steps_taken_twice_are_refused(org):
    skp = agreed_skp(org, "siti")
    with pytest.raises(Conflict, match="sudah disepakati"):
        org.call(a.agree_skp, skp.id)
    org.call(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    with pytest.raises(Conflict) as err:
        org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    assert err.value.code == "appraisal.final_locked"


def test_a_pending_objection_holds_the_finalisation(org):
    skp = evaluated_skp(org, "siti", "di_bawah", "sesuai")
    objection = org.call(a.submit_objection, skp.id, "Realisasi belum diperhitungkan")
    with pytest.raises(Conflict) as err:
        org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    assert err.value.code == "appraisal.finalize_pending_objection"
    with pytest.raises(Conflict):
        org.call(a.submit_objection, skp.id, "Keberatan kedua")  # one pending at a time
    org.call(a.decide_objection, objection.id, "rejected", "Sudah sesuai bukti",
             actor=VERIFIKATOR)
    assert org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR).status == "final"


def test_corrections_are_for_final_skps_and_must_change_something(org):
    skp = evaluated_skp(org, "siti")
    with pytest.raises(Conflict) as err:
        org.call(a.correct_final_skp, skp.id, "alasan", rating_hasil_kerja="di_atas",
                 actor=VERIFIKATOR)
    assert err.value.code == "appraisal.correct_not_final"
    final = org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    with pytest.raises(ValidationError) as nothing:
        org.call(a.correct_final_skp, final.id, "alasan", rating_hasil_kerja="sesuai",
                 actor=VERIFIKATOR)
    assert nothing.value.errors[0].code == "appraisal.correct_nothing"
    with pytest.raises(ValidationError) as no_reason:
        org.call(a.correct_final_skp, final.id, "", rating_hasil_kerja="di_atas",
                 actor=VERIFIKATOR)
    assert no_reason.value.errors[0].field == "reason"


def test_a_final_skp_takes_no_periodic_evaluation(org):
    skp = final_skp(org, "siti")
    periods = org.call(a.create_periods, skp.year)
    with pytest.raises(Conflict) as err:
        org.call(a.record_periodic_evaluation, skp.id, periods[0].id, "sesuai", "sesuai")
    assert err.value.code == "appraisal.final_locked"
