"""Local writes: change units, stamps, change_log rows, seq contiguity, the Lamport clock."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.db.engine import unit_of_work
from app.db.sync_meta import ChangeLog, TrackingError, site_info
from app.db.sync_units import stamps_of
from app.db.tracking import bind_actor
from tests.core.tracking.conftest import SITE
from tests.core.tracking.models import Folder, Note, Person


def changes(s, **where):
    stmt = select(ChangeLog).order_by(ChangeLog.origin_seq)
    for key, value in where.items():
        stmt = stmt.where(getattr(ChangeLog, key) == value)
    return list(s.scalars(stmt))


def add_person(uow, **kw) -> str:
    values = {"nik": "1502010101800001", "name": "Siti Aminah", "birth_date": date(1980, 1, 1),
              "address": "Jl. Pemuda 1", "phone": "0812000", "salary": Decimal("4500000.50")}
    values.update(kw)
    with uow() as s:
        p = Person(**values)
        s.add(p)
        s.flush()
        return p.id


def test_insert_records_every_unit_with_values_and_stamps(uow):
    pid = add_person(uow)
    with uow() as s:
        rows = changes(s)
        p = s.get(Person, pid)
        lamport = site_info(s).lamport
    assert [(c.unit, c.op) for c in rows] == [
        ("identity", "upsert"), ("contact", "upsert"), ("employment", "upsert")]
    assert [c.origin_seq for c in rows] == [1, 2, 3]
    assert {c.lamport for c in rows} == {lamport}
    assert all(c.pk == pid and c.origin_site == SITE and c.user_name == "op1" for c in rows)
    assert all(c.office_code == SITE and c.base_stamp is None for c in rows)
    identity = json.loads(rows[0].values_json)
    assert identity == {"nik": "1502010101800001", "name": "Siti Aminah",
                        "birth_date": "1980-01-01"}
    # the column default ("III/a") is logged as the value the row really got
    assert json.loads(rows[2].values_json) == {"grade": "III/a", "salary": "4500000.50"}
    assert p.office_code == SITE
    assert stamps_of(p) == {u: (lamport, SITE) for u in ("identity", "contact", "employment")}


def test_editing_one_field_logs_only_its_unit_with_the_base_stamp(uow):
    pid = add_person(uow)
    with uow() as s:
        before = stamps_of(s.get(Person, pid))
        s.get(Person, pid).phone = "0813999"
    with uow() as s:
        p = s.get(Person, pid)
        after = stamps_of(p)
        rows = changes(s, pk=pid)
    assert len(rows) == 4
    last = rows[-1]
    assert (last.unit, last.op, last.origin_seq) == ("contact", "upsert", 4)
    assert json.loads(last.values_json) == {"address": "Jl. Pemuda 1", "phone": "0813999"}
    assert json.loads(last.base_stamp) == list(before["contact"])
    assert after["contact"][0] > before["contact"][0]
    assert after["identity"] == before["identity"]
    assert after["employment"] == before["employment"]


def test_setting_the_same_value_records_nothing(uow):
    pid = add_person(uow)
    with uow() as s:
        s.get(Person, pid).name = "Siti Aminah"
    with uow() as s:
        assert len(changes(s)) == 3


def test_two_units_in_one_flush_share_one_clock_tick(uow):
    pid = add_person(uow)
    with uow() as s:
        clock = site_info(s).lamport
        p = s.get(Person, pid)
        p.name, p.grade = "Siti Aminah, S.E.", "III/b"
    with uow() as s:
        rows = changes(s)[3:]
        assert site_info(s).lamport == clock + 1
    assert [(c.unit, c.lamport) for c in rows] == [("identity", clock + 1),
                                                   ("employment", clock + 1)]


def test_seq_stays_contiguous_across_flushes_sessions_and_rollbacks(uow):
    with uow() as s:
        for i in range(5):
            s.add(Note(text=f"n{i}"))
            s.flush()
    with pytest.raises(RuntimeError), uow() as s:
        s.add(Note(text="rolled back"))
        s.flush()
        raise RuntimeError("abandon")
    with uow() as s:
        s.add_all([Note(text="a"), Note(text="b")])
    with uow() as s:
        seqs = [c.origin_seq for c in changes(s)]
        assert site_info(s).next_seq == 8
    assert seqs == list(range(1, 8))


def test_lamport_ticks_once_per_flush(uow):
    with uow() as s:
        start = site_info(s).lamport
        s.add_all([Note(text=str(i)) for i in range(10)])
        s.flush()
        s.add(Note(text="second flush"))
        s.flush()
        lamports = [c.lamport for c in changes(s)]
    assert lamports == [start + 1] * 10 + [start + 2]


def test_office_code_given_explicitly_is_kept(uow):
    with uow() as s:
        n = Note(text="for the province", office_code="15")
        s.add(n)
        s.flush()
        assert n.office_code == "15"
        assert changes(s)[0].office_code == "15"


def test_foreign_key_set_by_the_flush_is_in_the_logged_values(uow):
    with uow() as s:
        a, b = Folder(title="A"), Folder(title="B")
        note = Note(text="moves")
        a.notes.append(note)
        s.add_all([a, b])
        s.flush()
        first = json.loads(changes(s, table_name="t_note")[0].values_json)
        assert first["folder_id"] == a.id
    with uow() as s:
        # a relationship without a backref: the child's key only changes during the flush
        a, b = (s.scalars(select(Folder).where(Folder.title == t)).one() for t in "AB")
        note = a.notes[0]
        b.notes.append(note)
        s.flush()
        moved = changes(s, table_name="t_note")[-1]
        assert stamps_of(note)["row"][0] == moved.lamport
    assert moved.unit == "row"
    assert json.loads(moved.values_json)["folder_id"] == b.id
    assert json.loads(moved.base_stamp)[0] < moved.lamport


def test_folder_child_gets_parent_key_in_insert_values(uow):
    with uow() as s:
        f = Folder(title="F")
        f.notes.append(Note(text="child", photo=b"\x89PNG"))
        s.add(f)
        s.flush()
        row = changes(s, table_name="t_note")[0]
        assert row.pk == f.notes[0].id
        folder_id = f.id
    values = json.loads(row.values_json)
    assert values["folder_id"] == folder_id
    assert values["text"] == "child" and values["photo"] == "iVBORw=="


def test_write_without_an_actor_is_refused(factory):
    with pytest.raises(TrackingError) as err, unit_of_work(factory) as s:
        s.add(Note(text="anonymous"))
    assert err.value.code == "tracking.no_actor"
    with unit_of_work(factory) as s:
        assert changes(s) == [] and s.scalars(select(Note)).all() == []


def test_write_before_init_site_is_refused(tmp_path):
    from app.db.engine import make_session_factory
    from tests.core.tracking.conftest import create_schema

    factory = make_session_factory(tmp_path / "bare.db")
    create_schema(factory)
    with pytest.raises(TrackingError) as err, unit_of_work(factory) as s:
        bind_actor(s, username="op1", user_id=None, office_code=SITE)
        s.add(Note(text="x"))
    assert err.value.code == "tracking.no_site"
    assert "simpeg init" in err.value.text("id")
