"""What the training printouts need, gathered through the services (read only).

* :func:`session_print_data` — a session with its office letterhead and its participants,
  each with pangkat, jabatan and unit (participant list, attendance sheet, certificates);
* :func:`jp_recap_data` — the 20-JP figures per unit of a year (the JP recap, also
  ``simpeg report jp``).

Both check :data:`Permission.REPORT_PRINT` (through :func:`office_header`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.services.employee_query import employee_row
from app.services.report_data import OfficeHeader, UnitRef, find_unit, office_header
from app.services.roles import CurrentUser
from app.services.training import (
    EmployeeJp,
    JpTargets,
    SessionRow,
    UnitJp,
    get_session,
    jp_summary,
    jp_targets,
    list_participants,
)


@dataclass(frozen=True)
class PrintedParticipant:
    """One participant as the printouts show them."""

    participant_id: str
    employee_id: str
    nama: str  # with gelar
    nip: str | None
    golongan: str | None
    pangkat: str | None
    jabatan: str | None
    unit: str | None
    attendance: str
    completed: bool
    jp_credited: int | None
    certificate_nomor: str | None
    certificate_tanggal: date | None

    @property
    def pangkat_golongan(self) -> str | None:
        if self.pangkat and self.golongan and self.golongan not in self.pangkat:
            return f"{self.pangkat} ({self.golongan})"
        return self.pangkat or self.golongan


@dataclass(frozen=True)
class SessionPrintData:
    office: OfficeHeader
    session: SessionRow
    participants: tuple[PrintedParticipant, ...]


def session_print_data(
    session: Session,
    actor: CurrentUser,
    session_id: str,
    participant_ids: Iterable[str] | None = None,
) -> SessionPrintData:
    """The session, its office and its participants by name (only ``participant_ids`` when
    given, e.g. the certificates of the rows the clerk selected)."""
    office = office_header(session, actor)
    row = get_session(session, actor, session_id)
    wanted = set(participant_ids) if participant_ids is not None else None
    people = []
    for p in list_participants(session, actor, session_id):
        if wanted is not None and p.id not in wanted:
            continue
        e = employee_row(session, actor, p.employee_id)
        people.append(PrintedParticipant(
            p.id, p.employee_id, e.nama_lengkap or p.nama, p.nip, e.golongan, e.pangkat,
            e.jabatan, e.unit_name, p.attendance, p.completed, p.jp_credited,
            p.certificate_nomor, p.certificate_tanggal,
        ))
    return SessionPrintData(office, row, tuple(people))


@dataclass(frozen=True)
class JpRecapData:
    """The 20-JP recap of one year: one row per unit (sub-units rolled up), in tree order."""

    office: OfficeHeader
    unit: UnitRef | None
    year: int
    targets: JpTargets
    rows: tuple[UnitJp, ...]
    employees: tuple[EmployeeJp, ...] = ()  # an optional list (e.g. those below target)

    def top_rows(self) -> list[UnitJp]:
        """The rows not inside another row of the recap: their sum is the whole scope."""
        ids = {r.unit_id for r in self.rows if r.unit_id is not None}
        return [r for r in self.rows if r.unit_id is None or r.parent_id not in ids]


def jp_recap_data(
    session: Session,
    actor: CurrentUser,
    year: int,
    unit: str | None = None,
    employees: Sequence[EmployeeJp] = (),
) -> JpRecapData:
    """The recap of ``year`` for the whole office or one unit (``unit``: id, name, short name
    or a unique part of the name, as ``simpeg report --unit`` takes it)."""
    office = office_header(session, actor)
    ref = find_unit(session, actor, unit) if unit else None
    rows = jp_summary(session, actor, year, ref.id if ref else None, True)
    return JpRecapData(office, ref, year, jp_targets(session, actor), tuple(rows),
                       tuple(employees))
