"""sync.md §5.1 T04–T06, T19–T21: duplicated, overlapping, reordered, lost bundles; a restore."""

from __future__ import annotations

import json

from sqlalchemy import func, select

from app.db.audit import AuditEntry
from app.db.personnel import Employee
from app.db.sync_meta import ChangeLog, SyncPeer, site_info
from app.services.context import ServiceContext
from app.services.sync_service import list_peers
from tests.core.sync.conftest import assert_converged, sync


def _employees(site, n, start=0):  # type: ignore[no-untyped-def]
    return [site.add_employee(f"Pegawai {i}", nik=f"15020101019{i:05d}")
            for i in range(start, start + n)]


def _count(site, model) -> int:  # type: ignore[no-untyped-def]
    with site.ctx.read_session() as s:
        return s.scalar(select(func.count()).select_from(model))


def _pretend_acked(site, peer: str, knowledge: dict[str, int]) -> None:  # type: ignore[no-untyped-def]
    """As if ``peer`` had reported ``knowledge`` (the way a bundle B3 gets built after B2)."""
    with site.session() as s:
        s.get(SyncPeer, peer).acked_json = json.dumps(knowledge)


def _peer(site, code: str):  # type: ignore[no-untyped-def]
    return {p.office_code: p for p in site.ctx.read(list_peers)}[code]


def _own_key(site) -> str:  # type: ignore[no-untyped-def]
    with site.ctx.read_session() as s:
        info = site_info(s)
    return f"{info.site_code}/{info.incarnation}"


def test_t04_same_bundle_twice_reports_already_imported_and_changes_nothing(world_db):
    w = world_db
    _employees(w.kab, 3)
    bundle = w.kab.export_to(w.prov.code)
    assert w.prov.import_(bundle.path).status == "applied"
    before = (w.prov.digest(), _count(w.prov, ChangeLog))
    again = w.prov.import_(bundle.path)
    assert again.status == "already_imported" and "sudah pernah diimpor" in again.message
    # also after the program was restarted
    w.prov.ctx.close()
    w.prov.ctx = ServiceContext.open(w.prov.url).as_system()
    assert w.prov.import_(bundle.path).status == "already_imported"
    assert (w.prov.digest(), _count(w.prov, ChangeLog)) == before
    with w.prov.ctx.read_session() as s:
        actions = list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq.desc())
                                 .limit(2)))
    assert actions == ["sync.import-skipped", "sync.import-skipped"]


def test_t05_overlapping_bundles_apply_only_the_new_changes(world_db):
    w = world_db
    _employees(w.kab, 4)  # 5 units each: seq 1–20
    b1 = w.kab.export_to(w.prov.code)
    _employees(w.kab, 2, start=4)  # seq 21–30, and b2 resends 1–20 (no ack yet)
    b2 = w.kab.export_to(w.prov.code)
    key = _own_key(w.kab)
    assert b1.ranges == {key: (1, 20)} and b2.ranges == {key: (1, 30)}
    r1 = w.prov.import_(b1.path)
    r2 = w.prov.import_(b2.path)
    assert (r1.new_changes, r1.duplicate_changes) == (20, 0)
    assert (r2.new_changes, r2.duplicate_changes) == (10, 20)
    assert r2.rows_new == 2
    sync(w.prov, w.kab)
    assert_converged(w.prov, w.kab)


def test_t06_out_of_order_is_parked_with_what_is_missing_then_imported(world_db):
    w = world_db
    _employees(w.kab, 2)
    b2 = w.kab.export_to(w.prov.code)  # link 1: seq 1–10
    _pretend_acked(w.kab, w.prov.code, {_own_key(w.kab): 10})
    _employees(w.kab, 2, start=2)
    b3 = w.kab.export_to(w.prov.code)  # link 2: seq 11–20
    before = w.prov.digest()
    parked = w.prov.import_(b3.path)
    assert parked.status == "parked"
    assert "15.02 nomor 1–10" in parked.message
    assert "Bundel 1 dari 15.02 belum diterima" in parked.message
    assert [(m.first, m.last) for m in parked.missing] == [(1, 10)]
    assert w.prov.digest() == before
    assert _peer(w.prov, "15.02").parked_bundles == 1
    done = w.prov.import_(b2.path)  # the missing one; the parked one follows by itself
    assert done.status == "applied"
    assert [u.status for u in done.unparked] == ["applied"]
    assert _peer(w.prov, "15.02").parked_bundles == 0
    sync(w.prov, w.kab)
    assert_converged(w.prov, w.kab)


def test_t06_cumulative_bundle_alone_then_the_late_one_is_all_duplicates(world):
    w = world
    _employees(w.kab, 2)
    b2 = w.kab.export_to(w.prov.code)
    _employees(w.kab, 2, start=2)
    b3 = w.kab.export_to(w.prov.code)  # cumulative: 1–20
    assert w.prov.import_(b3.path).status == "applied"
    digest = w.prov.digest()
    late = w.prov.import_(b2.path)
    assert (late.status, late.new_changes, late.duplicate_changes) == ("duplicate", 0, 10)
    assert w.prov.digest() == digest


def test_t19_replaying_an_old_bundle_has_no_effect(world):
    w = world
    pk = _employees(w.kab, 1)[0]
    sync(w.kab, w.prov)
    w.prov.edit(Employee, pk, current_golongan_code="III/a")
    old = w.prov.export_to(w.kab.code)
    w.kab.import_(old.path)
    w.prov.edit(Employee, pk, current_golongan_code="III/b")
    sync(w.prov, w.kab)
    digest = w.kab.digest()
    assert w.kab.import_(old.path).status == "already_imported"
    assert w.kab.digest() == digest
    assert w.kab.row(Employee, pk).current_golongan_code == "III/b"


def test_t20_a_lost_bundle_heals_with_the_next_and_the_lag_shows_until_acked(world):
    w = world
    _employees(w.kab, 2)
    w.kab.export_to(w.prov.code)  # lost on the way
    _employees(w.kab, 1, start=2)
    prov_peer = _peer(w.kab, "15")
    assert (prov_peer.unacked_changes, prov_peer.unacked_bundles) == (15, 1)
    sync(w.kab, w.prov)  # the next bundle carries everything not acknowledged
    assert _count(w.prov, Employee) >= 3
    sync(w.prov, w.kab)  # the province's acknowledgement arrives
    prov_peer = _peer(w.kab, "15")
    assert (prov_peer.unacked_changes, prov_peer.unacked_bundles) == (0, 0)
    assert_converged(w.prov, w.kab)


def test_t21_office_restored_from_old_backup_gets_its_changes_back(world):
    w = world
    first = _employees(w.kab, 1)[0]
    converge_once(w)
    backup = w.kab.ctx.backup_now("manual")
    old_key = _own_key(w.kab)
    later = _employees(w.kab, 1, start=1)[0]
    w.kab.edit(Employee, first, alamat="Jl. Sesudah Cadangan")
    converge_once(w)
    w.kab.ctx.restore_backup(backup.path)
    w.kab.ctx.as_system()
    assert w.kab.row(Employee, later) is None  # lost with the restore
    new_key = _own_key(w.kab)
    assert new_key != old_key  # a new incarnation: sequence numbers are never reused
    third = _employees(w.kab, 1, start=2)[0]
    with w.kab.ctx.read_session() as s:
        assert s.scalar(select(func.min(ChangeLog.origin_seq))
                        .where(ChangeLog.origin_inc == new_key.split("/")[1])) == 1
    converge_once(w)  # the province notices the regression and sends the catch-up
    assert w.kab.row(Employee, later) is not None
    assert w.kab.row(Employee, first).alamat == "Jl. Sesudah Cadangan"
    assert w.prov.row(Employee, third) is not None
    assert_converged(w.prov, w.kab)


def converge_once(w) -> None:  # type: ignore[no-untyped-def]
    sync(w.kab, w.prov)
    sync(w.prov, w.kab)
