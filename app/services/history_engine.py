"""One engine for every history of an employee (riwayat pangkat, jabatan, pendidikan, …).

A :class:`HistoryKind` says, for one kind: the model, the input dataclass (its attribute names
are the model's column names), the validator, the fields two rows may not share, and which
``current_*`` columns of the employee follow it. :mod:`app.services.history_career` and
:mod:`app.services.history_personal` declare the kinds; :mod:`app.services.histories` runs
add/update/delete/list for all of them with this one code path.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.personnel import Employee, EmployeeRecord
from app.errors import register_messages
from app.services.support import Checks


@dataclass(frozen=True, kw_only=True)
class RecordInput:
    """Fields every history input has."""

    notes: str | None = None


InputT = TypeVar("InputT", bound=RecordInput)


@dataclass(frozen=True)
class HistoryRow(Generic[InputT]):
    """One stored history row: ``values`` is its input dataclass (ready to edit and save)."""

    kind: str
    id: str
    employee_id: str
    values: InputT
    source: str
    siasn_id: str | None
    updated_at: datetime


class HistoryCheck(Checks):
    """:class:`Checks` with the employee the row belongs to and the database to consult."""

    def __init__(self, values: dict[str, Any], session: Session, employee: Employee,
                 today: date | None = None) -> None:
        super().__init__(values, today)
        self.session = session
        self.employee = employee


@dataclass(frozen=True)
class HistoryKind:
    """How one kind of history is stored, checked and what it updates.

    ``validate`` normalises ``check.values`` in place and records errors; ``unique`` names
    fields two live rows of one employee may not both have (a duplicate SK entry);
    ``recompute`` names the groups of ``current_*`` columns to refresh after a change
    (``grade``, ``position``, ``education``); ``order_by`` sorts the rows oldest first;
    ``after_save`` runs after a row is written (e.g. only one "pendidikan terakhir").
    """

    key: str
    model: type[EmployeeRecord]
    input_type: type[RecordInput]
    validate: Callable[[HistoryCheck], None]
    order_by: tuple[str, ...]
    label: tuple[str, str]
    unique: tuple[str, ...] = ()
    recompute: frozenset[str] = frozenset()
    after_save: Callable[[Session, EmployeeRecord], None] | None = None

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(self.input_type))

    def to_row(self, record: Any) -> HistoryRow[Any]:
        values = self.input_type(**{name: getattr(record, name) for name in self.fields})
        return HistoryRow(self.key, record.id, record.employee_id, values, record.source,
                          record.siasn_id, record.updated_at)

    def ordered(self, stmt: Any) -> Any:
        columns = [getattr(self.model, name) for name in self.order_by]
        return stmt.order_by(*[c.asc().nulls_first() for c in columns], self.model.id)

    def live_rows(self, session: Session, employee_ids: list[str]) -> list[Any]:
        stmt = select(self.model).where(self.model.employee_id.in_(employee_ids),
                                        self.model.deleted.is_(False))
        return list(session.scalars(self.ordered(stmt)))


KINDS: dict[str, HistoryKind] = {}
_BY_INPUT: dict[type, HistoryKind] = {}


def register(kind: HistoryKind) -> HistoryKind:
    KINDS[kind.key] = kind
    _BY_INPUT[kind.input_type] = kind
    register_messages({f"history.kind.{kind.key}": kind.label})
    return kind


def kind_of(data: RecordInput | str) -> HistoryKind:
    """The kind for an input dataclass instance or a kind key."""
    found = KINDS.get(data) if isinstance(data, str) else _BY_INPUT.get(type(data))
    if found is None:
        raise KeyError(f"unknown history kind: {data!r}")
    return found


def adult_from(employee: Employee) -> date | None:
    """The 18th birthday: no appointment, rank or post can be dated before it."""
    from app.domain.dates import add_years
    from app.domain.nip import default_rules

    if employee.tanggal_lahir is None:
        return None
    return add_years(employee.tanggal_lahir, default_rules().min_age_at_tmt)


register_messages(
    {
        "history.duplicate": (
            "Riwayat yang sama sudah ada ({fields}); ubah data itu, jangan dicatat dua kali.",
            "The same record already exists ({fields}); edit it instead of recording it twice.",
        ),
        "history.before_adult": (
            "Tanggal {date} lebih awal dari ulang tahun ke-18 pegawai ({limit}).",
            "The date {date} is before the employee's 18th birthday ({limit}).",
        ),
        "history.before_tmt_cpns": (
            "Tanggal {date} lebih awal dari TMT CPNS pegawai ({limit}).",
            "The date {date} is before the employee's TMT CPNS ({limit}).",
        ),
        "history.before_birth": (
            "Tanggal {date} lebih awal dari tanggal lahir ({limit}).",
            "The date {date} is before the date of birth ({limit}).",
        ),
    }
)
