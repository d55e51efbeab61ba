"""Jambi region codes (domain.md §1.4) and the office list (DESIGN.md §4)."""

from __future__ import annotations

import pytest

from app.domain.wilayah import (
    InvalidRegionCode,
    Region,
    WilayahTable,
    districts,
    normalize_region_code,
    office,
    offices,
    regencies,
    regency_kind,
    region,
    region_name,
    undotted,
    villages,
)


@pytest.mark.parametrize(
    ("code", "dotted"),
    [
        ("15", "15"),
        ("1571", "15.71"),
        ("15.71", "15.71"),
        ("15 71", "15.71"),
        ("157101", "15.71.01"),
        ("15.71.01", "15.71.01"),
        ("1502021001", "15.02.02.1001"),
    ],
)
def test_normalize_region_code(code, dotted):
    assert normalize_region_code(code) == dotted
    assert undotted(code) == dotted.replace(".", "")


@pytest.mark.parametrize("code", ["", "1", "157", "15.7.1", "15a1", "15710100"])
def test_normalize_region_code_rejects(code):
    with pytest.raises(InvalidRegionCode) as err:
        normalize_region_code(code)
    assert err.value.code == "wilayah.code"


def test_the_eleven_regencies_of_jambi_follow_kemendagri_numbering():
    names = {r.code: r.display_name for r in regencies()}
    assert list(names) == [
        "15.01", "15.02", "15.03", "15.04", "15.05", "15.06", "15.07", "15.08", "15.09",
        "15.71", "15.72",
    ]
    # the swap seen in some public datasets must not be here (domain.md §1.4 WARNING)
    assert names["15.06"] == "Kab. Tanjung Jabung Barat"
    assert names["15.07"] == "Kab. Tanjung Jabung Timur"
    assert names["15.08"] == "Kab. Bungo"
    assert names["15.09"] == "Kab. Tebo"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("15", "Jambi"),
        ("1502", "Kabupaten Merangin"),
        ("15.01.01", "Gunung Raya"),
        ("150202", "Bangko"),
        ("15.06.01", "Tungkal Ulu"),
        ("15.07.01", "Muara Sabak Timur"),
        ("15.08.03", "Pasar Muaro Bungo"),
        ("15.71.11", "Paal Merah"),
        ("15.72.08", "Sungai Bungkal"),
        ("32", "Jawa Barat"),  # other provinces by name only
        ("1599", None),
        ("nonsense", None),
    ],
)
def test_region_name(code, name):
    assert region_name(code) == name


def test_districts_and_villages():
    kota_jambi = districts("1571")
    assert [d.code for d in kota_jambi][:2] == ["15.71.01", "15.71.02"]
    assert len(kota_jambi) == 11
    assert sum(len(districts(r.code)) for r in regencies()) == 144
    desa = villages("15.71.01")
    assert desa and all(v.level == "desa/kelurahan" for v in desa)
    assert region("15.71.01").level == "kecamatan"


@pytest.mark.parametrize(("code", "kind"), [("15.02", "kabupaten"), ("1571", "kota")])
def test_regency_kind(code, kind):
    assert regency_kind(code) == kind


def test_offices_province_first_then_eleven():
    found = offices()
    assert [o.code for o in found][:2] == ["15", "15.01"]
    assert len(found) == 12
    assert office("1502").name == "Kab. Merangin"
    assert office("15.71").name == "Kota Jambi"
    assert office("15.71").kind == "kota"
    assert office("15").name == "Provinsi Jambi"
    assert office("15.99") is None and office("x") is None


def test_another_table_can_be_passed():
    table = WilayahTable(
        [Region("15", "Jambi", "provinsi"), Region("15.02", "Kabupaten Uji", "kabupaten/kota")]
    )
    assert region_name("1502", table) == "Kabupaten Uji"
    assert [o.name for o in offices(table)] == ["Provinsi Jambi", "Kab. Uji"]
