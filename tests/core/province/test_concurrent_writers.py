"""Several clerks at the province at once, on PostgreSQL: each thread has its own
ServiceContext (own connection pool), as two PCs on the office LAN would."""

from __future__ import annotations

import json
import threading
import time

import pytest
from sqlalchemy import select

from app.db.personnel import Employee
from app.db.sync_meta import ChangeLog
from app.services.context import ServiceContext
from app.services.personnel import update_employee
from tests.core.province.conftest import add_valid_employee, assert_log_sound

pytestmark = pytest.mark.postgres


def _run(*targets) -> list[BaseException]:  # type: ignore[no-untyped-def]
    errors: list[BaseException] = []

    def wrap(fn):  # type: ignore[no-untyped-def]
        def go() -> None:
            try:
                fn()
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                errors.append(exc)
        return go

    threads = [threading.Thread(target=wrap(t)) for t in targets]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
        assert not t.is_alive(), "a writer hung (deadlock?)"
    return errors


def _stamps_match_log(site, employee_id: str) -> None:  # type: ignore[no-untyped-def]
    """Every unit's stamp on the row is the stamp of the last logged change of that unit."""
    with site.ctx.read_session() as s:
        stamps = json.loads(s.get(Employee, employee_id).stamps)
        last: dict[str, list] = {}
        for row in s.execute(select(ChangeLog).where(
                ChangeLog.table_name == "employee", ChangeLog.pk == employee_id)
                .order_by(ChangeLog.origin_seq)).scalars():
            last[row.unit] = [row.lamport, row.origin_site]
    assert {u: stamps.get(u) for u in last} == last


def test_two_clerks_edit_different_employees_at_once(province):
    a = add_valid_employee(province, "Ani Clerk A", 1)
    b = add_valid_employee(province, "Budi Clerk B", 2)
    ctx = [ServiceContext.open(province.url).as_system() for _ in range(2)]

    def clerk(i: int, pk: str):  # type: ignore[no-untyped-def]
        def go() -> None:
            for n in range(15):
                ctx[i].write(update_employee, pk, {"alamat": f"Jl. {i}-{n}", "hobi": f"h{n}"})
        return go

    try:
        assert _run(clerk(0, a), clerk(1, b)) == []
    finally:
        for c in ctx:
            c.close()
    assert province.row(Employee, a).alamat == "Jl. 0-14"
    assert province.row(Employee, b).alamat == "Jl. 1-14"
    _stamps_match_log(province, a)
    _stamps_match_log(province, b)
    assert_log_sound(province)


def test_same_employee_edited_while_another_clerk_holds_it(province):
    """Clerk A changes the address and has not committed yet when clerk B opens the same
    record to change the hobby: B waits for A and then works on A's committed row, so neither
    change is lost and the row's stamps agree with the change log."""
    pk = add_valid_employee(province, "Citra Sama", 3)
    ctx_a = ServiceContext.open(province.url).as_system()
    ctx_b = ServiceContext.open(province.url).as_system()
    a_flushed, a_may_commit = threading.Event(), threading.Event()

    def clerk_a() -> None:
        with ctx_a.write_session() as s:
            update_employee(s, ctx_a.user, pk, {"alamat": "Jl. Clerk A"})
            s.flush()
            a_flushed.set()
            assert a_may_commit.wait(30)

    def clerk_b() -> None:
        assert a_flushed.wait(30)
        ctx_b.write(update_employee, pk, {"hobi": "catur"})

    def release() -> None:
        assert a_flushed.wait(30)
        time.sleep(0.5)  # B is now inside its unit of work, waiting for A
        a_may_commit.set()

    try:
        assert _run(clerk_a, clerk_b, release) == []
    finally:
        ctx_a.close()
        ctx_b.close()
    row = province.row(Employee, pk)
    assert (row.alamat, row.hobi) == ("Jl. Clerk A", "catur")
    _stamps_match_log(province, pk)
    assert_log_sound(province)


def test_same_field_twice_at_once_keeps_both_in_the_log(province):
    """Two clerks save the same field at the same moment: the later commit is what the record
    holds, and both saves are in the change log and the audit trail (nothing silently lost)."""
    pk = add_valid_employee(province, "Dedi Sama", 4)
    ctx = [ServiceContext.open(province.url).as_system() for _ in range(2)]
    go = threading.Barrier(2)

    def clerk(i: int):  # type: ignore[no-untyped-def]
        def run() -> None:
            go.wait(10)
            ctx[i].write(update_employee, pk, {"alamat": f"Jl. Clerk {i}"})
        return run

    try:
        assert _run(clerk(0), clerk(1)) == []
    finally:
        for c in ctx:
            c.close()
    with province.ctx.read_session() as s:
        logged = [json.loads(v).get("alamat") for v in s.scalars(
            select(ChangeLog.values_json).where(ChangeLog.pk == pk, ChangeLog.table_name ==
                                                "employee").order_by(ChangeLog.origin_seq))]
    written = [v for v in logged if v and v.startswith("Jl. Clerk")]
    assert sorted(written) == ["Jl. Clerk 0", "Jl. Clerk 1"]
    assert province.row(Employee, pk).alamat == written[-1]
    _stamps_match_log(province, pk)
    assert_log_sound(province)
