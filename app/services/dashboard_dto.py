"""What the dashboard charts show (:mod:`app.services.dashboard`) and the filter behind a bar.

A :class:`Chart` has series (one colour each: "L"/"P", "PNS"/"PPPK", the five predikat …)
and bars (a golongan, a unit, an age band …); each bar holds one value per series and, for
each value, the :class:`ChartFilter` and list fields that open exactly the employees counted
there in the Pegawai list. Series and chart titles are codes: the UI translates them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ChartFilter:
    """The parts of a chart's bar the personnel list's own filters cannot say (a field of
    :class:`~app.services.employee_dto.EmployeeQuery`; conditions in
    :mod:`app.services.dashboard_filters`)."""

    jenis_kelamin: str | None = None  # "L" / "P"
    born_between: tuple[date, date] | None = None  # first, last birth date (inclusive)
    golongan_missing: bool = False  # PNS/CPNS whose golongan is not recorded
    unit_missing: bool = False  # placed in no (live) unit of their office
    jp_met_year: int | None = None  # has a yearly JP minimum and reached it that year
    predikat: tuple[int, str] | None = None  # (year, predikat code) of an evaluated SKP


@dataclass(frozen=True)
class BarQuery:
    """The personnel-list filter of one bar segment (becomes an ``EmployeeQuery``)."""

    office_code: str | None = None
    unit_id: str | None = None
    golongan: str | None = None
    jenis_pegawai: str | None = None
    pensiun_between: tuple[date, date] | None = None
    jp_below_year: int | None = None
    chart: ChartFilter | None = None


@dataclass(frozen=True)
class Bar:
    """One category of a chart: its label and a value (and the people behind it) per series."""

    key: str
    label: str
    values: tuple[int, ...]
    queries: tuple[BarQuery | None, ...]  # None: nobody to open (e.g. a zero)

    @property
    def total(self) -> int:
        return sum(self.values)


@dataclass(frozen=True)
class Chart:
    key: str  # "golongan", "unit", "age", "pensiun", "jp", "predikat"
    series: tuple[str, ...]  # series codes, translated by the UI
    bars: tuple[Bar, ...]
    year: int | None = None  # the year a JP or predikat chart is about
    note_count: int = 0  # employees left out (no birth date, no gender …)

    @property
    def total(self) -> int:
        return sum(b.total for b in self.bars)


@dataclass(frozen=True)
class OfficeChoice:
    code: str
    name: str


@dataclass(frozen=True)
class Dashboard:
    """Every chart for one scope: an office, or (the province) all offices together."""

    office_code: str | None  # None: every office (province only)
    office_name: str
    as_of: date
    active: int  # employees on duty in the scope
    charts: tuple[Chart, ...]
    offices: tuple[OfficeChoice, ...] = ()  # the province may switch between these

    def chart(self, key: str) -> Chart:
        """The chart ``key`` (``unit`` also finds ``unit_office``: one bar per office)."""
        return next(c for c in self.charts if c.key in (key, f"{key}_office"))
