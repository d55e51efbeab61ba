"""Umpan balik masyarakat: what the public says about a unit or an employee (date, channel,
rating 1–5, text). Shown in the unit's view (about the unit, its sub-units and the people
now working there) and in the employee's view.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, aliased

from app.db.org import OrgUnit
from app.db.performance import PublicFeedback
from app.db.personnel import Employee
from app.db.tracking import tombstone
from app.errors import register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, live, text_field, unit
from app.services.unit_scope import in_unit

CHANNELS = ("kotak_saran", "survei", "telepon", "surel", "media_sosial", "aplikasi",
            "langsung", "lainnya")


@dataclass(frozen=True)
class PublicFeedbackRow:
    id: str
    received_on: date
    channel: str
    rating: int
    text: str | None
    unit_id: str | None
    unit_name: str | None
    employee_id: str | None
    employee_nama: str | None


def add_public_feedback(
    session: Session,
    actor: CurrentUser,
    received_on: date,
    channel: str,
    rating: int,
    text: str | None = None,
    *,
    unit_id: str | None = None,
    employee_id: str | None = None,
) -> PublicFeedbackRow:
    """Record public feedback about a unit and/or an employee (at least one of them)."""
    require(actor, Permission.APPRAISAL_WRITE)
    p = Problems()
    value = choice_field(p, "channel", channel, CHANNELS)
    body = text_field(p, "text", text, max_len=4000)
    if not isinstance(rating, int) or not 1 <= rating <= 5:
        p.add("rating", "appraisal.public_rating", value=rating)
    if received_on is None:
        p.add("received_on", "field.required")
    elif received_on > date.today():
        p.add("received_on", "appraisal.date_future")
    if not unit_id and not employee_id:
        p.add("unit_id", "appraisal.public_subject")
    if unit_id:
        place = session.get(OrgUnit, unit_id)
        if place is None or place.deleted:
            p.add("unit_id", "unit.not_found")
    if employee_id:
        emp = session.get(Employee, employee_id)
        if emp is None or emp.deleted:
            p.add("employee_id", "employee.not_found")
    p.check()
    row = PublicFeedback(received_on=received_on, channel=value, rating=rating, text=body,
                         unit_id=unit_id or None, employee_id=employee_id or None)
    session.add(row)
    session.flush()
    return _rows(session, [row])[0]


def remove_public_feedback(
    session: Session, actor: CurrentUser, feedback_id: str, reason: str
) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    tombstone(session, live(session, PublicFeedback, feedback_id,
                            "appraisal.public_not_found"), reason)
    session.flush()


def _rows(session: Session, items: list[PublicFeedback]) -> list[PublicFeedbackRow]:
    units = {u: n for u, n in session.execute(select(OrgUnit.id, OrgUnit.name).where(
        OrgUnit.id.in_({i.unit_id for i in items if i.unit_id})))} if items else {}
    people = {e: n for e, n in session.execute(select(Employee.id, Employee.nama).where(
        Employee.id.in_({i.employee_id for i in items if i.employee_id})))} if items else {}
    return [PublicFeedbackRow(i.id, i.received_on, i.channel, i.rating, i.text, i.unit_id,
                              units.get(i.unit_id), i.employee_id, people.get(i.employee_id))
            for i in items]


def list_public_feedback(
    session: Session,
    actor: CurrentUser,
    *,
    unit_id: str | None = None,
    employee_id: str | None = None,
    include_subunits: bool = True,
    start: date | None = None,
    end: date | None = None,
) -> list[PublicFeedbackRow]:
    """Newest first. For a unit: feedback about the unit (and its sub-units) and about the
    employees now placed there; for an employee: feedback about them."""
    require(actor, Permission.EMPLOYEE_READ)
    F = PublicFeedback
    stmt = select(F).where(F.deleted.is_(False)).order_by(F.received_on.desc(), F.id)
    if unit_id is not None:
        unit(session, unit_id)
        staff = aliased(Employee)
        staff_ids = select(staff.id).where(in_unit(staff.current_unit_id, unit_id,
                                                   include_subunits))
        stmt = stmt.where(or_(in_unit(F.unit_id, unit_id, include_subunits),
                              F.employee_id.in_(staff_ids)))
    if employee_id is not None:
        stmt = stmt.where(F.employee_id == employee_id)
    if start is not None:
        stmt = stmt.where(F.received_on >= start)
    if end is not None:
        stmt = stmt.where(F.received_on <= end)
    return _rows(session, list(session.scalars(stmt)))


register_messages(
    {
        "appraisal.public_not_found": (
            "Umpan balik masyarakat tidak ditemukan.",
            "Public feedback entry not found.",
        ),
        "appraisal.public_rating": (
            "Nilai kepuasan harus 1 sampai 5 (diisi {value}).",
            "The rating must be 1 to 5 (got {value}).",
        ),
        "appraisal.public_subject": (
            "Pilih unit atau pegawai yang dimaksud umpan balik ini.",
            "Choose the unit or employee this feedback is about.",
        ),
    }
)
