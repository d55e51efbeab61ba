"""sync.md §5.1 T14–T16, T28 with the §5.4 harness: a kill (``SIMPEG_CRASH_AT``) or a full disk
at any point of an import or export leaves the database before or after, never between."""

from __future__ import annotations

import errno
import io
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import event

from app.db.sync_meta import SyncPeer
from app.errors import SimpegError
from app.sync import BundleWriteFailed
from app.sync import bundle as bundle_module
from tests.core.sync.conftest import Site

_RUN = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"


def _cli(db, *argv: str, crash: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SIMPEG_CRASH_AT", None)
    if crash:
        env["SIMPEG_CRASH_AT"] = crash
    return subprocess.run([sys.executable, "-c", _RUN, "--db", str(db), *argv], env=env,
                          capture_output=True, text=True, timeout=120)


def _db_file(site: Site) -> str:
    return site.url.removeprefix("sqlite:///")


def _integrity(path: str) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def _employees(site: Site, n: int) -> None:
    for i in range(n):
        site.add_employee(f"Pegawai {i}", nik=f"15020101018{i:05d}", alamat=f"Jl. {i}")


@pytest.mark.parametrize("point", ["import.mid-apply", "import.before-commit",
                                   "import.after-commit"])
def test_t14_killed_import_leaves_before_or_after_and_reimport_matches(world, point,
                                                                      tmp_path):
    w = world
    _employees(w.kab, 30)
    bundle = w.kab.export_to(w.prov.code).path
    clean_copy = tmp_path / "clean.db"
    shutil.copyfile(_db_file(w.prov), clean_copy)
    clean = Site("15", f"sqlite:///{clean_copy}", tmp_path / "clean-out")
    clean.import_(bundle)
    after = clean.digest()
    clean.close()
    before = w.prov.digest()
    w.prov.ctx.factory.kw["bind"].dispose()
    crashed = _cli(_db_file(w.prov), "import", str(bundle), crash=point)
    assert crashed.returncode == 137, crashed.stderr
    assert _integrity(_db_file(w.prov)) == "ok"
    now = w.prov.digest()
    assert now == (after if point == "import.after-commit" else before)
    assert w.prov.import_(bundle).status in ("applied", "already_imported")
    assert w.prov.digest() == after


def test_t15_disk_full_during_import_is_reported_and_changes_nothing(world):
    w = world
    _employees(w.kab, 200)
    bundle = w.kab.export_to(w.prov.code).path
    engine = w.prov.ctx.factory.kw["bind"]
    with sqlite3.connect(_db_file(w.prov)) as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    before = w.prov.digest()

    def limit(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    engine.dispose()
    event.listen(engine, "connect", limit)
    try:
        with pytest.raises(SimpegError) as err:
            w.prov.import_(bundle)
    finally:
        event.remove(engine, "connect", limit)
        engine.dispose()
    assert err.value.code == "sync.disk_full" and "Disk penuh" in err.value.text("id")
    assert w.prov.digest() == before
    assert bundle.exists()  # not our bundle's fault: it stays where it is
    assert w.prov.import_(bundle).status == "applied"  # after space was freed


class _FullDisk(io.BufferedWriter):
    """A file whose writes fail with ENOSPC after ``room`` bytes."""

    def __init__(self, raw, room: int) -> None:  # type: ignore[no-untyped-def]
        super().__init__(raw)
        self.room = room

    def write(self, data) -> int:  # type: ignore[no-untyped-def]
        if self.room < len(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return super().write(data)


def _peer_state(site: Site) -> tuple:
    with site.ctx.read_session() as s:
        p = s.get(SyncPeer, "15")
        return p.last_link_seq_sent, p.last_sent_bundle_id, p.acked_json


def test_t16_full_disk_during_export_leaves_no_bundle_and_moves_nothing(world, monkeypatch):
    w = world
    _employees(w.kab, 50)
    state = _peer_state(w.kab)
    real = bundle_module.open_part
    monkeypatch.setattr(bundle_module, "open_part",
                        lambda p, **kw: _FullDisk(real(p, **kw).detach(), 4000))
    with pytest.raises(BundleWriteFailed) as err:
        w.kab.export_to(w.prov.code)
    assert err.value.code == "bundle.disk_full"
    monkeypatch.undo()
    assert list(w.kab.out.iterdir()) == []  # neither the bundle nor its .part
    assert _peer_state(w.kab) == state
    retry = w.kab.export_to(w.prov.code)
    assert retry.link_seq == 1 and w.prov.import_(retry.path).status == "applied"


def test_t28_kill_during_export_leaves_only_a_part_file_and_no_watermark(world, tmp_path):
    w = world
    _employees(w.kab, 5)
    state = _peer_state(w.kab)
    target = tmp_path / "export.hrb"
    w.kab.ctx.factory.kw["bind"].dispose()
    killed = _cli(_db_file(w.kab), "export", "--to", "15", "--out", str(target),
                  crash="export.before-finish")
    assert killed.returncode == 137, killed.stderr
    assert not target.exists() and target.with_name("export.hrb.part").exists()
    assert _peer_state(w.kab) == state
    done = _cli(_db_file(w.kab), "export", "--to", "15", "--out", str(target))
    assert done.returncode == 0, done.stderr
    assert w.prov.import_(target).status == "applied"
