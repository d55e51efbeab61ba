"""Corruption corpus (sync.md T07, T08, §5.3): truncations, bit flips, inserted and deleted
bytes and spliced bundles — in the ciphertext and inside the decrypted ZIP.

The only allowed outcomes are a :class:`BundleRejected` or, for damage inside the ZIP that the
format legitimately ignores (a timestamp, an unused header field), a bundle whose signed
content is exactly the original. Any other exception fails the test.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.sync import BundleRejected
from tests.core.sync.corpus import (
    Offices,
    decrypt_with,
    encrypt_to,
    open_at_prov,
    outcome,
    sample_rows,
    write_bundle,
)

ROWS = sample_rows(12)
_OFFICES = Offices()
_settings = settings(max_examples=150, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """One small valid bundle, its plaintext ZIP, and a second bundle for splicing."""
    folder = tmp_path_factory.mktemp("corpus")
    offices = Offices()
    peer = offices.peer(offices.prov)
    valid = write_bundle(folder / "valid.hrb", offices.kab, peer, {"employee": ROWS})
    other = write_bundle(folder / "other.hrb", offices.kab, peer, {"employee": sample_rows(12, 50)})
    return {
        "offices": offices, "folder": folder, "valid": valid,
        "cipher": valid.path.read_bytes(), "other": other.path.read_bytes(),
        "plain": decrypt_with(valid.path, offices.prov),
    }


def _open_bytes(corpus, data: bytes, name: str = "case.hrb") -> str:
    path = corpus["folder"] / name
    path.write_bytes(data)
    return outcome(lambda: open_at_prov(corpus["offices"], path))


def _accepts_only_the_original(corpus, payload: bytes) -> str:
    """Re-encrypt a (damaged) plaintext ZIP; if accepted, the content must be the original."""
    path = corpus["folder"] / "zip-case.hrb"
    path.write_bytes(encrypt_to(payload, corpus["offices"].prov))
    try:
        opened = open_at_prov(corpus["offices"], path)
    except BundleRejected as exc:
        return exc.code
    with opened:
        assert opened.manifest == corpus["valid"].manifest
        assert list(opened.iter_rows("employee")) == ROWS
    return "ok"


def test_the_untouched_bundle_opens(corpus):
    assert _open_bytes(corpus, corpus["cipher"]) == "ok"


def test_every_truncation_is_rejected(corpus):
    cipher = corpus["cipher"]
    n = len(cipher)
    lengths = {*range(400), *range(400, n, 7), *range(max(0, n - 80), n)}
    codes = {_open_bytes(corpus, cipher[:length]) for length in sorted(lengths)}
    assert "ok" not in codes
    assert codes <= {"bundle.damaged", "bundle.not_a_bundle", "bundle.wrong_recipient"}


def test_every_byte_flipped_in_the_header_and_first_chunk_is_rejected(corpus):
    cipher = corpus["cipher"]
    for offset in range(0, min(len(cipher), 400)):
        damaged = bytearray(cipher)
        damaged[offset] ^= 0x01
        assert _open_bytes(corpus, bytes(damaged)) != "ok", offset


@_settings
@given(data=st.data())
def test_random_bit_flips_in_the_ciphertext_are_rejected(corpus, data):
    cipher = corpus["cipher"]
    offset = data.draw(st.integers(0, len(cipher) - 1))
    bit = data.draw(st.integers(0, 7))
    damaged = bytearray(cipher)
    damaged[offset] ^= 1 << bit
    assert _open_bytes(corpus, bytes(damaged)) != "ok"


@_settings
@given(data=st.data())
def test_inserted_deleted_and_spliced_bytes_are_rejected(corpus, data):
    cipher, other = corpus["cipher"], corpus["other"]
    kind = data.draw(st.sampled_from(["insert", "delete", "splice", "append"]))
    at = data.draw(st.integers(0, len(cipher) - 1))
    if kind == "insert":
        damaged = cipher[:at] + data.draw(st.binary(min_size=1, max_size=64)) + cipher[at:]
    elif kind == "delete":
        damaged = cipher[:at] + cipher[at + data.draw(st.integers(1, 64)):]
    elif kind == "splice":
        damaged = cipher[:at] + other[data.draw(st.integers(0, len(other) - 1)):]
    else:
        damaged = cipher + data.draw(st.binary(min_size=1, max_size=64))
    if damaged in (cipher, other):
        return
    assert _open_bytes(corpus, damaged) != "ok"


@_settings
@given(data=st.data())
def test_bit_flips_inside_the_zip_never_slip_through(corpus, data):
    plain = corpus["plain"]
    offset = data.draw(st.integers(0, len(plain) - 1))
    damaged = bytearray(plain)
    damaged[offset] ^= 1 << data.draw(st.integers(0, 7))
    _accepts_only_the_original(corpus, bytes(damaged))


@_settings
@given(data=st.data())
def test_truncated_or_extended_zips_are_rejected(corpus, data):
    plain = corpus["plain"]
    cut = data.draw(st.integers(0, len(plain) - 1))
    assert _accepts_only_the_original(corpus, plain[:cut]) != "ok"
    tail = data.draw(st.binary(min_size=1, max_size=40))
    assert _accepts_only_the_original(corpus, plain + tail) != "ok"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_are_rejected(tmp_path_factory, payload):
    # Random files, and random "ZIPs" correctly encrypted to the province.
    folder = tmp_path_factory.getbasetemp()
    offices = _OFFICES
    for data in (payload, encrypt_to(payload, offices.prov)):
        path = folder / "arbitrary.hrb"
        path.write_bytes(data)
        assert outcome(lambda p=path: open_at_prov(offices, p)) != "ok"

