"""The set-based loader behind every personnel list (DUK, nominatif, due lists, recaps).

:func:`load_personnel` reads the employees of a scope with a handful of queries whatever their
number — employees (with religion and jabatan), highest education, leadership training — and
returns one :class:`PersonnelRow` per employee with the values computed as of a date (age,
masa kerja golongan, BUP, TMT pensiun). 15,000 employees take four queries, never 15,000.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session

from app.db.histories import PendidikanHistory
from app.db.personnel import ACTIVE_STATUSES, Employee
from app.db.reference import Jabatan, Religion
from app.db.training import (
    ExternalTraining,
    TrainingParticipant,
    TrainingProgram,
    TrainingSession,
)
from app.domain.bangkom import latihan_level
from app.domain.common import InvalidValue
from app.domain.dates import age_on
from app.domain.golongan import parse_golongan
from app.domain.jabatan import bup_for
from app.domain.masa_kerja import MasaKerja, mkg_on
from app.domain.pendidikan import parse_pendidikan
from app.domain.pensiun import tmt_pensiun
from app.services.report_data import UnitInfo

LEADERSHIP_LEVELS = {"pkp": 1, "pka": 2, "pkn_ii": 3, "pkn_i": 4}
"""Training categories that are latihan jabatan (DUK rule 4), with their level."""


@dataclass(frozen=True)
class Scope:
    """Which employees a list covers."""

    office_code: str
    unit_ids: frozenset[str] | None = None  # None: every unit (and none) of the office
    jenis: tuple[str, ...] | None = None  # PNS / CPNS / PPPK; None: all
    statuses: tuple[str, ...] = tuple(sorted(ACTIVE_STATUSES))
    golongan_codes: tuple[str, ...] | None = None
    jabatan_kinds: tuple[str, ...] | None = None


@dataclass(frozen=True)
class PersonnelRow:
    """One employee as the lists print them (values as of the list's date)."""

    id: str
    nip: str | None
    nama: str  # with gelar
    tempat_lahir: str | None
    tanggal_lahir: date | None
    jenis_kelamin: str | None
    agama: str | None
    jenis_pegawai: str
    status: str
    golongan: str | None
    pangkat: str | None
    golongan_ordinal: int | None
    tmt_golongan: date | None
    mk_tahun: int | None  # masa kerja golongan as of the list's date
    mk_bulan: int | None
    mkg_sk_tahun: int | None  # MKG printed on the current pangkat SK
    mkg_sk_bulan: int | None
    jabatan: str | None
    jabatan_kind: str | None
    jabatan_jenjang: str | None
    eselon: str | None
    tmt_jabatan: date | None
    pendidikan: str | None  # level code: SMA, D-III, S1 …
    pendidikan_nama: str | None  # school / university
    jurusan: str | None
    tahun_lulus: int | None
    latihan: str | None  # highest latihan jabatan (PKA, Diklatpim III …)
    latihan_level: int
    latihan_tanggal: date | None
    latihan_jam: int | None
    unit_id: str | None
    unit: str | None
    opd: str | None
    unit_order: int
    usia: int | None
    tmt_cpns: date | None
    tmt_pns: date | None
    nik: str | None
    npwp: str | None
    telepon: str | None
    email: str | None
    alamat: str | None
    bup: int | None
    tmt_pensiun: date | None

    @property
    def masa_kerja(self) -> MasaKerja | None:
        if self.mk_tahun is None:
            return None
        return MasaKerja(self.mk_tahun, self.mk_bulan or 0)

    @property
    def latihan_tahun(self) -> int | None:
        return self.latihan_tanggal.year if self.latihan_tanggal else None


_EMPLOYEE_COLUMNS = (
    Employee.id, Employee.nip, Employee.nama, Employee.gelar_depan, Employee.gelar_belakang,
    Employee.tempat_lahir, Employee.tanggal_lahir, Employee.jenis_kelamin, Religion.name,
    Employee.jenis_pegawai, Employee.status, Employee.current_golongan_code,
    Employee.tmt_golongan, Employee.mkg_tahun, Employee.mkg_bulan,
    Employee.current_jabatan_name, Employee.current_jabatan_kind,
    Employee.current_jabatan_jenjang, Employee.current_eselon, Employee.tmt_jabatan,
    Employee.current_pendidikan_code, Employee.current_unit_id, Employee.tmt_cpns,
    Employee.tmt_pns, Employee.nik, Employee.npwp, Employee.telepon, Employee.email,
    Employee.alamat, Jabatan.bup, Jabatan.name,
)


def scope_where(scope: Scope) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [
        Employee.office_code == scope.office_code, Employee.deleted.is_(False),
        Employee.status.in_(scope.statuses),
    ]
    if scope.unit_ids is not None:
        where.append(Employee.current_unit_id.in_(sorted(scope.unit_ids)))
    if scope.jenis is not None:
        where.append(Employee.jenis_pegawai.in_(scope.jenis))
    if scope.golongan_codes is not None:
        where.append(Employee.current_golongan_code.in_(scope.golongan_codes))
    if scope.jabatan_kinds is not None:
        where.append(Employee.current_jabatan_kind.in_(scope.jabatan_kinds))
    return where


def scope_ids(scope: Scope) -> Select[tuple[str]]:
    """``SELECT employee.id`` of the scope (used as a subquery by the history loaders)."""
    return select(Employee.id).where(*scope_where(scope))


def load_personnel(session: Session, scope: Scope, as_of: date,
                   units: dict[str, UnitInfo]) -> list[PersonnelRow]:
    """The employees of ``scope`` as :class:`PersonnelRow` s (unordered)."""
    rows = session.execute(
        select(*_EMPLOYEE_COLUMNS)
        .outerjoin(Religion, Religion.id == Employee.agama_id)
        .outerjoin(Jabatan, Jabatan.id == Employee.current_jabatan_id)
        .where(*scope_where(scope))
    ).all()
    ids = scope_ids(scope)
    education = highest_education(session, ids)
    training = leadership_training(session, ids)
    return [_row(r, as_of, units, education.get(r[0]), training.get(r[0])) for r in rows]


@dataclass(frozen=True)
class _Education:
    level: str
    school: str | None
    jurusan: str | None
    tahun: int | None


@dataclass(frozen=True)
class _Training:
    name: str
    level: int
    when: date | None
    jp: int | None


def _level(code: str | None) -> int:
    try:
        return parse_pendidikan(code).level if code else 0
    except InvalidValue:
        return 0


def highest_education(session: Session, ids: Select[tuple[str]]) -> dict[str, _Education]:
    """Per employee: the education marked as last (diakui), else the highest level."""
    rows = session.execute(
        select(PendidikanHistory.employee_id, PendidikanHistory.level_code,
               PendidikanHistory.school, PendidikanHistory.jurusan,
               PendidikanHistory.tahun_lulus, PendidikanHistory.tanggal_lulus,
               PendidikanHistory.is_last)
        .where(PendidikanHistory.employee_id.in_(ids), PendidikanHistory.deleted.is_(False))
    ).all()
    best: dict[str, tuple[tuple[int, int, int], _Education]] = {}
    for emp, level, school, jurusan, tahun, tanggal, is_last in rows:
        year = tahun or (tanggal.year if tanggal else None)
        key = (1 if is_last else 0, _level(level), year or 0)
        if emp not in best or key > best[emp][0]:
            best[emp] = (key, _Education(level, school, jurusan, year))
    return {k: v[1] for k, v in best.items()}


def _training_level(category: str | None, name: str | None) -> int:
    level = LEADERSHIP_LEVELS.get(category or "", 0)
    return level or latihan_level(name)


def leadership_training(session: Session, ids: Select[tuple[str]]) -> dict[str, _Training]:
    """Per employee: the highest latihan jabatan (PKP < PKA < PKN II < PKN I, old names
    included); at the same level the earliest one (DUK rule 4)."""
    leadership = [*LEADERSHIP_LEVELS, "struktural"]
    external = session.execute(
        select(ExternalTraining.employee_id, ExternalTraining.category, ExternalTraining.name,
               ExternalTraining.end_date, ExternalTraining.start_date, ExternalTraining.year,
               ExternalTraining.jp)
        .where(ExternalTraining.employee_id.in_(ids), ExternalTraining.deleted.is_(False),
               ExternalTraining.category.in_(leadership))
    ).all()
    ours = session.execute(
        select(TrainingParticipant.employee_id, TrainingProgram.category, TrainingProgram.name,
               TrainingSession.end_date, TrainingSession.start_date, TrainingSession.jp,
               TrainingParticipant.jp_credited)
        .join(TrainingSession, TrainingSession.id == TrainingParticipant.session_id)
        .join(TrainingProgram, TrainingProgram.id == TrainingSession.program_id)
        .where(TrainingParticipant.employee_id.in_(ids), TrainingParticipant.deleted.is_(False),
               TrainingParticipant.completed.is_(True), TrainingSession.deleted.is_(False),
               TrainingProgram.category.in_(leadership))
    ).all()
    found: dict[str, _Training] = {}
    candidates: list[tuple[str, str | None, str, date | None, int | None]] = [
        (e, cat, name, end or start or (date(year, 12, 31) if year else None), jp)
        for e, cat, name, end, start, year, jp in external
    ]
    candidates += [(e, cat, name, end or start, credited if credited is not None else jp)
                   for e, cat, name, end, start, jp, credited in ours]
    for emp, category, name, when, jp in candidates:
        level = _training_level(category, name)
        if level <= 0:
            continue
        current = found.get(emp)
        ordinal = when.toordinal() if when else date.max.toordinal()
        if current is None or (level, -ordinal) > (current.level, -_ord(current.when)):
            found[emp] = _Training(name, level, when, jp)
    return found


def _ord(d: date | None) -> int:
    return d.toordinal() if d else date.max.toordinal()


def _bup(kind: str | None, jenjang: str | None, override: int | None) -> int | None:
    if override:
        return override
    if not kind:
        return None
    try:
        return bup_for(kind, jenjang or None)
    except InvalidValue:
        return None


def _masa_kerja(as_of: date, tmt: date | None, tahun: int | None, bulan: int | None
                ) -> MasaKerja | None:
    if tmt is None or tahun is None:
        return None
    return mkg_on(as_of, sk_tmt=tmt, sk_mkg=MasaKerja(tahun, bulan or 0), sk_golongan=3)


def _pangkat(code: str | None) -> tuple[str | None, int | None]:
    if not code:
        return None, None
    try:
        g = parse_golongan(code)
    except InvalidValue:
        return None, None
    return g.pangkat, g.ordinal


def nama_lengkap(nama: str, depan: str | None, belakang: str | None) -> str:
    """``Dr. Siti Aminah, S.E., M.M.`` (as :attr:`Employee.nama_lengkap`)."""
    text = f"{depan} {nama}" if depan else nama
    return f"{text}, {belakang}" if belakang else text


def _row(r: Any, as_of: date, units: dict[str, UnitInfo],
         edu: _Education | None, training: _Training | None) -> PersonnelRow:
    (emp_id, nip, nama, depan, belakang, tempat, lahir, jk, agama, jenis, status, gol, tmt_gol,
     mkg_t, mkg_b, jab, kind, jenjang, eselon, tmt_jab, pend_code, unit_id, tmt_cpns, tmt_pns,
     nik, npwp, telepon, email, alamat, bup_override, _jab_ref) = r
    unit = units.get(unit_id) if unit_id else None
    pangkat, ordinal = _pangkat(gol)
    mk = _masa_kerja(as_of, tmt_gol, mkg_t, mkg_b)
    bup = _bup(kind, jenjang, bup_override)
    return PersonnelRow(
        id=emp_id, nip=nip, nama=nama_lengkap(nama, depan, belakang),
        tempat_lahir=tempat, tanggal_lahir=lahir, jenis_kelamin=jk, agama=agama,
        jenis_pegawai=jenis, status=status, golongan=gol, pangkat=pangkat,
        golongan_ordinal=ordinal, tmt_golongan=tmt_gol,
        mk_tahun=mk.years if mk else None, mk_bulan=mk.months if mk else None,
        mkg_sk_tahun=mkg_t, mkg_sk_bulan=mkg_b,
        jabatan=jab, jabatan_kind=kind, jabatan_jenjang=jenjang, eselon=eselon,
        tmt_jabatan=tmt_jab,
        pendidikan=edu.level if edu else pend_code,
        pendidikan_nama=edu.school if edu else None, jurusan=edu.jurusan if edu else None,
        tahun_lulus=edu.tahun if edu else None,
        latihan=training.name if training else None,
        latihan_level=training.level if training else 0,
        latihan_tanggal=training.when if training else None,
        latihan_jam=training.jp if training else None,
        unit_id=unit_id, unit=unit.name if unit else None,
        opd=unit.opd_name if unit else None, unit_order=unit.order if unit else 1 << 30,
        usia=age_on(lahir, as_of) if lahir else None,
        tmt_cpns=tmt_cpns, tmt_pns=tmt_pns, nik=nik, npwp=npwp, telepon=telepon,
        email=email, alamat=alamat,
        bup=bup, tmt_pensiun=tmt_pensiun(lahir, bup) if lahir and bup else None,
    )


def by_unit_then_rank(rows: Iterable[PersonnelRow]) -> list[PersonnelRow]:
    """Unit tree order, then PNS before PPPK, golongan (high first), TMT golongan, name —
    the order of a daftar nominatif."""
    return sorted(rows, key=lambda p: (
        p.unit_order, p.jenis_pegawai == "PPPK", -(p.golongan_ordinal or 0),
        p.tmt_golongan or date.max, p.nama.casefold(),
    ))
