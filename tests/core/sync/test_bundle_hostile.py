"""Hostile ZIPs inside a valid envelope (sync.md T18): each refused with the right code, fast,
with bounded memory and nothing written outside the staging folder."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from app.sync import BundleCaps, BundleRejected
from app.sync.canonical import canonical_json
from tests.core.sync.corpus import (
    Offices,
    encrypt_to,
    entry_for,
    hostile_bundle,
    jsonl,
    manifest_for,
    open_at_prov,
    sample_rows,
    signed_members,
    zip_bytes,
)

ROWS = jsonl(sample_rows(20))
EMPLOYEE = "changes/employee.jsonl"


@pytest.fixture
def offices():
    return Offices()


def _code(tmp_path, offices, members, caps=None, **zip_kwargs) -> str:
    path = hostile_bundle(tmp_path / "h.hrb", offices, members, **zip_kwargs)
    try:
        with open_at_prov(offices, path, **({"caps": caps} if caps else {})):
            return "ok"
    except BundleRejected as exc:
        return exc.code


def test_the_hand_made_baseline_is_accepted(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    assert _code(tmp_path, offices, members) == "ok"


@pytest.mark.parametrize("name", [
    "../employee.jsonl", "/etc/passwd", "changes/../../evil.jsonl", "changes/sub/x.jsonl",
    "C:/Windows/x.jsonl", "changes/Employee.jsonl", "changes/employee.json", "snapshot/db.sqlite",
    "changes/", "changes/x.jsonl/", "manifest.json.bak",
])
def test_names_outside_the_allowed_set(tmp_path, offices, name):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    assert _code(tmp_path, offices, [(name, ROWS), *members]) == "bundle.zip_bad_name"
    assert [p.name for p in tmp_path.iterdir()] == ["h.hrb"]


def test_zip_bomb_is_refused_by_ratio_without_inflating(tmp_path, offices):
    bomb = b"\n" * (64 * 1024 * 1024)  # 64 MiB of newlines deflates to ~64 KiB
    members = [(EMPLOYEE, bomb), ("manifest.json", b"{}"), ("manifest.sig", b"x" * 64)]
    assert _code(tmp_path, offices, members) == "bundle.zip_ratio"


def test_declared_size_above_the_member_cap(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    caps = BundleCaps(max_member_bytes=len(ROWS) - 1)
    assert _code(tmp_path, offices, members, caps) == "bundle.zip_too_big"
    caps = BundleCaps(max_total_bytes=len(ROWS) + 10)
    two = signed_members(offices.kab, [(EMPLOYEE, ROWS), ("changes/skp.jsonl", ROWS)])
    assert _code(tmp_path, offices, two, caps) == "bundle.zip_too_big"


def test_thousands_of_members_are_refused_from_the_end_record(tmp_path, offices):
    members = [(f"changes/t{i}.jsonl", b"") for i in range(10_000)]
    assert _code(tmp_path, offices, members) == "bundle.zip_too_many_members"


def test_duplicate_member_names(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    with pytest.warns(UserWarning, match="Duplicate name"):
        code = _code(tmp_path, offices, [(EMPLOYEE, b""), *members])
    assert code == "bundle.zip_duplicate"


@pytest.mark.parametrize("drop", ["manifest.json", "manifest.sig"])
def test_missing_manifest_or_signature(tmp_path, offices, drop):
    members = [m for m in signed_members(offices.kab, [(EMPLOYEE, ROWS)]) if m[0] != drop]
    assert _code(tmp_path, offices, members) == "bundle.manifest_missing"


def test_member_changed_after_signing_is_a_hash_mismatch(tmp_path, offices):
    listed = [entry_for(EMPLOYEE, ROWS)]
    altered = ROWS.replace(b"Bangko", b"Bangkk")  # same size, same row count
    members = signed_members(offices.kab, [(EMPLOYEE, altered)], listed=listed)
    assert _code(tmp_path, offices, members) == "bundle.member_mismatch"


def test_row_count_and_size_mismatches(tmp_path, offices):
    entry = entry_for(EMPLOYEE, ROWS)
    wrong_rows = signed_members(offices.kab, [(EMPLOYEE, ROWS)],
                                listed=[entry.__class__(entry.name, entry.sha256, entry.size, 3)])
    assert _code(tmp_path, offices, wrong_rows) == "bundle.member_mismatch"
    wrong_size = signed_members(offices.kab, [(EMPLOYEE, ROWS)], listed=[
        entry.__class__(entry.name, entry.sha256, entry.size + 1, entry.rows)])
    assert _code(tmp_path, offices, wrong_size) == "bundle.member_mismatch"


def test_listed_but_missing_and_present_but_unlisted(tmp_path, offices):
    missing = signed_members(offices.kab, [], listed=[entry_for(EMPLOYEE, ROWS)])
    assert _code(tmp_path, offices, missing) == "bundle.member_missing"
    unlisted = signed_members(offices.kab, [(EMPLOYEE, ROWS)], listed=[])
    assert _code(tmp_path, offices, unlisted) == "bundle.member_unlisted"


def test_manifest_that_is_not_canonical(tmp_path, offices):
    manifest = manifest_for(offices.kab, [entry_for(EMPLOYEE, ROWS)])
    pretty = json.dumps(manifest.to_dict(), indent=1).encode()
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)], manifest_raw=pretty)
    assert _code(tmp_path, offices, members) == "bundle.manifest_invalid"


@pytest.mark.parametrize("change", [
    {"bundle_id": "not-a-uuid"}, {"kind": "weekly"}, {"link_seq": -1}, {"link_seq": 1.5},
    {"to_site": "../15"}, {"prev_bundle_sha256": "zz"}, {"created_at_utc": "yesterday"},
    {"ranges": {"a": [5, 1]}}, {"ranges": {"a": [1]}}, {"knowledge": {"a": "x"}},
    {"audit_anchor": {"seq": 1}}, {"files": "all"}, {"reads_schema": ["0001"]},
    {"extra": True}, {"link_seq": True},
])
def test_malformed_manifest_fields(tmp_path, offices, change):
    doc = manifest_for(offices.kab, [entry_for(EMPLOYEE, ROWS)]).to_dict()
    doc.update(change)
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)], manifest_raw=canonical_json(doc))
    assert _code(tmp_path, offices, members) == "bundle.manifest_invalid"


def test_unknown_format_version(tmp_path, offices):
    doc = manifest_for(offices.kab, [entry_for(EMPLOYEE, ROWS)]).to_dict()
    doc["format_version"] = 2
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)], manifest_raw=canonical_json(doc))
    assert _code(tmp_path, offices, members) == "bundle.format_unsupported"


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b'{"from_site": 5}', b'{"a":1,"a":2}',
                                 b'{"from_site":"15.02","x":NaN}'])
def test_manifest_that_is_not_a_json_object(tmp_path, offices, raw):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)], manifest_raw=raw)
    assert _code(tmp_path, offices, members) == "bundle.manifest_invalid"


def test_signature_by_the_wrong_key(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)], signer=offices.other)
    assert _code(tmp_path, offices, members) == "bundle.bad_signature"
    bad_size = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    bad_size[-1] = ("manifest.sig", bad_size[-1][1] + b"!")
    assert _code(tmp_path, offices, bad_size) == "bundle.manifest_invalid"


@pytest.mark.parametrize("content,detail", [
    (b'{"a":1}\n[1,2]\n', "not a JSON object"),
    (b'{"a":1}\n{"a":\n', "not JSON"),
    (b'{"a":1}\n\n', "not JSON"),
    (b'{"a":1}', "no line end"),
    (b'{"a":NaN}\n', "not JSON"),
    (b'{"a":"\xff"}\n', "not JSON"),
    (zip_bytes([("inner.jsonl", b"{}\n")]) + b"\n", "not JSON"),
])
def test_records_that_are_not_json_objects(tmp_path, offices, content, detail):
    members = signed_members(offices.kab, [(EMPLOYEE, content)])
    path = hostile_bundle(tmp_path / "h.hrb", offices, members)
    with pytest.raises(BundleRejected) as info:
        open_at_prov(offices, path)
    assert info.value.code == "bundle.record_invalid"
    assert detail in info.value.text("en") and EMPLOYEE in str(info.value)


def test_records_are_checked_later_when_parsing_is_deferred(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, b'{"a":1}\n[1]\n')])
    path = hostile_bundle(tmp_path / "h.hrb", offices, members)
    with open_at_prov(offices, path, parse_rows=False) as opened:
        rows = opened.iter_rows("employee")
        assert next(rows) == {"a": 1}
        with pytest.raises(BundleRejected) as info:
            next(rows)
    assert info.value.code == "bundle.record_invalid"


def test_overlong_line(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, b'{"a":"' + b"x" * 5000 + b'"}\n')])
    caps = BundleCaps(max_line_bytes=1000)
    assert _code(tmp_path, offices, members, caps) == "bundle.record_invalid"


def test_unsupported_compression_and_zip64(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    assert _code(tmp_path, offices, members, compression=zipfile.ZIP_BZIP2) == \
        "bundle.zip_unsupported"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members:
            with zf.open(name, "w", force_zip64=True) as fh:
                fh.write(data)
    # force_zip64 only adds per-member extras; the archive still ends in a plain end record.
    assert _payload_code(tmp_path, offices, buffer.getvalue()) == "ok"
    plain = zip_bytes(members)
    locator = plain[:-22] + b"PK\x06\x07" + bytes(16) + plain[-22:]
    assert _payload_code(tmp_path, offices, locator) == "bundle.zip_unsupported"


def _payload_code(tmp_path, offices, payload: bytes) -> str:
    path = tmp_path / "p.hrb"
    path.write_bytes(encrypt_to(payload, offices.prov))
    try:
        with open_at_prov(offices, path):
            return "ok"
    except BundleRejected as exc:
        return exc.code


def test_encrypted_flag_comment_and_trailing_garbage(tmp_path, offices):
    members = signed_members(offices.kab, [(EMPLOYEE, ROWS)])
    plain = bytearray(zip_bytes(members))
    flagged = bytearray(plain)
    cd = flagged.rfind(b"PK\x01\x02")  # last central entry: set its "encrypted" bit
    flagged[cd + 8] |= 0x01
    commented = zip_bytes(members)[:-2] + b"\x05\x00hello"
    assert _payload_code(tmp_path, offices, bytes(flagged)) == "bundle.zip_unsupported"
    assert _payload_code(tmp_path, offices, commented) == "bundle.zip_invalid"
    assert _payload_code(tmp_path, offices, bytes(plain) + b"trailing") == "bundle.zip_invalid"
    assert _payload_code(tmp_path, offices, b"prefix" + bytes(plain)) == "bundle.zip_invalid"
    assert _payload_code(tmp_path, offices, bytes(plain)) == "ok"
