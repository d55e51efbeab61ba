"""Daftar nominatif data: employees of a unit, a golongan or a jabatan kind (domain §8.3).

Filters are validated here (a golongan "III/b" or a whole group "III"; a jabatan kind or one of
the families "struktural", "fungsional"), so the CLI and the UI get the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from app.db.personnel import JenisPegawai
from app.db.reference import JabatanKind
from app.domain.common import InvalidValue
from app.domain.golongan import PNS, ROMAN, parse_golongan
from app.errors import FieldError, ValidationError, register_messages
from app.services.report_data import (
    OfficeHeader,
    UnitRef,
    default_as_of,
    load_units,
    office_header,
    subtree,
    unit_ref,
)
from app.services.report_data_personnel import (
    PersonnelRow,
    Scope,
    by_unit_then_rank,
    load_personnel,
)
from app.services.roles import CurrentUser, Permission, require

JABATAN_FAMILIES: dict[str, tuple[str, ...]] = {
    "struktural": ("jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas"),
    "jpt": ("jpt_utama", "jpt_madya", "jpt_pratama"),
    "fungsional": ("fungsional_keahlian", "fungsional_keterampilan"),
}


@dataclass(frozen=True)
class NominatifReport:
    office: OfficeHeader
    unit: UnitRef | None
    as_of: date
    rows: tuple[PersonnelRow, ...]
    golongan: str | None = None  # the filter as asked ("III" or "III/b")
    jabatan_kind: str | None = None
    jenis: str | None = None


def golongan_codes(text: str) -> tuple[str, ...]:
    """``"III/b"`` → that code; ``"III"`` (or ``"3"``) → III/a…III/d; ``"IX"`` → PPPK IX."""
    key = text.strip().upper()
    groups = {"1": "I", "2": "II", "3": "III", "4": "IV"}
    group = groups.get(key, key)
    if group in ROMAN[:4]:
        return tuple(g.code for g in PNS if g.code.split("/")[0] == group)
    try:
        return (parse_golongan(text).code,)
    except InvalidValue as exc:
        raise ValidationError([FieldError("golongan", "report.bad_golongan",
                                          {"value": text})]) from exc


def jabatan_kinds(text: str) -> tuple[str, ...]:
    key = text.strip().lower().replace("-", "_").replace(" ", "_")
    if key in JABATAN_FAMILIES:
        return JABATAN_FAMILIES[key]
    if key in {k.value for k in JabatanKind}:
        return (key,)
    allowed = ", ".join([*JABATAN_FAMILIES, *(k.value for k in JabatanKind)])
    raise ValidationError([FieldError("jabatan", "report.bad_jabatan_kind",
                                      {"value": text, "allowed": allowed})])


def jenis_filter(text: str | None) -> tuple[str, ...] | None:
    if not text:
        return None
    key = text.strip().upper()
    if key not in {j.value for j in JenisPegawai}:
        raise ValidationError([FieldError("jenis", "report.bad_jenis", {"value": text})])
    return (key,)


def nominatif_list(session: Session, actor: CurrentUser, *, unit_id: str | None = None,
                   golongan: str | None = None, jabatan_kind: str | None = None,
                   jenis: str | None = None, as_of: date | None = None,
                   office_code: str | None = None) -> NominatifReport:
    """Employees (active statuses) of the office or unit, optionally of one golongan (or
    group), jabatan kind (or family) and jenis pegawai; in unit order, then by rank."""
    require(actor, Permission.REPORT_PRINT)
    codes = golongan_codes(golongan) if golongan else None
    kinds = jabatan_kinds(jabatan_kind) if jabatan_kind else None
    jenis_values = jenis_filter(jenis)
    office = office_header(session, actor, office_code)
    when = as_of or default_as_of()
    units = load_units(session, office.code)
    unit = unit_ref(units, unit_id)
    scope = Scope(office.code, frozenset(subtree(units, unit.id)) if unit else None,
                  jenis=jenis_values, golongan_codes=codes, jabatan_kinds=kinds)
    rows = by_unit_then_rank(load_personnel(session, scope, when, units))
    return NominatifReport(office, unit, when, tuple(rows), golongan, jabatan_kind, jenis)


register_messages({
    "report.bad_golongan": (
        "Golongan '{value}' tidak dikenal (contoh: III/b, atau III untuk seluruh golongan III, "
        "atau IX untuk PPPK).",
        "Unknown golongan '{value}' (e.g. III/b, or III for all of group III, or IX for PPPK).",
    ),
    "report.bad_jabatan_kind": (
        "Jenis jabatan '{value}' tidak dikenal; pilih salah satu: {allowed}.",
        "Unknown jabatan kind '{value}'; choose one of: {allowed}.",
    ),
    "report.bad_jenis": (
        "Jenis pegawai '{value}' tidak dikenal (PNS, CPNS atau PPPK).",
        "Unknown employee kind '{value}' (PNS, CPNS or PPPK).",
    ),
})

__all__ = ["NominatifReport", "golongan_codes", "jabatan_kinds", "nominatif_list"]
