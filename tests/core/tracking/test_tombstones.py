"""Deletes are tombstones: hard deletes and raw writes on synced tables are refused."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, insert, select, text, update

from app.db.audit import AuditEntry
from app.db.sync_meta import ChangeLog, TrackingError
from app.db.sync_units import stamps_of
from app.db.tracking import bulk_mode, mark_merged, restore, tombstone
from app.errors import ValidationError
from tests.core.tracking.models import Note, Person


def new_note(uow, text_="catatan") -> str:
    with uow() as s:
        n = Note(text=text_)
        s.add(n)
        s.flush()
        return n.id


def last_change(s) -> ChangeLog:
    return s.scalars(select(ChangeLog).order_by(ChangeLog.origin_seq.desc()).limit(1)).one()


def last_audit(s) -> AuditEntry:
    return s.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()


def test_tombstone_keeps_the_row_and_logs_a_lifecycle_delete(uow):
    nid = new_note(uow)
    with uow() as s:
        tombstone(s, s.get(Note, nid), "  salah input  ")
    with uow() as s:
        n = s.get(Note, nid)
        change, audit = last_change(s), last_audit(s)
        assert n.deleted and n.deleted_reason == "salah input"
        assert stamps_of(n)["lifecycle"][0] == change.lamport
    assert (change.unit, change.op) == ("lifecycle", "delete")
    assert json.loads(change.values_json) == {
        "office_code": "15.02", "deleted": True, "deleted_reason": "salah input",
        "merged_into": None}
    assert audit.action == "delete" and audit.record_pk == nid
    assert json.loads(audit.fields) == ["deleted", "deleted_reason"]
    assert json.loads(audit.changes) == {"deleted": [False, True]}  # the reason text is not copied


def test_tombstone_needs_a_reason(uow):
    nid = new_note(uow)
    with pytest.raises(ValidationError) as err, uow() as s:
        tombstone(s, s.get(Note, nid), "   ")
    assert err.value.by_field() == {"reason": "Wajib diisi."}


def test_restore_is_a_new_lifecycle_write(uow):
    nid = new_note(uow)
    with uow() as s:
        tombstone(s, s.get(Note, nid), "keliru")
    with uow() as s:
        restore(s, s.get(Note, nid))
    with uow() as s:
        change, audit = last_change(s), last_audit(s)
        assert not s.get(Note, nid).deleted
    assert (change.unit, change.op, audit.action) == ("lifecycle", "upsert", "restore")
    assert json.loads(change.base_stamp)[0] < change.lamport


def test_merge_points_the_loser_at_the_survivor(uow):
    with uow() as s:
        a = Person(nik="1", name="Budi")
        b = Person(nik="2", name="Budi S.")
        s.add_all([a, b])
        s.flush()
        ids = a.id, b.id
    with uow() as s:
        mark_merged(s, s.get(Person, ids[1]), s.get(Person, ids[0]), "duplikat NIK")
    with uow() as s:
        loser, change, audit = s.get(Person, ids[1]), last_change(s), last_audit(s)
        assert loser.deleted and loser.merged_into == ids[0]
    assert (change.op, audit.action) == ("merge", "merge")
    assert json.loads(change.values_json)["merged_into"] == ids[0]


def test_hard_delete_of_a_synced_row_is_refused(uow):
    nid = new_note(uow)
    with pytest.raises(TrackingError) as err, uow() as s:
        s.delete(s.get(Note, nid))
        s.flush()
    assert err.value.code == "tracking.hard_delete"
    assert "t_note" in err.value.text("id") and "alasan" in err.value.text("id")
    with uow() as s:
        assert s.get(Note, nid) is not None


@pytest.mark.parametrize("make", [
    lambda: update(Note).values(text="x"),
    lambda: update(Note.__table__).values(text="x"),
    lambda: delete(Note),
    lambda: delete(Note.__table__),
    lambda: insert(Note.__table__).values(id="x", office_code="15.02", text="x"),
])
def test_raw_writes_to_synced_tables_are_refused(uow, make):
    nid = new_note(uow)
    with pytest.raises(TrackingError) as err, uow() as s:
        s.execute(make())
    assert err.value.code == "tracking.raw_write"
    with uow() as s:
        assert s.get(Note, nid).text == "catatan"


def test_raw_writes_to_other_tables_are_allowed(uow):
    with uow() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == -1).values(detail="x"))
        s.execute(text("SELECT 1"))


def test_bulk_mode_writes_one_audit_entry_per_table_and_action(uow):
    ids = [new_note(uow, f"n{i}") for i in range(3)]
    with uow() as s, bulk_mode(s):
        before = last_audit(s).seq
        for note in [s.get(Note, nid) for nid in ids]:
            tombstone(s, note, "bersih-bersih")
        s.add_all([Note(text="new1"), Note(text="new2")])
        s.flush()
        entries = s.scalars(select(AuditEntry).where(AuditEntry.seq > before)).all()
        n_changes = len(s.scalars(select(ChangeLog)).all())
    assert sorted((e.action, e.detail) for e in entries) == [
        ("create", "count=2"), ("delete", "count=3")]
    assert n_changes == 3 + 3 + 2  # every change is still in change_log
