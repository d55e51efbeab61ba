"""Writing and opening bundles: rows and manifest survive, files are atomic, failures clean up."""

from __future__ import annotations

import errno
import io
import uuid
import zipfile

import pytest

from app import __version__
from app.jobs import Cancelled, Progress
from app.sync import (
    BundleCaps,
    BundleHeader,
    BundleRejected,
    BundleStagingFailed,
    BundleWriteFailed,
    BundleWriter,
    bundle_reader,
    open_bundle,
    suggested_file_name,
    verify_written_bundle,
)
from app.sync import bundle as bundle_module
from app.sync.manifest import AuditAnchor
from app.sync.versions import SchemaSupport
from tests.core.sync.corpus import (
    INCARNATION,
    Offices,
    decrypt_with,
    header,
    open_at_prov,
    sample_rows,
    write_bundle,
)


@pytest.fixture
def offices():
    return Offices()


def test_round_trip_rows_and_manifest(tmp_path, offices):
    employees = sample_rows(250)
    employees[3]["values"] = {"nama": "Siti Aminah, S.Pd.", "alamat": "Jl. Ké 🌴\nRT 01", "x": None}
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov),
                           {"employee": employees, "training_participant": sample_rows(4)})
    with open_at_prov(offices, written.path) as opened:
        assert list(opened.iter_rows("employee")) == employees
        assert list(opened.iter_rows("training_participant")) == sample_rows(4)
        assert list(opened.iter_rows("skp")) == []
        m = opened.manifest
        assert opened.tables == ("employee", "training_participant")
        assert (m.from_site, m.to_site, m.kind, m.link_seq) == ("15.02", "15", "delta", 7)
        assert m.from_incarnation == INCARNATION and m.prev_bundle_sha256 == "ab" * 32
        assert m.ranges == {"15.02/" + INCARNATION: (40118, 40290)}
        assert m.knowledge == {"15.02/" + INCARNATION: 40290, "15/a12c": 9120}
        assert m.audit_anchor == AuditAnchor(55120, "cd" * 32)
        assert (m.schema_version, m.reads_schema) == ("0002", ("0001", "0002"))
        assert m.app_version == __version__ and m.format == "hr-bundle"
        assert uuid.UUID(m.bundle_id).version == 7
        assert [(f.name, f.rows) for f in m.files] == [
            ("changes/employee.jsonl", 250), ("changes/training_participant.jsonl", 4)]
        assert m.total_rows == 254 and m == written.manifest
        assert opened.sender.office_code == "15.02"
        assert opened.source_sha256 == written.sha256 and opened.source_size == written.size
        tables = [t for t, _ in opened.iter_all()]
        assert tables == ["employee"] * 250 + ["training_participant"] * 4


def test_manifest_is_canonical_and_signed(tmp_path, offices):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    with zipfile.ZipFile(io.BytesIO(decrypt_with(written.path, offices.prov))) as zf:
        names = zf.namelist()
        raw, sig = zf.read("manifest.json"), zf.read("manifest.sig")
    assert names[-2:] == ["manifest.json", "manifest.sig"]
    assert b" " not in raw and raw == written.manifest.to_json_bytes()
    assert offices.peer(offices.kab).verify(raw, sig)


def test_defaults_use_this_programs_schema(tmp_path, offices):
    head = BundleHeader(to_site="15", from_incarnation=INCARNATION)
    with BundleWriter(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov), head) as w:
        w.add_rows("employee", sample_rows(2))
    with open_bundle(w.result.path, offices.prov, offices.prov_trusts) as opened:
        assert opened.manifest.schema_version == SchemaSupport.from_alembic().current
        assert opened.manifest.prev_bundle_sha256 is None
        assert opened.manifest.audit_anchor == AuditAnchor(0, "0" * 64)


def test_empty_bundle_and_empty_table(tmp_path, offices):
    written = write_bundle(tmp_path / "ack.hrb", offices.kab, offices.peer(offices.prov), {})
    with open_at_prov(offices, written.path) as opened:
        assert opened.tables == () and list(opened.iter_all()) == []
    written = write_bundle(tmp_path / "e.hrb", offices.kab, offices.peer(offices.prov),
                           {"employee": []})
    with open_at_prov(offices, written.path) as opened:
        assert opened.manifest.files[0].size == 0 and list(opened.iter_rows("employee")) == []


def test_recipient_as_age_string_and_without_self_copy(tmp_path, offices):
    with BundleWriter(tmp_path / "b.hrb", offices.kab, offices.prov.age_recipient, header(),
                      encrypt_to_self=False) as w:
        w.add_rows("employee", sample_rows(3))
    with open_at_prov(offices, w.result.path) as opened:
        assert list(opened.iter_rows("employee")) == sample_rows(3)
    with pytest.raises(BundleRejected) as info:
        open_bundle(w.result.path, offices.kab, {}, schema=None)
    assert info.value.code == "bundle.wrong_recipient"


def test_writer_leaves_only_the_final_file(tmp_path, offices):
    target = tmp_path / suggested_file_name("15.02", "15", 7)
    assert target.name == "15.02-to-15-000007.hrb"
    write_bundle(target, offices.kab, offices.peer(offices.prov))
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_staging_is_cleaned_after_close(tmp_path, offices, _isolated_home):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    staging = _isolated_home / "data" / "staging"
    opened = open_at_prov(offices, written.path)
    assert len(list(staging.iterdir())) == 1
    opened.close()
    assert list(staging.iterdir()) == []
    with pytest.raises(ValueError):
        list(opened.iter_rows("employee"))


def test_exception_while_writing_removes_the_part_file(tmp_path, offices):
    def rows():
        yield from sample_rows(10)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError), BundleWriter(
        tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov), header()
    ) as writer:
        writer.add_rows("employee", rows())
    assert list(tmp_path.iterdir()) == []


def test_writer_misuse(tmp_path, offices):
    peer = offices.peer(offices.prov)
    with pytest.raises(ValueError):
        BundleWriter(tmp_path / "b.hrb", offices.kab, peer, header(to_site="15.09"))
    with pytest.raises(ValueError):
        BundleWriter(tmp_path / "b.hrb", offices.kab, peer, header(kind="weekly"))
    with pytest.raises(ValueError):
        BundleWriter(tmp_path / "b.hrb", offices.kab, "age1bogus", header())
    with BundleWriter(tmp_path / "b.hrb", offices.kab, peer, header()) as writer:
        writer.add_rows("employee", [])
        with pytest.raises(ValueError):
            writer.add_rows("employee", [])
        with pytest.raises(ValueError):
            writer.add_rows("../etc", [])
    with pytest.raises(TypeError), BundleWriter(tmp_path / "c.hrb", offices.kab, peer,
                                                 header()) as writer:
        writer.add_rows("employee", [["not", "a", "dict"]])
    assert not (tmp_path / "c.hrb").exists() and not (tmp_path / "c.hrb.part").exists()


class _FullDisk(io.BufferedWriter):
    """A file that fails with ENOSPC after ``room`` bytes."""

    def __init__(self, raw, room: int) -> None:
        super().__init__(raw)
        self.room = room

    def write(self, data) -> int:
        if self.room < len(data):
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return super().write(data)


@pytest.mark.parametrize("room", [0, 100, 70_000])
def test_disk_full_is_reported_as_disk_full(tmp_path, offices, monkeypatch, room):
    real_open_part = bundle_module.open_part

    def small_disk(path, **kw):
        fh = real_open_part(path, **kw)
        return _FullDisk(fh.detach(), room)

    monkeypatch.setattr(bundle_module, "open_part", small_disk)
    with pytest.raises(BundleWriteFailed) as info:
        write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov),
                     {"employee": [{"r": uuid.uuid4().hex} for _ in range(5000)]})
    assert info.value.code == "bundle.disk_full"
    assert "penuh" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_read_back_catches_a_corrupted_write(tmp_path, offices):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    assert verify_written_bundle(written, offices.kab) == written.manifest
    assert verify_written_bundle(written.path, offices.kab) == written.manifest
    with pytest.raises(BundleRejected):  # only the sending office (or the receiver) can read it
        verify_written_bundle(written.path, offices.other)
    data = bytearray(written.path.read_bytes())
    data[len(data) // 2] ^= 0x10
    written.path.write_bytes(bytes(data))
    with pytest.raises(BundleRejected):
        verify_written_bundle(written, offices.kab)
    with pytest.raises(BundleRejected):
        verify_written_bundle(written.path, offices.kab)


def test_failed_read_back_deletes_the_file(tmp_path, offices, monkeypatch):
    def broken(*args, **kwargs):
        raise BundleRejected("bundle.damaged", detail="simulated")

    monkeypatch.setattr(bundle_module, "verify_written_bundle", broken)
    with pytest.raises(BundleWriteFailed) as info:
        write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    assert info.value.code == "bundle.verify_failed"
    assert list(tmp_path.iterdir()) == []


def test_already_imported_is_asked_after_the_signature(tmp_path, offices):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    asked = []

    def seen(bundle_id):
        asked.append(bundle_id)
        return True

    with pytest.raises(BundleRejected) as info:
        open_at_prov(offices, written.path, already_imported=seen)
    assert info.value.code == "bundle.already_imported"
    assert asked == [written.manifest.bundle_id]


def test_progress_is_reported_and_cancel_stops_and_cleans(tmp_path, offices, _isolated_home):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    steps = []
    with open_at_prov(offices, written.path, progress=Progress(lambda *a: steps.append(a))):
        pass
    assert steps and steps[-1][0] == steps[-1][1]
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        open_at_prov(offices, written.path, progress=progress)
    assert list((_isolated_home / "data" / "staging").iterdir()) == []


class _FullStaging:
    """A staging temp file whose disk fills up after the first 64 KiB."""

    def __init__(self, target) -> None:
        self.target, self.written = target, 0

    def write(self, data) -> int:
        if self.written > 64 * 1024:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.written += len(data)
        return self.target.write(data)

    def flush(self) -> None:
        self.target.flush()


def test_full_staging_disk_is_our_failure_not_the_bundles(tmp_path, offices, monkeypatch,
                                                          _isolated_home):
    rows = [{"r": uuid.uuid4().hex} for _ in range(20_000)]
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov),
                           {"employee": rows})
    real = bundle_reader.decrypt_to_file
    monkeypatch.setattr(bundle_reader, "decrypt_to_file",
                        lambda src, target, *a: real(src, _FullStaging(target), *a))
    with pytest.raises(BundleStagingFailed) as info:
        open_at_prov(offices, written.path)
    assert info.value.code == "bundle.staging_failed" and isinstance(info.value, BundleRejected)
    assert list((_isolated_home / "data" / "staging").iterdir()) == []


def test_unusable_staging_folder(tmp_path, offices):
    written = write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    with pytest.raises(BundleStagingFailed):
        open_at_prov(offices, written.path, staging=not_a_folder)


@pytest.mark.parametrize("caps,code", [
    (BundleCaps(max_member_bytes=10_000), "bundle.member_too_large"),
    (BundleCaps(max_total_bytes=15_000), "bundle.content_too_large"),
])
def test_writer_refuses_content_a_receiver_would_refuse(tmp_path, offices, caps, code):
    big = [{"r": uuid.uuid4().hex} for _ in range(3000)]  # ~120 KB of JSONL, in 2 tables
    with pytest.raises(BundleWriteFailed) as info, BundleWriter(
        tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov), header(), caps=caps
    ) as writer:
        writer.add_rows("employee", big[:1000])
        writer.add_rows("skp", big)
    assert info.value.code == code
    assert list(tmp_path.iterdir()) == []
