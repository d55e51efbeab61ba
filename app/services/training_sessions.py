"""Training sessions (angkatan) of a catalogue programme: dates, JP, capacity, place, status.

Rules kept here: the end date is not before the start date; JP is at least 1, at most
:data:`~app.services.training_catalog.MAX_JP` and at most :data:`MAX_JP_PER_DAY` per calendar
day of the session; capacity is empty (no limit) or at least 1 and never below the number of
participants already enrolled. A session counts toward the JP of the year its **end date**
falls in (domain.md §5), so a session of 28 Dec–3 Jan counts in the new year.

When the JP of a session changes, participants credited with the old session JP follow it;
participants whose JP was set by hand (an override with a reason) keep theirs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.db.tracking import tombstone
from app.db.training import SessionStatus, TrainingParticipant, TrainingProgram, TrainingSession
from app.errors import Conflict, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, live, text_field, year_bounds
from app.services.training_catalog import MAX_JP

MAX_JP_PER_DAY = 16
"""At most 16 JP (12 hours of 45 minutes) per calendar day of a session: a sanity check."""


@dataclass(frozen=True)
class SessionData:
    """What the session form edits. Empty ``title``/``organiser``/``jp`` take the programme's
    name, organiser and default JP."""

    program_id: str
    start_date: date
    end_date: date
    jp: int | None = None
    title: str | None = None
    angkatan: str | None = None
    place: str | None = None
    organiser: str | None = None
    capacity: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class SessionRow:
    id: str
    program_id: str
    program_name: str
    kind: str
    category: str
    title: str
    angkatan: str | None
    start_date: date
    end_date: date
    place: str | None
    organiser: str | None
    jp: int
    capacity: int | None
    status: str
    notes: str | None
    participants: int = 0
    completed: int = 0

    @property
    def jp_year(self) -> int:
        """The year this session's JP counts in (its end date's year)."""
        return self.end_date.year

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(self.capacity - self.participants, 0)


def _session(session: Session, session_id: str) -> TrainingSession:
    return live(session, TrainingSession, session_id, "training.session_not_found")


def _counts(session: Session, session_id: str) -> tuple[int, int]:
    row = session.execute(
        select(func.count(), func.coalesce(func.sum(case((TrainingParticipant.completed, 1),
                                                           else_=0)), 0))
        .where(TrainingParticipant.session_id == session_id,
               TrainingParticipant.deleted.is_(False))
    ).one()
    return int(row[0]), int(row[1])


def session_row(session: Session, s: TrainingSession) -> SessionRow:
    program = session.get(TrainingProgram, s.program_id)
    enrolled, completed = _counts(session, s.id)
    return SessionRow(
        s.id, s.program_id, program.name if program else "", program.kind if program else "",
        program.category if program else "", s.title, s.angkatan, s.start_date, s.end_date,
        s.place, s.organiser, s.jp, s.capacity, s.status, s.notes, enrolled, completed,
    )


def _validated(
    session: Session, data: SessionData, enrolled: int = 0
) -> tuple[dict[str, object], TrainingProgram | None]:
    p = Problems()
    program = session.get(TrainingProgram, data.program_id) if data.program_id else None
    if program is None or program.deleted:
        p.add("program_id", "training.program_not_found")
        program = None
    values: dict[str, object] = {
        "program_id": data.program_id,
        "title": text_field(p, "title", data.title or (program.name if program else None),
                            max_len=250, required=True),
        "angkatan": text_field(p, "angkatan", data.angkatan, max_len=20),
        "place": text_field(p, "place", data.place, max_len=200),
        "organiser": text_field(p, "organiser",
                                data.organiser or (program.organiser if program else None),
                                max_len=200),
        "notes": text_field(p, "notes", data.notes, max_len=4000),
        "start_date": data.start_date,
        "end_date": data.end_date,
        "capacity": data.capacity,
    }
    jp = data.jp if data.jp is not None else (program.default_jp if program else None)
    values["jp"] = jp
    _check_dates_jp(p, data.start_date, data.end_date, jp)
    if data.capacity is not None:
        if data.capacity < 1:
            p.add("capacity", "training.capacity_min")
        elif data.capacity < enrolled:
            p.add("capacity", "training.capacity_below_enrolled",
                  capacity=data.capacity, enrolled=enrolled)
    p.check()
    return values, program


def _check_dates_jp(p: Problems, start: date | None, end: date | None, jp: int | None) -> None:
    if start is None:
        p.add("start_date", "field.required")
    if end is None:
        p.add("end_date", "field.required")
    if start is not None and end is not None and end < start:
        p.add("end_date", "field.date_order", start=start.isoformat(), end=end.isoformat())
        return
    if jp is None:
        p.add("jp", "field.required")
    elif not 1 <= jp <= MAX_JP:
        p.add("jp", "training.jp_range", max=MAX_JP, value=jp)
    elif start is not None and end is not None:
        days = (end - start).days + 1
        if jp > days * MAX_JP_PER_DAY:
            p.add("jp", "training.jp_per_day", jp=jp, days=days, limit=days * MAX_JP_PER_DAY)


def create_session(session: Session, actor: CurrentUser, data: SessionData) -> SessionRow:
    require(actor, Permission.TRAINING_WRITE)
    values, program = _validated(session, data)
    if program is not None and not program.active:
        raise Conflict("training.program_inactive", name=program.name)
    s = TrainingSession(**values, status=SessionStatus.PLANNED.value)
    session.add(s)
    session.flush()
    return session_row(session, s)


def update_session(
    session: Session, actor: CurrentUser, session_id: str, data: SessionData
) -> SessionRow:
    require(actor, Permission.TRAINING_WRITE)
    s = _session(session, session_id)
    enrolled, _ = _counts(session, session_id)
    values, _program = _validated(session, data, enrolled)
    old_jp = s.jp
    for key, value in values.items():
        setattr(s, key, value)
    if s.jp != old_jp:
        _follow_jp(session, s, old_jp)
    session.flush()
    return session_row(session, s)


def _follow_jp(session: Session, s: TrainingSession, old_jp: int) -> None:
    followers = session.scalars(
        select(TrainingParticipant).where(
            TrainingParticipant.session_id == s.id, TrainingParticipant.deleted.is_(False),
            TrainingParticipant.completed.is_(True), TrainingParticipant.jp_credited == old_jp,
        )
    )
    for participant in followers:
        participant.jp_credited = s.jp


def set_session_status(
    session: Session, actor: CurrentUser, session_id: str, status: str
) -> SessionRow:
    """planned / open / running / finished / cancelled. A session with participants who
    completed it (and so have JP credited) cannot be cancelled."""
    require(actor, Permission.TRAINING_WRITE)
    s = _session(session, session_id)
    p = Problems()
    value = choice_field(p, "status", status, [v.value for v in SessionStatus])
    p.check()
    _enrolled, completed = _counts(session, session_id)
    if value == SessionStatus.CANCELLED.value and completed:
        raise Conflict("training.session_has_completed", title=s.title, count=completed)
    s.status = value  # type: ignore[assignment]
    session.flush()
    return session_row(session, s)


def delete_session(session: Session, actor: CurrentUser, session_id: str, reason: str) -> None:
    """Delete a session (tombstone with ``reason``) and its enrolments. Refused while anyone
    has completed it: their JP would vanish — undo those completions first."""
    require(actor, Permission.TRAINING_WRITE)
    s = _session(session, session_id)
    _enrolled, completed = _counts(session, session_id)
    if completed:
        raise Conflict("training.session_has_completed", title=s.title, count=completed)
    for participant in session.scalars(
        select(TrainingParticipant).where(
            TrainingParticipant.session_id == s.id, TrainingParticipant.deleted.is_(False)
        )
    ):
        tombstone(session, participant, reason)
    tombstone(session, s, reason)
    session.flush()


def get_session(session: Session, actor: CurrentUser, session_id: str) -> SessionRow:
    require(actor, Permission.EMPLOYEE_READ)
    return session_row(session, _session(session, session_id))


def list_sessions(
    session: Session,
    actor: CurrentUser,
    *,
    year: int | None = None,
    program_id: str | None = None,
    status: str | None = None,
    search: str | None = None,
) -> list[SessionRow]:
    """Sessions, newest first; ``year`` selects those whose JP counts in that year (end date)."""
    require(actor, Permission.EMPLOYEE_READ)
    P = TrainingParticipant
    counts = (
        select(P.session_id, func.count().label("n"),
               func.sum(case((P.completed, 1), else_=0)).label("done"))
        .where(P.deleted.is_(False)).group_by(P.session_id).subquery()
    )
    S, G = TrainingSession, TrainingProgram
    stmt = (
        select(S, G.name, G.kind, G.category, func.coalesce(counts.c.n, 0),
               func.coalesce(counts.c.done, 0))
        .join(G, G.id == S.program_id)
        .outerjoin(counts, counts.c.session_id == S.id)
        .where(S.deleted.is_(False))
        .order_by(S.end_date.desc(), S.start_date.desc(), S.title)
    )
    if year is not None:
        first, last = year_bounds(year)
        stmt = stmt.where(and_(S.end_date >= first, S.end_date <= last))
    if program_id:
        stmt = stmt.where(S.program_id == program_id)
    if status:
        stmt = stmt.where(S.status == status)
    if search and search.strip():
        needle = f"%{search.strip().lower()}%"
        stmt = stmt.where(func.lower(S.title).like(needle) | func.lower(G.name).like(needle))
    return [
        SessionRow(s.id, s.program_id, name, kind, category, s.title, s.angkatan, s.start_date,
                   s.end_date, s.place, s.organiser, s.jp, s.capacity, s.status, s.notes,
                   int(n), int(done))
        for s, name, kind, category, n, done in session.execute(stmt).all()
    ]


register_messages(
    {
        "training.session_not_found": (
            "Sesi pelatihan tidak ditemukan (mungkin sudah dihapus).",
            "Training session not found (it may have been deleted).",
        ),
        "training.program_inactive": (
            "Program '{name}' sudah nonaktif; aktifkan dahulu untuk membuka sesi baru.",
            "Programme '{name}' is inactive; reactivate it to open a new session.",
        ),
        "training.capacity_min": (
            "Kapasitas paling sedikit 1 peserta, atau kosongkan bila tidak dibatasi.",
            "Capacity is at least 1, or leave it empty for no limit.",
        ),
        "training.capacity_below_enrolled": (
            "Kapasitas {capacity} lebih kecil dari {enrolled} peserta yang sudah terdaftar.",
            "Capacity {capacity} is below the {enrolled} participants already enrolled.",
        ),
        "training.jp_per_day": (
            "{jp} JP dalam {days} hari tidak wajar; paling banyak {limit} JP.",
            "{jp} JP in {days} day(s) is not plausible; at most {limit} JP.",
        ),
        "training.session_has_completed": (
            "Sesi '{title}' sudah mempunyai {count} peserta yang lulus (JP-nya sudah dihitung); "
            "batalkan kelulusan mereka dahulu.",
            "Session '{title}' has {count} participant(s) who completed it (their JP counts); "
            "undo those completions first.",
        ),
    }
)
