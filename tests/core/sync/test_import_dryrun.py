"""``import --dry-run``: the same checks and an exact preview, with nothing written at all."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from app.db.audit import AuditEntry
from app.db.personnel import Employee
from app.db.sync_meta import BundleLog, ChangeLog, Conflict, Knowledge, SiteState, SyncPeer
from app.sync import BundleRejected
from tests.core.sync.conftest import converge, sync


def _metadata(site) -> tuple:  # type: ignore[no-untyped-def]
    """Everything a write would touch besides business data."""
    with site.ctx.read_session() as s:
        counts = tuple(s.scalar(select(func.count()).select_from(m))
                       for m in (AuditEntry, BundleLog, ChangeLog, Conflict, Knowledge))
        state = tuple(s.execute(select(SiteState.lamport, SiteState.audit_seq)).one())
        peers = tuple(s.scalars(select(SyncPeer.acked_json).order_by(SyncPeer.office_code)))
    return counts, state, peers


def test_dry_run_previews_exactly_and_writes_nothing(world):
    w = world
    keep = w.kab.add_employee("Tetap", nik="1502010101600001")
    gone = w.kab.add_employee("Dihapus", nik="1502010101600002")
    clash = w.kab.add_employee("Bentrok", nik="1502010101600003")
    converge(w.prov, w.kab)
    w.kab.add_employee("Baru", nik="1502010101600004")
    w.kab.edit(Employee, keep, alamat="Jl. Baru")
    w.kab.delete(Employee, gone, "meninggal")
    w.kab.edit(Employee, clash, email="kab@x.id")
    w.prov.edit(Employee, clash, email="prov@x.id")
    bundle = w.kab.export_to(w.prov.code)
    before = (w.prov.digest(), _metadata(w.prov))
    preview = w.prov.import_(bundle.path, dry_run=True)
    assert (w.prov.digest(), _metadata(w.prov)) == before
    assert bundle.path.exists()
    assert preview.status == "dry_run"
    assert (preview.sender, preview.link_seq, preview.kind) == ("15.02", 3, "delta")
    assert preview.fingerprint == _fingerprint(w.kab)
    assert preview.created_at is not None
    [employee] = preview.tables
    assert (employee.new, employee.changed, employee.deleted, employee.conflicts) == (1, 3, 1, 1)
    assert "Belum ada yang diubah" in preview.message
    real = w.prov.import_(bundle.path)
    assert real.tables == preview.tables and real.conflicts == preview.conflicts == 1
    assert w.prov.digest() != before[0]


def _fingerprint(site) -> str:  # type: ignore[no-untyped-def]
    from app.sync.status import key_status

    with site.ctx.read_session() as s:
        return key_status(s).fingerprint_text


def test_dry_run_of_a_rejected_bundle_raises_and_leaves_the_file(world):
    w = world
    w.kab.add_employee("X", nik="1502010101600009")
    path = w.kab.export_to(w.prov.code).path
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    before = _metadata(w.prov)
    with pytest.raises(BundleRejected):
        w.prov.import_(path, dry_run=True)
    assert path.exists() and _metadata(w.prov) == before


def test_dry_run_of_a_bundle_with_a_gap_says_it_would_wait(world):
    w = world
    w.kab.add_employee("A", nik="1502010101600010")
    w.kab.export_to(w.prov.code)
    with w.kab.session() as s:
        peer = s.get(SyncPeer, "15")
        peer.acked_json = json.dumps({k: v for k, v in _knowledge(w.kab).items()})
    w.kab.add_employee("B", nik="1502010101600011")
    path = w.kab.export_to(w.prov.code).path
    before = _metadata(w.prov)
    preview = w.prov.import_(path, dry_run=True)
    assert preview.status == "parked" and preview.parked_path is None
    assert _metadata(w.prov) == before
    sync(w.kab, w.prov)


def _knowledge(site) -> dict:  # type: ignore[no-untyped-def]
    from app.sync.watermarks import knowledge_vector

    with site.ctx.read_session() as s:
        return knowledge_vector(s)
