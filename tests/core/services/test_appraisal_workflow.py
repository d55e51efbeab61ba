"""The SKP workflow: predikat from the ratings (domain.md §6.2), transitions and refusals,
final SKPs locked, logged corrections, periods and periodic evaluations, objections —
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.db.appraisal import Skp
from app.db.audit import AuditEntry
from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import appraisal as a
from tests.core.services.appraisal_support import (
    YEAR,
    agreed_skp,
    evaluated_skp,
    final_skp,
    planned_skp,
)
from tests.core.services.hr_support import VERIFIKATOR, Org, build_org, work


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


# domain.md §6.2: rows = hasil kerja, columns = perilaku kerja
MATRIX = [
    ("di_atas", "di_bawah", "kurang", "Kurang/Misconduct"),
    ("di_atas", "sesuai", "baik", "Baik"),
    ("di_atas", "di_atas", "sangat_baik", "Sangat Baik"),
    ("sesuai", "di_bawah", "kurang", "Kurang/Misconduct"),
    ("sesuai", "sesuai", "baik", "Baik"),
    ("sesuai", "di_atas", "baik", "Baik"),
    ("di_bawah", "di_bawah", "sangat_kurang", "Sangat Kurang"),
    ("di_bawah", "sesuai", "butuh_perbaikan", "Butuh Perbaikan"),
    ("di_bawah", "di_atas", "butuh_perbaikan", "Butuh Perbaikan"),
]


def test_predikat_of_all_nine_rating_pairs_through_the_service(org):
    skp = agreed_skp(org, "siti")
    for hasil, perilaku, code, label in MATRIX:
        detail = org.call(a.evaluate_skp, skp.id, hasil, perilaku)  # re-evaluation allowed
        assert (detail.predikat, detail.predikat_label) == (code, label), (hasil, perilaku)
        with work(org.factory) as s:
            row = s.get(Skp, skp.id)
            assert (row.rating_hasil_kerja, row.rating_perilaku, row.predikat) == (
                hasil, perilaku, code)


def test_ratings_accept_printed_labels_and_refuse_nonsense(org):
    skp = agreed_skp(org, "siti")
    detail = org.call(a.evaluate_skp, skp.id, "Di Atas Ekspektasi", "Di Atas Ekspektasi",
                      "Pertahankan")
    assert (detail.predikat_label, detail.hasil_kerja_label, detail.catatan) == (
        "Sangat Baik", "Di Atas Ekspektasi", "Pertahankan")
    with pytest.raises(ValidationError) as err:
        org.call(a.evaluate_skp, skp.id, "luar biasa", "sesuai")
    assert err.value.errors[0].field == "rating_hasil_kerja"


def test_a_draft_cannot_be_evaluated_or_finalised(org):
    skp = planned_skp(org, "siti")
    with pytest.raises(Conflict) as err:
        org.call(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    assert err.value.code == "appraisal.evaluate_draft"
    assert "masih draf dan belum dapat dinilai" in err.value.text()
    with pytest.raises(Conflict, match="belum dinilai"):
        org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)


def test_evaluation_and_finalisation_are_stamped(org):
    skp = evaluated_skp(org, "siti", "di_atas", "sesuai")
    assert (skp.status, skp.evaluated_by) == ("evaluated", "op-1")
    with pytest.raises(PermissionDenied):
        org.call(a.finalize_skp, skp.id)  # an operator may not finalise
    org.call(a.set_org_result, YEAR, "baik", org.units["dinas"])
    final = org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    assert (final.status, final.finalized_by, final.capaian_organisasi) == (
        "final", "ver-1", "baik")
    assert final.finalized_at is not None


def test_a_final_skp_cannot_be_edited(org):
    skp = final_skp(org, "siti")
    indicator = skp.rhk[0].indicators[0]
    attempts = [
        (a.evaluate_skp, skp.id, "di_atas", "di_atas"),
        (a.add_rhk, skp.id, a.RhkData("Baru")),
        (a.record_realisation, indicator.id, "999"),
        (a.add_feedback, skp.id, "Terlambat"),
        (a.set_employee_response, skp.id, "Setuju"),
        (a.update_skp_header, skp.id, a.SkpHeader()),
        (a.set_behaviour_feedback, skp.id, "loyal", "x"),
    ]
    for fn, *args in attempts:
        with pytest.raises(Conflict) as err:
            org.call(fn, *args)
        assert err.value.code == "appraisal.final_locked", fn.__name__
    assert "sudah final dan tidak dapat diubah" in err.value.text()
    with pytest.raises(Conflict, match="sudah dinilai"):
        org.call(a.delete_skp, skp.id, "hapus")
    assert org.call(a.get_skp, skp.id).predikat == "baik"


def test_correcting_a_final_skp_recomputes_predikat_and_is_logged(org):
    skp = final_skp(org, "siti", "sesuai", "sesuai")
    with pytest.raises(ValidationError):
        org.call(a.correct_final_skp, skp.id, " ", rating_perilaku="di_atas", actor=VERIFIKATOR)
    with pytest.raises(PermissionDenied):
        org.call(a.correct_final_skp, skp.id, "salah ketik", rating_hasil_kerja="di_atas")
    fixed = org.call(a.correct_final_skp, skp.id, "salah ketik rating hasil kerja",
                     rating_hasil_kerja="di_atas", rating_perilaku="di_atas",
                     actor=VERIFIKATOR)
    assert (fixed.status, fixed.predikat) == ("final", "sangat_baik")
    with work(org.factory) as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "skp-correct")).all()
        assert [(e.record_pk, e.detail, e.username) for e in entries] == [
            (skp.id, "salah ketik rating hasil kerja", "verifikator1")]
        assert "predikat" in entries[0].fields
    with pytest.raises(ValidationError, match="Tidak ada yang dikoreksi"):
        org.call(a.correct_final_skp, skp.id, "lagi", rating_hasil_kerja="di_atas",
                 actor=VERIFIKATOR)
    draft = planned_skp(org, "budi")
    with pytest.raises(Conflict, match="hanya untuk SKP final"):
        org.call(a.correct_final_skp, draft.id, "x", catatan="y", actor=VERIFIKATOR)


def test_employee_response_after_evaluation(org):
    skp = agreed_skp(org, "siti")
    with pytest.raises(Conflict, match="setelah SKP dinilai"):
        org.call(a.set_employee_response, skp.id, "Terima kasih")
    org.call(a.evaluate_skp, skp.id, "sesuai", "sesuai")
    org.call(a.set_employee_response, skp.id, "Terima kasih atas bimbingannya")
    assert org.call(a.get_skp, skp.id).employee_response == "Terima kasih atas bimbingannya"


# --- objections ------------------------------------------------------------------------------


def test_objection_accepted_changes_ratings_and_stays_on_record(org):
    skp = evaluated_skp(org, "siti", "di_bawah", "sesuai")
    assert skp.predikat == "butuh_perbaikan"
    with pytest.raises(Conflict, match="sudah dinilai"):
        org.call(a.submit_objection, agreed_skp(org, "budi").id, "Tidak setuju")
    objection = org.call(a.submit_objection, skp.id, "Realisasi 118 dari 120 berkas")
    assert objection.pending
    with pytest.raises(Conflict, match="belum diputus"):
        org.call(a.submit_objection, skp.id, "Kedua")
    with pytest.raises(Conflict, match="belum diputus"):
        org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)
    with pytest.raises(PermissionDenied):
        org.call(a.decide_objection, objection.id, "accepted", "Bukti cukup")
    decided = org.call(a.decide_objection, objection.id, "accepted", "Bukti dukung lengkap",
                       rating_hasil_kerja="sesuai", actor=VERIFIKATOR)
    assert (decided.decision, decided.decided_by, decided.pending) == (
        "accepted", "Hasan Basri", False)  # the atasan pejabat penilai
    detail = org.call(a.get_skp, skp.id)
    assert (detail.rating_hasil_kerja, detail.predikat) == ("sesuai", "baik")
    assert [(o.decision, o.reason) for o in detail.objections] == [
        ("accepted", "Bukti dukung lengkap")]
    with pytest.raises(Conflict, match="sudah diputus"):
        org.call(a.decide_objection, objection.id, "rejected", "x", actor=VERIFIKATOR)
    org.call(a.finalize_skp, skp.id, actor=VERIFIKATOR)


def test_objection_rejected_keeps_ratings_and_needs_a_reason(org):
    skp = final_skp(org, "siti", "sesuai", "di_bawah")
    objection = org.call(a.submit_objection, skp.id, "Perilaku saya baik")
    with pytest.raises(ValidationError) as err:
        org.call(a.decide_objection, objection.id, "rejected", "", rating_perilaku="sesuai",
                 actor=VERIFIKATOR)
    assert {e.code for e in err.value.errors} == {"field.required",
                                                  "appraisal.objection_rejected_ratings"}
    org.call(a.decide_objection, objection.id, "rejected", "Catatan disiplin Maret",
             actor=VERIFIKATOR)
    assert org.call(a.get_skp, skp.id).predikat == "kurang"
    assert [o.decision for o in org.call(a.list_objections, skp.id)] == ["rejected"]


def test_objection_accepted_on_a_final_skp_is_logged_as_a_correction(org):
    skp = final_skp(org, "siti", "sesuai", "di_bawah")
    objection = org.call(a.submit_objection, skp.id, "Mohon ditinjau")
    org.call(a.decide_objection, objection.id, "accepted", "Saksi menguatkan",
             rating_perilaku="sesuai", actor=VERIFIKATOR)
    assert org.call(a.get_skp, skp.id).predikat == "baik"
    with work(org.factory) as s:
        details = s.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "skp-correct")).all()
    assert details == ["keberatan diterima: Saksi menguatkan"]


# --- periods -----------------------------------------------------------------------------------


def test_periods_quarterly_by_default_semester_or_custom(org):
    rows = org.call(a.create_periods, YEAR)
    assert [(p.name, p.start_date, p.end_date) for p in rows] == [
        ("Triwulan I", date(YEAR, 1, 1), date(YEAR, 3, 31)),
        ("Triwulan II", date(YEAR, 4, 1), date(YEAR, 6, 30)),
        ("Triwulan III", date(YEAR, 7, 1), date(YEAR, 9, 30)),
        ("Triwulan IV", date(YEAR, 10, 1), date(YEAR, 12, 31)),
        ("Akhir", date(YEAR, 1, 1), date(YEAR, 12, 31)),
    ]
    with pytest.raises(Conflict, match="sudah dibuat"):
        org.call(a.create_periods, YEAR, "semester")
    org.call(a.delete_periods, YEAR, "ganti ke semester", actor=VERIFIKATOR)
    semesters = org.call(a.create_periods, YEAR, "semester")
    assert [p.name for p in semesters] == ["Semester I", "Semester II", "Akhir"]
    custom = [a.PeriodSpec("Caturwulan I", date(2026, 1, 1), date(2026, 4, 30)),
              a.PeriodSpec("Caturwulan II", date(2026, 4, 15), date(2026, 8, 31))]
    with pytest.raises(ValidationError, match="tumpang tindih"):
        org.call(a.create_periods, 2026, "custom", custom)


def test_periodic_evaluation_only_in_an_open_period(org):
    skp = agreed_skp(org, "siti")
    q1, q2 = org.call(a.create_periods, YEAR)[:2]
    row = org.call(a.record_periodic_evaluation, skp.id, q1.id, "di_atas", "di_atas",
                   evaluated_on=date(YEAR, 4, 5))
    assert (row.period_name, row.predikat) == ("Triwulan I", "sangat_baik")
    again = org.call(a.record_periodic_evaluation, skp.id, q1.id, "sesuai", "di_bawah")
    assert (again.id, again.predikat) == (row.id, "kurang")  # replaced, not added
    org.call(a.set_period_open, q2.id, False, actor=VERIFIKATOR)
    with pytest.raises(Conflict, match="sudah ditutup"):
        org.call(a.record_periodic_evaluation, skp.id, q2.id, "sesuai", "sesuai")
    assert [p.period_name for p in org.call(a.get_skp, skp.id).periodic] == ["Triwulan I"]
    with pytest.raises(Conflict, match="dipakai"):
        org.call(a.delete_periods, YEAR, "x", actor=VERIFIKATOR)
