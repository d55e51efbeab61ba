"""What the personnel list is asked (:class:`EmployeeQuery`) and answers (:class:`EmployeePage`
of :class:`EmployeeRow`); see :mod:`app.services.employee_query`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from app.db.personnel import ACTIVE_STATUSES, EmployeeStatus
from app.services.dashboard_dto import ChartFilter

INACTIVE_STATUSES = tuple(s.value for s in EmployeeStatus if s not in ACTIVE_STATUSES)


class SortKey(StrEnum):
    NAMA = "nama"
    NIP = "nip"
    GOLONGAN = "golongan"
    JABATAN = "jabatan"
    UNIT = "unit"
    JENIS = "jenis"
    STATUS = "status"
    TANGGAL_LAHIR = "tanggal_lahir"
    TMT_GOLONGAN = "tmt_golongan"
    TMT_PENSIUN = "tmt_pensiun"


@dataclass(frozen=True)
class EmployeeQuery:
    """One view of the personnel list.

    ``golongan`` — one code (``"III/b"``) or an inclusive range (``("III/a", "III/d")``) of one
    kind; ``status`` — ``"active"`` (default: aktif, CLTN, tugas belajar, diberhentikan
    sementara), ``"inactive"``, ``"all"`` or one :class:`EmployeeStatus` value;
    ``office_code`` — the province may narrow to one office (others always see their own).
    The attention filters: ``kgb_due`` (year, month), ``kp_due`` (a KP period date),
    ``pensiun_between`` (first, last TMT pensiun), ``jp_below_year``, ``skp_unfinished_year``.
    ``chart`` — the rest of a dashboard bar (gender, birth dates, predikat …).
    ``deleted`` — list the deleted employees (tombstones, to restore one) instead of the live
    ones; needs Permission.EMPLOYEE_DELETE.
    """

    text: str = ""
    unit_id: str | None = None
    include_subunits: bool = True
    golongan: str | tuple[str, str] | None = None
    jabatan_kind: str | tuple[str, ...] | None = None
    jenis_pegawai: str | tuple[str, ...] | None = None
    status: str = "active"
    office_code: str | None = None
    kgb_due: tuple[int, int] | None = None
    kp_due: date | None = None
    pensiun_between: tuple[date, date] | None = None
    jp_below_year: int | None = None
    skp_unfinished_year: int | None = None
    chart: ChartFilter | None = None
    deleted: bool = False
    sort: SortKey | str = SortKey.NAMA
    descending: bool = False
    offset: int = 0
    limit: int = 200
    count_limit: int | None = 1000


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the personnel list."""

    id: str
    nip: str | None
    nip_display: str
    nik: str | None
    nama: str
    nama_lengkap: str
    jenis_kelamin: str | None
    tanggal_lahir: date | None
    golongan: str | None
    pangkat: str | None
    tmt_golongan: date | None
    jabatan: str | None
    jabatan_kind: str | None
    eselon: str | None
    unit_id: str | None
    unit_name: str | None
    jenis_pegawai: str
    status: str
    pendidikan: str | None
    bup: int
    tmt_pensiun: date | None
    office_code: str
    deleted: bool = False


@dataclass(frozen=True)
class EmployeePage:
    """``total`` is exact when ``total_exact``; otherwise at least ``total`` ("1000+")."""

    rows: list[EmployeeRow]
    total: int
    total_exact: bool = True
    offset: int = 0


def with_page(query: EmployeeQuery, offset: int, limit: int | None = None) -> EmployeeQuery:
    """The same query for another page."""
    return replace(query, offset=offset, limit=query.limit if limit is None else limit)
