"""Capaian kinerja organisasi per unit and year, and the distribution check of employee
predikat against it ("pola distribusi", domain.md §6.2; percentages are domain data).

A unit without its own result takes the nearest result up the tree, then the office's
(``unit_id`` NULL). The check warns only: the penilai keeps the last word.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.appraisal import Predikat, Skp, SkpStatus
from app.db.org import OrgUnit
from app.db.performance import OrgPerformance
from app.db.personnel import Employee
from app.db.tracking import restore, tombstone
from app.domain import kinerja
from app.domain.common import DomainWarning
from app.errors import register_messages
from app.services.roles import CurrentUser, Permission, require
from app.services.support import Problems, choice_field, live, text_field, unit
from app.services.unit_scope import employee_scope

ORG_RESULTS = tuple(c.name.lower() for c in kinerja.CapaianOrganisasi)


def result_label(code: str | None) -> str | None:
    return kinerja.CapaianOrganisasi[code.upper()].value if code else None


@dataclass(frozen=True)
class OrgResultRow:
    id: str
    unit_id: str | None  # the unit the result was set for (None: the whole office)
    unit_name: str | None
    year: int
    result: str
    notes: str | None
    inherited: bool = False  # True when asked for a sub-unit without its own result

    @property
    def result_label(self) -> str:
        return result_label(self.result) or ""


def _row(session: Session, r: OrgPerformance, inherited: bool = False) -> OrgResultRow:
    name = session.scalar(select(OrgUnit.name).where(OrgUnit.id == r.unit_id)) if r.unit_id \
        else None
    return OrgResultRow(r.id, r.unit_id, name, r.year, r.result, r.notes, inherited)


def _find(
    session: Session, unit_id: str | None, year: int, office_code: str
) -> OrgPerformance | None:
    """The row for exactly this unit, or the office's (tombstones included, for reuse)."""
    where = (OrgPerformance.unit_id.is_(None) & (OrgPerformance.office_code == office_code)) \
        if unit_id is None else OrgPerformance.unit_id == unit_id
    return session.scalars(select(OrgPerformance).where(where, OrgPerformance.year == year)
                           .order_by(OrgPerformance.deleted)).first()


def resolve(
    session: Session, unit_id: str | None, year: int, office_code: str
) -> OrgPerformance | None:
    """The result in force for a unit: its own, the nearest ancestor's, else its office's
    (``office_code`` when no unit is given)."""
    seen: set[str] = set()
    current = unit_id
    while current is not None and current not in seen:
        seen.add(current)
        row = _find(session, current, year, office_code)
        if row is not None and not row.deleted:
            return row
        parent, office_code = session.execute(
            select(OrgUnit.parent_id, OrgUnit.office_code).where(OrgUnit.id == current)
        ).one()
        current = parent
    row = _find(session, None, year, office_code)
    return row if row is not None and not row.deleted else None


def set_org_result(
    session: Session, actor: CurrentUser, year: int, result: str, unit_id: str | None = None,
    notes: str | None = None,
) -> OrgResultRow:
    """Record the capaian kinerja organisasi of a unit (or of the office) for a year."""
    require(actor, Permission.APPRAISAL_WRITE)
    if unit_id is not None:
        unit(session, unit_id)
    p = Problems()
    code = choice_field(p, "result", result, ORG_RESULTS)
    text = text_field(p, "notes", notes, max_len=4000)
    if not 2000 <= year <= 2100:
        p.add("year", "appraisal.year_range", year=year)
    p.check()
    row = _find(session, unit_id, year, actor.office_code)
    if row is None:
        row = OrgPerformance(unit_id=unit_id, year=year, result=code, notes=text)
        session.add(row)
    else:
        if row.deleted:
            restore(session, row)
        row.result, row.notes = code, text  # type: ignore[assignment]
    session.flush()
    return _row(session, row)


def org_result(
    session: Session, actor: CurrentUser, year: int, unit_id: str | None = None
) -> OrgResultRow | None:
    """The result in force for a unit (``inherited`` when it comes from above)."""
    require(actor, Permission.EMPLOYEE_READ)
    row = resolve(session, unit_id, year, actor.office_code)
    return _row(session, row, inherited=row.unit_id != unit_id) if row else None


def remove_org_result(session: Session, actor: CurrentUser, result_id: str, reason: str) -> None:
    require(actor, Permission.APPRAISAL_WRITE)
    tombstone(session, live(session, OrgPerformance, result_id, "appraisal.org_result_not_found"),
              reason)
    session.flush()


@dataclass(frozen=True)
class DistributionReport:
    unit_id: str | None
    year: int
    capaian: str | None  # the organisation result used (None: not recorded)
    counts: Mapping[str, int]  # predikat code → employees
    total: int
    warnings: tuple[DomainWarning, ...] = field(default=())

    @property
    def fits(self) -> bool:
        return not self.warnings

    def texts(self, lang: str | None = None) -> list[str]:
        return [w.text(lang) for w in self.warnings]


def predikat_counts(
    session: Session, unit_id: str | None, year: int, include_subunits: bool = True
) -> dict[str, int]:
    """Evaluated and final SKPs of the year per predikat, for the employees now in a unit."""
    rows = session.execute(
        select(Skp.predikat, func.count())
        .join(Employee, Employee.id == Skp.employee_id)
        .where(Skp.deleted.is_(False), Skp.year == year, Skp.predikat.is_not(None),
               Skp.status.in_((SkpStatus.EVALUATED.value, SkpStatus.FINAL.value)),
               *employee_scope(unit_id, include_subunits, statuses=None))
        .group_by(Skp.predikat)
    ).all()
    counts = {p.value: 0 for p in Predikat}
    counts.update({code: int(n) for code, n in rows})
    return counts


def distribution_warnings(
    session: Session, actor: CurrentUser, unit_id: str | None, year: int,
    include_subunits: bool = True,
) -> DistributionReport:
    """Whether the predikat of a unit's employees fit the distribution pattern of the unit's
    organisation result; a warning when no organisation result is recorded."""
    require(actor, Permission.EMPLOYEE_READ)
    if unit_id is not None:
        unit(session, unit_id)
    counts = predikat_counts(session, unit_id, year, include_subunits)
    total = sum(counts.values())
    row = resolve(session, unit_id, year, actor.office_code)
    if row is None:
        warnings: tuple[DomainWarning, ...] = (
            DomainWarning("appraisal.no_org_result", "capaian_organisasi", {"year": year}),)
        return DistributionReport(unit_id, year, None, counts, total, warnings)
    found = kinerja.distribution_fits(
        kinerja.CapaianOrganisasi[row.result.upper()],
        {kinerja.Predikat[code.upper()]: n for code, n in counts.items()},
    )
    return DistributionReport(unit_id, year, row.result, counts, total, tuple(found))


register_messages(
    {
        "appraisal.org_result_not_found": (
            "Capaian kinerja organisasi tidak ditemukan.",
            "Organisation result not found.",
        ),
        "appraisal.year_range": ("Tahun {year} tidak wajar.", "Year {year} is not plausible."),
        "appraisal.no_org_result": (
            "Capaian kinerja organisasi tahun {year} belum diisi; pola distribusi predikat "
            "belum dapat diperiksa.",
            "The organisation result for {year} is not recorded; the predikat distribution "
            "cannot be checked.",
        ),
    }
)
