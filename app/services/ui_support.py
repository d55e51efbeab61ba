"""What the personnel screens need besides the personnel services: the choice lists of their
forms and filters, in one read (the UI never imports :mod:`app.db` or :mod:`app.domain`).

:func:`personnel_choices` gathers codes with their labels: golongan (PNS and PPPK), jabatan
kinds and jenjang, education levels, religions, marital statuses, the office's unit tree, the
employee statuses and kinds, family relations. Labels of reference rows are the stored names
(Indonesian, as on the forms); the UI translates the few fixed code lists it shows itself.

:func:`employee_view` is everything the employee record shows — the detail with its
histories, the training records, the SKPs and the photo — in one read-only transaction;
:func:`home_summary` the Beranda's attention items and head count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.db.family import FamilyRelation
from app.db.personnel import EmployeeStatus, JenisPegawai
from app.domain import golongan as gol
from app.domain.jabatan import JenisJabatan, Jenjang
from app.domain.pendidikan import Pendidikan
from app.services.appraisal_dto import SkpRow
from app.services.appraisal_read import employee_skps
from app.services.attention import AttentionItem, attention_summary
from app.services.employee_detail import EmployeeDetail, employee_detail
from app.services.employee_query import EmployeeQuery, count_employees
from app.services.history_personal import (
    CHILD_STATUS,
    ORGANISASI_ERA,
    SPOUSE_STATUS,
    TINGKAT_HUKUMAN,
)
from app.services.org import list_org_tree
from app.services.personnel_photo import get_photo
from app.services.reference import RefTable, list_reference
from app.services.roles import CurrentUser, Permission, require
from app.services.training_jp import TrainingRecordRow, employee_training_records


@dataclass(frozen=True)
class Choice:
    """One entry of a choice list: the stored ``code`` and what the clerk reads."""

    code: str
    label: str
    depth: int = 0  # units: 0 for an OPD, 1 for its bidang, …


@dataclass(frozen=True)
class PersonnelChoices:
    golongan_pns: tuple[Choice, ...]
    golongan_pppk: tuple[Choice, ...]
    jabatan_kinds: tuple[Choice, ...]
    jenjang: tuple[Choice, ...]
    pendidikan: tuple[Choice, ...]
    religions: tuple[Choice, ...]
    marital_statuses: tuple[Choice, ...]
    units: tuple[Choice, ...]  # the office's unit tree in tree order (code = unit id)
    statuses: tuple[str, ...]
    jenis_pegawai: tuple[str, ...]
    family_relations: tuple[str, ...]
    spouse_statuses: tuple[str, ...]
    child_statuses: tuple[str, ...]
    hukuman_levels: tuple[str, ...]
    organisasi_eras: tuple[str, ...]

    def golongan(self, jenis_pegawai: str | None) -> tuple[Choice, ...]:
        """The golongan list of an employee kind (PPPK I–XVII, otherwise PNS I/a–IV/e)."""
        return self.golongan_pppk if jenis_pegawai == JenisPegawai.PPPK else self.golongan_pns


def personnel_choices(session: Session, actor: CurrentUser) -> PersonnelChoices:
    """Every choice list of the personnel list's filters and of the employee forms."""
    require(actor, Permission.EMPLOYEE_READ)
    return PersonnelChoices(
        golongan_pns=tuple(Choice(g.code, g.display()) for g in gol.PNS),
        golongan_pppk=tuple(Choice(g.code, g.display()) for g in gol.PPPK),
        jabatan_kinds=tuple(Choice(j.value, j.label) for j in JenisJabatan),
        jenjang=tuple(Choice(j.value, j.label) for j in Jenjang),
        pendidikan=tuple(Choice(p.value, p.label) for p in Pendidikan),
        religions=_reference(session, actor, RefTable.RELIGION),
        marital_statuses=_reference(session, actor, RefTable.MARITAL_STATUS),
        units=tuple(Choice(n.id, n.name, n.depth)
                    for n in list_org_tree(session, actor, include_inactive=False)),
        statuses=tuple(s.value for s in EmployeeStatus),
        jenis_pegawai=tuple(j.value for j in JenisPegawai),
        family_relations=tuple(r.value for r in FamilyRelation),
        spouse_statuses=SPOUSE_STATUS,
        child_statuses=CHILD_STATUS,
        hukuman_levels=TINGKAT_HUKUMAN,
        organisasi_eras=ORGANISASI_ERA,
    )


def _reference(session: Session, actor: CurrentUser, table: RefTable) -> tuple[Choice, ...]:
    return tuple(Choice(r.id, r.name) for r in list_reference(session, actor, table))


@dataclass(frozen=True)
class EmployeeView:
    detail: EmployeeDetail
    training: tuple[TrainingRecordRow, ...]
    skps: tuple[SkpRow, ...]
    photo: bytes | None


def employee_view(session: Session, actor: CurrentUser, employee_id: str) -> EmployeeView:
    """The employee record screen's data for ``employee_id``."""
    detail = employee_detail(session, actor, employee_id)
    photo = get_photo(session, actor, employee_id) if detail.has_photo else None
    return EmployeeView(
        detail,
        tuple(employee_training_records(session, actor, employee_id)),
        tuple(employee_skps(session, actor, employee_id)),
        photo.data if photo is not None else None,
    )


@dataclass(frozen=True)
class HomeSummary:
    """The Beranda: the attention items and how many employees are on duty."""

    items: tuple[AttentionItem, ...]
    active: int


def home_summary(session: Session, actor: CurrentUser) -> HomeSummary:
    """Everything the Beranda shows in one transaction (the page counts item by item, so a
    closing window need not wait for all of them)."""
    return HomeSummary(tuple(attention_summary(session, actor)),
                       count_employees(session, actor, EmployeeQuery()))
