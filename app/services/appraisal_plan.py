"""The plan of an SKP (domain.md §6.1, §6.5 A): RHK utama (optionally cascaded from an RHK of
the pejabat penilai — "RHK pimpinan yang diintervensi") and tambahan, their indicators (aspek,
IKI, target), the ekspektasi khusus pimpinan per BerAKHLAK value; and, once the SKP is agreed,
the realisation of each indicator with its bukti dukung.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.appraisal import Skp, SkpBehaviour, SkpIndicator, SkpRhk
from app.db.tracking import tombstone
from app.domain import berakhlak
from app.errors import register_messages
from app.services.appraisal_common import guard_plan, guard_progress, skp_of
from app.services.appraisal_dto import IndicatorRow, RhkOption, RhkRow
from app.services.appraisal_read import rhk_rows
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, live, text_field

RHK_KINDS = ("utama", "tambahan")
ASPEK = ("kuantitas", "kualitas", "waktu", "biaya")


@dataclass(frozen=True)
class RhkData:
    text: str
    kind: str = "utama"
    parent_rhk_id: str | None = None  # an RHK of the penilai's SKP (see leader_rhk_options)
    parent_rhk_text: str | None = None  # the leader's RHK typed in, when not in our database
    penugasan_dari: str | None = None
    perspektif: str | None = None  # JPT only


@dataclass(frozen=True)
class IndicatorData:
    iki: str
    aspek: str = "kuantitas"
    target: str | None = None


def _rhk(session: Session, rhk_id: str) -> tuple[SkpRhk, Skp]:
    rhk = live(session, SkpRhk, rhk_id, "appraisal.rhk_not_found")
    return rhk, skp_of(session, rhk.skp_id)


def _indicator(session: Session, indicator_id: str) -> tuple[SkpIndicator, Skp]:
    indicator = live(session, SkpIndicator, indicator_id, "appraisal.indicator_not_found")
    _rhk_row, skp = _rhk(session, indicator.rhk_id)
    return indicator, skp


def _row_of(session: Session, rhk: SkpRhk) -> RhkRow:
    return next(r for r in rhk_rows(session, rhk.skp_id) if r.id == rhk.id)


def leader_rhk_options(session: Session, actor: CurrentUser, skp_id: str) -> list[RhkOption]:
    """The RHK of the pejabat penilai's own SKP of the same year (when the penilai is one of
    our employees and has an SKP): what an RHK utama may cascade from."""
    require(actor, Permission.EMPLOYEE_READ)
    skp = skp_of(session, skp_id)
    if not skp.penilai_employee_id:
        return []
    leader = session.scalars(
        select(Skp).where(Skp.employee_id == skp.penilai_employee_id, Skp.year == skp.year,
                          Skp.deleted.is_(False))
    ).first()
    if leader is None:
        return []
    return [RhkOption(r.id, r.text, r.kind, leader.pegawai_nama)
            for r in rhk_rows(session, leader.id)]


def _validated_rhk(session: Session, actor: CurrentUser, skp: Skp, data: RhkData) -> dict:
    p = Problems()
    values = {
        "text": text_field(p, "text", data.text, max_len=4000, required=True),
        "kind": choice_field(p, "kind", data.kind, RHK_KINDS),
        "parent_rhk_text": text_field(p, "parent_rhk_text", data.parent_rhk_text, max_len=4000),
        "penugasan_dari": text_field(p, "penugasan_dari", data.penugasan_dari, max_len=250),
        "perspektif": text_field(p, "perspektif", data.perspektif, max_len=120),
        "parent_rhk_id": data.parent_rhk_id or None,
    }
    if values["kind"] == "tambahan" and (data.parent_rhk_id or values["parent_rhk_text"]):
        p.add("parent_rhk_id", "appraisal.rhk_tambahan_parent")
    elif data.parent_rhk_id:
        options = {o.id for o in leader_rhk_options(session, actor, skp.id)}
        if data.parent_rhk_id not in options:
            p.add("parent_rhk_id", "appraisal.rhk_parent_unknown")
    p.check()
    return values


def add_rhk(session: Session, actor: CurrentUser, skp_id: str, data: RhkData) -> RhkRow:
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_plan(skp)
    values = _validated_rhk(session, actor, skp, data)
    last = session.scalar(select(func.max(SkpRhk.sort_order)).where(
        SkpRhk.skp_id == skp.id, SkpRhk.deleted.is_(False)))
    rhk = SkpRhk(skp_id=skp.id, sort_order=(last or 0) + 1, **values)
    session.add(rhk)
    session.flush()
    return _row_of(session, rhk)


def update_rhk(session: Session, actor: CurrentUser, rhk_id: str, data: RhkData) -> RhkRow:
    require(actor, Permission.APPRAISAL_WRITE)
    rhk, skp = _rhk(session, rhk_id)
    guard_plan(skp)
    for key, value in _validated_rhk(session, actor, skp, data).items():
        setattr(rhk, key, value)
    session.flush()
    return _row_of(session, rhk)


def remove_rhk(session: Session, actor: CurrentUser, rhk_id: str, reason: str) -> None:
    """Remove an RHK with its indicators (tombstones with ``reason``)."""
    require(actor, Permission.APPRAISAL_WRITE)
    rhk, skp = _rhk(session, rhk_id)
    guard_plan(skp)
    for indicator in session.scalars(select(SkpIndicator).where(
            SkpIndicator.rhk_id == rhk.id, SkpIndicator.deleted.is_(False))):
        tombstone(session, indicator, reason)
    tombstone(session, rhk, reason)
    session.flush()


def _validated_indicator(data: IndicatorData) -> dict:
    p = Problems()
    values = {
        "iki": text_field(p, "iki", data.iki, max_len=4000, required=True),
        "aspek": choice_field(p, "aspek", data.aspek, ASPEK),
        "target": text_field(p, "target", data.target, max_len=1000),
    }
    p.check()
    return values


def _indicator_row(i: SkpIndicator) -> IndicatorRow:
    return IndicatorRow(i.id, i.rhk_id, i.aspek, i.iki, i.target, i.realisasi, i.evidence,
                        i.sort_order)


def add_indicator(
    session: Session, actor: CurrentUser, rhk_id: str, data: IndicatorData
) -> IndicatorRow:
    require(actor, Permission.APPRAISAL_WRITE)
    rhk, skp = _rhk(session, rhk_id)
    guard_plan(skp)
    last = session.scalar(select(func.max(SkpIndicator.sort_order)).where(
        SkpIndicator.rhk_id == rhk.id, SkpIndicator.deleted.is_(False)))
    indicator = SkpIndicator(rhk_id=rhk.id, sort_order=(last or 0) + 1,
                             **_validated_indicator(data))
    session.add(indicator)
    session.flush()
    return _indicator_row(indicator)


def update_indicator(
    session: Session, actor: CurrentUser, indicator_id: str, data: IndicatorData
) -> IndicatorRow:
    require(actor, Permission.APPRAISAL_WRITE)
    indicator, skp = _indicator(session, indicator_id)
    guard_plan(skp)
    for key, value in _validated_indicator(data).items():
        setattr(indicator, key, value)
    session.flush()
    return _indicator_row(indicator)


def remove_indicator(
    session: Session, actor: CurrentUser, indicator_id: str, reason: str
) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    indicator, skp = _indicator(session, indicator_id)
    guard_plan(skp)
    tombstone(session, indicator, reason)
    session.flush()


def record_realisation(
    session: Session, actor: CurrentUser, indicator_id: str, realisasi: str | None,
    evidence: str | None = None,
) -> IndicatorRow:
    """The realisation of an indicator and its bukti dukung (agreed or evaluated SKP)."""
    require(actor, Permission.APPRAISAL_WRITE)
    indicator, skp = _indicator(session, indicator_id)
    guard_progress(skp)
    p = Problems()
    indicator.realisasi = text_field(p, "realisasi", realisasi, max_len=4000)
    indicator.evidence = text_field(p, "evidence", evidence, max_len=4000)
    p.check()
    session.flush()
    return _indicator_row(indicator)


def behaviour_of(session: Session, skp: Skp, code: str) -> SkpBehaviour:
    """The SKP's row for a BerAKHLAK value (created when an old SKP lacks it)."""
    row = session.scalars(select(SkpBehaviour).where(
        SkpBehaviour.skp_id == skp.id, SkpBehaviour.berakhlak_code == code)).first()
    if row is None:
        try:
            berakhlak.berakhlak_value(code)
        except KeyError:
            p = Problems()
            p.add("berakhlak_code", "appraisal.berakhlak_unknown", value=code)
            p.check()
        row = SkpBehaviour(skp_id=skp.id, berakhlak_code=code)
        session.add(row)
    return row


def set_ekspektasi_khusus(
    session: Session, actor: CurrentUser, skp_id: str, berakhlak_code: str, text: str | None
) -> None:
    """The leader's specific expectation for one BerAKHLAK value (part of the plan)."""
    require(actor, Permission.APPRAISAL_WRITE)
    skp = skp_of(session, skp_id)
    guard_plan(skp)
    p = Problems()
    value = text_field(p, "ekspektasi_khusus", text, max_len=4000)
    p.check()
    behaviour_of(session, skp, berakhlak_code).ekspektasi_khusus = value
    session.flush()


register_messages(
    {
        "appraisal.rhk_not_found": (
            "Rencana hasil kerja tidak ditemukan (mungkin sudah dihapus).",
            "Work plan item (RHK) not found (it may have been deleted).",
        ),
        "appraisal.indicator_not_found": (
            "Indikator kinerja tidak ditemukan (mungkin sudah dihapus).",
            "Performance indicator not found (it may have been deleted).",
        ),
        "appraisal.rhk_tambahan_parent": (
            "RHK tambahan tidak diturunkan dari RHK pimpinan.",
            "An additional RHK does not cascade from the leader's RHK.",
        ),
        "appraisal.rhk_parent_unknown": (
            "RHK pimpinan yang dipilih bukan RHK pada SKP pejabat penilai tahun yang sama.",
            "The chosen leader's RHK is not on the appraiser's SKP of the same year.",
        ),
        "appraisal.berakhlak_unknown": (
            "Nilai BerAKHLAK '{value}' tidak dikenal.",
            "Unknown BerAKHLAK value '{value}'.",
        ),
    }
)
