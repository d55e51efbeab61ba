"""The SKP workflow: draft → agreed (penetapan) → evaluated → final, each step stamped with
who and when; back to draft from agreed with a reason; and the one way to change a final SKP,
:func:`correct_final_skp`, which needs a reason and leaves an audit entry.

Finalising needs :attr:`Permission.APPRAISAL_FINALIZE`; the other steps
:attr:`Permission.APPRAISAL_WRITE`. Ratings are always written together with the predikat they
give (:func:`~app.services.appraisal_common.apply_ratings`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.appraisal import Skp, SkpIndicator, SkpObjection, SkpRhk, SkpStatus
from app.db.audit import append_audit
from app.db.base import utcnow
from app.db.personnel import Employee
from app.errors import Conflict, FieldError, ValidationError, register_messages
from app.services.appraisal_common import apply_ratings, guard_evaluation, skp_of
from app.services.appraisal_dto import SkpDetail
from app.services.appraisal_org import ORG_RESULTS, resolve
from app.services.appraisal_read import skp_detail
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, text_field, who

UNCHANGED = object()


def _plan_problems(session: Session, skp: Skp) -> list[FieldError]:
    errors = []
    if not skp.penilai_nama:
        errors.append(FieldError("penilai", "appraisal.agree_no_penilai"))
    rhks = list(session.scalars(select(SkpRhk).where(
        SkpRhk.skp_id == skp.id, SkpRhk.deleted.is_(False))))
    if not any(r.kind == "utama" for r in rhks):
        errors.append(FieldError("rhk", "appraisal.agree_no_rhk"))
    indicators = list(session.scalars(select(SkpIndicator).where(
        SkpIndicator.rhk_id.in_([r.id for r in rhks]), SkpIndicator.deleted.is_(False)))) \
        if rhks else []
    for n, r in enumerate(sorted(rhks, key=lambda r: (r.kind != "utama", r.sort_order)), 1):
        own = [i for i in indicators if i.rhk_id == r.id]
        if not own:
            errors.append(FieldError("rhk", "appraisal.agree_no_indicator", {"n": n}))
        elif skp.approach == "kuantitatif" and any(not i.target for i in own):
            errors.append(FieldError("rhk", "appraisal.agree_no_target", {"n": n}))
    return errors


def agree_skp(session: Session, actor: CurrentUser, skp_id: str) -> SkpDetail:
    """Penetapan: the plan is agreed with the penilai and fixed. Needs a penilai, at least one
    RHK utama and, for each RHK, an indicator (with a target in the quantitative approach)."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    if skp.status != SkpStatus.DRAFT.value:
        raise Conflict("appraisal.agree_not_draft", nama=skp.pegawai_nama, year=skp.year)
    errors = _plan_problems(session, skp)
    if errors:
        raise ValidationError(errors)
    skp.status = SkpStatus.AGREED.value
    skp.agreed_at, skp.agreed_by = utcnow(), who(actor)
    session.flush()
    return skp_detail(session, skp)


def return_to_draft(session: Session, actor: CurrentUser, skp_id: str, reason: str) -> SkpDetail:
    """Reopen the plan of an agreed SKP (before evaluation), with a reason for the record."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    if skp.status != SkpStatus.AGREED.value:
        raise Conflict("appraisal.redraft_not_agreed", nama=skp.pegawai_nama, year=skp.year)
    text = _reason(reason)
    skp.status = SkpStatus.DRAFT.value
    skp.agreed_at = skp.agreed_by = None
    session.flush()
    append_audit(session, action="skp-redraft", table="skp", pk=skp.id, fields=["status"],
                 detail=text)
    return skp_detail(session, skp)


def evaluate_skp(
    session: Session, actor: CurrentUser, skp_id: str, rating_hasil_kerja: object,
    rating_perilaku: object, catatan: str | None = None,
) -> SkpDetail:
    """The annual evaluation by the penilai: both ratings (the predikat follows) and the
    catatan/rekomendasi. An agreed SKP becomes *evaluated*; an evaluated one may be
    re-evaluated until it is final. A draft cannot be evaluated."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_evaluation(skp)
    p = Problems()
    note = text_field(p, "catatan", catatan, max_len=4000)
    p.check()
    apply_ratings(skp, rating_hasil_kerja, rating_perilaku)
    skp.catatan = note
    skp.status = SkpStatus.EVALUATED.value
    skp.evaluated_at, skp.evaluated_by = utcnow(), who(actor)
    session.flush()
    return skp_detail(session, skp)


def pending_objection(session: Session, skp_id: str) -> SkpObjection | None:
    return session.scalars(select(SkpObjection).where(
        SkpObjection.skp_id == skp_id, SkpObjection.deleted.is_(False),
        SkpObjection.decision.is_(None))).first()


def finalize_skp(session: Session, actor: CurrentUser, skp_id: str) -> SkpDetail:
    """Lock an evaluated SKP. The organisation result in force for the employee's unit is
    copied onto it (as printed on the evaluation). Refused while an objection is pending."""
    require(actor, Permission.APPRAISAL_FINALIZE)
    skp = skp_of(session, skp_id)
    if skp.status == SkpStatus.FINAL.value:
        raise Conflict("appraisal.final_locked", nama=skp.pegawai_nama, year=skp.year)
    if skp.status != SkpStatus.EVALUATED.value:
        raise Conflict("appraisal.finalize_not_evaluated", nama=skp.pegawai_nama, year=skp.year)
    if pending_objection(session, skp.id) is not None:
        raise Conflict("appraisal.finalize_pending_objection", nama=skp.pegawai_nama)
    emp = session.get(Employee, skp.employee_id)
    org = resolve(session, emp.current_unit_id if emp else None, skp.year, actor.office_code)
    skp.capaian_organisasi = org.result if org else None
    skp.status = SkpStatus.FINAL.value
    skp.finalized_at, skp.finalized_by = utcnow(), who(actor)
    session.flush()
    return skp_detail(session, skp)


def _reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError([FieldError("reason", "field.required")])
    return text[:2000]


def correct_final_skp(
    session: Session,
    actor: CurrentUser,
    skp_id: str,
    reason: str,
    *,
    rating_hasil_kerja: object = UNCHANGED,
    rating_perilaku: object = UNCHANGED,
    catatan: object = UNCHANGED,
    capaian_organisasi: object = UNCHANGED,
) -> SkpDetail:
    """Correct a final SKP (ratings — the predikat follows —, catatan, organisation result).
    The reason and the fields changed go into the audit log as ``skp-correct``."""
    require(actor, Permission.APPRAISAL_FINALIZE)
    skp = skp_of(session, skp_id)
    if skp.status != SkpStatus.FINAL.value:
        raise Conflict("appraisal.correct_not_final", nama=skp.pegawai_nama, year=skp.year)
    text = _reason(reason)
    before = (skp.rating_hasil_kerja, skp.rating_perilaku, skp.predikat, skp.catatan,
              skp.capaian_organisasi)
    if rating_hasil_kerja is not UNCHANGED or rating_perilaku is not UNCHANGED:
        apply_ratings(
            skp,
            skp.rating_hasil_kerja if rating_hasil_kerja is UNCHANGED else rating_hasil_kerja,
            skp.rating_perilaku if rating_perilaku is UNCHANGED else rating_perilaku,
        )
    p = Problems()
    if catatan is not UNCHANGED:
        skp.catatan = text_field(p, "catatan", catatan, max_len=4000)  # type: ignore[arg-type]
    if capaian_organisasi is not UNCHANGED:
        skp.capaian_organisasi = None if capaian_organisasi is None else choice_field(
            p, "capaian_organisasi", capaian_organisasi, ORG_RESULTS)
    p.check()
    names = ("rating_hasil_kerja", "rating_perilaku", "predikat", "catatan",
             "capaian_organisasi")
    after = tuple(getattr(skp, n) for n in names)
    changed = [n for n, old, new in zip(names, before, after, strict=True) if old != new]
    if not changed:
        raise ValidationError([FieldError("skp", "appraisal.correct_nothing")])
    session.flush()
    log_correction(session, skp, changed, text)
    return skp_detail(session, skp)


def log_correction(session: Session, skp: Skp, fields: list[str], reason: str) -> None:
    append_audit(session, action="skp-correct", table="skp", pk=skp.id, fields=fields,
                 detail=reason)


register_messages(
    {
        "appraisal.agree_not_draft": (
            "SKP {nama} tahun {year} sudah disepakati.",
            "The {year} SKP of {nama} is already agreed.",
        ),
        "appraisal.agree_no_penilai": (
            "Isi pejabat penilai kinerja sebelum SKP disepakati.",
            "Fill in the appraiser before the SKP is agreed.",
        ),
        "appraisal.agree_no_rhk": (
            "SKP belum mempunyai rencana hasil kerja (RHK) utama.",
            "The SKP has no main work plan item (RHK utama).",
        ),
        "appraisal.agree_no_indicator": (
            "RHK nomor {n} belum mempunyai indikator kinerja individu.",
            "RHK number {n} has no individual performance indicator.",
        ),
        "appraisal.agree_no_target": (
            "Indikator RHK nomor {n} belum diberi target (pendekatan kuantitatif).",
            "An indicator of RHK number {n} has no target (quantitative approach).",
        ),
        "appraisal.redraft_not_agreed": (
            "Hanya SKP berstatus disepakati yang dapat dikembalikan ke draf (SKP {nama} "
            "tahun {year}).",
            "Only an agreed SKP can go back to draft (the {year} SKP of {nama}).",
        ),
        "appraisal.finalize_not_evaluated": (
            "SKP {nama} tahun {year} belum dinilai; nilai dahulu sebelum ditetapkan final.",
            "The {year} SKP of {nama} has not been evaluated; evaluate it before finalising.",
        ),
        "appraisal.finalize_pending_objection": (
            "Keberatan {nama} atas penilaian ini belum diputus oleh atasan pejabat penilai.",
            "The objection of {nama} to this evaluation has not been decided yet.",
        ),
        "appraisal.correct_not_final": (
            "Koreksi dengan alasan hanya untuk SKP final; SKP {nama} tahun {year} masih dapat "
            "diubah langsung.",
            "Corrections with a reason are for final SKPs; the {year} SKP of {nama} can still "
            "be edited directly.",
        ),
        "appraisal.correct_nothing": (
            "Tidak ada yang dikoreksi.",
            "Nothing was corrected.",
        ),
    }
)
