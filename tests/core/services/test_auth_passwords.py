"""Argon2id PHC hashing and the password policy."""

from __future__ import annotations

import re

import pytest

from app.errors import set_language
from app.services import passwords as pw
from app.services.passwords import HashParams, hash_password, needs_rehash, verify_password
from tests.core.services.auth_support import CHEAP

pytestmark = pytest.mark.usefixtures("fast_hashing")


def test_hash_is_a_phc_argon2id_string_with_the_configured_parameters():
    phc = hash_password("sandi-yang-panjang")
    assert re.fullmatch(r"\$argon2id\$v=19\$m=64,t=1,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+", phc)


def test_production_parameters_meet_the_owasp_minimum():
    p = HashParams()
    assert p.memory_kib >= 19 * 1024 and p.iterations >= 2 and p.lanes >= 1


def test_hash_salts_differ_so_equal_passwords_hash_differently():
    assert hash_password("sandi-yang-panjang") != hash_password("sandi-yang-panjang")


def test_verify_accepts_the_right_password_and_rejects_a_wrong_one():
    phc = hash_password("sandi-yang-panjang")
    assert verify_password("sandi-yang-panjang", phc)
    assert not verify_password("sandi-yang-panjanG", phc)
    assert not verify_password("", phc)


def test_verify_is_compatible_with_the_cryptography_phc_reader():
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    phc = hash_password("ganti-aku-segera")
    Argon2id.verify_phc_encoded(b"ganti-aku-segera", phc)  # raises when not equal


@pytest.mark.parametrize("damaged", [
    "", "plain-text", "$argon2i$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
    "$argon2id$v=19$m=99999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
    "$argon2id$v=19$m=64,t=1,p=1$!!!$aGFzaGhhc2hoYXNoaGFzaA",
])
def test_verify_rejects_a_damaged_hash_without_raising(damaged):
    assert verify_password("anything-at-all", damaged) is False


def test_needs_rehash_when_parameters_change():
    phc = hash_password("sandi-yang-panjang")
    assert not needs_rehash(phc)
    previous = pw.set_hash_params(HashParams(memory_kib=128, iterations=1, lanes=1))
    try:
        assert needs_rehash(phc)
    finally:
        pw.set_hash_params(previous)
    assert pw.HASH_PARAMS == CHEAP


@pytest.mark.parametrize("password,code", [
    ("pendek", "password.too_short"),
    ("1234567", "password.too_short"),
    ("x" * 257, "password.too_long"),
    ("Budi.Santoso", "password.same_as_username"),
    ("password123", "password.common"),
    ("Bismillah", "password.common"),
    ("aaaaaaaaaa", "password.common"),
])
def test_policy_rejects_bad_passwords(password, code):
    problems = pw.password_problems(password, username="budi.santoso")
    assert [p.code for p in problems] == [code]
    assert problems[0].field == "password"


@pytest.mark.parametrize("password", ["12345678a", "kopi tubruk pagi", "ab" * 128, "Ümlaut-ß-123"])
def test_policy_accepts_good_passwords(password):
    assert pw.password_problems(password, username="budi.santoso") == []


def test_policy_messages_are_indonesian_first_and_english_second():
    problem = pw.password_problems("pendek")[0]
    set_language("id")
    assert problem.text() == "Kata sandi minimal 8 karakter."
    assert problem.text("en") == "The password needs at least 8 characters."
