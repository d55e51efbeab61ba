"""The province imports bundles from three offices (a stand-in for eleven): status per office,
lag, the personnel list across offices, and an import running while a clerk works."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.db.base import utcnow
from app.db.personnel import Employee
from app.errors import PermissionDenied
from app.services.auth import CurrentUser, Role
from app.services.context import ServiceContext
from app.services.employee_query import EmployeeQuery, list_employees
from app.services.personnel import update_employee
from app.services.province import province_status
from tests.core.province.conftest import REGENCIES, add_valid_employee, assert_log_sound
from tests.core.sync.conftest import sync

pytestmark = pytest.mark.postgres


def _staff(regencies, per_office: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    for code, n in per_office.items():
        for i in range(n):
            regencies[code].add_employee(f"Pegawai {code} nomor {i}")


def test_three_offices_status_and_lag(province, regencies):
    _staff(regencies, {"15.01": 3, "15.02": 2, "15.03": 4})
    for code in REGENCIES:
        assert sync(regencies[code], province).status == "applied"

    status = province.ctx.read(province_status)
    assert status.office_code == "15"
    assert [o.office_code for o in status.offices][:3] == list(REGENCIES)
    assert len(status.offices) == 11  # every regency/city of Jambi, synced or not
    for code, n in {"15.01": 3, "15.02": 2, "15.03": 4}.items():
        o = status.office(code)
        assert (o.employees, o.bundles_received, o.lag_days) == (n, 1, 0)
        assert o.last_bundle_id and o.last_bundle_file.startswith(f"{code}-to-15")
        assert o.changes_pending == 0 and o.last_bundle_seq == 1 and not o.late
    assert status.employees_total == 9
    assert "15.04" in status.never_synced and status.office("15.04").lag_days is None
    assert status.office("15.04").late and status.office("15.04").last_bundle_seq is None

    # Three days later nothing new came from 15.01: its data is three days old.
    later = province.ctx.read(province_status, today=utcnow().date() + timedelta(days=3))
    assert later.office("15.01").lag_days == 3
    month = province.ctx.read(province_status, today=utcnow().date() + timedelta(days=31))
    assert month.office("15.01").late

    # 15.01 has not received 15.02's and 15.03's changes yet; once it has, and its next
    # bundle acknowledges them, nothing is waiting for it.
    assert status.office("15.01").changes_unacked > 0
    sync(province, regencies["15.01"])
    regencies["15.01"].add_employee("Pegawai baru 15.01")
    sync(regencies["15.01"], province)
    after = province.ctx.read(province_status).office("15.01")
    assert (after.changes_unacked, after.bundles_received, after.employees) == (0, 2, 4)
    assert after.last_bundle_seq == 2


def test_status_is_read_by_sync_report_or_audit_roles_only(province):
    from app.services.auth import can
    from app.services.province import _READERS

    with province.ctx.read_session() as s:
        for role in Role:
            actor = CurrentUser(None, "u", "U", role, "15")
            if any(can(actor, p) for p in _READERS):
                assert province_status(s, actor).office_code == "15"
            else:
                with pytest.raises(PermissionDenied):
                    province_status(s, actor)


def test_personnel_list_across_offices_with_office_filter(province, regencies):
    _staff(regencies, {"15.01": 2, "15.02": 3})
    for code in ("15.01", "15.02"):
        sync(regencies[code], province)
    province.add_employee("Pegawai provinsi")
    steward = CurrentUser(None, "steward", "Steward", Role.STEWARD, "15")
    with province.ctx.read_session() as s:
        everyone = list_employees(s, steward, EmployeeQuery())
        only = list_employees(s, steward, EmployeeQuery(office_code="15.02"))
    assert sorted({r.office_code for r in everyone.rows}) == ["15", "15.01", "15.02"]
    assert len(everyone.rows) == 6
    assert {r.office_code for r in only.rows} == {"15.02"} and len(only.rows) == 3

    # A regency clerk asking for another office still sees only its own.
    regencies["15.01"].add_employee("Lokal")
    sync(province, regencies["15.01"])
    clerk = CurrentUser(None, "op", "Operator", Role.OPERATOR, "15.01")
    with regencies["15.01"].ctx.read_session() as s:
        page = list_employees(s, clerk, EmployeeQuery(office_code="15.02"))
    assert {r.office_code for r in page.rows} == {"15.01"}


def test_import_while_a_clerk_edits_is_all_or_nothing(province, regencies):
    """A 15.02 bundle is applied while a province clerk keeps saving and a reader keeps
    counting 15.02's employees: the reader sees none or all, the clerk's saves all land,
    nothing deadlocks."""
    _staff(regencies, {"15.02": 40})
    bundle = regencies["15.02"].export_to("15").path
    own = add_valid_employee(province, "Clerk Provinsi", 5)
    clerk_ctx = ServiceContext.open(province.url).as_system()
    reader_ctx = ServiceContext.open(province.url).as_system()
    done = threading.Event()
    seen: list[int] = []
    errors: list[BaseException] = []
    saves = 0

    def importer() -> None:
        try:
            assert province.import_(bundle).status == "applied"
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            done.set()

    def clerk() -> None:
        nonlocal saves
        try:
            while not done.is_set() or saves < 5:
                clerk_ctx.write(update_employee, own, {"alamat": f"Jl. {saves}"})
                saves += 1
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    def reader() -> None:
        while not done.is_set():
            with reader_ctx.read_session() as s:
                seen.append(s.scalar(select(func.count()).select_from(Employee)
                                     .where(Employee.office_code == "15.02")))

    threads = [threading.Thread(target=t) for t in (reader, clerk, importer)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
            assert not t.is_alive(), "deadlock"
    finally:
        clerk_ctx.close()
        reader_ctx.close()
    assert errors == []
    assert set(seen) <= {0, 40}
    assert province.row(Employee, own).alamat == f"Jl. {saves - 1}"
    assert province.ctx.read(province_status).office("15.02").employees == 40
    assert_log_sound(province)
