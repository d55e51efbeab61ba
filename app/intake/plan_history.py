"""The history part of a row: a pangkat, a jabatan and a pendidikan record, when new.

A record the employee already has (same golongan and TMT; same jabatan and TMT; same level of
education) is not added again — that is what makes a second run of the same file change
nothing. The same golongan or jabatan already recorded with a *different* TMT is left alone
with a warning (a correction of a TMT is the clerk's call, not the spreadsheet's). A golongan
or jabatan without its TMT cannot be recorded: a warning says so and the rest of the row goes
in. Each record is checked by its history kind's own rules (TMT on the 1st, not before the
18th birthday or TMT CPNS, jenjang of a JF…), on the employee as the row will leave it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from app.intake.dto import PlannedHistory
from app.intake.positions import position_kind
from app.intake.records import ParsedRow
from app.intake.refs import Resolver, is_new_ref
from app.intake.snapshot import KnownEmployee, fold
from app.intake.values import CellProblem
from app.services.history_career import JabatanInput, PangkatInput, PendidikanInput
from app.services.history_engine import HistoryCheck, kind_of
from app.services.support import clean_values

_FIELDS = {
    "pangkat": {"golongan_code": "golongan", "tmt": "tmt_golongan", "mkg_tahun": "mkg_tahun",
                "mkg_bulan": "mkg_bulan"},
    "jabatan": {"jabatan_name": "jabatan", "jabatan_id": "jabatan", "jabatan_kind":
                "jenis_jabatan", "jenjang": "jabatan", "eselon": "eselon",
                "tmt": "tmt_jabatan", "unit_id": "unit", "unit_name": "unit"},
    "pendidikan": {"level_code": "pendidikan", "tahun_lulus": "tahun_lulus",
                   "tanggal_lulus": "tahun_lulus", "school": "sekolah", "jurusan": "jurusan"},
}


@dataclass(frozen=True)
class Person:
    """The employee as the row leaves it (what the history rules look at)."""

    id: str | None
    office_code: str
    jenis_pegawai: str | None
    tanggal_lahir: date | None
    tmt_cpns: date | None


def _check(session: Session, person: Person, kind: str, data: Any, parsed: ParsedRow,
           today: date | None) -> bool:
    spec = kind_of(data)
    check = HistoryCheck(clean_values(data), session, person, today)  # type: ignore[arg-type]
    spec.validate(check)
    check.model_limits(spec.model)
    for e in check.errors:
        parsed.error(_FIELDS[kind].get(e.field, ""), e.code, **e.params)
    return not check.errors


def plan_pangkat(session: Session, parsed: ParsedRow, person: Person,
                 known: KnownEmployee | None, golongan_codes: frozenset[str],
                 today: date | None) -> PlannedHistory | None:
    v = parsed.values
    code = v.get("golongan")
    if code is None:
        return None
    if code not in golongan_codes:
        parsed.error("golongan", "intake.golongan_not_listed", value=code)
        return None
    tmt = v.get("tmt_golongan")
    if tmt is None:
        parsed.warn("tmt_golongan", "intake.no_tmt_golongan", golongan=code)
        return None
    held = known.pangkat if known else frozenset()
    if (code, tmt) in held:
        return None
    other = sorted(t for c, t in held if c == code)
    if other:
        parsed.warn("tmt_golongan", "intake.golongan_other_tmt", golongan=code,
                    tmt=other[0].strftime("%d-%m-%Y"))
        return None
    data = PangkatInput(golongan_code=code, tmt=tmt, mkg_tahun=v.get("mkg_tahun"),
                        mkg_bulan=v.get("mkg_bulan"))
    if not _check(session, person, "pangkat", data, parsed, today):
        return None
    return PlannedHistory("pangkat", data, f"{code}, TMT {tmt:%d-%m-%Y}")


def plan_jabatan(session: Session, parsed: ParsedRow, person: Person,
                 known: KnownEmployee | None, resolver: Resolver, unit_ref: str | None,
                 today: date | None) -> PlannedHistory | None:
    v = parsed.values
    name = v.get("jabatan")
    if name is None:
        return None
    try:
        kind = position_kind(name, v.get("jenis_jabatan"), v.get("eselon"))
    except CellProblem as problem:
        field = "eselon" if problem.code.startswith("jabatan.eselon") else "jenis_jabatan"
        parsed.error(field if parsed.header(field) else "jabatan", problem.code,
                     **problem.params)
        return None
    tmt = v.get("tmt_jabatan")
    if tmt is None:
        parsed.warn("tmt_jabatan", "intake.no_tmt_jabatan", jabatan=name)
        return None
    held = known.jabatan if known else frozenset()
    if (fold(name), tmt) in held:
        return None
    other = sorted(t for n, t in held if n == fold(name))
    if other:
        parsed.warn("tmt_jabatan", "intake.jabatan_other_tmt", jabatan=name,
                    tmt=other[0].strftime("%d-%m-%Y"))
        return None
    try:
        ref = resolver.jabatan(name, kind, v.get("jabatan_siasn_id"))
    except CellProblem as problem:
        parsed.error("jabatan", problem.code, **problem.params)
        return None
    unit_name = resolver.unit_name(unit_ref) or None
    data = JabatanInput(
        jabatan_id=None if is_new_ref(ref) else ref, jabatan_name=name, jabatan_kind=kind.kind,
        jenjang=kind.jenjang, eselon=kind.eselon,
        unit_id=None if is_new_ref(unit_ref) else unit_ref, unit_name=unit_name, tmt=tmt)
    if not _check(session, person, "jabatan", data, parsed, today):
        return None
    return PlannedHistory("jabatan", data, f"{name}, TMT {tmt:%d-%m-%Y}", unit_ref=unit_ref,
                          jabatan_ref=ref)


def plan_pendidikan(session: Session, parsed: ParsedRow, person: Person,
                    known: KnownEmployee | None, today: date | None) -> PlannedHistory | None:
    v = parsed.values
    level = v.get("pendidikan")
    if level is None:
        return None
    if known is not None and level in known.pendidikan:
        return None
    data = PendidikanInput(level_code=level, jurusan=v.get("jurusan"), school=v.get("sekolah"),
                           tahun_lulus=v.get("tahun_lulus"))
    if not _check(session, person, "pendidikan", data, parsed, today):
        return None
    year = f" ({data.tahun_lulus})" if data.tahun_lulus else ""
    return PlannedHistory("pendidikan", data, f"{level}{year}")

