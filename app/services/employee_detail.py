"""One employee with every history and the figures computed from them.

Loaded with a fixed number of queries whatever the size of the histories (the employee, the
names it refers to, and one query per history kind), so opening a record stays fast on a
database of 100,000 employees and a million history rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.org import OrgUnit
from app.db.personnel import EmployeePhoto
from app.db.reference import Jabatan, MaritalStatus, Religion
from app.domain.golongan import InvalidGolongan, parse_golongan
from app.domain.masa_kerja import ZERO, MasaKerja
from app.domain.nip import display_nip
from app.domain.pendidikan import InvalidPendidikan, parse_pendidikan
from app.domain.pensiun import bup_reached_on
from app.services import histories
from app.services.access import get_employee
from app.services.employee_facts import age, employee_bup, mkg_on, mks_on, pensiun_date
from app.services.employee_input import EmployeeInput, input_of
from app.services.history_engine import KINDS, HistoryRow
from app.services.roles import CurrentUser, Permission, require

_ = histories  # the history kinds register on import


@dataclass(frozen=True)
class EmployeeDetail:
    """Everything the employee page shows; ``values`` prefills the edit form.

    ``mkg_sk`` is the MKG on the current pangkat's TMT; ``mks``/``mkg`` are masa kerja
    seluruhnya/golongan on ``today``; ``bup_reached`` the day BUP is reached.
    """

    id: str
    office_code: str
    values: EmployeeInput
    nip_display: str
    nama_lengkap: str
    age: int | None
    agama: str | None
    status_perkawinan: str | None
    unit_name: str | None
    unit_path: tuple[str, ...]
    golongan: str | None
    pangkat: str | None
    tmt_golongan: date | None
    mkg_sk: MasaKerja | None
    jabatan: str | None
    jabatan_kind: str | None
    jenjang: str | None
    eselon: str | None
    tmt_jabatan: date | None
    pendidikan: str | None
    pendidikan_label: str | None
    bup: int
    bup_reached: date | None
    tmt_pensiun: date | None
    mks: MasaKerja | None
    mkg: MasaKerja | None
    has_photo: bool
    deleted: bool
    deleted_reason: str | None
    updated_at: datetime
    today: date
    pangkat_history: tuple[HistoryRow[Any], ...] = ()
    jabatan_history: tuple[HistoryRow[Any], ...] = ()
    pendidikan_history: tuple[HistoryRow[Any], ...] = ()
    kgb_history: tuple[HistoryRow[Any], ...] = ()
    pmk_history: tuple[HistoryRow[Any], ...] = ()
    angka_kredit_history: tuple[HistoryRow[Any], ...] = ()
    keluarga: tuple[HistoryRow[Any], ...] = ()
    penghargaan: tuple[HistoryRow[Any], ...] = ()
    hukuman_disiplin: tuple[HistoryRow[Any], ...] = ()
    luar_negeri: tuple[HistoryRow[Any], ...] = ()
    organisasi: tuple[HistoryRow[Any], ...] = ()

    def history(self, kind: str) -> tuple[HistoryRow[Any], ...]:
        """The rows of one kind by its key (``"pangkat"``, ``"keluarga"``, …)."""
        return getattr(self, _FIELD.get(kind, kind))  # type: ignore[no-any-return]


_FIELD = {"pangkat": "pangkat_history", "jabatan": "jabatan_history",
          "pendidikan": "pendidikan_history", "kgb": "kgb_history", "pmk": "pmk_history",
          "angka_kredit": "angka_kredit_history"}


def employee_detail(
    session: Session, actor: CurrentUser, employee_id: str, today: date | None = None,
    include_deleted: bool = False,
) -> EmployeeDetail:
    """The employee with all histories; ``today`` anchors age and masa kerja."""
    require(actor, Permission.EMPLOYEE_READ)
    today = today or date.today()
    e = get_employee(session, actor, employee_id, include_deleted=include_deleted)
    rows = {key: tuple(spec.to_row(r) for r in spec.live_rows(session, [e.id]))
            for key, spec in KINDS.items()}
    override = session.get(Jabatan, e.current_jabatan_id).bup if e.current_jabatan_id else None
    bup = employee_bup(e.current_jabatan_kind, e.current_jabatan_jenjang, override)
    pmk = _pmk_total(rows["pmk"])
    path = _unit_path(session, e.current_unit_id)
    return EmployeeDetail(
        id=e.id, office_code=e.office_code, values=input_of(e), nip_display=display_nip(e.nip),
        nama_lengkap=e.nama_lengkap, age=age(e.tanggal_lahir, today),
        agama=_name(session, Religion, e.agama_id),
        status_perkawinan=_name(session, MaritalStatus, e.status_perkawinan_id),
        unit_name=path[-1] if path else None, unit_path=path,
        golongan=e.current_golongan_code, pangkat=_pangkat(e.current_golongan_code),
        tmt_golongan=e.tmt_golongan,
        mkg_sk=MasaKerja(e.mkg_tahun, e.mkg_bulan or 0) if e.mkg_tahun is not None else None,
        jabatan=e.current_jabatan_name, jabatan_kind=e.current_jabatan_kind,
        jenjang=e.current_jabatan_jenjang, eselon=e.current_eselon, tmt_jabatan=e.tmt_jabatan,
        pendidikan=e.current_pendidikan_code,
        pendidikan_label=_education(e.current_pendidikan_code),
        bup=bup, bup_reached=bup_reached_on(e.tanggal_lahir, bup) if e.tanggal_lahir else None,
        tmt_pensiun=pensiun_date(e.tanggal_lahir, bup),
        mks=mks_on(e.tmt_cpns, today, pmk),
        mkg=mkg_on(e.tmt_golongan, e.mkg_tahun, e.mkg_bulan, e.current_golongan_code, today),
        has_photo=_has_photo(session, e.id), deleted=e.deleted, deleted_reason=e.deleted_reason,
        updated_at=e.updated_at, today=today,
        **{_FIELD.get(key, key): value for key, value in rows.items()},
    )


def _name(session: Session, model: Any, row_id: str | None) -> str | None:
    row = session.get(model, row_id) if row_id else None
    return row.name if row is not None else None


def _unit_path(session: Session, unit_id: str | None) -> tuple[str, ...]:
    names: list[str] = []
    seen: set[str] = set()
    while unit_id and unit_id not in seen:
        seen.add(unit_id)
        unit = session.get(OrgUnit, unit_id)
        if unit is None:
            break
        names.append(unit.name)
        unit_id = unit.parent_id
    return tuple(reversed(names))


def _pmk_total(rows: tuple[HistoryRow[Any], ...]) -> MasaKerja:
    """Prior service credited by every PMK row (added to MKS, domain.md §4.4)."""
    total = sum((r.values.mkg_tahun or 0) * 12 + (r.values.mkg_bulan or 0) for r in rows)
    return MasaKerja.from_months(total) if total > 0 else ZERO


def _has_photo(session: Session, employee_id: str) -> bool:
    return session.scalar(
        select(EmployeePhoto.id).where(EmployeePhoto.employee_id == employee_id,
                                       EmployeePhoto.deleted.is_(False))
    ) is not None


def _pangkat(code: str | None) -> str | None:
    try:
        return parse_golongan(code).display() if code else None
    except InvalidGolongan:
        return code


def _education(code: str | None) -> str | None:
    try:
        return parse_pendidikan(code).label if code else None
    except InvalidPendidikan:
        return code
