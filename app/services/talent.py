"""Talent management (PermenPANRB 3/2020; domain.md §7): the potential level of an employee
from an assessment, their kinerja level from the SKP predikat, and the 9-box grid of a unit.

The box numbering is the office setting ``talenta.ordering`` (``"A"`` or ``"B"``, see
:mod:`app.domain.talenta`; default A). Grids are counted from the kinerja × potential cells,
so changing the ordering renumbers them without touching the records; the ``box`` stored on a
record is the number under the ordering in force when it was saved.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.db.appraisal import Rating, Skp, SkpStatus
from app.db.org import OrgUnit, Setting
from app.db.performance import TalentAssessment
from app.db.personnel import Employee
from app.domain import kinerja as kinerja_rules
from app.domain import talenta
from app.domain.common import InvalidValue
from app.errors import FieldError, ValidationError, register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import (
    Problems,
    employee,
    employee_records,
    remove_live,
    setting_value,
    text_field,
    unit,
)
from app.services.unit_scope import employee_scope

ORDERING_KEY = "talenta.ordering"


@dataclass(frozen=True)
class TalentRow:
    id: str
    employee_id: str
    year: int
    potential: str  # rendah / menengah / tinggi
    kinerja: str  # di_atas / sesuai / di_bawah
    box: int | None
    score: float | None
    assessed_on: date | None
    assessor: str | None
    notes: str | None


@dataclass(frozen=True)
class NineBoxCell:
    box: int
    kinerja: str
    potential: str
    count: int
    recommendation: str


@dataclass(frozen=True)
class NineBoxGrid:
    ordering: str
    cells: tuple[NineBoxCell, ...]  # nine cells, box 1..9

    @property
    def total(self) -> int:
        return sum(c.count for c in self.cells)

    def count(self, box: int) -> int:
        return next(c.count for c in self.cells if c.box == box)

    def rows(self) -> list[list[NineBoxCell]]:
        """The grid as drawn: kinerja di atas on top, potential rendah → tinggi left to right."""
        order_k = [Rating.DI_ATAS.value, Rating.SESUAI.value, Rating.DI_BAWAH.value]
        order_p = ["rendah", "menengah", "tinggi"]
        return [[next(c for c in self.cells if (c.kinerja, c.potential) == (k, p))
                 for p in order_p] for k in order_k]


@dataclass(frozen=True)
class TalentMember:
    employee_id: str
    nama: str
    nip: str | None
    unit_name: str | None
    kinerja: str
    potential: str
    box: int
    score: float | None
    assessed_on: date | None


def _row(t: TalentAssessment) -> TalentRow:
    return TalentRow(t.id, t.employee_id, t.year, t.potential, t.kinerja, t.box,
                     None if t.score is None else float(t.score), t.assessed_on, t.assessor,
                     t.notes)


def nine_box_ordering(session: Session, actor: CurrentUser) -> str:
    value = setting_value(session, actor, ORDERING_KEY)
    table = talenta.default_table()
    return value if isinstance(value, str) and value in table.orderings \
        else table.default_ordering


def set_nine_box_ordering(session: Session, actor: CurrentUser, ordering: str) -> str:
    """Choose the office's 9-box numbering (``A`` or ``B``)."""
    require(actor, Permission.SETTINGS_WRITE)
    if ordering not in talenta.default_table().orderings:
        raise ValidationError([FieldError("ordering", "talenta.ordering", {"value": ordering})])
    row = session.scalars(select(Setting).where(
        Setting.office_code == actor.office_code, Setting.key == ORDERING_KEY)).first()
    if row is None:
        session.add(Setting(key=ORDERING_KEY, value=json.dumps(ordering)))
    else:
        row.value, row.deleted, row.deleted_reason = json.dumps(ordering), False, None
    session.flush()
    return ordering


def _potential_code(value: object) -> str:
    return talenta.parse_potensial(str(getattr(value, "value", value))).name.lower()


def _kinerja_code(value: object) -> str:
    return Rating[kinerja_rules.parse_rating(str(getattr(value, "value", value))).name].value


def kinerja_from_skp(session: Session, employee_id: str, year: int) -> str | None:
    """The kinerja level the employee's evaluated or final SKP of ``year`` gives."""
    predikat = session.scalar(select(Skp.predikat).where(
        Skp.employee_id == employee_id, Skp.year == year, Skp.deleted.is_(False),
        Skp.status.in_((SkpStatus.EVALUATED.value, SkpStatus.FINAL.value))))
    if not predikat:
        return None
    return Rating[talenta.kinerja_level_from_predikat(predikat.upper()).name].value


def record_talent_assessment(
    session: Session,
    actor: CurrentUser,
    employee_id: str,
    year: int,
    potential: object,
    *,
    kinerja: object = None,
    assessed_on: date | None = None,
    score: float | None = None,
    assessor: str | None = None,
    notes: str | None = None,
) -> TalentRow:
    """Place an employee for a year: potential from the assessment; kinerja given, or taken
    from their evaluated SKP of that year. A second placement for the year replaces it."""
    require(actor, Permission.APPRAISAL_WRITE)
    emp = employee(session, employee_id)
    p = Problems()
    try:
        pot = _potential_code(potential)
    except InvalidValue as exc:
        p.errors.append(exc.to_field_error("potential"))
        pot = ""
    try:
        level = _kinerja_code(kinerja) if kinerja is not None \
            else kinerja_from_skp(session, emp.id, year)
    except InvalidValue as exc:
        p.errors.append(exc.to_field_error("kinerja"))
        level = ""
    if level is None:
        p.add("kinerja", "talent.no_kinerja", year=year, nama=emp.nama)
    if score is not None and not 0 <= score <= 100:
        p.add("score", "talent.score_range", value=score)
    who = text_field(p, "assessor", assessor, max_len=200)
    note = text_field(p, "notes", notes, max_len=4000)
    p.check()
    box = talenta.box_number(level, pot, nine_box_ordering(session, actor))
    record = session.scalars(select(TalentAssessment).where(
        TalentAssessment.employee_id == emp.id, TalentAssessment.year == year,
        TalentAssessment.deleted.is_(False))).first()
    if record is None:
        record = TalentAssessment(employee_id=emp.id, year=year)
        session.add(record)
    record.potential, record.kinerja, record.box = pot, level, box  # type: ignore[assignment]
    record.assessed_on, record.assessor, record.notes = assessed_on, who, note
    record.score = None if score is None else Decimal(str(round(score, 2)))
    session.flush()
    return _row(record)


def remove_talent_assessment(
    session: Session, actor: CurrentUser, assessment_id: str, reason: str
) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    remove_live(session, TalentAssessment, assessment_id, "talent.not_found", reason)


def list_talent_assessments(
    session: Session, actor: CurrentUser, employee_id: str
) -> list[TalentRow]:
    require(actor, Permission.EMPLOYEE_READ)
    rows = employee_records(session, TalentAssessment, employee_id, TalentAssessment.year.desc())
    return [_row(t) for t in rows]


def _scope(
    unit_id: str | None, year: int, include_subunits: bool
) -> tuple[ColumnElement[bool], ...]:
    return (TalentAssessment.deleted.is_(False), TalentAssessment.year == year,
            *employee_scope(unit_id, include_subunits))


def nine_box(
    session: Session, actor: CurrentUser, unit_id: str | None, year: int,
    include_subunits: bool = True, ordering: str | None = None,
) -> NineBoxGrid:
    """How many employees on duty of a unit sit in each of the nine boxes for a year."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    name = ordering or nine_box_ordering(session, actor)
    counts = {(k, p): int(n) for k, p, n in session.execute(
        select(TalentAssessment.kinerja, TalentAssessment.potential, func.count())
        .join(Employee, Employee.id == TalentAssessment.employee_id)
        .where(*_scope(unit_id, year, include_subunits))
        .group_by(TalentAssessment.kinerja, TalentAssessment.potential))}
    cells = []
    for number in range(1, 10):
        info = talenta.box_info(number, name)
        k = Rating[info.kinerja.name].value
        pot = info.potensial.name.lower()
        cells.append(NineBoxCell(number, k, pot, counts.get((k, pot), 0), info.recommendation))
    return NineBoxGrid(name, tuple(cells))


def nine_box_members(
    session: Session, actor: CurrentUser, unit_id: str | None, year: int, box: int,
    include_subunits: bool = True, ordering: str | None = None,
) -> list[TalentMember]:
    """The employees in one box, by name."""
    require(actor, Permission.EMPLOYEE_READ)
    name = ordering or nine_box_ordering(session, actor)
    try:
        info = talenta.box_info(box, name)
    except InvalidValue as exc:
        raise ValidationError([exc.to_field_error("box")]) from None
    k, pot = Rating[info.kinerja.name].value, info.potensial.name.lower()
    rows = session.execute(
        select(Employee.id, Employee.nama, Employee.nip, OrgUnit.name, TalentAssessment.score,
               TalentAssessment.assessed_on)
        .join(TalentAssessment, TalentAssessment.employee_id == Employee.id)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.current_unit_id)
        .where(*_scope(unit_id, year, include_subunits), TalentAssessment.kinerja == k,
               TalentAssessment.potential == pot)
        .order_by(Employee.nama_search))
    return [TalentMember(emp_id, nama, nip, unit_name, k, pot, box,
                         None if score is None else float(score), when)
            for emp_id, nama, nip, unit_name, score, when in rows]


register_messages(
    {
        "talent.not_found": ("Penilaian talenta tidak ditemukan.", "Talent placement not found."),
        "talent.no_kinerja": (
            "Kinerja {nama} tahun {year} belum diketahui (SKP belum dinilai); isi tingkat "
            "kinerja secara langsung.",
            "The {year} performance of {nama} is unknown (no evaluated SKP); give the "
            "performance level directly.",
        ),
        "talent.score_range": (
            "Skor asesmen harus 0–100 (diisi {value}).",
            "The assessment score must be 0–100 (got {value}).",
        ),
    }
)
