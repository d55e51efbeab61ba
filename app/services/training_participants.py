"""Participants of a training session: enrolment (one or many), attendance, completion, JP
credit and certificate.

* An employee is enrolled at most once per session; a second enrolment is refused with the
  employee's and the session's names. Capacity (when set) is never exceeded.
* Attendance is recorded **once per participant for the whole session** (the model keeps one
  value): ``present`` (hadir), ``partial`` (hadir sebagian), ``absent`` (tidak hadir),
  ``excused`` (izin); ``registered`` until recorded. Daily registers stay on paper.
* Completion (lulus) credits ``jp_credited`` = the session JP; a different JP (e.g. a partial
  attendance) is an explicit override with a reason, kept in the participant's notes. Absent
  or excused participants cannot complete. Undoing a completion removes the credit.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.tracking import restore, tombstone
from app.db.training import Attendance, SessionStatus, TrainingParticipant, TrainingSession
from app.errors import Conflict, message, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, employee, live, text_field

_CHUNK = 500


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    session_id: str
    employee_id: str
    nama: str
    nip: str | None
    unit_name: str | None
    attendance: str
    completed: bool
    jp_credited: int | None
    jp_overridden: bool
    certificate_nomor: str | None
    certificate_tanggal: date | None
    notes: str | None


@dataclass(frozen=True)
class BulkRefusal:
    """Why one employee of a bulk enrolment was not added."""

    employee_id: str
    nama: str | None
    reason_code: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str | None = None) -> str:
        return message(self.reason_code, lang, nama=self.nama or "-", **self.params)


@dataclass(frozen=True)
class BulkAddResult:
    """``added``; ``skipped`` (already enrolled, or listed twice); ``refused`` (over
    capacity, employee not found, session closed to enrolment)."""

    added: tuple[ParticipantRow, ...]
    skipped: tuple[BulkRefusal, ...]
    refused: tuple[BulkRefusal, ...]


def _participant(session: Session, participant_id: str) -> TrainingParticipant:
    return live(session, TrainingParticipant, participant_id, "training.participant_not_found")


def _open_session(session: Session, session_id: str) -> TrainingSession:
    s = live(session, TrainingSession, session_id, "training.session_not_found")
    if s.status == SessionStatus.CANCELLED.value:
        raise Conflict("training.session_cancelled", title=s.title)
    return s


def _enrolled_count(session: Session, session_id: str) -> int:
    return session.scalar(
        select(func.count()).select_from(TrainingParticipant).where(
            TrainingParticipant.session_id == session_id, TrainingParticipant.deleted.is_(False)
        )
    ) or 0


def _rows(session: Session, participants: Iterable[TrainingParticipant]) -> list[ParticipantRow]:
    items = list(participants)
    if not items:
        return []
    session_jp = {
        s.id: s.jp for s in session.scalars(
            select(TrainingSession).where(TrainingSession.id.in_({p.session_id for p in items}))
        )
    }
    people: dict[str, tuple[str, str | None, str | None]] = {}
    ids = sorted({p.employee_id for p in items})
    for start in range(0, len(ids), _CHUNK):
        for emp_id, nama, nip, unit_name in session.execute(
            select(Employee.id, Employee.nama, Employee.nip, OrgUnit.name)
            .outerjoin(OrgUnit, OrgUnit.id == Employee.current_unit_id)
            .where(Employee.id.in_(ids[start:start + _CHUNK]))
        ):
            people[emp_id] = (nama, nip, unit_name)
    out = []
    for p in items:
        nama, nip, unit_name = people.get(p.employee_id, ("", None, None))
        overridden = p.completed and p.jp_credited != session_jp.get(p.session_id)
        out.append(ParticipantRow(
            p.id, p.session_id, p.employee_id, nama, nip, unit_name, p.attendance, p.completed,
            p.jp_credited, overridden, p.certificate_nomor, p.certificate_tanggal, p.notes,
        ))
    return out


def _enrol(session: Session, s: TrainingSession, employee_id: str,
           ghosts: Mapping[str, TrainingParticipant]) -> TrainingParticipant:
    """A new (or restored tombstoned) enrolment; the caller checked duplicates and capacity."""
    old = ghosts.get(employee_id)
    if old is not None:  # (session, employee) is unique even among tombstones: revive it
        restore(session, old)
        old.attendance, old.completed, old.jp_credited = Attendance.REGISTERED.value, False, None
        old.certificate_nomor = old.certificate_tanggal = old.notes = None
        return old
    participant = TrainingParticipant(session_id=s.id, employee_id=employee_id,
                                      attendance=Attendance.REGISTERED.value, completed=False)
    session.add(participant)
    return participant


def _existing(session: Session, session_id: str) -> tuple[set[str], dict[str, TrainingParticipant]]:
    """(employee ids enrolled, tombstoned enrolments by employee id) of a session."""
    enrolled: set[str] = set()
    ghosts: dict[str, TrainingParticipant] = {}
    for p in session.scalars(
        select(TrainingParticipant).where(TrainingParticipant.session_id == session_id)
    ):
        if p.deleted:
            ghosts[p.employee_id] = p
        else:
            enrolled.add(p.employee_id)
    return enrolled, ghosts


def add_participant(
    session: Session, actor: CurrentUser, session_id: str, employee_id: str
) -> ParticipantRow:
    """Enrol one employee. Refused when already enrolled, when the session is full or
    cancelled."""
    require(actor, Permission.TRAINING_WRITE)
    s = _open_session(session, session_id)
    emp = employee(session, employee_id)
    enrolled, ghosts = _existing(session, session_id)
    if emp.id in enrolled:
        raise Conflict("training.already_enrolled", nama=emp.nama, title=s.title)
    if s.capacity is not None and len(enrolled) >= s.capacity:
        raise Conflict("training.session_full", nama=emp.nama, title=s.title,
                       capacity=s.capacity)
    participant = _enrol(session, s, emp.id, ghosts)
    session.flush()
    return _rows(session, [participant])[0]


def add_participants(
    session: Session, actor: CurrentUser, session_id: str, employee_ids: Iterable[str]
) -> BulkAddResult:
    """Enrol many employees in the order given, as far as capacity allows; says for each one
    not added why (already enrolled / over capacity / not found)."""
    require(actor, Permission.TRAINING_WRITE)
    s = _open_session(session, session_id)
    wanted = list(dict.fromkeys(i for i in employee_ids if i))
    names = _names(session, wanted)
    enrolled, ghosts = _existing(session, session_id)
    seats = None if s.capacity is None else max(s.capacity - len(enrolled), 0)
    added: list[TrainingParticipant] = []
    skipped: list[BulkRefusal] = []
    refused: list[BulkRefusal] = []
    for emp_id in wanted:
        nama = names.get(emp_id)
        if nama is None:
            refused.append(BulkRefusal(emp_id, None, "employee.not_found"))
        elif emp_id in enrolled:
            skipped.append(BulkRefusal(emp_id, nama, "training.already_enrolled",
                                       {"title": s.title}))
        elif seats is not None and len(added) >= seats:
            refused.append(BulkRefusal(emp_id, nama, "training.session_full",
                                       {"title": s.title, "capacity": s.capacity}))
        else:
            added.append(_enrol(session, s, emp_id, ghosts))
    session.flush()
    return BulkAddResult(tuple(_rows(session, added)), tuple(skipped), tuple(refused))


def _names(session: Session, ids: list[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        names.update((row[0], row[1]) for row in session.execute(
            select(Employee.id, Employee.nama).where(
                Employee.id.in_(ids[start:start + _CHUNK]), Employee.deleted.is_(False)
            )
        ))
    return names


def remove_participant(
    session: Session, actor: CurrentUser, participant_id: str, reason: str
) -> None:
    """Take an employee off a session (a tombstone with ``reason``); any JP credit goes."""
    require(actor, Permission.TRAINING_WRITE)
    tombstone(session, _participant(session, participant_id), reason)
    session.flush()


def record_attendance(
    session: Session, actor: CurrentUser, participant_id: str, attendance: str
) -> ParticipantRow:
    """Attendance for the whole session. Marking someone absent or excused undoes their
    completion (and JP credit)."""
    require(actor, Permission.TRAINING_WRITE)
    participant = _participant(session, participant_id)
    _open_session(session, participant.session_id)
    _set_attendance(participant, attendance)
    session.flush()
    return _rows(session, [participant])[0]


def record_attendances(
    session: Session, actor: CurrentUser, session_id: str, marks: Mapping[str, str]
) -> list[ParticipantRow]:
    """Attendance of many participants of one session at once (participant id → value)."""
    require(actor, Permission.TRAINING_WRITE)
    _open_session(session, session_id)
    changed = []
    for participant_id, attendance in marks.items():
        participant = _participant(session, participant_id)
        if participant.session_id != session_id:
            raise Conflict("training.participant_other_session")
        _set_attendance(participant, attendance)
        changed.append(participant)
    session.flush()
    return _rows(session, changed)


def _set_attendance(participant: TrainingParticipant, attendance: str) -> None:
    p = Problems()
    value = choice_field(p, "attendance", attendance, [a.value for a in Attendance])
    p.check()
    participant.attendance = value  # type: ignore[assignment]
    if value in (Attendance.ABSENT.value, Attendance.EXCUSED.value):
        participant.completed = False
        participant.jp_credited = None


def record_completion(
    session: Session,
    actor: CurrentUser,
    participant_id: str,
    completed: bool = True,
    *,
    jp_override: int | None = None,
    override_reason: str | None = None,
    certificate_nomor: str | None = None,
    certificate_tanggal: date | None = None,
) -> ParticipantRow:
    """Mark a participant as having completed the session (or undo it). The JP credited is
    the session's, unless ``jp_override`` (1..session JP) is given with ``override_reason``.
    A participant still only *registered* is taken to have attended."""
    require(actor, Permission.TRAINING_WRITE)
    participant = _participant(session, participant_id)
    s = _open_session(session, participant.session_id)
    p = Problems()
    if not completed:
        participant.completed, participant.jp_credited = False, None
        session.flush()
        return _rows(session, [participant])[0]
    if participant.attendance in (Attendance.ABSENT.value, Attendance.EXCUSED.value):
        p.add("completed", "training.completion_absent", attendance=participant.attendance)
    reason = text_field(p, "override_reason", override_reason, max_len=500,
                        required=jp_override is not None)
    if jp_override is not None and not 1 <= jp_override <= s.jp:
        p.add("jp_override", "training.jp_override_range", jp=s.jp, value=jp_override)
    _check_certificate(p, s, certificate_nomor, certificate_tanggal)
    p.check()
    if participant.attendance == Attendance.REGISTERED.value:
        participant.attendance = Attendance.PRESENT.value
    participant.completed = True
    participant.jp_credited = s.jp if jp_override is None else jp_override
    if jp_override is not None and jp_override != s.jp:
        line = message("training.jp_override_note", "id", jp=jp_override, session_jp=s.jp,
                       reason=reason)
        participant.notes = f"{participant.notes}\n{line}" if participant.notes else line
    if certificate_nomor is not None or certificate_tanggal is not None:
        participant.certificate_nomor = certificate_nomor.strip() if certificate_nomor else None
        participant.certificate_tanggal = certificate_tanggal
    session.flush()
    return _rows(session, [participant])[0]


def set_certificate(
    session: Session, actor: CurrentUser, participant_id: str, nomor: str | None,
    tanggal: date | None,
) -> ParticipantRow:
    """The certificate (STTPP / sertifikat) number and date of a participant."""
    require(actor, Permission.TRAINING_WRITE)
    participant = _participant(session, participant_id)
    s = live(session, TrainingSession, participant.session_id, "training.session_not_found")
    p = Problems()
    _check_certificate(p, s, nomor, tanggal)
    p.check()
    participant.certificate_nomor = nomor.strip() if nomor and nomor.strip() else None
    participant.certificate_tanggal = tanggal
    session.flush()
    return _rows(session, [participant])[0]


def _check_certificate(p: Problems, s: TrainingSession, nomor: str | None,
                       tanggal: date | None) -> None:
    text_field(p, "certificate_nomor", nomor, max_len=100)
    if tanggal is not None and tanggal < s.start_date:
        p.add("certificate_tanggal", "training.certificate_before_start",
              start=s.start_date.isoformat())


def list_participants(
    session: Session, actor: CurrentUser, session_id: str
) -> list[ParticipantRow]:
    """The participants of a session by name."""
    require(actor, Permission.EMPLOYEE_READ)
    live(session, TrainingSession, session_id, "training.session_not_found")
    participants = session.scalars(
        select(TrainingParticipant)
        .join(Employee, Employee.id == TrainingParticipant.employee_id)
        .where(TrainingParticipant.session_id == session_id,
               TrainingParticipant.deleted.is_(False))
        .order_by(Employee.nama_search)
    )
    return _rows(session, participants)


register_messages(
    {
        "training.participant_not_found": (
            "Peserta pelatihan tidak ditemukan (mungkin sudah dihapus).",
            "Training participant not found (it may have been removed).",
        ),
        "training.participant_other_session": (
            "Peserta itu terdaftar di sesi lain.",
            "That participant belongs to another session.",
        ),
        "training.session_cancelled": (
            "Sesi '{title}' sudah dibatalkan; peserta dan kehadiran tidak dapat diubah.",
            "Session '{title}' is cancelled; participants and attendance cannot change.",
        ),
        "training.already_enrolled": (
            "{nama} sudah terdaftar sebagai peserta '{title}'.",
            "{nama} is already enrolled in '{title}'.",
        ),
        "training.session_full": (
            "{nama} tidak dapat ditambahkan: sesi '{title}' sudah penuh ({capacity} peserta).",
            "{nama} cannot be added: session '{title}' is full ({capacity} participants).",
        ),
        "training.completion_absent": (
            "Peserta dengan kehadiran '{attendance}' tidak dapat dinyatakan lulus; "
            "perbaiki kehadirannya dahulu.",
            "A participant marked '{attendance}' cannot complete; correct the attendance first.",
        ),
        "training.jp_override_range": (
            "JP yang diakui harus 1 sampai {jp} (JP sesi); diisi {value}.",
            "Credited JP must be 1 to {jp} (the session's JP); got {value}.",
        ),
        "training.jp_override_note": (
            "JP diakui {jp} dari {session_jp}: {reason}",
            "JP credited {jp} of {session_jp}: {reason}",
        ),
        "training.certificate_before_start": (
            "Tanggal sertifikat tidak boleh sebelum pelatihan dimulai ({start}).",
            "The certificate date cannot be before the training started ({start}).",
        ),
    }
)
