"""Bundles that must be refused for who sent them, whom they are for, or what they are."""

from __future__ import annotations

import os

import pyrage
import pytest

from app.sync import BundleCaps, BundleRejected, BundleWriter, open_bundle
from app.sync.versions import SchemaSupport
from tests.core.sync.corpus import (
    SCHEMA,
    Offices,
    encrypt_to,
    header,
    open_at_prov,
    sample_rows,
    write_bundle,
    zip_bytes,
)


@pytest.fixture
def offices():
    return Offices()


@pytest.fixture
def bundle(tmp_path, offices):
    return write_bundle(tmp_path / "b.hrb", offices.kab, offices.peer(offices.prov))


def _rejected(call) -> BundleRejected:
    with pytest.raises(BundleRejected) as info:
        call()
    return info.value


def test_wrong_recipient(bundle, offices):
    exc = _rejected(lambda: open_bundle(bundle.path, offices.other, {}, schema=SCHEMA))
    assert exc.code == "bundle.wrong_recipient"
    assert str(exc).startswith("Bundle ini bukan untuk kantor ini")


def test_unknown_sender_is_a_security_event(bundle, offices):
    exc = _rejected(lambda: open_bundle(bundle.path, offices.prov, {}, schema=SCHEMA))
    assert exc.code == "bundle.unknown_sender" and exc.security
    assert "tidak Anda percayai" in str(exc) and "15.02" in str(exc)
    exc = _rejected(lambda: open_bundle(bundle.path, offices.prov, lambda code: None,
                                        schema=SCHEMA))
    assert exc.code == "bundle.unknown_sender"


def test_forged_sender_fails_the_signature(tmp_path, offices):
    forger = type(offices.kab)(  # the outsider's keys, claiming to be Merangin
        "15.02", offices.other.signing_key, offices.other.age_identity, offices.other.created_at)
    forged = write_bundle(tmp_path / "f.hrb", forger, offices.peer(offices.prov))
    exc = _rejected(lambda: open_at_prov(offices, forged.path))
    assert exc.code == "bundle.bad_signature" and exc.security


def test_trusted_entry_under_another_code_is_not_accepted(bundle, offices):
    # The lookup answers with a peer whose code differs from the manifest's from_site.
    exc = _rejected(lambda: open_bundle(bundle.path, offices.prov,
                                        lambda code: offices.peer(offices.other), schema=SCHEMA))
    assert exc.code == "bundle.unknown_sender"


def test_bundle_addressed_to_another_office(tmp_path, offices):
    # Encrypted to the province's key, but the signed manifest says it is for 15.09.
    with BundleWriter(tmp_path / "b.hrb", offices.kab, offices.prov.age_recipient,
                      header(to_site="15.09")) as writer:
        writer.add_rows("employee", sample_rows(2))
    exc = _rejected(lambda: open_at_prov(offices, writer.result.path))
    assert exc.code == "bundle.not_for_us" and exc.security
    assert "15.09" in str(exc)


def test_newer_schema_asks_to_update_the_app(tmp_path, offices):
    newer = write_bundle(tmp_path / "n.hrb", offices.kab, offices.peer(offices.prov),
                         schema_version="0003", reads_schema=("0002", "0003"))
    exc = _rejected(lambda: open_at_prov(offices, newer.path))
    assert exc.code == "bundle.schema_newer"
    assert "perbarui aplikasi" in str(exc)


def test_older_schema_outside_the_window(tmp_path, offices):
    old = write_bundle(tmp_path / "o.hrb", offices.kab, offices.peer(offices.prov),
                       schema_version="0001", reads_schema=("0001", "0001"))
    narrow = SchemaSupport(("0001", "0002"), "0002")
    assert _rejected(lambda: open_at_prov(offices, old.path, schema=narrow)).code == \
        "bundle.schema_older"
    with open_at_prov(offices, old.path, schema=SCHEMA) as opened:  # inside the window
        assert opened.manifest.schema_version == "0001"


def test_file_size_cap_applies_before_decrypting(bundle, offices):
    caps = BundleCaps(max_file_bytes=bundle.size - 1)
    exc = _rejected(lambda: open_at_prov(offices, bundle.path, caps=caps))
    assert exc.code == "bundle.too_large"


def test_part_files_are_refused(bundle, offices):
    part = bundle.path.with_name(bundle.path.name + ".part")
    os.replace(bundle.path, part)
    assert _rejected(lambda: open_at_prov(offices, part)).code == "bundle.partial_file"


@pytest.mark.parametrize("content,code", [
    (b"", "bundle.damaged"),
    (b"age-encryption", "bundle.damaged"),
    (b"PK\x03\x04 a plain zip", "bundle.not_a_bundle"),
    (b"-----BEGIN AGE ENCRYPTED FILE-----\nabc", "bundle.not_a_bundle"),
    (b"age-encryption.org/v1\n" + b"-> X25519 abc\n" * 3, "bundle.damaged"),
    (b"age-encryption.org/v1\n" + b"-> X25519 a\nb\n" * 20 + b"--- mac\n", "bundle.not_a_bundle"),
    (b"age-encryption.org/v1\n-> scrypt salt 18\nbody\n--- mac\n", "bundle.not_a_bundle"),
])
def test_files_that_are_not_bundles(tmp_path, offices, content, code):
    path = tmp_path / "x.hrb"
    path.write_bytes(content)
    assert _rejected(lambda: open_at_prov(offices, path)).code == code


def test_header_larger_than_the_cap_is_refused(tmp_path, offices):
    path = tmp_path / "x.hrb"
    path.write_bytes(b"age-encryption.org/v1\n-> X25519 " + b"A" * 20_000 + b"\n--- m\n")
    assert _rejected(lambda: open_at_prov(offices, path)).code == "bundle.not_a_bundle"


def test_missing_file(tmp_path, offices):
    exc = _rejected(lambda: open_at_prov(offices, tmp_path / "gone.hrb"))
    assert exc.code == "bundle.not_a_bundle"


def test_passphrase_encrypted_file_is_not_a_bundle(tmp_path, offices):
    path = tmp_path / "p.hrb"
    # A real age file, but for a passphrase rather than an office key (stanza type scrypt).
    header_only = b"age-encryption.org/v1\n-> scrypt AAAAAAAAAAAAAAAAAAAAAA 10\nAAAA\n--- AAA\n"
    path.write_bytes(header_only + os.urandom(64))
    assert _rejected(lambda: open_at_prov(offices, path)).code == "bundle.not_a_bundle"


def test_plain_zip_encrypted_to_us_without_manifest(tmp_path, offices):
    path = tmp_path / "z.hrb"
    path.write_bytes(encrypt_to(zip_bytes([("changes/employee.jsonl", b"{}\n")]), offices.prov))
    assert _rejected(lambda: open_at_prov(offices, path)).code == "bundle.manifest_missing"


def test_random_payload_encrypted_to_us_is_not_a_zip(tmp_path, offices):
    path = tmp_path / "r.hrb"
    path.write_bytes(pyrage.encrypt(os.urandom(5000), [offices.prov.age_identity.to_public()]))
    assert _rejected(lambda: open_at_prov(offices, path)).code == "bundle.zip_invalid"
