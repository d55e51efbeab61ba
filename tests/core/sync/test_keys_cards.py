"""Identity cards, fingerprints typed by a person, trusted peers, province endorsements."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from app.sync import (
    CardError,
    TrustedPeer,
    endorse_card,
    fingerprint_text,
    generate_office_keys,
    identity_card,
    parse_identity_card,
    read_endorsement,
    read_identity_card,
    verify_card_fingerprint,
    verify_endorsement,
    write_identity_card,
)
from app.sync.canonical import b64encode, canonical_json
from app.sync.keys import fingerprint_hex

NAME = "BKPSDM Kabupaten Merangin"


@pytest.fixture
def keys():
    return generate_office_keys("15.02")


def test_identity_card_round_trip(tmp_path, keys):
    path = write_identity_card(tmp_path / "15.02.card.json", keys, NAME)
    card = read_identity_card(path)
    assert (card.office_code, card.office_name) == ("15.02", NAME)
    assert card.age_recipient == keys.age_recipient
    assert card.signing_pub == b64encode(keys.signing_public)
    assert card.fingerprint == keys.fingerprint and card.created_at == keys.created_at
    doc = json.loads(path.read_text())
    assert doc["format"] == "simpeg-identity-card" and "self_signature" in doc
    assert "AGE-SECRET-KEY" not in path.read_text()
    peer = card.to_trusted(datetime(2025, 3, 1, 7, 0))
    assert isinstance(peer, TrustedPeer) and peer.trusted_at == datetime(2025, 3, 1, 7, 0)
    assert peer.verify(b"m", keys.sign(b"m"))


@pytest.mark.parametrize("transform", [
    lambda t: t,
    lambda t: t.lower(),
    lambda t: t.replace(" ", ""),
    lambda t: t.replace(" ", "-"),
    lambda t: "  " + t.replace(" ", "   ") + "\n",
    lambda t: t.replace(" ", ":").lower(),
])
def test_fingerprint_typed_with_spacing_and_case_variations(keys, transform):
    card = parse_identity_card(identity_card(keys, NAME))
    assert verify_card_fingerprint(card, transform(fingerprint_text(card.fingerprint)))


def test_full_fingerprint_is_accepted_and_prefixes_or_typos_are_not(keys):
    card = parse_identity_card(identity_card(keys, NAME))
    assert verify_card_fingerprint(card, card.fingerprint.upper())
    short = fingerprint_text(card.fingerprint)
    assert not verify_card_fingerprint(card, short[:-5])
    typo = short[:-1] + ("0" if short[-1] != "0" else "1")
    assert not verify_card_fingerprint(card, typo)
    assert not verify_card_fingerprint(card, "")
    other = parse_identity_card(identity_card(generate_office_keys("15.02"), NAME))
    assert not verify_card_fingerprint(other, short)


def _tamper(raw: bytes, **changes) -> bytes:
    doc = json.loads(raw)
    doc.update(changes)
    return json.dumps(doc).encode()


def test_altered_name_breaks_the_self_signature(keys):
    raw = _tamper(identity_card(keys, NAME), office_name="Kantor Palsu")
    with pytest.raises(CardError) as info:
        parse_identity_card(raw)
    assert info.value.code == "card.bad_signature"
    assert "telah diubah" in str(info.value)


def test_swapped_encryption_key_is_caught(keys):
    attacker = generate_office_keys("15.02")
    raw = _tamper(identity_card(keys, NAME), age_recipient=attacker.age_recipient)
    with pytest.raises(CardError) as info:
        parse_identity_card(raw)
    assert info.value.code == "card.invalid"  # the fingerprint no longer matches the keys
    # Swapping the fingerprint too still fails: the self-signature covers it.
    doc = json.loads(raw)
    doc["fingerprint"] = fingerprint_hex("15.02", keys.signing_public, attacker.age_recipient)
    with pytest.raises(CardError) as again:
        parse_identity_card(json.dumps(doc).encode())
    assert again.value.code == "card.bad_signature"


def test_card_reformatted_by_an_editor_still_verifies(keys):
    doc = json.loads(identity_card(keys, NAME))
    reordered = json.dumps(dict(reversed(list(doc.items()))), indent=8).encode()
    assert parse_identity_card(reordered).fingerprint == keys.fingerprint


@pytest.mark.parametrize("raw", [
    b"", b"not json", b"[]", b'{"format": "something-else"}', b"\xff\xfe",
    b'{"format":"simpeg-identity-card","format_version":2}',
    b"{" * 5000 + b"}" * 5000,
    b" " * 70000,
])
def test_malformed_cards_are_refused_clearly(raw):
    with pytest.raises(CardError) as info:
        parse_identity_card(raw)
    assert info.value.code == "card.invalid"
    assert str(info.value).startswith("Kartu identitas kantor tidak sah")


@pytest.mark.parametrize("changes", [
    {"extra": 1}, {"office_code": "15/02"}, {"signing_public_key": "abc"},
    {"age_recipient": "age1notvalid"}, {"created_at": "kemarin"}, {"self_signature": "AAAA"},
    {"office_name": ""}, {"format_version": "1"},
])
def test_cards_with_bad_fields_are_refused(keys, changes):
    with pytest.raises(CardError):
        parse_identity_card(_tamper(identity_card(keys, NAME), **changes))


def test_missing_field_is_refused(keys):
    doc = json.loads(identity_card(keys, NAME))
    del doc["age_recipient"]
    with pytest.raises(CardError):
        parse_identity_card(json.dumps(doc).encode())


def test_card_name_is_required(keys):
    with pytest.raises(CardError):
        identity_card(keys, "   ")


def test_unreadable_card_file(tmp_path):
    with pytest.raises(CardError) as info:
        read_identity_card(tmp_path / "missing.json")
    assert info.value.code == "card.invalid"


def test_trusted_peer_refuses_a_fingerprint_that_does_not_match(keys):
    card = parse_identity_card(identity_card(keys, NAME))
    good = card.to_trusted()
    with pytest.raises(CardError):
        TrustedPeer(good.office_code, good.name, good.signing_pub, good.age_recipient,
                    "0" * 64, good.trusted_at)
    with pytest.raises(CardError):
        TrustedPeer("15.09", good.name, good.signing_pub, good.age_recipient,
                    good.fingerprint, good.trusted_at)


# --- province endorsements -----------------------------------------------------------------


@pytest.fixture
def province():
    return generate_office_keys("15")


def _peer(keys, name="Provinsi Jambi"):
    return parse_identity_card(identity_card(keys, name)).to_trusted()


def test_endorsement_round_trip(keys, province):
    card = parse_identity_card(identity_card(keys, NAME))
    endorsement = read_endorsement(endorse_card(province, card).to_bytes())
    verify_endorsement(endorsement, card, _peer(province))
    verify_endorsement(endorsement, card.to_trusted(), _peer(province))


def test_endorsement_by_someone_else_is_refused(keys, province):
    card = parse_identity_card(identity_card(keys, NAME))
    impostor = generate_office_keys("15")
    endorsement = endorse_card(impostor, card)
    with pytest.raises(CardError) as info:
        verify_endorsement(endorsement, card, _peer(province))
    assert info.value.code == "card.endorsement_bad_signature"


def test_endorsement_of_another_card_or_endorser_is_refused(keys, province):
    card = parse_identity_card(identity_card(keys, NAME))
    other = parse_identity_card(identity_card(generate_office_keys("15.02"), NAME))
    endorsement = endorse_card(province, card)
    with pytest.raises(CardError) as different:
        verify_endorsement(endorsement, other, _peer(province))
    assert different.value.code == "card.endorsement_invalid"
    with pytest.raises(CardError) as wrong_root:
        verify_endorsement(endorsement, card, _peer(generate_office_keys("15.01")))
    assert wrong_root.value.code == "card.endorsement_invalid"


def test_altered_endorsement_is_refused(keys, province):
    card = parse_identity_card(identity_card(keys, NAME))
    doc = json.loads(endorse_card(province, card).to_bytes())
    doc["issued_at"] = "2030-01-01T00:00:00Z"
    with pytest.raises(CardError) as info:
        verify_endorsement(read_endorsement(canonical_json(doc)), card, _peer(province))
    assert info.value.code == "card.endorsement_bad_signature"
    for raw in (b"", b"{}", canonical_json({**doc, "extra": 1}), b"[1]"):
        with pytest.raises(CardError):
            read_endorsement(raw)
