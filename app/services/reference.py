"""Reference lists (golongan, eselon, education, religion, marital status, training types) and
the jabatan catalogue.

Reference rows belong to the province (office ``15``) and come down in bundles; only the
provincial data steward (Permission.REFERENCE_WRITE) changes them. Golongan are fixed by
regulation and read-only; eselon and education codes drive the rules, so only their names,
order and active flag change; religions, marital statuses and training types may be added.

The jabatan catalogue has two parts: the province's shared nomenclature (steward only) and each
office's own entries for local posts (Permission.EMPLOYEE_WRITE). Users of an office see both.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.db.reference import (
    EducationLevel,
    Eselon,
    Golongan,
    Jabatan,
    MaritalStatus,
    PelaksanaCategory,
    Religion,
    TrainingKind,
    TrainingType,
)
from app.domain.golongan import parse_golongan
from app.domain.jabatan import InvalidJabatan, parse_eselon, parse_jenis_jabatan, parse_jenjang
from app.errors import NotFound, PermissionDenied, message, register_messages
from app.services.access import require_owner
from app.services.roles import PROVINCE_OFFICE, CurrentUser, Permission, require
from app.services.support import Checks, clean_values


class RefTable(StrEnum):
    GOLONGAN = "golongan"
    ESELON = "eselon"
    EDUCATION = "education_level"
    RELIGION = "religion"
    MARITAL_STATUS = "marital_status"
    TRAINING_TYPE = "training_type"


_MODELS: dict[RefTable, Any] = {
    RefTable.GOLONGAN: Golongan, RefTable.ESELON: Eselon, RefTable.EDUCATION: EducationLevel,
    RefTable.RELIGION: Religion, RefTable.MARITAL_STATUS: MaritalStatus,
    RefTable.TRAINING_TYPE: TrainingType,
}
READ_ONLY = frozenset({RefTable.GOLONGAN})
FIXED_CODES = frozenset({RefTable.ESELON, RefTable.EDUCATION})


@dataclass(frozen=True)
class RefRow:
    """One reference row; ``extra`` holds the table's own columns (golongan kind/ordinal/
    pangkat, eselon ordinal, training type kind…)."""

    id: str
    code: str
    name: str
    sort_order: int
    active: bool
    extra: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, kw_only=True)
class RefInput:
    code: str | None = None
    name: str | None = None
    sort_order: int = 0
    active: bool = True
    kind: str | None = None  # training types: klasikal / nonklasikal


def list_reference(
    session: Session, actor: CurrentUser, table: RefTable | str, include_inactive: bool = False
) -> list[RefRow]:
    require(actor, Permission.EMPLOYEE_READ)
    model = _MODELS[RefTable(table)]
    stmt = select(model).where(model.deleted.is_(False))
    if not include_inactive:
        stmt = stmt.where(model.active.is_(True))
    return [_ref_row(r) for r in session.scalars(stmt.order_by(model.sort_order, model.code))]


def save_reference(
    session: Session, actor: CurrentUser, table: RefTable | str, data: RefInput,
    row_id: str | None = None,
) -> RefRow:
    """Add a row (``row_id`` None) or change one. Steward only."""
    require(actor, Permission.REFERENCE_WRITE)
    table = RefTable(table)
    model = _MODELS[table]
    if table in READ_ONLY:
        raise PermissionDenied("reference.read_only", table=message(f"reference.{table}"))
    row = live_row(session, model, row_id) if row_id else None
    if row is not None:
        require_owner(actor, row, message(f"reference.{table}"))
    values = clean_values(data)
    checks = Checks(values, date.today())
    checks.required("code", "name")
    checks.model_limits(model)
    if table in FIXED_CODES and (row is None or values["code"] != row.code):
        checks.error("code", "reference.fixed_codes")
    if table is RefTable.TRAINING_TYPE:
        checks.required("kind")
        checks.choice("kind", [k.value for k in TrainingKind])
    if values["code"] and not checks.has_error("code"):
        clash = session.scalar(select(model.id).where(model.code == values["code"]))
        if clash is not None and (row is None or clash != row.id):
            checks.error("code", "reference.code_taken", value=values["code"])
    checks.raise_if_any()
    kind = values.pop("kind")
    if table is RefTable.TRAINING_TYPE:
        values["kind"] = kind
    values["sort_order"] = values["sort_order"] or 0
    values["active"] = bool(values["active"])
    if row is None:
        row = model(office_code=PROVINCE_OFFICE, **values)
        session.add(row)
    else:
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    session.flush()
    return _ref_row(row)


def live_row(session: Session, model: Any, row_id: str) -> Any:
    """The reference row ``row_id`` of ``model`` unless missing or deleted (then
    :class:`NotFound`)."""
    row = session.get(model, row_id)
    if row is None or row.deleted:
        raise NotFound(what=message("reference.row"))
    return row


def _ref_row(r: Any) -> RefRow:
    own = {c: getattr(r, c) for c in ("kind", "ordinal", "pangkat", "group_name",
                                      "pns_equivalent", "jabatan_kind") if hasattr(r, c)}
    name = r.name if hasattr(r, "name") else parse_golongan(r.code).display()
    return RefRow(r.id, r.code, name, r.sort_order, r.active, own)


# --- the jabatan catalogue --------------------------------------------------------------------

@dataclass(frozen=True)
class JabatanRow:
    id: str
    code: str | None
    name: str
    kind: str
    jenjang: str | None
    eselon: str | None
    bup: int | None
    kelas_jabatan: int | None
    pelaksana_category: str | None
    active: bool
    office_code: str

    @property
    def shared(self) -> bool:
        """Part of the province's catalogue (else an office's own entry)."""
        return self.office_code == PROVINCE_OFFICE


@dataclass(frozen=True, kw_only=True)
class JabatanCatalogInput:
    """A catalogue entry; ``shared`` puts it in the province catalogue (steward only)."""

    name: str | None = None
    kind: str | None = None
    code: str | None = None
    jenjang: str | None = None
    eselon: str | None = None
    bup: int | None = None
    kelas_jabatan: int | None = None
    pelaksana_category: str | None = None
    active: bool = True
    shared: bool = False


def list_jabatan(
    session: Session, actor: CurrentUser, text: str = "", kind: str | None = None,
    include_inactive: bool = False, limit: int = 200,
) -> list[JabatanRow]:
    """Catalogue entries the actor's office can use, whose name contains ``text``."""
    require(actor, Permission.EMPLOYEE_READ)
    stmt = select(Jabatan).where(
        Jabatan.deleted.is_(False),
        or_(Jabatan.office_code == PROVINCE_OFFICE, Jabatan.office_code == actor.office_code))
    if text.strip():
        stmt = stmt.where(func.lower(Jabatan.name).contains(text.strip().lower()))
    if kind:
        stmt = stmt.where(Jabatan.kind == kind)
    if not include_inactive:
        stmt = stmt.where(Jabatan.active.is_(True))
    rows = session.scalars(stmt.order_by(Jabatan.name, Jabatan.id).limit(limit))
    return [_jabatan_row(r) for r in rows]


def save_jabatan(
    session: Session, actor: CurrentUser, data: JabatanCatalogInput,
    jabatan_id: str | None = None,
) -> JabatanRow:
    """Add or change a catalogue entry (see the module docstring for who may)."""
    row = live_row(session, Jabatan, jabatan_id) if jabatan_id else None
    shared = row.office_code == PROVINCE_OFFICE if row is not None else data.shared
    require(actor, Permission.REFERENCE_WRITE if shared else Permission.EMPLOYEE_WRITE)
    owner = PROVINCE_OFFICE if shared else actor.office_code
    if owner != actor.office_code:
        raise PermissionDenied("access.other_office", what=message("reference.jabatan"),
                               office=owner)
    values = validate_jabatan(session, data, row)
    if row is None:
        row = Jabatan(office_code=owner, **values)
        session.add(row)
    else:
        for key, value in values.items():
            if getattr(row, key) != value:
                setattr(row, key, value)
    session.flush()
    return _jabatan_row(row)


def validate_jabatan(session: Session, data: JabatanCatalogInput, row: Jabatan | None
                     ) -> dict[str, Any]:
    """The cleaned column values of ``data`` for a new catalogue jabatan (``row`` None) or
    for ``row``. Raises :class:`ValidationError` with every problem at once (kind and
    jenjang agree, eselon, BUP 50–75, kelas 1–17, pelaksana category, a unique code). No write:
    :func:`save_jabatan` and the form's live check
    (:func:`app.services.org_admin.check_jabatan`) share it."""
    values = clean_values(data)
    values.pop("shared")
    checks = Checks(values, date.today())
    checks.required("name", "kind")
    checks.model_limits(Jabatan)
    for name, parse in (("kind", parse_jenis_jabatan), ("jenjang", parse_jenjang)):
        if values[name] is not None:
            try:
                values[name] = parse(values[name]).value
            except InvalidJabatan as exc:
                checks.invalid(name, exc)
    kind = values["kind"] if not checks.has_error("kind") else None
    if kind and kind.startswith("fungsional_") and values["jenjang"] is None:
        checks.error("jenjang", "reference.jenjang_required")
    if values["jenjang"] and kind and not checks.has_error("jenjang") and (
            parse_jenjang(values["jenjang"]).jenis.value != kind):
        checks.error("jenjang", "reference.jenjang_kind")
    try:
        found = parse_eselon(values["eselon"])
        values["eselon"] = found.code if found else None
    except InvalidJabatan as exc:
        checks.invalid("eselon", exc)
    checks.int_range("bup", 50, 75)
    checks.int_range("kelas_jabatan", 1, 17)
    checks.choice("pelaksana_category", [c.value for c in PelaksanaCategory])
    if values["pelaksana_category"] and kind and kind != "pelaksana":
        checks.error("pelaksana_category", "reference.category_pelaksana_only")
    if values["code"] is not None:
        clash = session.scalar(select(Jabatan.id).where(Jabatan.code == values["code"]))
        if clash is not None and (row is None or clash != row.id):
            checks.error("code", "reference.code_taken", value=values["code"])
    checks.raise_if_any()
    values["active"] = bool(values["active"])
    return values


def _jabatan_row(r: Jabatan) -> JabatanRow:
    return JabatanRow(r.id, r.code, r.name, r.kind, r.jenjang, r.eselon, r.bup,
                      r.kelas_jabatan, r.pelaksana_category, r.active, r.office_code)


register_messages(
    {
        "reference.row": ("data referensi", "reference row"),
        "reference.jabatan": ("katalog jabatan", "jabatan catalogue"),
        "reference.golongan": ("golongan", "golongan"),
        "reference.eselon": ("eselon", "eselon"),
        "reference.education_level": ("tingkat pendidikan", "education level"),
        "reference.religion": ("agama", "religion"),
        "reference.marital_status": ("status perkawinan", "marital status"),
        "reference.training_type": ("jenis pelatihan", "training type"),
        "reference.read_only": (
            "Daftar {table} ditetapkan peraturan dan tidak dapat diubah.",
            "The {table} list is fixed by regulation and cannot be changed.",
        ),
        "reference.fixed_codes": (
            "Kode pada daftar ini dipakai aturan dan tidak dapat ditambah atau diubah; "
            "hanya nama, urutan dan status aktif.",
            "The codes of this list drive the rules and cannot be added or changed; only the "
            "name, order and active flag can.",
        ),
        "reference.code_taken": (
            "Kode '{value}' sudah dipakai data lain.",
            "The code '{value}' is already used by another row.",
        ),
        "reference.jenjang_required": (
            "Jabatan fungsional wajib diisi jenjangnya (mis. Ahli Pertama, Terampil).",
            "A jabatan fungsional needs its level (e.g. Ahli Pertama, Terampil).",
        ),
        "reference.jenjang_kind": (
            "Jenjang ini tidak cocok dengan jenis jabatan.",
            "This level does not fit the jabatan kind.",
        ),
        "reference.category_pelaksana_only": (
            "Kategori (klerek/operator/teknisi) hanya untuk jabatan pelaksana.",
            "A category (klerek/operator/teknisi) is only for jabatan pelaksana.",
        ),
    }
)

__all__ = [
    "JabatanCatalogInput", "JabatanRow", "RefInput", "RefRow", "RefTable",
    "list_jabatan", "list_reference", "save_jabatan", "save_reference",
]
