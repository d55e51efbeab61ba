"""Reference data every office starts with, owned by the province (``office_code = "15"``).

Every site seeds the same rows under the same keys (:func:`stable_id`, a UUIDv5 of table and
code) and the same stamps (``[0, owner]``: the owner's version zero), so an employee's
``agama_id`` written at a regency points at the very row the province holds, and two fresh
sites have equal digests. Seeded rows are written as the owner's (:func:`add_seeded`), not as
local changes: a regency's bundle never carries reference rows it does not own. Corrections come
down from the province in bundles like any other change, and any real change (lamport ≥ 1)
wins over version zero.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import Synced
from app.db.reference import (
    BerakhlakValue,
    EducationLevel,
    Eselon,
    Golongan,
    Jabatan,
    MaritalStatus,
    Religion,
    TrainingType,
)
from app.db.sync_units import dumps_sorted, unit_spec
from app.db.tracking import applying_remote, bulk_mode
from app.domain import bangkom, berakhlak, jabatan
from app.domain import golongan as gol
from app.domain.pendidikan import Pendidikan
from app.domain.refdata import load_json

CATALOGUE_FILE = "jabatan-katalog.json"
_CATALOGUE_COLUMNS = ("code", "name", "kind", "jenjang", "bup", "pelaksana_category", "active")

OWNER = "15"
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://simpeg-luring.jambiprov.go.id/ref")

RELIGIONS = (
    ("islam", "Islam"),
    ("kristen", "Kristen Protestan"),
    ("katolik", "Katolik"),
    ("hindu", "Hindu"),
    ("buddha", "Buddha"),
    ("khonghucu", "Khonghucu"),
    ("kepercayaan", "Kepercayaan terhadap Tuhan YME"),
)
MARITAL_STATUSES = (
    ("belum_kawin", "Belum Kawin"),
    ("kawin", "Kawin"),
    ("cerai_hidup", "Cerai Hidup"),
    ("cerai_mati", "Cerai Mati"),
)


def stable_id(table: str, code: str) -> str:
    """The same UUID for ``(table, code)`` at every site."""
    return str(uuid.uuid5(_NAMESPACE, f"{table}:{code}"))


def add_seeded(session: Session, objects: Iterable[Synced]) -> int:
    """Insert ``objects`` as their owners' version zero: no change_log rows, one audit entry
    per table. Every object must carry its ``id`` and ``office_code``."""
    objects = list(objects)
    for obj in objects:
        units = unit_spec(type(obj)).insert_units(obj.__dict__)
        obj.stamps = dumps_sorted({u: [0, obj.office_code] for u in units})
    with applying_remote(session), bulk_mode(session):
        session.add_all(objects)
        session.flush()
    return len(objects)


def _rows(model: type, rows: Iterable[dict[str, object]]) -> list[object]:
    table = model.__tablename__  # type: ignore[attr-defined]
    return [
        model(id=stable_id(table, str(r["code"])), office_code=OWNER, sort_order=i + 1, **r)
        for i, r in enumerate(rows)
    ]


def golongan_rows() -> list[object]:
    rows = []
    for g in (*gol.PNS, *gol.PPPK):
        equivalent = gol.pns_equivalent(g) if g.kind == "PPPK" else None
        rows.append({
            "code": g.code, "kind": g.kind, "ordinal": g.ordinal, "pangkat": g.pangkat,
            "group_name": g.group_name, "pns_equivalent": equivalent.code if equivalent else None,
        })
    return _rows(Golongan, rows)


def education_rows() -> list[object]:
    return _rows(EducationLevel, (
        {"code": p.value, "name": p.label, "ordinal": p.level} for p in Pendidikan
    ))


def eselon_rows() -> list[object]:
    return _rows(Eselon, (
        {"code": e.code, "name": f"Eselon {e.code}", "ordinal": e.rank,
         "jabatan_kind": e.jenis.value}
        for e in jabatan.default_tables().eselon
    ))


def training_type_rows() -> list[object]:
    """Forms of competence development (Peraturan LAN 10/2018): the klasikal and nonklasikal
    ones; formal education (tugas/izin belajar) is a pendidikan history, not a training."""
    return _rows(TrainingType, (
        {"code": f.code, "name": f.label, "kind": f.category}
        for f in bangkom.training_forms()
        if f.category in ("klasikal", "nonklasikal")
    ))


def berakhlak_rows() -> list[object]:
    return _rows(BerakhlakValue, (
        {"code": v.code, "name": v.name, "meaning": v.meaning,
         "behaviours": json.dumps(list(v.behaviours), ensure_ascii=False)}
        for v in berakhlak.berakhlak_values()
    ))


def catalogue_rows(table: object | None = None) -> list[dict[str, object]]:
    """The jabatan catalogue of ``resources/data/jabatan-katalog.json`` (or ``table``, its
    parsed form): one dict per jabatan with the :data:`_CATALOGUE_COLUMNS`."""
    data = load_json(CATALOGUE_FILE) if table is None else table
    rows = []
    for row in data["rows"]:  # type: ignore[index]
        out: dict[str, object] = {k: row.get(k) for k in _CATALOGUE_COLUMNS}
        out["active"] = bool(row.get("active", True))
        rows.append(out)
    return rows


def seed_jabatan_catalogue(session: Session, table: object | None = None) -> dict[str, str]:
    """The jabatan catalogue as the province's reference rows (version zero, stable keys
    ``stable_id("jabatan", code)``), so an employee's ``jabatan_id`` written at any office
    points at the row every other site holds. Rows already there (by code) are kept; returns
    code → id of the whole catalogue held here."""
    found = session.execute(select(Jabatan.code, Jabatan.id).where(Jabatan.code.is_not(None)))
    have = {str(code): str(key) for code, key in found}
    new = [Jabatan(id=stable_id("jabatan", str(r["code"])), office_code=OWNER, **r)
           for r in catalogue_rows(table) if r["code"] not in have]
    if new:
        add_seeded(session, new)
    have.update({str(j.code): str(j.id) for j in new})
    return have


def seed_reference_data(session: Session) -> int:
    """Insert every reference table's rows (the jabatan catalogue is
    :func:`seed_jabatan_catalogue`); returns how many rows were added."""
    objects = [
        *golongan_rows(),
        *education_rows(),
        *eselon_rows(),
        *_rows(Religion, ({"code": c, "name": n} for c, n in RELIGIONS)),
        *_rows(MaritalStatus, ({"code": c, "name": n} for c, n in MARITAL_STATUSES)),
        *training_type_rows(),
        *berakhlak_rows(),
    ]
    return add_seeded(session, objects)
