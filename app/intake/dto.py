"""What a preview and an apply hand back (frozen dataclasses, safe to pass between threads)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping as MappingABC
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.errors import message
from app.intake.mapping import Mapping


class RowStatus(StrEnum):
    NEW = "new"  # an employee not yet in the database
    CHANGED = "changed"  # an existing employee with new values or history rows
    UNCHANGED = "unchanged"  # nothing new (also a repeated identical row)
    BAD = "bad"  # refused: see the row's errors; nothing of it is applied


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """A problem of one row (``row`` 0: of the file), in one column when ``column`` is set."""

    row: int
    column: str  # the header as written in the file ("" when no single column is at fault)
    field: str  # the intake field key ("" when none)
    code: str
    params: MappingABC[str, object] = field(default_factory=dict)
    severity: Severity = Severity.ERROR
    origin: str = "cell"  # cell | stored (the database's value) | nip (read from the NIP)

    def text(self, lang: str | None = None) -> str:
        return message(self.code, lang, **self.params)


@dataclass(frozen=True)
class FieldChange:
    """One value an existing employee would get: ``old`` → ``new`` as displayed."""

    field: str  # intake field key, or a history kind ("pangkat", "jabatan", "pendidikan")
    old: str
    new: str


@dataclass(frozen=True)
class PlannedHistory:
    """A history row to add; ``data`` is its service input. Its unit and catalogue entry are
    references: an existing id, or the key of a unit/jabatan the intake creates first."""

    kind: str  # pangkat | jabatan | pendidikan
    data: Any  # PangkatInput | JabatanInput | PendidikanInput
    summary: str
    unit_ref: str | None = None
    jabatan_ref: str | None = None


@dataclass(frozen=True)
class RowPlan:
    row: int
    status: RowStatus
    nip: str | None
    nama: str | None
    employee_id: str | None = None
    values: MappingABC[str, Any] = field(default_factory=dict)  # create: all; update: changed
    unit_ref: str | None = None  # placement (current_unit_id) to set
    changes: tuple[FieldChange, ...] = ()
    histories: tuple[PlannedHistory, ...] = ()
    issues: tuple[Issue, ...] = ()
    version: str | None = None  # the employee's change stamps when previewed
    unit_name: str | None = None  # the unit the row places the employee in (for display)

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)


@dataclass(frozen=True)
class NewUnit:
    key: str
    name: str
    kind: str
    parent_ref: str | None  # an existing unit id or another new unit's key
    parent_name: str | None
    siasn_unor_id: str | None
    employees: int  # rows placed in it


@dataclass(frozen=True)
class NewJabatan:
    key: str
    name: str
    kind: str
    jenjang: str | None
    eselon: str | None
    code: str | None  # the SIASN jabatan id when the file gives one
    guessed: bool  # the kind was read from the name alone
    employees: int


@dataclass(frozen=True)
class NewGolongan:
    """Pangkat records the intake adds, per golongan."""

    code: str
    employees: int


@dataclass(frozen=True)
class IntakeOptions:
    create_units: bool = True
    create_jabatan: bool = True


@dataclass(frozen=True)
class IntakePreview:
    source: str
    signature: str
    office_code: str
    mapping: Mapping
    headers: tuple[str, ...]
    rows: tuple[RowPlan, ...]
    new_units: tuple[NewUnit, ...] = ()
    new_jabatan: tuple[NewJabatan, ...] = ()
    new_golongan: tuple[NewGolongan, ...] = ()
    file_issues: tuple[Issue, ...] = ()
    raw_cells: MappingABC[int, tuple[object, ...]] = field(default_factory=dict)  # bad rows
    options: IntakeOptions = IntakeOptions()

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(r.status.value for r in self.rows)
        return {s.value: found.get(s.value, 0) for s in RowStatus}

    @property
    def bad_rows(self) -> tuple[RowPlan, ...]:
        return tuple(r for r in self.rows if r.status is RowStatus.BAD)

    @property
    def to_apply(self) -> tuple[RowPlan, ...]:
        return tuple(r for r in self.rows if r.status in (RowStatus.NEW, RowStatus.CHANGED))

    @property
    def blocked(self) -> bool:
        """A problem of the whole file (the mapping) stops the intake."""
        return any(i.severity is Severity.ERROR for i in self.file_issues)

    @property
    def can_apply(self) -> bool:
        return not self.blocked and bool(self.to_apply)

    def issues(self, severity: Severity | str | None = None) -> list[Issue]:
        """Every issue, the file's first, then the rows' in file order (or one severity)."""
        out = [*self.file_issues, *(i for r in self.rows for i in r.issues)]
        return [i for i in out if severity is None or i.severity == severity]


@dataclass(frozen=True)
class IntakeResult:
    source: str
    created: int
    updated: int
    unchanged: int
    bad: int
    histories_added: int
    units_created: int
    jabatan_created: int
    employee_ids: tuple[str, ...] = ()
    backup_path: str | None = None
    mapping_saved: str | None = None  # the layout signature remembered
