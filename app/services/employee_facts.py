"""Computed facts about an employee: BUP, TMT pensiun, age, masa kerja — in Python and in SQL.

The BUP of an employee is that of the current jabatan (domain.md §3.1): the jabatan catalogue's
own ``bup`` when it has one (guru, dosen…), else the rule of the jabatan kind and jenjang
(:func:`app.domain.jabatan.bup_for`, PP 11/2017 Pasal 239). An employee with no jabatan kind
recorded gets the BUP of a pelaksana (58), the earliest, so a retirement is never missed.

:data:`BUP_TABLE` enumerates the rule once; :func:`employee_bup` (Python) and :func:`bup_sql`
(a SQL ``CASE`` for filters and sorting) both read it, so the list, the detail and the attention
queries always agree.
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date
from typing import Any

from sqlalchemy import Integer, case, cast, extract, func
from sqlalchemy.sql.elements import ColumnElement

from app.domain import masa_kerja
from app.domain.dates import add_years, age_on
from app.domain.golongan import parse_golongan
from app.domain.jabatan import InvalidJabatan, JenisJabatan, Jenjang, bup_for
from app.domain.masa_kerja import MasaKerja
from app.domain.pensiun import tmt_pensiun

DEFAULT_BUP = bup_for(JenisJabatan.PELAKSANA)


def _bup_table() -> dict[tuple[str, str | None], int]:
    table: dict[tuple[str, str | None], int] = {}
    for jenis in JenisJabatan:
        # a fungsional kind with no BUP of its own: only its jenjang rows count
        with suppress(InvalidJabatan):
            table[(jenis.value, None)] = bup_for(jenis)
        for jenjang in Jenjang:
            if jenjang.jenis is jenis:
                table[(jenis.value, jenjang.value)] = bup_for(jenis, jenjang)
    return table


BUP_TABLE = _bup_table()
"""``(jabatan kind, jenjang or None) -> BUP`` as stored in ``employee.current_jabatan_*``."""


def employee_bup(kind: str | None, jenjang: str | None, override: int | None = None) -> int:
    """BUP for the stored jabatan kind/jenjang, the catalogue override winning."""
    if override:
        return int(override)
    if kind is None:
        return DEFAULT_BUP
    found = BUP_TABLE.get((kind, jenjang)) if jenjang else None
    if found is None:
        found = BUP_TABLE.get((kind, None))
    return DEFAULT_BUP if found is None else found


def bup_sql(kind: Any, jenjang: Any, override: Any) -> ColumnElement[int]:
    """:func:`employee_bup` as a SQL expression over the given columns."""
    whens: list[tuple[Any, int]] = [
        ((kind == k) & (jenjang == j), b) for (k, j), b in BUP_TABLE.items() if j is not None
    ]
    whens += [(kind == k, b) for (k, j), b in BUP_TABLE.items() if j is None]
    return func.coalesce(override, case(*whens, else_=DEFAULT_BUP))


def bup_values(overrides: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """Every BUP :func:`employee_bup` can give, with the catalogue's overrides."""
    return {*BUP_TABLE.values(), DEFAULT_BUP, *overrides}


def pensiun_order_sql(birth: Any, bup: Any) -> ColumnElement[int]:
    """A sort key growing with TMT pensiun: the month BUP is reached, as ``year * 12 + month``."""
    year = cast(extract("year", birth), Integer)
    month = cast(extract("month", birth), Integer)
    return (year + bup) * 12 + month


def birth_window(bup: int, start: date, end: date) -> tuple[date, date] | None:
    """Birth dates whose TMT pensiun (with ``bup``) falls in ``start`` … ``end``; ``None`` when
    none does. TMT pensiun never decreases with the birth date, so this is one range."""
    low, high = add_years(start, -bup - 1), add_years(end, -bup + 1)
    first = _first_birth(bup, low, high, lambda t: t >= start)
    if first is None:
        return None
    after = _first_birth(bup, first, high, lambda t: t > end)
    last = date.fromordinal((after or add_years(high, 1)).toordinal() - 1)
    return (first, last) if first <= last else None


def _first_birth(bup: int, low: date, high: date, test: Any) -> date | None:
    """The earliest birth date in ``low`` … ``high`` whose TMT pensiun passes ``test``."""
    lo, hi = low.toordinal(), high.toordinal()
    if not test(tmt_pensiun(date.fromordinal(hi), bup)):
        return None
    while lo < hi:
        mid = (lo + hi) // 2
        if test(tmt_pensiun(date.fromordinal(mid), bup)):
            hi = mid
        else:
            lo = mid + 1
    return date.fromordinal(lo)


def pensiun_date(birth: date | None, bup: int) -> date | None:
    return tmt_pensiun(birth, bup) if birth else None


def age(birth: date | None, today: date) -> int | None:
    return age_on(birth, today) if birth else None


def mks_on(tmt_cpns: date | None, today: date, pmk: MasaKerja) -> MasaKerja | None:
    """Masa kerja seluruhnya from TMT CPNS plus recognised prior service (PMK)."""
    if tmt_cpns is None:
        return None
    return masa_kerja.mks(tmt_cpns, today, pmk=pmk)


def mkg_on(
    tmt_golongan: date | None, mkg_tahun: int | None, mkg_bulan: int | None,
    golongan_code: str | None, today: date,
) -> MasaKerja | None:
    """MKG on ``today`` from the current pangkat SK (zero-date method, domain.md §4.4)."""
    if tmt_golongan is None or mkg_tahun is None or golongan_code is None:
        return None
    try:
        golongan = parse_golongan(golongan_code)
    except ValueError:
        return None
    sk_mkg = MasaKerja(mkg_tahun, mkg_bulan or 0)
    return masa_kerja.mkg_on(today, sk_tmt=tmt_golongan, sk_mkg=sk_mkg, sk_golongan=golongan)
