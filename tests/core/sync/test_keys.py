"""Office keys: generation, the protected key file, passphrases, tampering, permissions."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat

import pytest

from app.errors import message
from app.sync import (
    KdfParams,
    KeyFileError,
    change_passphrase,
    default_key_path,
    fingerprint_text,
    generate_office_keys,
    load_office_keys,
    save_office_keys,
)
from app.sync.canonical import canonical_json
from app.sync.keys import auto_secret_path, verify_signature

PASS = "sungai batanghari 2025"
FAST = KdfParams(memory_kib=8 * 1024, iterations=1)
posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _same_keys(a, b) -> bool:
    return (
        a.office_code == b.office_code and a.created_at == b.created_at
        and a.signing_public == b.signing_public and a.age_recipient == b.age_recipient
        and str(a.age_identity) == str(b.age_identity)
    )


def test_generate_office_keys_makes_distinct_working_keys():
    a, b = generate_office_keys("15.02"), generate_office_keys("15.02")
    assert a.signing_public != b.signing_public and a.age_recipient != b.age_recipient
    assert a.age_recipient.startswith("age1")
    signature = a.sign(b"data")
    assert verify_signature(a.signing_public, b"data", signature)
    assert not verify_signature(b.signing_public, b"data", signature)
    assert not verify_signature(a.signing_public, b"datA", signature)


@pytest.mark.parametrize("code", ["", "15/02", "../15", "x" * 9, "15 02"])
def test_generate_office_keys_refuses_bad_office_codes(code):
    with pytest.raises(KeyFileError) as info:
        generate_office_keys(code)
    assert info.value.code == "keys.bad_office"


def test_fingerprint_text_is_eight_groups_of_four_hex_digits():
    keys = generate_office_keys("15")
    text = fingerprint_text(keys.fingerprint)
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", text)
    assert text.replace(" ", "").lower() == keys.fingerprint[:32]


def test_default_key_path_is_under_the_data_folder(_isolated_home):
    assert default_key_path("15.02") == _isolated_home / "data" / "keys" / "15.02.key"


def test_key_file_round_trip_with_passphrase(tmp_path):
    keys = generate_office_keys("15.02")
    path = save_office_keys(keys, tmp_path / "k" / "15.02.key", PASS, kdf=FAST)
    loaded = load_office_keys(path, PASS)
    assert _same_keys(keys, loaded)
    assert verify_signature(keys.signing_public, b"x", loaded.sign(b"x"))
    assert not list(path.parent.glob("*.part"))
    assert not auto_secret_path(path).exists()
    text = path.read_text()
    assert str(keys.age_identity) not in text and "AGE-SECRET-KEY" not in text


def test_key_file_with_default_kdf_parameters_round_trips(tmp_path):
    keys = generate_office_keys("15")
    path = save_office_keys(keys, tmp_path / "15.key", PASS)
    assert json.loads(path.read_text())["kdf"]["memory_kib"] >= 19 * 1024
    assert _same_keys(keys, load_office_keys(path, PASS))


def test_save_to_default_path(_isolated_home):
    keys = generate_office_keys("15.03")
    path = save_office_keys(keys, passphrase=PASS, kdf=FAST)
    assert path == _isolated_home / "data" / "keys" / "15.03.key"
    assert _same_keys(keys, load_office_keys(path, PASS))


def test_wrong_passphrase_is_refused_in_indonesian(tmp_path):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "k.key", PASS, kdf=FAST)
    with pytest.raises(KeyFileError) as info:
        load_office_keys(path, PASS + "!")
    assert info.value.code == "keys.wrong_passphrase"
    assert "Kata sandi kunci kantor salah" in str(info.value)
    assert "Wrong passphrase" in info.value.text("en")


def test_passphrase_required_and_minimum_length(tmp_path):
    keys = generate_office_keys("15.02")
    with pytest.raises(KeyFileError) as short:
        save_office_keys(keys, tmp_path / "k.key", "pendek", kdf=FAST)
    assert short.value.code == "keys.passphrase_too_short"
    assert not (tmp_path / "k.key").exists()
    path = save_office_keys(keys, tmp_path / "k.key", PASS, kdf=FAST)
    with pytest.raises(KeyFileError) as info:
        load_office_keys(path)
    assert info.value.code == "keys.passphrase_required"


def test_missing_key_file(tmp_path):
    with pytest.raises(KeyFileError) as info:
        load_office_keys(tmp_path / "nothing.key", PASS)
    assert info.value.code == "keys.file_missing"


def _rewrite(path, change, *, fix_checksum: bool) -> None:
    doc = json.loads(path.read_text())
    change(doc)
    if fix_checksum:
        doc.pop("checksum")
        doc["checksum"] = hashlib.sha256(canonical_json(doc)).hexdigest()
    path.write_bytes(canonical_json(doc))


@pytest.mark.parametrize("field,value", [
    ("office_code", "15.09"),
    ("signing_public_key", "A" * 43 + "="),
    ("created_at", "2019-01-01T00:00:00Z"),
])
def test_tampered_public_part_is_detected(tmp_path, field, value):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "k.key", PASS, kdf=FAST)
    _rewrite(path, lambda d: d.__setitem__(field, value), fix_checksum=False)
    with pytest.raises(KeyFileError) as damaged:
        load_office_keys(path, PASS)
    assert damaged.value.code == "keys.file_damaged"
    # An attacker who also fixes the checksum still fails: the public part is the AEAD's AAD.
    _rewrite(path, lambda d: None, fix_checksum=True)
    with pytest.raises(KeyFileError) as refused:
        load_office_keys(path, PASS)
    assert refused.value.code in ("keys.wrong_passphrase", "keys.file_damaged")


@pytest.mark.parametrize("kdf", [
    {"memory_kib": 2**40}, {"iterations": 10**6}, {"lanes": 0}, {"name": "scrypt"},
    {"memory_kib": "65536"},
])
def test_forged_kdf_parameters_are_refused_before_deriving(tmp_path, kdf):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "k.key", PASS, kdf=FAST)
    _rewrite(path, lambda d: d["kdf"].update(kdf), fix_checksum=True)
    with pytest.raises(KeyFileError) as info:
        load_office_keys(path, PASS)
    assert info.value.code == "keys.file_damaged"


def test_damaged_key_file_is_reported_as_damaged(tmp_path):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "k.key", PASS, kdf=FAST)
    raw = path.read_bytes()
    flipped = raw.replace(b'"secret":"', b'"secret":"AA')
    for broken in (raw[: len(raw) // 2], b"", b"not json", flipped):
        path.write_bytes(broken)
        with pytest.raises(KeyFileError) as info:
            load_office_keys(path, PASS)
        assert info.value.code == "keys.file_damaged", broken[:40]


@posix_only
def test_key_file_and_folder_are_private(tmp_path):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "keys" / "k.key", PASS,
                            kdf=FAST)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    auto = save_office_keys(generate_office_keys("15.03"), tmp_path / "keys" / "a.key")
    assert stat.S_IMODE(auto.stat().st_mode) == 0o600
    assert stat.S_IMODE(auto_secret_path(auto).stat().st_mode) == 0o600


def test_auto_protection_needs_its_companion_file(tmp_path):
    keys = generate_office_keys("15.02")
    path = save_office_keys(keys, tmp_path / "k.key")
    assert json.loads(path.read_text())["protection"] == "auto"
    assert _same_keys(keys, load_office_keys(path))
    auto_secret_path(path).unlink()
    with pytest.raises(KeyFileError) as info:
        load_office_keys(path)
    assert info.value.code == "keys.auto_secret_missing"


def test_auto_protection_with_a_foreign_companion_is_damaged(tmp_path):
    path = save_office_keys(generate_office_keys("15.02"), tmp_path / "k.key")
    auto_secret_path(path).write_text("not-the-secret")
    with pytest.raises(KeyFileError) as info:
        load_office_keys(path)
    assert info.value.code == "keys.file_damaged"


def test_change_passphrase(tmp_path):
    keys = generate_office_keys("15.02")
    path = save_office_keys(keys, tmp_path / "k.key")
    change_passphrase(path, None, PASS)
    assert not auto_secret_path(path).exists()
    assert _same_keys(keys, load_office_keys(path, PASS))
    change_passphrase(path, PASS, "kata sandi baru yang panjang")
    with pytest.raises(KeyFileError):
        load_office_keys(path, PASS)
    assert _same_keys(keys, load_office_keys(path, "kata sandi baru yang panjang"))


def test_every_key_message_exists_in_both_languages():
    for code in ("keys.wrong_passphrase", "keys.file_damaged", "keys.file_missing",
                 "keys.passphrase_required", "keys.auto_secret_missing"):
        id_text = message(code, "id", path="p", detail="d", min=10, office="x")
        en_text = message(code, "en", path="p", detail="d", min=10, office="x")
        assert id_text != en_text and code not in id_text
