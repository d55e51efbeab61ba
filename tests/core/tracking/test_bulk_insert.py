"""bulk_insert: tracked bulk loads for the demo generator."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry, verify_audit_chain
from app.db.sync_meta import ChangeLog, site_info
from app.db.sync_units import stamps_of
from app.db.tracking import applying_remote, bulk_insert
from tests.core.tracking.models import Note, Person


def test_bulk_insert_records_rows_changes_and_one_audit_entry(uow):
    rows = [{"nik": f"{i:016d}", "name": f"P{i}", "birth_date": date(1980, 1, 1 + i % 28)}
            for i in range(250)]
    with uow() as s:
        s.add(Note(text="pending first"))  # flushed before the bulk rows
        ids = bulk_insert(s, Person, rows)
    with uow() as s:
        assert len(ids) == 250 == s.scalar(select(func.count()).select_from(Person))
        p = s.get(Person, ids[7])
        changes = s.scalars(select(ChangeLog).order_by(ChangeLog.origin_seq)).all()
        audits = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert verify_audit_chain(s).ok
        assert site_info(s).next_seq == 1 + 1 + 250 * 3
    assert (p.name, p.grade, p.office_code, p.deleted) == ("P7", "III/a", "15.02", False)
    assert [c.origin_seq for c in changes] == list(range(1, 752))
    assert changes[0].table_name == "t_note"
    lamport = changes[1].lamport
    assert stamps_of(p) == {u: (lamport, "15.02") for u in ("identity", "contact", "employment")}
    mine = [c for c in changes if c.pk == ids[7]]
    assert [c.unit for c in mine] == ["identity", "contact", "employment"]
    assert json.loads(mine[0].values_json) == {"nik": "0000000000000007", "name": "P7",
                                               "birth_date": "1980-01-08"}
    assert [(a.action, a.table_name, a.detail) for a in audits] == [
        ("create", "t_note", ""), ("bulk-create", "t_person", "count=250")]
    assert "nik" in json.loads(audits[1].fields)


def test_bulk_insert_of_nothing_does_nothing(uow):
    with uow() as s:
        assert bulk_insert(s, Note, []) == []
        assert s.scalar(select(func.count()).select_from(ChangeLog)) == 0


def test_bulk_insert_is_for_local_loads_only(uow):
    with pytest.raises(TypeError), uow() as s, applying_remote(s):
        bulk_insert(s, Note, [{"text": "x"}])
