"""DP3 and PP 46/2011 (domain.md §6.6), angka kredit (§4.2), BerAKHLAK (§6.3)."""

from __future__ import annotations

import pytest

from app.domain.angka_kredit import angka_kredit, kebutuhan_ak, koefisien
from app.domain.berakhlak import berakhlak_value, berakhlak_values
from app.domain.common import InvalidValue
from app.domain.kinerja import Predikat
from app.domain.kinerja_legacy import (
    dp3_nilai,
    dp3_sebutan,
    pp46_nilai_perilaku,
    pp46_nilai_prestasi,
    pp46_sebutan,
)


@pytest.mark.parametrize(
    ("score", "sebutan"),
    [(100, "Amat Baik"), (91, "Amat Baik"), (90.99, "Baik"), (76, "Baik"), (75, "Cukup"),
     (61, "Cukup"), (60, "Sedang"), (51, "Sedang"), (50, "Kurang"), (0, "Kurang")],
)
def test_dp3_bands(score, sebutan):
    assert dp3_sebutan(score) == sebutan


def test_dp3_nilai_with_and_without_kepemimpinan():
    seven = {"kesetiaan": 91, "prestasi_kerja": 80, "tanggung_jawab": 80, "ketaatan": 82,
             "kejujuran": 85, "kerjasama": 78, "prakarsa": 76}
    assert dp3_nilai(seven) == (572, 81.71)
    assert dp3_nilai({**seven, "kepemimpinan": 76}) == (648, 81.0)


@pytest.mark.parametrize(
    ("scores", "code"),
    [
        ({"kesetiaan": 91}, "kinerja.unsur_missing"),
        ({"kesetiaan": 91, "keramahan": 80}, "kinerja.unsur_unknown"),
    ],
)
def test_dp3_nilai_rejects(scores, code):
    with pytest.raises(InvalidValue) as err:
        dp3_nilai(scores)
    assert err.value.code == code


def test_score_out_of_range():
    scores = {e: 80 for e in ("kesetiaan", "prestasi_kerja", "tanggung_jawab", "ketaatan",
                              "kejujuran", "kerjasama", "prakarsa")}
    scores["prakarsa"] = 101
    with pytest.raises(InvalidValue) as err:
        dp3_nilai(scores)
    assert err.value.code == "kinerja.nilai_range"
    with pytest.raises(ValueError):
        dp3_sebutan(-1)


def test_pp46_formula_and_sebutan():
    perilaku = pp46_nilai_perilaku({"orientasi_pelayanan": 80, "integritas": 82,
                                    "komitmen": 78, "disiplin": 80, "kerja_sama": 80})
    assert perilaku == 80.0
    assert pp46_nilai_prestasi(85, perilaku) == 83.0  # 0.6 * 85 + 0.4 * 80
    assert pp46_nilai_prestasi(90.5, 91.25) == 90.8
    assert pp46_sebutan(83.0) == "Baik"
    assert pp46_sebutan(104) == "Sangat Baik"
    assert pp46_sebutan(50) == "Buruk"
    with pytest.raises(ValueError):
        pp46_nilai_prestasi(-1, 80)


@pytest.mark.parametrize(
    ("pred", "jenjang", "months", "ak"),
    [
        ("Sangat Baik", "ahli_pertama", 12, 18.75),  # worked example of S30
        (Predikat.BAIK, "ahli_pertama", 12, 12.5),
        ("Butuh Perbaikan", "ahli_madya", 12, 28.125),
        ("Kurang/Misconduct", "ahli_muda", 12, 12.5),
        ("Sangat Kurang", "ahli_utama", 12, 12.5),
        ("Baik", "ahli_pertama", 6, 6.25),  # partial year pro rata
    ],
)
def test_angka_kredit(pred, jenjang, months, ak):
    assert angka_kredit(pred, jenjang, months=months) == ak


def test_angka_kredit_explicit_koefisien_and_errors():
    assert angka_kredit("Baik", koefisien_tahunan=37.5) == 37.5
    assert koefisien("mahir") == 12.5
    with pytest.raises(ValueError):
        angka_kredit("Baik")
    with pytest.raises(ValueError):
        angka_kredit("Baik", "ahli_pertama", months=13)
    assert kebutuhan_ak("ahli_muda") == 100
    assert kebutuhan_ak("ahli_madya", "jenjang") == 450
    assert kebutuhan_ak("ahli_utama", "jenjang") is None


def test_berakhlak_seven_values_three_behaviours():
    values = berakhlak_values()
    assert "".join(v.name[0] for v in values) == "BAKHLAK"
    assert [v.code for v in values][0] == "berorientasi_pelayanan"
    assert all(len(v.behaviours) == 3 and v.meaning for v in values)
    assert berakhlak_value("Akuntabel").behaviours[2] == "Tidak menyalahgunakan kewenangan jabatan"
    assert berakhlak_value("berorientasi pelayanan").code == "berorientasi_pelayanan"
    with pytest.raises(KeyError):
        berakhlak_value("jujur")
