"""What the office already holds, read in a few set-based queries for the whole file.

The preview compares every row with this snapshot instead of querying per row: employees by
NIP (any office, deleted ones too — a NIP is unique everywhere), their form values, the keys of
their live pangkat/jabatan/pendidikan rows (what makes a re-run change nothing), the org tree,
the jabatan catalogue the office may use, and the reference lists a cell may name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.db.histories import JabatanHistory, PangkatHistory, PendidikanHistory
from app.db.org import OrgUnit
from app.db.personnel import Employee
from app.db.reference import Golongan, Jabatan, MaritalStatus, Religion
from app.intake.codes import RefChoice
from app.services.employee_input import EmployeeInput, input_of
from app.services.roles import PROVINCE_OFFICE

CHUNK = 500


def fold(text: str | None) -> str:
    """Case- and space-insensitive key of a name."""
    return " ".join((text or "").casefold().split())


@dataclass(frozen=True)
class KnownEmployee:
    id: str
    office_code: str
    deleted: bool
    nama: str
    data: EmployeeInput
    version: str  # the change stamps: any later change of the record alters them
    pangkat: frozenset[tuple[str, date]] = frozenset()  # (golongan code, TMT)
    jabatan: frozenset[tuple[str, date]] = frozenset()  # (folded jabatan name, TMT)
    pendidikan: frozenset[str] = frozenset()  # level codes


@dataclass(frozen=True)
class KnownUnit:
    id: str
    name: str
    parent_id: str | None
    siasn_unor_id: str | None


@dataclass(frozen=True)
class KnownJabatan:
    id: str
    code: str | None
    name: str
    kind: str
    jenjang: str | None
    eselon: str | None
    own: bool  # the office's own entry (else the province's)


@dataclass
class Snapshot:
    office_code: str
    employees: dict[str, KnownEmployee]  # by NIP
    units: list[KnownUnit]
    jabatan: list[KnownJabatan]
    religions: list[RefChoice]
    marital: list[RefChoice]
    golongan: frozenset[str]  # active golongan codes
    pinned: list[Any] = field(default_factory=list)  # ORM rows kept in the identity map

    def jabatan_by_code(self) -> dict[str, KnownJabatan]:
        return {j.code: j for j in self.jabatan if j.code}

    def jabatan_by_name(self) -> dict[str, list[KnownJabatan]]:
        out: dict[str, list[KnownJabatan]] = defaultdict(list)
        for j in sorted(self.jabatan, key=lambda j: (not j.own, j.id)):
            out[fold(j.name)].append(j)
        return out


def take_snapshot(session: Session, office_code: str) -> Snapshot:
    """The office's tree, catalogue and reference lists (employees: :func:`load_employees`).

    The ORM rows read are kept (``pinned``): the employee and history rules look units,
    catalogue entries and reference rows up with ``session.get``, which then answers from the
    session's identity map instead of a query per row.
    """
    units = list(session.scalars(
        select(OrgUnit).where(OrgUnit.office_code == office_code, OrgUnit.deleted.is_(False))
        .order_by(OrgUnit.sort_order, OrgUnit.name, OrgUnit.id)))
    catalogue = list(session.scalars(select(Jabatan).where(
        Jabatan.deleted.is_(False), Jabatan.active.is_(True),
        or_(Jabatan.office_code == PROVINCE_OFFICE, Jabatan.office_code == office_code))))
    religions = list(session.scalars(_live_ordered(Religion)))
    marital = list(session.scalars(_live_ordered(MaritalStatus)))
    return Snapshot(
        office_code=office_code,
        employees={},
        units=[KnownUnit(u.id, u.name, u.parent_id, u.siasn_unor_id) for u in units],
        jabatan=[KnownJabatan(r.id, r.code, r.name, r.kind, r.jenjang, r.eselon,
                              r.office_code == office_code) for r in catalogue],
        religions=[RefChoice(r.id, r.code, r.name) for r in religions],
        marital=[RefChoice(r.id, r.code, r.name) for r in marital],
        golongan=frozenset(session.scalars(select(Golongan.code).where(
            Golongan.deleted.is_(False), Golongan.active.is_(True)))),
        pinned=[*units, *catalogue, *religions, *marital],
    )


def _live_ordered(model: Any) -> Any:
    return select(model).where(model.deleted.is_(False)).order_by(model.sort_order)


def load_employees(session: Session, snapshot: Snapshot, nips: Iterable[str]) -> None:
    """Add the employees holding ``nips`` (with their history keys) to ``snapshot``."""
    snapshot.employees.update(_employees(session, sorted(set(nips)), snapshot.office_code))


def _employees(session: Session, nips: list[str], office: str) -> dict[str, KnownEmployee]:
    found: dict[str, Employee] = {}
    for i in range(0, len(nips), CHUNK):
        chunk = nips[i:i + CHUNK]
        for e in session.scalars(select(Employee).where(Employee.nip.in_(chunk))):
            found[e.nip or ""] = e
    own = [e.id for e in found.values() if e.office_code == office and not e.deleted]
    pangkat: dict[str, set[tuple[str, date]]] = defaultdict(set)
    jabatan: dict[str, set[tuple[str, date]]] = defaultdict(set)
    pendidikan: dict[str, set[str]] = defaultdict(set)
    for ids in (own[i:i + CHUNK] for i in range(0, len(own), CHUNK)):
        for emp, code, tmt in _live(session, PangkatHistory.golongan_code, PangkatHistory, ids):
            pangkat[emp].add((code, tmt))
        for emp, name, tmt in _live(session, JabatanHistory.jabatan_name, JabatanHistory, ids):
            jabatan[emp].add((fold(name), tmt))
        for emp, level, _ in _live(session, PendidikanHistory.level_code, PendidikanHistory, ids,
                                   with_tmt=False):
            pendidikan[emp].add(level)
    return {nip: KnownEmployee(e.id, e.office_code, e.deleted, e.nama_lengkap, input_of(e),
                               e.stamps, frozenset(pangkat[e.id]), frozenset(jabatan[e.id]),
                               frozenset(pendidikan[e.id]))
            for nip, e in found.items()}


def _live(session: Session, column, model, ids: list[str], with_tmt: bool = True):  # type: ignore[no-untyped-def]
    tmt = model.tmt if with_tmt else model.id
    rows = session.execute(select(model.employee_id, column, tmt).where(
        model.employee_id.in_(ids), model.deleted.is_(False)).order_by(model.employee_id, tmt))
    return list(rows)
