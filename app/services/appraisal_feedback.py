"""Feedback around an SKP: umpan balik berkelanjutan (on the SKP or one RHK), feedback per
BerAKHLAK value, and the employee's voice — a response to the evaluation and the objection
(keberatan) decided by the atasan pejabat penilai (domain.md §6.1, §6.4).

An accepted objection may change the ratings (the predikat follows); on a final SKP that
change is logged like a correction. Decisions stay on record with their reason.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.appraisal import ContinuousFeedback, SkpObjection, SkpRhk, SkpStatus
from app.db.base import utcnow
from app.db.tracking import tombstone
from app.errors import Conflict, register_messages
from app.services.appraisal_common import apply_ratings, guard_progress, skp_of
from app.services.appraisal_dto import FeedbackRow, ObjectionRow
from app.services.appraisal_plan import behaviour_of
from app.services.appraisal_read import feedback_row, objection_row
from app.services.appraisal_workflow import log_correction, pending_objection
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, live, text_field

DECISIONS = ("accepted", "rejected")


def add_feedback(
    session: Session,
    actor: CurrentUser,
    skp_id: str,
    text: str,
    *,
    given_on: date | None = None,
    author: str | None = None,
    rhk_id: str | None = None,
) -> FeedbackRow:
    """An entry of continuous feedback (agreed or evaluated SKP); ``author`` defaults to the
    SKP's penilai."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_progress(skp)
    p = Problems()
    body = text_field(p, "text", text, max_len=4000, required=True)
    who = text_field(p, "author", author or skp.penilai_nama or actor.full_name, max_len=200,
                     required=True)
    when = given_on or date.today()
    if when > date.today():
        p.add("given_on", "appraisal.date_future")
    if rhk_id is not None:
        rhk = session.get(SkpRhk, rhk_id)
        if rhk is None or rhk.deleted or rhk.skp_id != skp.id:
            p.add("rhk_id", "appraisal.rhk_not_found")
    p.check()
    entry = ContinuousFeedback(skp_id=skp.id, rhk_id=rhk_id, given_on=when, author=who,
                               text=body)
    session.add(entry)
    session.flush()
    return feedback_row(entry)


def remove_feedback(session: Session, actor: CurrentUser, feedback_id: str, reason: str) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    entry = live(session, ContinuousFeedback, feedback_id, "appraisal.feedback_not_found")
    guard_progress(skp_of(session, entry.skp_id))
    tombstone(session, entry, reason)
    session.flush()


def set_behaviour_feedback(
    session: Session, actor: CurrentUser, skp_id: str, berakhlak_code: str, text: str | None
) -> None:
    """The feedback on one BerAKHLAK value (agreed or evaluated SKP)."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_progress(skp)
    p = Problems()
    value = text_field(p, "feedback", text, max_len=4000)
    p.check()
    behaviour_of(session, skp, berakhlak_code).feedback = value
    session.flush()


def set_employee_response(
    session: Session, actor: CurrentUser, skp_id: str, text: str | None
) -> None:
    """The employee's response to the evaluation (after evaluation, before final)."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    if skp.status == SkpStatus.FINAL.value:
        raise Conflict("appraisal.final_locked", nama=skp.pegawai_nama, year=skp.year)
    if skp.status != SkpStatus.EVALUATED.value:
        raise Conflict("appraisal.response_not_evaluated", nama=skp.pegawai_nama)
    p = Problems()
    skp.employee_response = text_field(p, "employee_response", text, max_len=4000)
    p.check()
    session.flush()


def submit_objection(
    session: Session, actor: CurrentUser, skp_id: str, text: str,
    submitted_on: date | None = None,
) -> ObjectionRow:
    """The employee's keberatan against an evaluated (or final) SKP; one pending at a time."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    if skp.status not in (SkpStatus.EVALUATED.value, SkpStatus.FINAL.value):
        raise Conflict("appraisal.objection_not_evaluated", nama=skp.pegawai_nama)
    if pending_objection(session, skp.id) is not None:
        raise Conflict("appraisal.objection_pending", nama=skp.pegawai_nama)
    p = Problems()
    body = text_field(p, "text", text, max_len=4000, required=True)
    when = submitted_on or date.today()
    if when > date.today():
        p.add("submitted_on", "appraisal.date_future")
    elif skp.evaluated_at is not None and when < skp.evaluated_at.date():
        p.add("submitted_on", "appraisal.objection_before_evaluation",
              evaluated=skp.evaluated_at.date().isoformat())
    p.check()
    objection = SkpObjection(skp_id=skp.id, submitted_on=when, text=body)
    session.add(objection)
    session.flush()
    return objection_row(objection)


def decide_objection(
    session: Session,
    actor: CurrentUser,
    objection_id: str,
    decision: str,
    reason: str,
    *,
    rating_hasil_kerja: object = None,
    rating_perilaku: object = None,
    decided_by: str | None = None,
) -> ObjectionRow:
    """The atasan pejabat penilai's decision: ``accepted`` (optionally with new ratings; the
    predikat is recomputed) or ``rejected``, always with a reason."""
    require(actor, Permission.APPRAISAL_FINALIZE)
    objection = live(session, SkpObjection, objection_id, "appraisal.objection_not_found")
    if objection.decision is not None:
        raise Conflict("appraisal.objection_decided", decision=objection.decision)
    skp = skp_of(session, objection.skp_id)
    p = Problems()
    if decision not in DECISIONS:
        p.add("decision", "field.choice", value=decision, allowed=", ".join(DECISIONS))
    why = text_field(p, "reason", reason, max_len=4000, required=True)
    by = text_field(p, "decided_by", decided_by or skp.atasan_nama, max_len=200, required=True)
    new_ratings = rating_hasil_kerja is not None or rating_perilaku is not None
    if decision == "rejected" and new_ratings:
        p.add("decision", "appraisal.objection_rejected_ratings")
    p.check()
    if new_ratings:
        before = (skp.rating_hasil_kerja, skp.rating_perilaku, skp.predikat)
        apply_ratings(skp, rating_hasil_kerja or skp.rating_hasil_kerja,
                      rating_perilaku or skp.rating_perilaku)
        changed = [n for n, old in zip(("rating_hasil_kerja", "rating_perilaku", "predikat"),
                                       before, strict=True) if getattr(skp, n) != old]
        if changed and skp.status == SkpStatus.FINAL.value:
            session.flush()
            log_correction(session, skp, changed, f"keberatan diterima: {why}")
    objection.decision, objection.reason, objection.decided_by = decision, why, by
    objection.decided_at = utcnow()
    session.flush()
    return objection_row(objection)


def list_objections(session: Session, actor: CurrentUser, skp_id: str) -> list[ObjectionRow]:
    require(actor, Permission.EMPLOYEE_READ)
    skp = skp_of(session, skp_id)
    rows = session.scalars(select(SkpObjection).where(
        SkpObjection.skp_id == skp.id, SkpObjection.deleted.is_(False))
        .order_by(SkpObjection.submitted_on, SkpObjection.id))
    return [objection_row(o) for o in rows]


register_messages(
    {
        "appraisal.feedback_not_found": (
            "Umpan balik tidak ditemukan (mungkin sudah dihapus).",
            "Feedback entry not found (it may have been deleted).",
        ),
        "appraisal.date_future": (
            "Tanggal tidak boleh di masa depan.",
            "The date cannot be in the future.",
        ),
        "appraisal.response_not_evaluated": (
            "Tanggapan {nama} diisi setelah SKP dinilai.",
            "The response of {nama} is recorded after the SKP is evaluated.",
        ),
        "appraisal.objection_not_evaluated": (
            "Keberatan hanya dapat diajukan atas SKP {nama} yang sudah dinilai.",
            "An objection can only be made against an evaluated SKP ({nama}).",
        ),
        "appraisal.objection_pending": (
            "Masih ada keberatan {nama} yang belum diputus.",
            "An objection of {nama} is still pending.",
        ),
        "appraisal.objection_before_evaluation": (
            "Keberatan tidak mungkin diajukan sebelum penilaian ({evaluated}).",
            "An objection cannot precede the evaluation ({evaluated}).",
        ),
        "appraisal.objection_not_found": (
            "Keberatan tidak ditemukan.",
            "Objection not found.",
        ),
        "appraisal.objection_decided": (
            "Keberatan ini sudah diputus ({decision}).",
            "This objection has already been decided ({decision}).",
        ),
        "appraisal.objection_rejected_ratings": (
            "Keberatan yang ditolak tidak mengubah rating.",
            "A rejected objection does not change the ratings.",
        ),
    }
)
