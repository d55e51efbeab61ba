"""Reading SKPs: the full SKP for its screen and forms, and lists per unit or employee."""

from __future__ import annotations

import json
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.db.appraisal import (
    AppraisalPeriod,
    ContinuousFeedback,
    Skp,
    SkpBehaviour,
    SkpIndicator,
    SkpObjection,
    SkpPeriodicEvaluation,
    SkpRhk,
)
from app.db.base import Synced
from app.db.personnel import Employee
from app.db.reference import BerakhlakValue
from app.domain import berakhlak
from app.services.appraisal_common import read_official, skp_of
from app.services.appraisal_dto import (
    BehaviourRow,
    FeedbackRow,
    IndicatorRow,
    ObjectionRow,
    PeriodicEvaluationRow,
    RhkRow,
    SkpDetail,
    SkpRow,
)
from app.services.roles import CurrentUser, Permission, require
from app.services.support import unit, who_names
from app.services.unit_scope import employee_scope

T = TypeVar("T", bound=Synced)


def skp_row(s: Skp) -> SkpRow:
    return SkpRow(
        rating_hasil_kerja=s.rating_hasil_kerja, rating_perilaku=s.rating_perilaku,
        predikat=s.predikat, id=s.id, employee_id=s.employee_id, year=s.year, status=s.status,
        approach=s.approach, pegawai_nama=s.pegawai_nama, pegawai_nip=s.pegawai_nip,
        pegawai_unit=s.pegawai_unit, penilai_nama=s.penilai_nama, atasan_nama=s.atasan_nama,
    )


def _live(session: Session, model: type[T], *where: ColumnElement[bool]) -> list[T]:
    return list(session.scalars(select(model).where(model.deleted.is_(False), *where)))


def rhk_rows(session: Session, skp_id: str) -> tuple[RhkRow, ...]:
    rhks = sorted(_live(session, SkpRhk, SkpRhk.skp_id == skp_id),
                  key=lambda r: (r.kind != "utama", r.sort_order, r.id))
    if not rhks:
        return ()
    indicators = _live(session, SkpIndicator, SkpIndicator.rhk_id.in_([r.id for r in rhks]))
    parents = {r.parent_rhk_id for r in rhks if r.parent_rhk_id}
    parent_text = dict(
        session.execute(select(SkpRhk.id, SkpRhk.text).where(SkpRhk.id.in_(parents))).all()
    ) if parents else {}
    out = []
    for r in rhks:
        own = sorted((i for i in indicators if i.rhk_id == r.id),
                     key=lambda i: (i.sort_order, i.id))
        out.append(RhkRow(
            r.id, r.skp_id, r.kind, r.text, r.parent_rhk_id,
            parent_text.get(r.parent_rhk_id, r.parent_rhk_text) if r.parent_rhk_id
            else r.parent_rhk_text,
            r.penugasan_dari, r.perspektif, r.sort_order,
            tuple(IndicatorRow(i.id, i.rhk_id, i.aspek, i.iki, i.target, i.realisasi,
                               i.evidence, i.sort_order) for i in own),
        ))
    return tuple(out)


def behaviour_texts(session: Session) -> dict[str, tuple[str, tuple[str, ...]]]:
    """``code → (name, panduan perilaku)``: the reference table when seeded, else the domain
    data (same texts)."""
    rows = session.execute(
        select(BerakhlakValue.code, BerakhlakValue.name, BerakhlakValue.behaviours)
        .where(BerakhlakValue.deleted.is_(False))
    ).all()
    if rows:
        return {code: (name, tuple(json.loads(b or "[]"))) for code, name, b in rows}
    return {v.code: (v.name, v.behaviours) for v in berakhlak.berakhlak_values()}


def _behaviour_rows(session: Session, skp_id: str) -> tuple[BehaviourRow, ...]:
    texts = behaviour_texts(session)
    order = {v.code: n for n, v in enumerate(berakhlak.berakhlak_values())}
    rows = sorted(_live(session, SkpBehaviour, SkpBehaviour.skp_id == skp_id),
                  key=lambda b: order.get(b.berakhlak_code, 99))
    return tuple(
        BehaviourRow(b.id, b.berakhlak_code,
                     texts.get(b.berakhlak_code, (b.berakhlak_code, ()))[0],
                     texts.get(b.berakhlak_code, ("", ()))[1], b.ekspektasi_khusus, b.feedback)
        for b in rows
    )


def feedback_row(f: ContinuousFeedback) -> FeedbackRow:
    return FeedbackRow(f.id, f.skp_id, f.rhk_id, f.given_on, f.author, f.text)


def objection_row(o: SkpObjection) -> ObjectionRow:
    return ObjectionRow(o.id, o.skp_id, o.submitted_on, o.text, o.decision, o.reason,
                        o.decided_by, o.decided_at)


def periodic_rows(session: Session, skp_id: str) -> tuple[PeriodicEvaluationRow, ...]:
    rows = session.execute(
        select(SkpPeriodicEvaluation, AppraisalPeriod)
        .join(AppraisalPeriod, AppraisalPeriod.id == SkpPeriodicEvaluation.period_id)
        .where(SkpPeriodicEvaluation.skp_id == skp_id, SkpPeriodicEvaluation.deleted.is_(False))
        .order_by(AppraisalPeriod.start_date)
    ).all()
    return tuple(
        PeriodicEvaluationRow(
            rating_hasil_kerja=e.rating_hasil_kerja, rating_perilaku=e.rating_perilaku,
            predikat=e.predikat, id=e.id, skp_id=e.skp_id, period_id=e.period_id,
            period_name=p.name, evaluated_on=e.evaluated_on, notes=e.notes,
        )
        for e, p in rows
    )


def skp_detail(session: Session, s: Skp) -> SkpDetail:
    names = who_names(session, (s.agreed_by, s.evaluated_by, s.finalized_by))
    feedback = sorted(_live(session, ContinuousFeedback, ContinuousFeedback.skp_id == s.id),
                      key=lambda f: (f.given_on, f.id))
    objections = sorted(_live(session, SkpObjection, SkpObjection.skp_id == s.id),
                        key=lambda o: (o.submitted_on, o.id))
    return SkpDetail(
        rating_hasil_kerja=s.rating_hasil_kerja, rating_perilaku=s.rating_perilaku,
        predikat=s.predikat, id=s.id, year=s.year, status=s.status, approach=s.approach,
        regime=s.regime, period_start=s.period_start, period_end=s.period_end,
        pegawai=read_official(s, "pegawai"), penilai=read_official(s, "penilai"),
        atasan=read_official(s, "atasan"), pegawai_jabatan_kind=s.pegawai_jabatan_kind,
        agreed_at=s.agreed_at, agreed_by=names.get(s.agreed_by or ""),
        evaluated_at=s.evaluated_at, evaluated_by=names.get(s.evaluated_by or ""),
        finalized_at=s.finalized_at, finalized_by=names.get(s.finalized_by or ""),
        capaian_organisasi=s.capaian_organisasi, catatan=s.catatan,
        employee_response=s.employee_response, rhk=rhk_rows(session, s.id),
        behaviours=_behaviour_rows(session, s.id),
        feedback=tuple(feedback_row(f) for f in feedback), periodic=periodic_rows(session, s.id),
        objections=tuple(objection_row(o) for o in objections),
    )


def get_skp(session: Session, actor: CurrentUser, skp_id: str) -> SkpDetail:
    require(actor, Permission.EMPLOYEE_READ)
    return skp_detail(session, skp_of(session, skp_id))


def list_skps(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit_id: str | None = None,
    include_subunits: bool = True,
    *,
    status: str | None = None,
) -> list[SkpRow]:
    """The SKPs of a year of the employees now in a unit (retired ones included), by name."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    stmt = (
        select(Skp).join(Employee, Employee.id == Skp.employee_id)
        .where(Skp.deleted.is_(False), Skp.year == year,
               *employee_scope(unit_id, include_subunits, statuses=None))
        .order_by(Employee.nama_search, Employee.nip)
    )
    if status:
        stmt = stmt.where(Skp.status == status)
    return [skp_row(s) for s in session.scalars(stmt)]


def employee_skps(session: Session, actor: CurrentUser, employee_id: str) -> list[SkpRow]:
    """An employee's SKPs, newest year first."""
    require(actor, Permission.EMPLOYEE_READ)
    rows = session.scalars(
        select(Skp).where(Skp.employee_id == employee_id, Skp.deleted.is_(False))
        .order_by(Skp.year.desc())
    )
    return [skp_row(s) for s in rows]
