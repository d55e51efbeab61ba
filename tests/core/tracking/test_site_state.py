"""The single site_state row: init, incarnations, allocation."""

from __future__ import annotations

import pytest

from app.db.engine import unit_of_work
from app.db.sync_meta import TrackingError, allocate, init_site, new_incarnation, site_info
from tests.core.tracking.models import Note


def test_init_site_starts_clean_and_only_once(factory):
    with unit_of_work(factory) as s:
        info = site_info(s)
        assert (info.site_code, info.lamport, info.next_seq, info.audit_seq) == ("15.02", 0, 1, 0)
        assert len(info.incarnation) == 32
        with pytest.raises(TrackingError) as err:
            init_site(s, "15.03")
    assert err.value.code == "tracking.site_exists" and "15.02" in err.value.text("id")


@pytest.mark.parametrize("code", ["", "15/02", "15.02.0001", " 15"])
def test_bad_office_codes_are_refused(factory, code):
    with pytest.raises(TrackingError) as err, unit_of_work(factory) as s:
        init_site(s, code)
    assert err.value.code == "tracking.bad_office"


def test_allocation_reserves_ranges_back_to_back(factory):
    with unit_of_work(factory) as s:
        a = allocate(s, changes=3, audits=2, tick=1)
        b = allocate(s, changes=1, audits=1, tick=1)
        assert (a.first_seq, a.first_audit_seq, a.lamport) == (1, 1, 1)
        assert (b.first_seq, b.first_audit_seq, b.lamport) == (4, 3, 2)
        assert site_info(s).next_seq == 5


def test_new_incarnation_restarts_seq_under_a_new_id(uow):
    with uow() as s:
        s.add(Note(text="before restore"))
    with uow() as s:
        old = site_info(s)
        new = new_incarnation(s)
    assert new.incarnation != old.incarnation and new.next_seq == 1
    assert new.lamport == old.lamport and new.audit_seq == old.audit_seq
    with uow() as s:
        s.add(Note(text="after restore"))
    with uow() as s:
        assert site_info(s).next_seq == 2


def test_install_does_not_trust_event_contains(tmp_path, monkeypatch):
    """``event.contains()`` answers by ``id()``: for a new factory whose session class reuses
    the address of a collected one it can say "already there" (2,955 of 3,000 fresh factories
    in a loop), which left whole test sessions untracked. install() must not rely on it."""
    from sqlalchemy import event
    from sqlalchemy.orm import sessionmaker

    from app.db.engine import make_engine
    from app.db.tracking import install
    from tests.core.tracking.conftest import create_schema

    engine = make_engine(tmp_path / "fresh.db")
    factory = sessionmaker(bind=engine)
    create_schema(factory)
    monkeypatch.setattr(event, "contains", lambda *args, **kw: True)
    install(factory)
    install(factory)  # idempotent
    with pytest.raises(TrackingError) as err, unit_of_work(factory) as s:
        s.add(Note(text="no actor bound: the hook must refuse"))
    assert err.value.code == "tracking.no_actor"
    engine.dispose()


def test_insert_rows_writes_dates_and_refuses_rows_missing_defaulted_columns(factory):
    from datetime import datetime

    from sqlalchemy import select

    from app.db.sync_meta import BundleLog, insert_rows

    table = BundleLog.__table__
    when = datetime(2025, 3, 1, 7, 12, 0, 123456)
    row = {"id": 1, "bundle_id": "b1", "direction": "in", "peer": "15", "file_name": "x.hrb",
           "sha256": None, "link_seq": 3, "created_at": when, "logged_at": when,
           "applied_at": None, "status": "applied", "reason": None, "counts_json": "{}"}
    with unit_of_work(factory) as s:
        insert_rows(s, table, [row, {**row, "id": 2, "bundle_id": "b2"}])
        with pytest.raises(ValueError, match="logged_at"):
            insert_rows(s, table, [{k: v for k, v in row.items() if k != "logged_at"}])
    with unit_of_work(factory) as s:
        got = s.execute(select(BundleLog.bundle_id, BundleLog.created_at)).all()
    assert got == [("b1", when), ("b2", when)]
