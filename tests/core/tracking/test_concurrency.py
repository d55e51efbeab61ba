"""Two writers at once: sequence numbers stay contiguous and unique, the audit chain intact.

SQLite (offices) serialises writers with BEGIN IMMEDIATE; on PostgreSQL (the province) the
allocation statement's row lock does it. The PostgreSQL run needs SIMPEG_TEST_PG_URL
(``bash scripts/pg-test.sh start`` prints one); each run makes and drops its own database.
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text

from app.db.audit import AuditEntry, append_audit, verify_audit_chain
from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.sync_meta import ChangeLog, init_site, site_info
from app.db.tracking import bind_actor, bulk_insert, tombstone
from tests.core.tracking.conftest import create_schema
from tests.core.tracking.models import Note, Person

WRITERS, ROUNDS = 2, 25


@pytest.fixture
def pg_factory() -> Iterator[SessionFactory]:
    url = os.environ.get("SIMPEG_TEST_PG_URL")
    if not url:
        pytest.skip("SIMPEG_TEST_PG_URL not set (bash scripts/pg-test.sh start)")
    name = f"simpeg_tracking_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    factory = make_session_factory(url.rsplit("/", 1)[0] + "/" + name)
    try:
        create_schema(factory)
        with unit_of_work(factory) as s:
            init_site(s, "15")
        yield factory
    finally:
        factory.kw["bind"].dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def hammer(factory: SessionFactory, office: str) -> None:
    """WRITERS threads, each ROUNDS units of work: inserts, an edit, an audit event."""
    start, errors = threading.Barrier(WRITERS), []

    def writer(n: int) -> None:
        try:
            start.wait()
            for i in range(ROUNDS):
                with unit_of_work(factory, write_lock=True) as s:
                    bind_actor(s, username=f"w{n}", user_id=None, office_code=office)
                    notes = [Note(text=f"w{n}-{i}-{k}") for k in range(3)]
                    s.add_all(notes)
                    s.flush()
                    notes[0].text += " (edited)"
                    s.flush()
                    append_audit(s, action="export", detail=f"w{n}-{i}")
        except BaseException as exc:  # reported in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def assert_contiguous(factory: SessionFactory) -> None:
    flushes = WRITERS * ROUNDS * 2
    with unit_of_work(factory) as s:
        seqs = s.scalars(select(ChangeLog.origin_seq).order_by(ChangeLog.origin_seq)).all()
        lamports = s.scalars(select(func.count(func.distinct(ChangeLog.lamport)))).one()
        audit_seqs = s.scalars(select(AuditEntry.seq).order_by(AuditEntry.seq)).all()
        check = verify_audit_chain(s)
        info = site_info(s)
    assert seqs == list(range(1, WRITERS * ROUNDS * 4 + 1))
    assert info.next_seq == len(seqs) + 1
    assert lamports == flushes  # every flush got its own clock tick
    assert audit_seqs == list(range(1, WRITERS * ROUNDS * 5 + 1))
    assert check.ok, check.reason


def test_two_sqlite_writers_get_contiguous_distinct_seqs(factory):
    hammer(factory, "15.02")
    assert_contiguous(factory)


@pytest.mark.postgres
def test_two_postgres_writers_get_contiguous_distinct_seqs(pg_factory):
    hammer(pg_factory, "15")
    assert_contiguous(pg_factory)


@pytest.mark.postgres
def test_the_whole_write_path_works_on_postgres(pg_factory):
    with unit_of_work(pg_factory) as s:
        bind_actor(s, username="steward", user_id=None, office_code="15")
        p = Person(nik="1571010101900002", name="Ahmad")
        s.add(p)
        s.flush()
        p.phone = "0812"
        s.flush()
        tombstone(s, p, "duplikat")
        bulk_insert(s, Note, [{"text": f"n{i}"} for i in range(100)])
    with unit_of_work(pg_factory) as s:
        units = s.scalars(select(ChangeLog.unit).order_by(ChangeLog.origin_seq)).all()
        assert verify_audit_chain(s).ok
        assert s.get(Person, p.id).deleted
    assert units[:5] == ["identity", "contact", "employment", "contact", "lifecycle"]
    assert len(units) == 105
