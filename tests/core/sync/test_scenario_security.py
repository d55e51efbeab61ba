"""sync.md §5.1 T07–T13, T26, T27: bad, forged, foreign and out-of-scope bundles change nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from app.db.audit import AuditEntry, verify_audit_chain
from app.db.personnel import Employee
from app.db.reference import Golongan
from app.db.sync_meta import BundleLog, SyncPeer
from app.errors import PermissionDenied
from app.services.auth import add_user
from app.services.sync_service import import_job
from app.sync import BundleRejected, BundleWriter, generate_office_keys
from app.sync.cards import parse_identity_card
from app.sync.manifest import BundleHeader
from app.sync.versions import SchemaSupport
from tests.core.sync.conftest import _card, sync


def _bundle(w):  # type: ignore[no-untyped-def]
    w.kab.add_employee("Budi Santoso", nik="1502010101800001")
    return w.kab.export_to(w.prov.code).path


def _rejected(site, path, code: str):  # type: ignore[no-untyped-def]
    before = site.digest()
    with pytest.raises(BundleRejected) as err:
        site.import_(path)
    assert err.value.code == code
    assert site.digest() == before
    return err.value


def _actions(site) -> list[str]:  # type: ignore[no-untyped-def]
    with site.ctx.read_session() as s:
        return list(s.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def _rejected_dir(site):  # type: ignore[no-untyped-def]
    from app.config import app_paths

    return app_paths().rejected


@pytest.mark.parametrize("cut", [0, 10, 200, -1])
def test_t07_truncated_bundle_rejected_moved_aside_with_reason(world, cut):
    path = _bundle(world)
    data = path.read_bytes()
    path.write_bytes(data[:cut] if cut >= 0 else data[:-1])
    before = world.prov.digest()
    with pytest.raises(BundleRejected) as err:
        world.prov.import_(path)
    assert err.value.code in ("bundle.not_a_bundle", "bundle.damaged")
    assert world.prov.digest() == before
    assert not path.exists()
    moved = _rejected_dir(world.prov) / path.name
    reason = (moved.parent / (moved.name + ".alasan.txt")).read_text()
    assert moved.exists() and err.value.code in reason and err.value.text("id") in reason
    with world.prov.ctx.read_session() as s:
        assert s.scalar(select(BundleLog.status).where(BundleLog.file_name == path.name)) \
            == "rejected"


def test_t08_flipped_byte_anywhere_rejected_unchanged(world):
    path = _bundle(world)
    data = bytearray(path.read_bytes())
    for offset in (len(data) // 3, len(data) - 20):
        flipped = bytearray(data)
        flipped[offset] ^= 0x01
        target = path.with_name(f"flip-{offset}.hrb")
        target.write_bytes(bytes(flipped))
        _rejected(world.prov, target, "bundle.damaged")


def test_t09_forged_sender_is_a_security_event(world, tmp_path):
    impostor = generate_office_keys("15.02")  # claims to be Merangin, with its own key
    peer = parse_identity_card(_card(world.prov.url)).to_trusted()  # the province's card
    path = tmp_path / "forged.hrb"
    with BundleWriter(path, impostor, peer, BundleHeader(to_site="15",
                                                         from_incarnation="ab" * 16)) as bw:
        bw.add_rows("employee", [])
    _rejected(world.prov, path, "bundle.bad_signature")
    assert _actions(world.prov)[-1] == "sync.security"


def test_t10_unknown_office_rejected_before_reading(world, tmp_path):
    stranger = generate_office_keys("15.09")
    peer = parse_identity_card(_card(world.prov.url)).to_trusted()
    path = tmp_path / "stranger.hrb"
    with BundleWriter(path, stranger, peer, BundleHeader(to_site="15",
                                                         from_incarnation="cd" * 16)) as bw:
        bw.add_rows("employee", [{"bogus": 1}])
    _rejected(world.prov, path, "bundle.unknown_sender")
    assert _actions(world.prov)[-1] == "sync.security"


def test_t11_bundle_for_another_office_is_rejected(world):
    w = world
    w.prov.add_employee("Untuk Merangin", nik=None, office_code="15.02")
    path = w.prov.export_to(w.kab.code).path
    _rejected(w.kab2, path, "bundle.wrong_recipient")


def test_t12_newer_schema_refused_and_kept_then_imported_after_upgrade(world):
    w = world
    today = SchemaSupport.from_alembic()
    newer = SchemaSupport((*today.revisions, "next"), today.current)  # a newer program sends
    w.kab.add_employee("Dari Versi Baru", nik="1502010101800009")
    path = w.kab.export_to(w.prov.code, schema=newer).path
    err = _rejected(w.prov, path, "bundle.schema_newer")
    assert "perbarui" in err.text("id").lower()
    assert path.exists()  # kept in the inbox, not moved aside
    result = w.prov.import_(path, schema=newer)  # after the upgrade
    assert result.status == "applied"


def test_t13_bundle_older_than_the_window_is_refused(world):
    old_sender = SchemaSupport(("0000",), "0000")
    path = world.kab.export_to(world.prov.code, schema=old_sender).path
    reader = SchemaSupport(("0000", "0001"), "0001")  # reads 0001 only
    with pytest.raises(BundleRejected) as got:
        world.prov.import_(path, schema=reader)
    assert got.value.code == "bundle.schema_older"
    assert "memperbarui" in got.value.text("id")


def test_t26_audit_anchor_travels_and_a_tampered_log_disagrees(world):
    w = world
    sync(w.kab, w.prov)
    with w.prov.ctx.read_session() as s:
        peer = s.get(SyncPeer, "15.02")
        anchor = (peer.audit_anchor_seq, peer.audit_anchor_head)
    with w.kab.ctx.read_session() as s:
        head = s.execute(select(AuditEntry.seq, AuditEntry.hash)
                         .where(AuditEntry.seq == anchor[0])).one()
        assert tuple(head) == anchor
        assert verify_audit_chain(s, anchor=anchor).ok
    with w.kab.ctx.write_session() as s:  # someone edits the log with the sqlite3 tool
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(detail="diubah"))
    with w.kab.ctx.read_session() as s:
        check = verify_audit_chain(s, anchor=anchor)
    assert not check.ok and check.first_broken_seq == 2


def test_t27_an_operator_may_not_import(world):
    w = world
    path = _bundle(w)
    with w.prov.ctx.write_session() as s:
        add_user(s, w.prov.ctx.user, "op1", "Operator", "operator", "kata-sandi-panjang-1")
    from app.services.roles import CurrentUser, Role

    w.prov.ctx.set_user(CurrentUser("x", "op1", "Operator", Role.OPERATOR, "15"))
    with pytest.raises(PermissionDenied):
        import_job(w.prov.ctx, path)


def test_t27_office_bundle_touching_another_office_rejected_whole(world):
    w = world
    foreign = w.prov.add_employee("Milik Sarolangun", nik=None, office_code="15.03")
    sync(w.prov, w.kab2)
    w.kab.add_employee("Sah", nik="1502010101800002")  # a legitimate change in the same bundle
    with w.kab.session() as s:  # a forged/buggy office database writes another office's row
        from app.db.tracking import applying_remote

        with applying_remote(s):
            e = Employee(id=foreign, office_code="15.03", nama="Milik Sarolangun",
                         stamps='{"identity":[1,"15"]}')
            s.add(e)
    w.kab.edit(Employee, foreign, alamat="diubah oleh Merangin")
    path = w.kab.export_to(w.prov.code).path
    err = _rejected(w.prov, path, "bundle.out_of_scope_other_office")
    assert "15.03" in err.text("id") and "ditolak" in err.text("id")
    assert (_rejected_dir(w.prov) / path.name).exists()


def test_t27_office_bundle_touching_reference_data_rejected_whole(world):
    w = world
    with w.kab.session() as s:
        g = s.scalars(select(Golongan).where(Golongan.code == "III/a")).one()
        g.pangkat = "Penata Muda (palsu)"
    path = w.kab.export_to(w.prov.code).path
    err = _rejected(w.prov, path, "bundle.out_of_scope_reference")
    assert "golongan" in err.text("id")
    with w.prov.ctx.read_session() as s:
        assert s.scalars(select(Golongan.pangkat).where(Golongan.code == "III/a")).one() \
            == "Penata Muda"
