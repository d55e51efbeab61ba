"""Declarations other parts rely on: Employee change units, the SIASN map, the table list."""

from __future__ import annotations

import sys

from app.db import personnel
from app.db.base import Base, Synced
from app.db.models import metadata
from app.db.siasn_map import SIASN_ENDPOINTS, SIASN_FIELDS, columns_to_siasn, siasn_to_columns

SYNCED_COLUMNS = {"id", "office_code", "stamps", "deleted", "deleted_reason", "merged_into",
                  "updated_at"}
LIFECYCLE = {"deleted", "deleted_reason", "merged_into"}


def test_employee_change_units_cover_every_business_column_once():
    units = personnel.Employee.__sync_units__
    assert set(units) == {"identity", "contact", "employment", "grade", "education"}
    listed = [column for columns in units.values() for column in columns]
    assert len(listed) == len(set(listed)), "a column is in two units"
    business = set(personnel.Employee.__table__.c.keys()) - SYNCED_COLUMNS
    assert set(listed) == business


def test_employee_units_never_claim_lifecycle_or_key_columns():
    listed = {c for columns in personnel.Employee.__sync_units__.values() for c in columns}
    assert not listed & (LIFECYCLE | {"id", "office_code", "stamps", "updated_at"})


def test_siasn_map_names_real_columns():
    for table, mapping in SIASN_FIELDS.items():
        columns = set(metadata.tables[table].c.keys())
        assert set(mapping) <= columns, table
        assert len(set(mapping.values())) == len(mapping), f"{table}: SIASN key used twice"
    assert set(SIASN_ENDPOINTS) <= set(SIASN_FIELDS)


def test_siasn_renaming_round_trips():
    record = {"nipBaru": "198503152010012003", "tglLahir": "1985-03-15", "unknownKey": 1}
    ours = siasn_to_columns("employee", record)
    assert ours == {"nip": "198503152010012003", "tanggal_lahir": "1985-03-15"}
    assert columns_to_siasn("employee", ours) == {k: v for k, v in record.items()
                                                  if k != "unknownKey"}


def test_every_business_model_is_synced_and_has_valid_change_units():
    from app.db import appraisal, family, histories, org, performance, reference, training
    from app.db.sync_units import unit_spec

    modules = (appraisal, family, histories, org, performance, personnel, reference, training)
    mappers = [m for m in Base.registry.mappers if sys.modules[m.class_.__module__] in modules]
    assert len(mappers) >= 35
    for mapper in mappers:
        assert issubclass(mapper.class_, Synced), mapper.class_.__name__
        assert set(mapper.local_table.c.keys()) >= SYNCED_COLUMNS
        assert "lifecycle" in unit_spec(mapper.class_).units
