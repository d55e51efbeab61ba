"""The audit hash chain: verification, tamper detection, no personal values."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import select

from app.db.audit import AuditEntry, append_audit, audit_head, entry_hash, verify_audit_chain
from app.db.engine import unit_of_work
from app.db.sync_meta import GENESIS_HASH, TrackingError
from app.db.tracking import tombstone
from tests.core.tracking.models import Note, Person

NIK, ADDRESS, PHONE = "1502014507850003", "Jl. Kenanga No. 7, Bangko", "081366612345"


def fill(uow, n: int = 6) -> None:
    """n audit entries: n-2 note creations, a login, a backup."""
    with uow() as s:
        append_audit(s, action="login")
    for i in range(n - 2):
        with uow() as s:
            s.add(Note(text=f"n{i}"))
    with uow() as s:
        append_audit(s, action="backup", detail="backup-2025-01-01.db")


def raw(factory, sql: str, *params) -> None:
    """Edit the file as the sqlite3 command-line tool would: no app, no hooks."""
    path = factory.kw["bind"].url.database
    con = sqlite3.connect(path)
    con.execute(sql, params)
    con.commit()
    con.close()


def check(factory):
    with unit_of_work(factory) as s:
        return verify_audit_chain(s)


def test_intact_chain_verifies(uow, factory):
    fill(uow)
    result = check(factory)
    assert (result.ok, result.count, result.first_broken_seq, result.reason) == (True, 6, None, "")
    with unit_of_work(factory) as s:
        assert audit_head(s) == (6, result.head_hash)
        first = s.get(AuditEntry, 1)
    assert first.prev_hash == GENESIS_HASH
    assert "6" in result.text("id")


def test_empty_log_verifies_and_has_the_genesis_head(factory):
    with unit_of_work(factory) as s:
        assert audit_head(s) == (0, GENESIS_HASH)
        assert verify_audit_chain(s).ok


def test_hash_covers_prev_hash_and_every_field(uow, factory):
    fill(uow, 3)
    with unit_of_work(factory) as s:
        row = dict(s.execute(select(AuditEntry.__table__).where(AuditEntry.seq == 2))
                   .mappings().one())
    assert entry_hash(row) == row["hash"]
    for key in ("prev_hash", "detail", "username", "fields", "action", "record_pk"):
        assert entry_hash({**row, key: "x"}) != row["hash"], key


def test_editing_one_row_with_sqlite3_is_found_at_its_seq(uow, factory):
    fill(uow)
    raw(factory, "UPDATE audit_log SET username = 'someone-else' WHERE seq = 4")
    result = check(factory)
    assert (result.ok, result.first_broken_seq, result.reason) == (False, 4, "audit.hash_mismatch")
    assert result.count == 3
    assert result.text("id") == "Log audit rusak: entri nomor 4 telah diubah."


def test_editing_a_row_and_fixing_its_hash_breaks_the_next_link(uow, factory):
    fill(uow)
    with unit_of_work(factory) as s:
        row = dict(s.execute(select(AuditEntry.__table__).where(AuditEntry.seq == 3))
                   .mappings().one())
    forged = {**row, "action": "nothing-happened"}
    raw(factory, "UPDATE audit_log SET action = ?, hash = ? WHERE seq = 3",
        forged["action"], entry_hash(forged))
    result = check(factory)
    assert (result.first_broken_seq, result.reason) == (4, "audit.prev_mismatch")


def test_deleting_a_row_is_found_as_a_gap(uow, factory):
    fill(uow)
    raw(factory, "DELETE FROM audit_log WHERE seq = 3")
    result = check(factory)
    assert (result.ok, result.first_broken_seq, result.reason) == (False, 3, "audit.gap")
    assert "3 hilang" in result.text("id")


def test_cutting_off_the_tail_is_found(uow, factory):
    fill(uow)
    raw(factory, "DELETE FROM audit_log WHERE seq >= 5")
    result = check(factory)
    assert (result.ok, result.first_broken_seq, result.reason) == (False, 5, "audit.truncated")


def test_anchor_from_the_province_must_match(uow, factory):
    fill(uow)
    with unit_of_work(factory) as s:
        anchor = (3, s.get(AuditEntry, 3).hash)
        assert verify_audit_chain(s, anchor=anchor).ok
        bad = verify_audit_chain(s, anchor=(3, "f" * 64))
        beyond = verify_audit_chain(s, anchor=(99, "f" * 64))
    assert (bad.ok, bad.first_broken_seq, bad.reason) == (False, 3, "audit.anchor_mismatch")
    assert (beyond.ok, beyond.reason) == (False, "audit.truncated")


def test_failed_login_is_logged_under_the_typed_name(factory):
    with unit_of_work(factory) as s:
        seq = append_audit(s, action="login-failed", username="tamu", detail="wrong password")
    with unit_of_work(factory) as s:
        entry = s.get(AuditEntry, seq)
        assert verify_audit_chain(s).ok
    assert (entry.username, entry.user_id, entry.action) == ("tamu", None, "login-failed")


def test_append_without_actor_or_name_is_refused(factory):
    with pytest.raises(TrackingError), unit_of_work(factory) as s:
        append_audit(s, action="export")


def test_record_writes_audit_field_names_but_never_personal_values(uow, factory):
    with uow() as s:
        p = Person(nik=NIK, name="Rina Marlina", birth_date=date(1985, 7, 5), address=ADDRESS,
                   phone=PHONE)
        s.add(p)
        s.flush()
        pid = p.id
    with uow() as s:
        p = s.get(Person, pid)
        p.nik, p.address, p.phone = "1502014507850004", ADDRESS + " RT 2", "081366600000"
        p.grade = "III/c"
    with uow() as s:
        tombstone(s, s.get(Person, pid), "pindah")
    with unit_of_work(factory) as s:
        entries = s.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        assert verify_audit_chain(s).ok
    assert [e.action for e in entries] == ["create", "update", "delete"]
    assert [e.record_pk for e in entries] == [pid] * 3
    assert json.loads(entries[1].fields) == ["address", "grade", "nik", "phone"]
    assert json.loads(entries[1].changes) == {"grade": ["III/a", "III/c"]}  # declared safe
    dump = "\n".join(str(v) for e in entries for v in e.__dict__.values())
    for secret in (NIK, "1502014507850004", ADDRESS, "Jl. Kenanga", PHONE, "081366600000",
                   "Rina", "1985-07-05"):
        assert secret not in dump
