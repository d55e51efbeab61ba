"""Predikat kinerja per unit: how the SKPs of a year were rated (PermenPANRB 6/2022, domain.md
§6), as a recap (:class:`~app.services.report_data_recap.RecapData`) printed by
:func:`app.reports.recap.recap_document`.

Rows are the OPDs (or the sub-units of the chosen unit); columns the five predikat and
"belum dinilai" — employees on duty with no evaluated or final SKP for the year. One query.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from app.db.appraisal import Predikat, Skp
from app.db.personnel import ACTIVE_STATUSES, Employee
from app.errors import FieldError, ValidationError, register_messages
from app.services.dashboard_filters import EVALUATED
from app.services.report_data import load_units, office_header, subtree, unit_ref
from app.services.report_data_recap import (
    UNKNOWN,
    RecapData,
    RecapDimension,
    recap_from_counts,
    recap_rows_for,
)
from app.services.roles import CurrentUser, Permission, require

NOT_RATED = "belum"
PREDIKAT_LABELS = {
    Predikat.SANGAT_BAIK.value: "Sangat Baik",
    Predikat.BAIK.value: "Baik",
    Predikat.BUTUH_PERBAIKAN.value: "Butuh Perbaikan",
    Predikat.KURANG.value: "Kurang/ Misconduct",
    Predikat.SANGAT_KURANG.value: "Sangat Kurang",
}
PREDIKAT = RecapDimension("predikat", "Predikat Kinerja", (
    *PREDIKAT_LABELS.items(), (NOT_RATED, "Belum dinilai")))


def predikat_recap(session: Session, actor: CurrentUser, *, year: int,
                   unit_id: str | None = None, office_code: str | None = None,
                   as_of: date | None = None) -> RecapData:
    """Employees on duty per OPD (or sub-unit of ``unit_id``) by the predikat of their
    evaluated SKP of ``year``."""
    require(actor, Permission.REPORT_PRINT)
    if not 2000 <= year <= 2100:
        raise ValidationError([FieldError("year", "report.predikat_year", {"year": year})])
    office = office_header(session, actor, office_code)
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    where = [Employee.office_code == office.code, Employee.deleted.is_(False),
             Employee.status.in_(sorted(ACTIVE_STATUSES))]
    if unit is not None:
        where.append(Employee.current_unit_id.in_(sorted(subtree(units, unit.id))))
    rows = session.execute(
        select(Employee.current_unit_id, Skp.predikat)
        .outerjoin(Skp, and_(Skp.employee_id == Employee.id, Skp.year == year,
                             Skp.deleted.is_(False), Skp.status.in_(EVALUATED)))
        .where(*where))
    keys, row_of = recap_rows_for(units, unit.id if unit else None)
    items = [(row_of(u) or UNKNOWN, {"predikat": p if p in PREDIKAT_LABELS else NOT_RATED}, 1.0)
             for u, p in rows]
    dims, recap_rows, totals = recap_from_counts(keys, (PREDIKAT,), items)
    recap_rows = tuple(r for r in recap_rows if r.key != UNKNOWN or r.total)
    return RecapData(office, unit, as_of or date.today(), "Unit Kerja", dims, recap_rows, totals)


register_messages({
    "report.predikat_year": ("Tahun penilaian {year} tidak masuk akal.",
                             "Appraisal year {year} is not plausible."),
})
