"""Columns are mapped by header name: SIASN export headers, local spellings, guesses to check;
each field fed by one column; the clerk's changes and ``--mapping`` overrides."""

from __future__ import annotations

import pytest

from app.errors import SimpegError
from app.intake.aliases import SIASN_HEADERS, normalize_header
from app.intake.mapping import apply_overrides, load_overrides, suggest_mapping
from tests.core.intake.fixtures.sheets import SIASN_HEADERS as EXPORT_HEADERS


def fields(mapping) -> dict[str, str | None]:
    return {c.header: c.field for c in mapping.columns}


@pytest.mark.parametrize("header,normal", [
    ("Tgl. Lahir", "TGL LAHIR"), ("tglLahir", "TGL LAHIR"), ("Pangkat/Gol", "PANGKAT GOL"),
    ("\ufeffNIP BARU", "NIP BARU"), ("  nama_lengkap ", "NAMA LENGKAP"), (None, ""),
])
def test_headers_are_normalised(header, normal):
    assert normalize_header(header) == normal


def test_every_column_of_the_siasn_export_is_known():
    mapping = suggest_mapping(EXPORT_HEADERS)
    sure = [c for c in mapping.columns if c.header != "SATUAN KERJA KERJA NAMA"]
    assert all(c.source == "siasn" and c.confidence == 1.0 for c in sure)
    [satker] = [c for c in mapping.columns if c.header == "SATUAN KERJA KERJA NAMA"]
    assert (satker.field, satker.needs_check) == ("unit_induk", True)  # the OPD, to check
    got = mapping.fields
    assert got["nip"] == EXPORT_HEADERS.index("NIP BARU")
    assert got["golongan"] == EXPORT_HEADERS.index("GOL AKHIR NAMA")
    assert got["unit"] == EXPORT_HEADERS.index("UNOR NAMA")
    assert "GOL AWAL NAMA" in SIASN_HEADERS and fields(mapping)["GOL AWAL NAMA"] is None
    assert fields(mapping)["MK TAHUN"] is None  # today's service time, not the decree's MKG


def test_local_spellings_are_mapped():
    mapping = suggest_mapping(["No", "Nama Lengkap", "NIP", "Tgl Lahir", "L/P", "Pangkat/Gol",
                               "TMT Pangkat", "Jabatan", "Unit Kerja", "No. HP", "Keterangan"])
    assert fields(mapping) == {
        "No": None, "Nama Lengkap": "nama", "NIP": "nip", "Tgl Lahir": "tanggal_lahir",
        "L/P": "jenis_kelamin", "Pangkat/Gol": "golongan", "TMT Pangkat": "tmt_golongan",
        "Jabatan": "jabatan", "Unit Kerja": "unit", "No. HP": "telepon", "Keterangan": None,
    }
    assert not any(c.needs_check for c in mapping.columns)


def test_mapping_follows_the_header_not_the_position():
    a = suggest_mapping(["NIP", "Nama", "Tgl Lahir"])
    b = suggest_mapping(["Tgl Lahir", "NIP", "Nama"])
    assert fields(a) == fields(b)


def test_word_guesses_are_flagged_for_the_clerk():
    mapping = suggest_mapping(["NIP Pegawai", "TMT Gol. Ruang Pegawai", "Nama Ibu Kandung"])
    found = {c.header: (c.field, c.needs_check) for c in mapping.columns}
    assert found == {"NIP Pegawai": ("nip", True), "TMT Gol. Ruang Pegawai": ("tmt_golongan", True),
                     "Nama Ibu Kandung": (None, False)}


def test_a_field_is_fed_by_one_column_the_surest_leftmost():
    mapping = suggest_mapping(["NIP Pegawai", "NIP", "NIP"])  # the guess loses to the alias
    assert [c.field for c in mapping.columns] == [None, "nip", None]


def test_the_clerk_changes_one_column():
    mapping = suggest_mapping(["NIP", "Nama", "Catatan"]).with_field(2, "nama")
    assert [c.field for c in mapping.columns] == ["nip", None, "nama"]
    assert mapping.columns[2].source == "user"
    with pytest.raises(SimpegError):
        mapping.with_field(0, "bukan_isian")


def test_without_a_nip_column_the_mapping_has_a_problem():
    mapping = suggest_mapping(["Nama", "Alamat"])
    assert [p.code for p in mapping.problems()] == ["intake.nip_unmapped"]
    assert mapping.with_field(0, "nip").problems() == []


def test_remembered_choices_win_over_suggestions():
    remembered = {"NAMA": None, "CATATAN": "nama"}
    mapping = suggest_mapping(["NIP", "Nama", "Catatan"], remembered)
    assert [(c.field, c.source) for c in mapping.columns] == [
        ("nip", "alias"), (None, "remembered"), ("nama", "remembered")]


def test_overrides_from_the_command_line(tmp_path):
    mapping = suggest_mapping(["NIP", "Nama", "Catatan"])
    changed = apply_overrides(mapping, load_overrides('{"catatan": "alamat", "Nama": null}'))
    assert [c.field for c in changed.columns] == ["nip", None, "alamat"]
    path = tmp_path / "peta.json"
    path.write_text('{"Catatan": "email"}', encoding="utf-8")
    assert apply_overrides(mapping, load_overrides(str(path))).fields["email"] == 2
    with pytest.raises(SimpegError) as caught:
        apply_overrides(mapping, {"Tidak Ada": "nip"})
    assert caught.value.code == "intake.unknown_header"
    for bad in ('{"NIP": 3}', "[1, 2]", "{rusak"):
        with pytest.raises(SimpegError) as caught:
            load_overrides(bad)
        assert caught.value.code == "intake.mapping_json"
