"""Export: what a bundle covers, in which order, and that an incremental one reads only its
changes (primary-key ranges, never a scan of the whole change log)."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from app.db.personnel import Employee
from app.db.sync_meta import SyncPeer, site_info
from app.errors import SimpegError
from app.sync import open_bundle
from app.sync.exporter import _stream, plan_export
from app.sync.trust import load_own_keys, trusted_peers
from tests.core.sync.conftest import converge, sync


def _key(site) -> str:  # type: ignore[no-untyped-def]
    with site.ctx.read_session() as s:
        info = site_info(s)
    return f"{info.site_code}/{info.incarnation}"


def _rows(site, path, table: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with site.ctx.read_session() as s:
        keys, trusted = load_own_keys(s), trusted_peers(s)
    with open_bundle(path, keys, trusted) as opened:
        return list(opened.iter_rows(table))


def test_first_bundle_is_full_later_ones_carry_only_what_is_not_acknowledged(world):
    w = world
    w.kab.add_employee("Satu", nik="1502010101500001")
    first = w.kab.export_to(w.prov.code)
    assert (first.kind, first.link_seq, first.ranges) == ("full", 1, {_key(w.kab): (1, 5)})
    converge(w.prov, w.kab)
    pk = w.kab.add_employee("Dua", nik="1502010101500002")
    w.kab.edit(Employee, pk, alamat="Jl. Dua")
    later = w.kab.export_to(w.prov.code)
    assert later.kind == "delta" and later.ranges == {_key(w.kab): (6, 11)}
    assert later.changes == 6 and dict(later.tables) == {"employee": 6}
    rows = _rows(w.prov, later.path, "employee")
    assert [r["seq"] for r in rows] == list(range(6, 12))
    assert rows[-1]["unit"] == "contact" and rows[-1]["values"]["alamat"] == "Jl. Dua"
    assert rows[-1]["base"] == [rows[0]["lamport"], "15.02"]


def test_an_incremental_export_reads_the_change_log_by_primary_key_range(world):
    w = world
    for i in range(30):
        w.kab.add_employee(f"P{i}", nik=f"150201010150{i:04d}")
    converge(w.prov, w.kab)
    w.kab.add_employee("Baru", nik="1502010101509999")
    with w.kab.ctx.read_session() as s:
        plan = plan_export(s, w.prov.code)
        assert plan.ranges == {_key(w.kab): (151, 155)}
        [(key, (low, high))] = plan.ranges.items()
        site, inc = key.split("/")
        detail = " ".join(r[-1] for r in s.execute(text(
            "EXPLAIN QUERY PLAN SELECT * FROM change_log WHERE origin_site = :s AND "
            "origin_inc = :i AND origin_seq >= :lo AND origin_seq <= :hi "
            "ORDER BY origin_seq"), {"s": site, "i": inc, "lo": low, "hi": high}))
        assert "SEARCH change_log USING INDEX" in detail and "SCAN" not in detail
        assert len(list(_stream(s, plan.ranges))) == 5


def test_an_office_never_forwards_what_it_got_from_the_province(world):
    w = world
    w.prov.add_employee("Koreksi Provinsi", nik=None, office_code="15.02")
    sync(w.prov, w.kab)
    w.kab.add_employee("Milik Merangin", nik="1502010101500003")
    bundle = w.kab.export_to(w.prov.code)
    assert list(bundle.ranges) == [_key(w.kab)]


def test_changes_of_several_origins_come_in_causal_order(world):
    w = world
    pk = w.kab.add_employee("Urut", nik="1502010101500004")
    sync(w.kab, w.prov)
    w.prov.edit(Employee, pk, telepon="1")
    sync(w.prov, w.kab)
    w.kab.edit(Employee, pk, telepon="2")
    sync(w.kab, w.prov)
    w.prov.edit(Employee, pk, telepon="3")
    with w.prov.session() as s:  # as if Merangin came back from a restore with nothing
        peer = s.get(SyncPeer, "15.02")
        peer.acked_json, peer.incarnation = "{}", "0" * 32
    bundle = w.prov.export_to(w.kab.code)
    order = [(r["lamport"], r["origin"].split("/")[0]) for r in
             _rows(w.kab, bundle.path, "employee")]
    assert order == sorted(order)
    assert {o for _, o in order} == {"15", "15.02"}


def test_export_to_an_office_not_trusted_is_refused(world):
    with pytest.raises(SimpegError) as err:
        world.kab.export_to("15.09")
    assert err.value.code == "sync.peer_not_trusted"


def test_never_sends_an_office_a_schema_it_cannot_read(world):
    w = world
    with w.prov.session() as s:
        s.get(SyncPeer, "15.02").peer_reads_schema = "0000,0000"
    with w.prov.ctx.read_session() as s:
        current = s.scalar(select(text("version_num")).select_from(text("alembic_version")))
    from app.sync.versions import SchemaSupport

    schema = SchemaSupport(("0000", current), "0000")
    with pytest.raises(SimpegError) as err:
        w.prov.export_to("15.02", schema=schema)
    assert err.value.code == "sync.peer_too_old" and "memperbarui" in err.value.text("id")
