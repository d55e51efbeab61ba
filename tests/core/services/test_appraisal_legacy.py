"""Old appraisal regimes (domain.md §6.6): DP3, PP 46/2011, PermenPANRB 8/2021 —
on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.errors import Conflict, ValidationError
from app.services import appraisal as a
from tests.core.services.hr_support import Org, build_org

DP3 = {"kesetiaan": 91, "prestasi_kerja": 80, "tanggung_jawab": 80, "ketaatan": 82,
       "kejujuran": 85, "kerjasama": 78, "prakarsa": 76}


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def codes(exc: ValidationError) -> set[str]:
    return {e.code for e in exc.errors}


def test_dp3_sum_average_and_band(org):
    """Seven elements (no kepemimpinan): jumlah 572, rata-rata 81.71 → Baik (76–90)."""
    row = org.call(a.add_legacy_appraisal, org.people["siti"],
                   a.LegacyData("DP3_1979", 2012, DP3, penilai_nama="Drs. Amri",
                                penilai_nip="196001011985031001"))
    assert (row.total, row.average, row.sebutan) == (572.0, 81.71, "Baik")
    assert row.regime_label == "DP3 (PP 10/1979)"
    top = org.call(a.add_legacy_appraisal, org.people["budi"],
                   a.LegacyData("DP3_1979", 2013, {k: 95 for k in DP3}))
    assert top.sebutan == "Amat Baik"


def test_dp3_scores_are_checked(org):
    with pytest.raises(ValidationError) as err:
        org.call(a.add_legacy_appraisal, org.people["siti"],
                 a.LegacyData("DP3_1979", 2012, {**DP3, "ketaatan": 120}))
    assert codes(err.value) == {"kinerja.nilai_range"}
    without = {k: v for k, v in DP3.items() if k != "kejujuran"}
    with pytest.raises(ValidationError, match="kejujuran"):
        org.call(a.add_legacy_appraisal, org.people["siti"],
                 a.LegacyData("DP3_1979", 2012, without))


def test_pp46_is_60_percent_skp_and_40_percent_perilaku(org):
    """SKP 85 and perilaku 80 → 0.6 × 85 + 0.4 × 80 = 83 → Baik."""
    row = org.call(a.add_legacy_appraisal, org.people["siti"],
                   a.LegacyData("PP46_2011", 2018, skp_score=85, perilaku_score=80))
    assert (row.total, row.sebutan) == (83.0, "Baik")
    elements = {"orientasi_pelayanan": 90, "integritas": 92, "komitmen": 91, "disiplin": 93,
                "kerja_sama": 94}
    high = org.call(a.add_legacy_appraisal, org.people["siti"],
                    a.LegacyData("PP46_2011", 2019, elements, skp_score=92))
    assert (high.perilaku_score, high.total, high.sebutan) == (92.0, 92.0, "Sangat Baik")
    with pytest.raises(ValidationError) as err:
        org.call(a.add_legacy_appraisal, org.people["budi"],
                 a.LegacyData("PP46_2011", 2018, skp_score=130))
    assert codes(err.value) == {"appraisal.legacy_score", "field.required"}


def test_regime_must_match_the_year_and_records_are_unique(org):
    with pytest.raises(ValidationError) as err:
        org.call(a.add_legacy_appraisal, org.people["siti"],
                 a.LegacyData("DP3_1979", 2016, DP3))
    assert codes(err.value) == {"appraisal.legacy_year"}
    assert "PP 46/2011" in err.value.text()
    with pytest.raises(ValidationError) as err:
        org.call(a.add_legacy_appraisal, org.people["siti"], a.LegacyData("PM6_2022", 2023))
    assert codes(err.value) == {"field.choice"}
    row = org.call(a.add_legacy_appraisal, org.people["siti"],
                   a.LegacyData("PM8_2021", 2021, sebutan="baik", skp_score=101.5))
    assert row.sebutan == "Baik"
    with pytest.raises(Conflict, match="sudah dicatat"):
        org.call(a.add_legacy_appraisal, org.people["siti"],
                 a.LegacyData("PM8_2021", 2021, sebutan="Sangat Baik"))
    org.call(a.remove_legacy_appraisal, row.id, "salah input")
    again = org.call(a.add_legacy_appraisal, org.people["siti"],
                     a.LegacyData("PM8_2021", 2021, sebutan="Sangat Baik"))
    assert (again.sebutan, again.skp_score) == ("Sangat Baik", None)
    assert [r.year for r in org.call(a.list_legacy_appraisals, org.people["siti"])] == [2021]
    with pytest.raises(ValidationError) as err:
        org.call(a.add_legacy_appraisal, org.people["budi"],
                 a.LegacyData("PM8_2021", 2021, sebutan="luar biasa"))
    assert codes(err.value) == {"kinerja.predikat"}
