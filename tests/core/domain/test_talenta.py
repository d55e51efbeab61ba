"""9-box talent mapping (domain.md §7)."""

from __future__ import annotations

import copy
import json

import pytest

from app.domain import refdata
from app.domain.common import InvalidValue
from app.domain.kinerja import Predikat, Rating
from app.domain.talenta import (
    Potensial,
    TalentaTable,
    box_info,
    box_number,
    kinerja_level_from_predikat,
    parse_potensial,
)

A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH
R, M, T = Potensial.RENDAH, Potensial.MENENGAH, Potensial.TINGGI


@pytest.mark.parametrize(
    ("kinerja", "potensial", "box_a", "box_b"),
    [
        (A, R, 6, 4), (A, M, 8, 7), (A, T, 9, 9),
        (S, R, 3, 2), (S, M, 5, 5), (S, T, 7, 8),
        (B, R, 1, 1), (B, M, 2, 3), (B, T, 4, 6),
    ],
)
def test_box_numbers_both_orderings(kinerja, potensial, box_a, box_b):
    assert box_number(kinerja, potensial) == box_a  # default ordering A
    assert box_number(kinerja, potensial, "A") == box_a
    assert box_number(kinerja, potensial, "B") == box_b
    info = box_info(box_b, "B")
    assert (info.kinerja, info.potensial) == (kinerja, potensial)


def test_text_inputs_and_errors():
    assert box_number("di atas ekspektasi", "tinggi") == 9
    assert box_number("bawah", "Rendah") == 1
    with pytest.raises(InvalidValue) as err:
        parse_potensial("sedang")
    assert err.value.code == "talenta.potensial"
    with pytest.raises(InvalidValue):
        box_number(A, T, "C")
    with pytest.raises(InvalidValue):
        box_info(10)


def test_box_info_recommendations():
    assert "suksesi" in box_info(9).recommendation
    assert box_info(9).description == "Kinerja di atas ekspektasi, potensial tinggi"
    assert "Konseling" in box_info(2).recommendation
    assert "peraturan" in box_info(1).recommendation


@pytest.mark.parametrize(
    ("pred", "level"),
    [(Predikat.SANGAT_BAIK, A), ("Baik", S), ("Butuh Perbaikan", B), ("Kurang", B),
     ("Sangat Kurang", B)],
)
def test_kinerja_level_from_predikat(pred, level):
    assert kinerja_level_from_predikat(pred) is level


def _data():
    return json.loads(json.dumps(refdata.load_json("talenta.json"), default=dict))


def test_configurable_default_ordering():
    data = _data()
    data["default_ordering"] = "B"
    table = TalentaTable.from_json(data)
    assert box_number(A, R, table=table) == 4


def test_broken_ordering_rejected():
    data = copy.deepcopy(_data())
    data["orderings"]["A"]["atas"]["rendah"] = 9  # two boxes numbered 9
    with pytest.raises(ValueError):
        TalentaTable.from_json(data)
