"""A unit's appraisal: organisation result and distribution warnings, SKPs for a whole unit,
progress, public feedback — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import ValidationError
from app.services import appraisal as a
from tests.core.services.appraisal_support import YEAR, evaluated_skp, planned_skp
from tests.core.services.hr_support import Org, build_org


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def test_sub_units_inherit_the_nearest_organisation_result(org):
    assert org.call(a.org_result, YEAR, org.units["bidang"]) is None
    org.call(a.set_org_result, YEAR, "istimewa")  # the office as a whole
    office = org.call(a.org_result, YEAR, org.units["bidang"])
    assert (office.result_label, office.unit_id, office.inherited) == ("Istimewa", None, True)
    org.call(a.set_org_result, YEAR, "baik", org.units["dinas"])
    row = org.call(a.org_result, YEAR, org.units["bidang"])
    assert (row.result, row.unit_name, row.inherited) == ("baik", "Dinas Pendidikan", True)
    again = org.call(a.set_org_result, YEAR, "butuh_perbaikan", org.units["dinas"], "revisi")
    assert (again.id, again.result) == (row.id, "butuh_perbaikan")  # one per unit and year
    with pytest.raises(ValidationError):
        org.call(a.set_org_result, YEAR, "luar biasa", org.units["dinas"])


def test_distribution_warning_when_everyone_is_baik_in_a_baik_unit(org):
    """Pola distribusi (data): with capaian Baik at most 70 % Baik, and at least one
    Butuh Perbaikan or Kurang."""
    for key in ("siti", "budi", "rina", "cpns"):
        evaluated_skp(org, key, "sesuai", "sesuai")
    none = org.call(a.distribution_warnings, org.units["bidang"], YEAR)
    assert [w.code for w in none.warnings] == ["appraisal.no_org_result"]
    org.call(a.set_org_result, YEAR, "baik", org.units["dinas"])
    report = org.call(a.distribution_warnings, org.units["bidang"], YEAR)
    assert (report.capaian, report.total, report.counts["baik"]) == ("baik", 4, 4)
    assert [w.code for w in report.warnings] == ["kinerja.distribusi_over",
                                                 "kinerja.distribusi_missing"]
    assert "100.0%" in report.texts()[0] and "70" in report.texts()[0]
    assert not report.fits


def test_distribution_fits_with_a_spread_of_predikat(org):
    org.call(a.set_org_result, YEAR, "baik", org.units["bidang"])
    evaluated_skp(org, "siti", "sesuai", "sesuai")
    evaluated_skp(org, "budi", "di_atas", "di_atas")
    evaluated_skp(org, "rina", "di_bawah", "sesuai")
    planned_skp(org, "cpns")  # a draft does not count
    report = org.call(a.distribution_warnings, org.units["bidang"], YEAR)
    assert (report.total, report.fits) == (3, True)


def test_start_skps_for_a_unit_skips_existing_and_copies_the_template(org):
    template = planned_skp(org, "siti")
    org.call(a.set_ekspektasi_khusus, template.id, "kompeten", "Menguasai aplikasi SIASN")
    result = org.call(a.start_skps_for_unit, org.units["bidang"], YEAR, template.id)
    # bidang on duty: kabid, siti (has one), budi, rina, cpns — the retired Maryam is left out
    assert (result.created, result.skipped_existing, result.without_penilai) == (4, 1, 0)
    rows = {r.pegawai_nama: r for r in org.call(a.list_skps, YEAR, org.units["bidang"])}
    assert set(rows) == {"Ahmad Fauzi", "Siti Aminah", "Budi Santoso", "Rina Marlina",
                         "Dedi Kurniawan"}
    budi = org.call(a.get_skp, rows["Budi Santoso"].id)
    assert budi.penilai.nama == "Ahmad Fauzi"
    assert [r.text for r in budi.rhk] == ["Terlaksananya layanan administrasi kepegawaian"]
    assert budi.rhk[0].indicators[0].target == "120 berkas"
    assert budi.behaviours[2].ekspektasi_khusus == "Menguasai aplikasi SIASN"
    assert org.call(a.get_skp, rows["Ahmad Fauzi"].id).penilai.nama == "Hasan Basri"
    again = org.call(a.start_skps_for_unit, org.units["bidang"], YEAR)
    assert (again.created, again.skipped_existing) == (0, 5)


def test_unit_progress_counts_each_status(org):
    evaluated_skp(org, "siti")
    planned_skp(org, "budi")
    progress = org.call(a.unit_progress, org.units["dinas"], YEAR)
    # dinas on duty: kadis, sekdis, kabid, siti, budi, rina, cpns
    assert (progress.employees, progress.without_skp, progress.draft, progress.evaluated,
            progress.final) == (7, 5, 1, 1, 0)


def test_public_feedback_about_units_and_employees(org):
    day = date(2025, 5, 20)
    org.call(a.add_public_feedback, day, "survei", 4, "Pelayanan cepat",
             unit_id=org.units["bidang"])
    org.call(a.add_public_feedback, day, "kotak_saran", 2, "Antrian lama",
             employee_id=org.people["siti"])
    org.call(a.add_public_feedback, day, "telepon", 5, unit_id=org.units["bkpsdm"])
    with pytest.raises(ValidationError) as err:
        org.call(a.add_public_feedback, day, "merpati", 6)
    assert {e.field for e in err.value.errors} == {"channel", "rating", "unit_id"}
    dinas = org.call(a.list_public_feedback, unit_id=org.units["dinas"])
    assert sorted(r.rating for r in dinas) == [2, 4]
    siti = org.call(a.list_public_feedback, employee_id=org.people["siti"])
    assert [(r.employee_nama, r.text) for r in siti] == [("Siti Aminah", "Antrian lama")]
