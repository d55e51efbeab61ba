"""Data the printed reports need: the office letterhead, org units, scopes (shared part).

The report data functions are split by report: :mod:`report_data_personnel` (the set-based
loader every list uses), :mod:`report_data_duk`, :mod:`report_data_drh`,
:mod:`report_data_due` (KGB, KP, pensiun), :mod:`report_data_recap`,
:mod:`report_data_nominatif`. Each public function is ``fn(session, actor, ...) -> DTO``,
checks :data:`Permission.REPORT_PRINT` and reads only (it never writes or commits).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import Office, OrgUnit
from app.errors import FieldError, ValidationError, register_messages
from app.services.roles import CurrentUser, Permission, require


@dataclass(frozen=True)
class OfficeHeader:
    """What the letterhead and the signature block print about the office."""

    code: str
    name: str  # "BKPSDM Kabupaten Merangin"
    region_name: str  # "Kabupaten Merangin"
    instansi: str  # "Pemerintah Kabupaten Merangin"
    agency: str  # "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia" (region dropped)
    agency_full: str  # with the region, for the signer's jabatan
    address_lines: tuple[str, ...]
    city: str  # place of signing: "Bangko"
    head_name: str | None = None
    head_nip: str | None = None
    head_pangkat: str | None = None
    head_jabatan: str | None = None


@dataclass(frozen=True)
class UnitRef:
    id: str
    name: str
    path: str  # "Dinas Pendidikan › Bidang Pembinaan SD"


@dataclass(frozen=True)
class UnitInfo:
    id: str
    name: str
    parent_id: str | None
    opd_id: str  # the top unit (OPD) it belongs to
    opd_name: str
    order: int  # position in tree order (depth-first by sort_order, name)
    depth: int


def default_as_of(today: date | None = None) -> date:
    """31 December of the current year (the usual "keadaan" of a DUK)."""
    today = today or date.today()
    return date(today.year, 12, 31)


def _strip_region(agency: str, region: str) -> str:
    pattern = re.compile(rf"\s+{re.escape(region)}\s*$", re.IGNORECASE)
    return pattern.sub("", agency).strip() or agency


def office_header(session: Session, actor: CurrentUser, office_code: str | None = None
                  ) -> OfficeHeader:
    """The letterhead of ``office_code`` (default: the actor's office)."""
    require(actor, Permission.REPORT_PRINT)
    code = office_code or actor.office_code
    row = session.scalars(select(Office).where(Office.code == code)).first()
    if row is None:
        raise ValidationError([FieldError("office", "report.office_unknown", {"office": code})])
    region = row.region_name
    agency_full = row.agency_name or row.name
    address = ", ".join(p for p in (row.address, _postal(row.postal_code)) if p)
    contact = "  ".join(p for p in (
        f"Telepon {row.phone}" if row.phone else "",
        f"Email {row.email}" if row.email else "",
        row.website or "",
    ) if p)
    city = row.city or region.replace("Kabupaten ", "").replace("Kota ", "").replace(
        "Provinsi ", "")
    return OfficeHeader(
        code=row.code, name=row.name, region_name=region,
        instansi=row.instansi_name or f"Pemerintah {region}",
        agency=_strip_region(agency_full, region), agency_full=agency_full,
        address_lines=tuple(x for x in (address, contact) if x), city=city,
        head_name=row.head_name, head_nip=row.head_nip, head_pangkat=row.head_pangkat,
        head_jabatan=row.head_jabatan,
    )


def _postal(code: str | None) -> str:
    return f"Kode Pos {code}" if code else ""


def load_units(session: Session, office_code: str) -> dict[str, UnitInfo]:
    """Every live unit of an office with its OPD and tree position (one query)."""
    rows = session.execute(
        select(OrgUnit.id, OrgUnit.parent_id, OrgUnit.name, OrgUnit.sort_order)
        .where(OrgUnit.office_code == office_code, OrgUnit.deleted.is_(False))
    ).all()
    by_id = {r[0]: r for r in rows}
    children: dict[str | None, list[tuple[str, str | None, str, int]]] = {}
    for r in rows:
        parent = r[1] if r[1] in by_id else None
        children.setdefault(parent, []).append(r)
    for kids in children.values():
        kids.sort(key=lambda r: (r[3], r[2].lower()))
    out: dict[str, UnitInfo] = {}
    stack = [(r, 0, r) for r in reversed(children.get(None, []))]
    while stack:
        row, depth, opd = stack.pop()
        out[row[0]] = UnitInfo(row[0], row[2], row[1], opd[0], opd[2], len(out), depth)
        stack.extend((kid, depth + 1, opd) for kid in reversed(children.get(row[0], [])))
    return out


def subtree(units: dict[str, UnitInfo], unit_id: str) -> set[str]:
    """``unit_id`` and every unit below it."""
    below: dict[str, list[str]] = {}
    for u in units.values():
        if u.parent_id:
            below.setdefault(u.parent_id, []).append(u.id)
    found, todo = set(), [unit_id]
    while todo:
        current = todo.pop()
        if current not in found:
            found.add(current)
            todo.extend(below.get(current, ()))
    return found


def unit_path(units: dict[str, UnitInfo], unit_id: str) -> str:
    parts, current = [], units.get(unit_id)
    while current is not None:
        parts.append(current.name)
        current = units.get(current.parent_id) if current.parent_id else None
    return " › ".join(reversed(parts))


def find_unit(session: Session, actor: CurrentUser, text: str,
              office_code: str | None = None) -> UnitRef:
    """A unit of the office by id, exact name or short name, or a unique part of its name."""
    require(actor, Permission.REPORT_PRINT)
    code = office_code or actor.office_code
    wanted = (text or "").strip()
    if not wanted:
        raise ValidationError([FieldError("unit", "report.unit_empty")])
    units = load_units(session, code)
    if wanted in units:
        return UnitRef(wanted, units[wanted].name, unit_path(units, wanted))
    shorts = dict(session.execute(
        select(OrgUnit.id, OrgUnit.short_name).where(
            OrgUnit.office_code == code, OrgUnit.deleted.is_(False))
    ).all())
    key = wanted.casefold()
    exact = [u for u in units.values()
             if u.name.casefold() == key or (shorts.get(u.id) or "").casefold() == key]
    found = exact or [u for u in units.values() if key in u.name.casefold()]
    if len(found) == 1:
        u = found[0]
        return UnitRef(u.id, u.name, unit_path(units, u.id))
    if not found:
        raise ValidationError([FieldError("unit", "report.unit_not_found", {"unit": wanted})])
    names = "; ".join(sorted(u.name for u in found)[:6])
    raise ValidationError([FieldError("unit", "report.unit_ambiguous",
                                      {"unit": wanted, "count": len(found), "names": names})])


def unit_ref(units: dict[str, UnitInfo], unit_id: str | None) -> UnitRef | None:
    """A :class:`UnitRef` for a known unit id (``None`` for no unit); unknown ids are errors."""
    if unit_id is None:
        return None
    if unit_id not in units:
        raise ValidationError([FieldError("unit", "report.unit_not_found", {"unit": unit_id})])
    return UnitRef(unit_id, units[unit_id].name, unit_path(units, unit_id))


register_messages({
    "report.office_unknown": (
        "Kantor {office} tidak ada di basis data ini.",
        "Office {office} is not in this database.",
    ),
    "report.skip_no_golongan": (
        "golongan belum diisi atau tidak dikenal",
        "golongan missing or unknown",
    ),
    "report.skip_no_mkg": (
        "TMT dan masa kerja golongan SK terakhir belum diisi",
        "TMT and MKG of the last SK missing",
    ),
    "report.skip_no_tmt_golongan": (
        "golongan PNS atau TMT golongan belum diisi",
        "PNS golongan or its TMT missing",
    ),
    "report.skip_no_birth": ("tanggal lahir belum diisi", "birth date missing"),
    "report.skip_no_bup": (
        "jenis jabatan belum diisi sehingga BUP tidak diketahui",
        "jabatan kind missing, so the BUP is unknown",
    ),
    "report.drh_who": (
        "Sebutkan pegawainya: NIP (--nip).",
        "Say which employee: NIP (--nip).",
    ),
    "report.employee_not_found": (
        "Pegawai dengan NIP {nip} tidak ditemukan.",
        "No employee with NIP {nip}.",
    ),
    "report.unit_empty": ("Nama unit kerja belum diisi.", "No unit name given."),
    "report.unit_not_found": (
        "Unit kerja '{unit}' tidak ditemukan.",
        "Unit '{unit}' not found.",
    ),
    "report.unit_ambiguous": (
        "Ada {count} unit kerja yang cocok dengan '{unit}': {names}. Tulis nama lengkapnya.",
        "{count} units match '{unit}': {names}. Give the full name.",
    ),
})
