"""Writes made while applying a bundle keep the origin's stamps and add no local changes."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, insert, select

from app.db.audit import AuditEntry, verify_audit_chain
from app.db.sync_meta import ChangeLog, TrackingError, observe, site_info
from app.db.sync_units import decode_values, set_unit_stamp, stamps_of
from app.db.tracking import applying_remote
from tests.core.tracking.models import Note, Person


def count_changes(s) -> int:
    return s.scalar(select(func.count()).select_from(ChangeLog))


def test_applied_rows_keep_the_incoming_stamp_and_log_no_local_change(uow):
    values = {"nik": "1571010101900002", "name": "Ahmad", "birth_date": "1990-01-01"}
    with uow(username="sync1") as s, applying_remote(s):
        p = Person(id="0193aaaa-0000-7000-8000-000000000001", office_code="15.71",
                   **decode_values(Person, values))
        set_unit_stamp(p, "identity", (900, "15.71"))
        s.add(p)
        s.flush()
    with uow() as s:
        p = s.get(Person, "0193aaaa-0000-7000-8000-000000000001")
        audit = s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert stamps_of(p) == {"identity": (900, "15.71")}
        assert str(p.birth_date) == "1990-01-01"
        assert count_changes(s) == 0
        assert site_info(s).lamport == 900  # the clock observed the incoming stamp
        assert verify_audit_chain(s).ok
    assert (audit.action, audit.username, audit.detail) == ("sync-apply", "sync1", "origin=15.71")
    assert json.loads(audit.fields) == ["birth_date", "name", "nik"]


def test_a_local_write_after_an_import_wins_over_the_imported_stamp(uow):
    with uow() as s, applying_remote(s):
        n = Note(id="n-remote", office_code="15.71", text="dari kota")
        set_unit_stamp(n, "row", (5000, "15.71"))
        s.add(n)
    with uow() as s:
        s.get(Note, "n-remote").text = "dikoreksi"
    with uow() as s:
        mine = stamps_of(s.get(Note, "n-remote"))["row"]
        change = s.scalars(select(ChangeLog)).one()
    assert mine > (5000, "15.71") and mine == (change.lamport, "15.02")
    assert json.loads(change.base_stamp) == [5000, "15.71"]


def test_an_applied_edit_without_a_new_stamp_is_refused(uow):
    with uow() as s:
        s.add(Note(id="n1", text="asli"))
    with pytest.raises(TrackingError) as err, uow() as s, applying_remote(s):
        s.get(Note, "n1").text = "tanpa cap"
        s.flush()
    assert err.value.code == "tracking.remote_unstamped"
    with uow() as s:
        assert s.get(Note, "n1").text == "asli"


def test_an_applied_row_without_office_is_refused(uow):
    with pytest.raises(TrackingError) as err, uow() as s, applying_remote(s):
        n = Note(id="n2", text="x")
        set_unit_stamp(n, "row", (3, "15.71"))
        s.add(n)
        s.flush()
    assert err.value.code == "tracking.remote_incomplete"


def test_the_importer_may_write_synced_tables_directly(uow):
    with uow() as s, applying_remote(s):
        s.execute(insert(Note.__table__).values(
            id="n3", office_code="15.71", text="massal", stamps='{"row":[7,"15.71"]}',
            deleted=False))
    with uow() as s:
        assert s.get(Note, "n3").text == "massal" and count_changes(s) == 0


def test_observe_only_moves_the_clock_forward(uow):
    with uow() as s:
        assert observe(s, 42) == 42
        assert observe(s, 10) == 42
        assert site_info(s).lamport == 42
