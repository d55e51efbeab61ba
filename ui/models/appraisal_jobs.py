"""Background reads and prints of the Kinerja screen. Each takes the ServiceContext and plain
data (ids, a year), never a widget, and reads in one unit of work so what it returns is one
consistent picture (a unit's list, its progress and its distribution check together).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.jobs import Progress
from app.reports.appraisal_catalog import AppraisalPrintRequest, PdfResult, appraisal_pdf
from app.services.appraisal import (
    DistributionReport,
    NineBoxGrid,
    OrgResultRow,
    PeriodRow,
    PublicFeedbackRow,
    RhkOption,
    SkpDetail,
    SkpRow,
    TalentRow,
    UnitProgress,
    distribution_warnings,
    employee_skps,
    get_skp,
    leader_rhk_options,
    list_legacy_appraisals,
    list_periods,
    list_public_feedback,
    list_skps,
    list_talent_assessments,
    nine_box,
    org_result,
    unit_progress,
)
from app.services.appraisal import LegacyRow as LegacyRecord
from app.services.employee_query import (
    EmployeeQuery,
    EmployeeRow,
    employee_row,
    list_employees,
)
from app.services.org import list_org_tree

if TYPE_CHECKING:
    from app.services.context import ServiceContext


@dataclass(frozen=True)
class UnitChoice:
    id: str
    name: str
    depth: int


def unit_choices(ctx: ServiceContext) -> list[UnitChoice]:
    """The office's active units in tree order."""
    nodes = ctx.read(list_org_tree, include_inactive=False)
    return [UnitChoice(n.id, n.name, n.depth) for n in nodes]


@dataclass(frozen=True)
class UnitOverview:
    year: int
    unit_id: str | None
    rows: tuple[SkpRow, ...]
    progress: UnitProgress
    distribution: DistributionReport
    org: OrgResultRow | None


def _overview(session: Any, actor: Any, year: int, unit_id: str | None) -> UnitOverview:
    return UnitOverview(
        year,
        unit_id,
        tuple(list_skps(session, actor, year, unit_id)),
        unit_progress(session, actor, unit_id, year),
        distribution_warnings(session, actor, unit_id, year),
        org_result(session, actor, year, unit_id),
    )


def unit_overview(
    ctx: ServiceContext, year: int, unit_id: str | None, progress: Progress
) -> UnitOverview:
    """The SKPs of a unit for a year, how far they are, and the distribution check."""
    progress.step(0, 1, "")
    result = ctx.read(_overview, year, unit_id)
    progress.step(1, 1, "")
    return result


@dataclass(frozen=True)
class SkpView:
    detail: SkpDetail
    leader_options: tuple[RhkOption, ...]
    periods: tuple[PeriodRow, ...]
    public: tuple[PublicFeedbackRow, ...]
    org: OrgResultRow | None  # in force for the employee's unit now
    distribution: DistributionReport | None  # of the unit that result belongs to


def _skp_view(session: Any, actor: Any, skp_id: str) -> SkpView:
    detail = get_skp(session, actor, skp_id)
    public: list[PublicFeedbackRow] = []
    org = distribution = None
    if detail.employee_id:
        public = list_public_feedback(session, actor, employee_id=detail.employee_id)
        unit_id = employee_row(session, actor, detail.employee_id).unit_id
        org = org_result(session, actor, detail.year, unit_id)
        scope = org.unit_id if org is not None else unit_id
        distribution = distribution_warnings(session, actor, scope, detail.year)
    return SkpView(
        detail,
        tuple(leader_rhk_options(session, actor, skp_id)),
        tuple(list_periods(session, actor, detail.year)),
        tuple(public),
        org,
        distribution,
    )


def skp_view(ctx: ServiceContext, skp_id: str) -> SkpView:
    """Everything the SKP editor shows, in one read."""
    return ctx.read(_skp_view, skp_id)


def search_employees(
    ctx: ServiceContext, text: str, unit_id: str | None = None, limit: int = 60
) -> list[EmployeeRow]:
    """Employees on duty matching ``text`` (name words or NIP digits), by name."""
    query = EmployeeQuery(text=text.strip(), unit_id=unit_id, limit=limit, count_limit=None)
    return list(ctx.read(list_employees, query).rows)


@dataclass(frozen=True)
class PersonRecords:
    """An employee's appraisal history: SKPs, legacy scores, talent placements."""

    skps: tuple[SkpRow, ...]
    legacy: tuple[LegacyRecord, ...]
    talent: tuple[TalentRow, ...]
    public: tuple[PublicFeedbackRow, ...]


def _person(session: Any, actor: Any, employee_id: str) -> PersonRecords:
    return PersonRecords(
        tuple(employee_skps(session, actor, employee_id)),
        tuple(list_legacy_appraisals(session, actor, employee_id)),
        tuple(list_talent_assessments(session, actor, employee_id)),
        tuple(list_public_feedback(session, actor, employee_id=employee_id)),
    )


def person_records(ctx: ServiceContext, employee_id: str) -> PersonRecords:
    return ctx.read(_person, employee_id)


def talent_grid(ctx: ServiceContext, unit_id: str | None, year: int) -> NineBoxGrid:
    return ctx.read(nine_box, unit_id, year)


def print_job(ctx: ServiceContext, request: AppraisalPrintRequest, progress: Progress) -> PdfResult:
    """Gather and draw the forms (progress per SKP read and drawn; Batal stops it)."""
    return appraisal_pdf(ctx, request, progress)
