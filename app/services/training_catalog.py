"""The training catalogue (domain.md §5): programmes the office runs or records.

A programme has a kind (klasikal / nonklasikal, Peraturan LAN 10/2018), a category (Latsar,
PKP, PKA, PKN II/I, struktural, manajerial, teknis, fungsional, sosial kultural, seminar,
lainnya), an optional form (``type_code``: a :class:`~app.db.reference.TrainingType` such as
bimtek or e-learning), a default JP, organiser and competency area. Programmes in use by a
session are deactivated rather than deleted.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.reference import TrainingKind, TrainingType
from app.db.tracking import tombstone
from app.db.training import TrainingCategory, TrainingProgram, TrainingSession
from app.errors import Conflict, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, live, text_field

MAX_JP = 2000
"""Sanity ceiling of the JP of one programme or session (PKN I, the longest, is far below)."""


@dataclass(frozen=True)
class ProgramData:
    """What the catalogue form edits."""

    name: str
    kind: str = TrainingKind.KLASIKAL.value
    category: str = TrainingCategory.TEKNIS.value
    code: str | None = None
    type_code: str | None = None
    default_jp: int | None = None
    organiser: str | None = None
    competency_area: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class ProgramRow:
    id: str
    code: str | None
    name: str
    kind: str
    category: str
    type_code: str | None
    default_jp: int | None
    organiser: str | None
    competency_area: str | None
    description: str | None
    active: bool
    sessions: int = 0


def _row(p: TrainingProgram, sessions: int = 0) -> ProgramRow:
    return ProgramRow(
        p.id, p.code, p.name, p.kind, p.category, p.type_code, p.default_jp, p.organiser,
        p.competency_area, p.description, p.active, sessions,
    )


def _program(session: Session, program_id: str) -> TrainingProgram:
    return live(session, TrainingProgram, program_id, "training.program_not_found")


def _validated(session: Session, data: ProgramData, program_id: str | None) -> dict[str, object]:
    p = Problems()
    values: dict[str, object] = {
        "name": text_field(p, "name", data.name, max_len=250, required=True),
        "code": text_field(p, "code", data.code, max_len=32),
        "kind": choice_field(p, "kind", data.kind, [k.value for k in TrainingKind]),
        "category": choice_field(
            p, "category", data.category, [c.value for c in TrainingCategory]
        ),
        "type_code": text_field(p, "type_code", data.type_code, max_len=24),
        "organiser": text_field(p, "organiser", data.organiser, max_len=200),
        "competency_area": text_field(p, "competency_area", data.competency_area, max_len=150),
        "description": text_field(p, "description", data.description, max_len=4000),
        "default_jp": data.default_jp,
    }
    if data.default_jp is not None and not 1 <= data.default_jp <= MAX_JP:
        p.add("default_jp", "training.jp_range", max=MAX_JP, value=data.default_jp)
    if values["type_code"]:
        kind = session.scalar(
            select(TrainingType.kind).where(
                TrainingType.code == values["type_code"], TrainingType.deleted.is_(False)
            )
        )
        if kind is None:
            p.add("type_code", "training.type_unknown", value=values["type_code"])
        elif values["kind"] and kind != values["kind"]:
            p.add("type_code", "training.type_kind", value=values["type_code"], kind=kind)
    if values["code"]:
        clash = session.scalar(
            select(TrainingProgram.name).where(
                TrainingProgram.code == values["code"], TrainingProgram.deleted.is_(False),
                TrainingProgram.id != (program_id or ""),
            )
        )
        if clash:
            p.add("code", "training.program_code_taken", value=values["code"], name=clash)
    p.check()
    return values


def create_program(session: Session, actor: CurrentUser, data: ProgramData) -> ProgramRow:
    require(actor, Permission.TRAINING_WRITE)
    program = TrainingProgram(**_validated(session, data, None), active=True)
    session.add(program)
    session.flush()
    return _row(program)


def update_program(
    session: Session, actor: CurrentUser, program_id: str, data: ProgramData
) -> ProgramRow:
    require(actor, Permission.TRAINING_WRITE)
    program = _program(session, program_id)
    for key, value in _validated(session, data, program_id).items():
        setattr(program, key, value)
    session.flush()
    return _row(program, _session_count(session, program_id))


def set_program_active(
    session: Session, actor: CurrentUser, program_id: str, active: bool
) -> ProgramRow:
    """Retire a programme from the pick lists (or bring it back); its sessions stay."""
    require(actor, Permission.TRAINING_WRITE)
    program = _program(session, program_id)
    program.active = active
    session.flush()
    return _row(program, _session_count(session, program_id))


def delete_program(session: Session, actor: CurrentUser, program_id: str, reason: str) -> None:
    """Delete a programme no session uses (a tombstone with ``reason``)."""
    require(actor, Permission.TRAINING_WRITE)
    program = _program(session, program_id)
    used = _session_count(session, program_id)
    if used:
        raise Conflict("training.program_in_use", name=program.name, count=used)
    tombstone(session, program, reason)
    session.flush()


def _session_count(session: Session, program_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(TrainingSession).where(
            TrainingSession.program_id == program_id, TrainingSession.deleted.is_(False)
        )
    ) or 0


def get_program(session: Session, actor: CurrentUser, program_id: str) -> ProgramRow:
    require(actor, Permission.EMPLOYEE_READ)
    return _row(_program(session, program_id), _session_count(session, program_id))


def list_programs(
    session: Session,
    actor: CurrentUser,
    *,
    include_inactive: bool = False,
    category: str | None = None,
    search: str | None = None,
) -> list[ProgramRow]:
    """The catalogue by name, with the number of sessions of each programme."""
    require(actor, Permission.EMPLOYEE_READ)
    counts = (
        select(TrainingSession.program_id, func.count().label("n"))
        .where(TrainingSession.deleted.is_(False))
        .group_by(TrainingSession.program_id)
        .subquery()
    )
    stmt = (
        select(TrainingProgram, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.program_id == TrainingProgram.id)
        .where(TrainingProgram.deleted.is_(False))
        .order_by(func.lower(TrainingProgram.name))
    )
    if not include_inactive:
        stmt = stmt.where(TrainingProgram.active.is_(True))
    if category:
        stmt = stmt.where(TrainingProgram.category == category)
    if search and search.strip():
        needle = f"%{search.strip().lower()}%"
        stmt = stmt.where(
            func.lower(TrainingProgram.name).like(needle)
            | func.lower(func.coalesce(TrainingProgram.code, "")).like(needle)
        )
    return [_row(p, n) for p, n in session.execute(stmt).all()]


register_messages(
    {
        "training.program_not_found": (
            "Program pelatihan tidak ditemukan (mungkin sudah dihapus).",
            "Training programme not found (it may have been deleted).",
        ),
        "training.jp_range": (
            "JP harus antara 1 dan {max} (diisi {value}).",
            "JP must be between 1 and {max} (got {value}).",
        ),
        "training.type_unknown": (
            "Bentuk pelatihan '{value}' tidak ada di data referensi.",
            "Training form '{value}' is not in the reference data.",
        ),
        "training.type_kind": (
            "Bentuk pelatihan '{value}' termasuk {kind}; sesuaikan jenis klasikal/nonklasikal.",
            "Training form '{value}' is {kind}; make the classroom/non-classroom kind match.",
        ),
        "training.program_code_taken": (
            "Kode {value} sudah dipakai program '{name}'.",
            "Code {value} is already used by programme '{name}'.",
        ),
        "training.program_in_use": (
            "Program '{name}' masih dipakai {count} sesi; nonaktifkan saja, jangan dihapus.",
            "Programme '{name}' is used by {count} session(s); deactivate it instead.",
        ),
    }
)
