"""JP per year (end-date rule), the 20-JP view per employee and per unit, training needs —
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.db.appraisal import Skp
from app.db.org import Setting
from app.errors import ValidationError
from app.services import training as t
from tests.core.services.hr_support import Org, build_org, work


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def _completed(o: Org, start: date, end: date, jp: int, *people: str, category="teknis",
               name="Bimtek Kepegawaian") -> t.SessionRow:
    program = o.call(t.create_program, t.ProgramData(name=name, category=category))
    s = o.call(t.create_session, t.SessionData(program.id, start, end, jp=jp))
    for key in people:
        row = o.call(t.add_participant, s.id, o.people[key])
        o.call(t.record_completion, row.id)
    return s


def _jp(o: Org, year: int, unit: str | None = None) -> dict[str, float]:
    rows = o.call(t.employee_jp, year, o.units[unit] if unit else None)
    return {r.nama: r.jp for r in rows}


def test_a_session_across_new_year_counts_in_the_year_it_ends(org):
    """domain.md §5: JP per year = records whose end date falls in the year."""
    _completed(org, date(2024, 12, 28), date(2025, 1, 3), 30, "siti")
    assert _jp(org, 2025, "bidang")["Siti Aminah"] == 30
    assert _jp(org, 2024, "bidang")["Siti Aminah"] == 0


def test_external_training_counts_by_end_date_then_start_date_then_year(org):
    siti = org.people["siti"]
    add = org.call
    add(t.add_external_training, siti, t.ExternalTrainingData(
        "Seminar Nasional", jp=8, start_date=date(2024, 12, 30), end_date=date(2025, 1, 2)))
    add(t.add_external_training, siti, t.ExternalTrainingData(
        "E-learning ASN", kind="nonklasikal", jp=5, start_date=date(2025, 6, 1)))
    add(t.add_external_training, siti, t.ExternalTrainingData("Kursus Lama", jp=7, year=2025))
    add(t.add_external_training, siti, t.ExternalTrainingData("Workshop", jp=4, year=2024))
    assert _jp(org, 2025, "bidang")["Siti Aminah"] == 20
    assert _jp(org, 2024, "bidang")["Siti Aminah"] == 4
    records = org.call(t.employee_training_records, siti)
    assert [(r.name, r.jp_year) for r in records][0][1] == 2025
    assert {r.name: r.jp_year for r in records}["Seminar Nasional"] == 2025


def test_external_training_validation(org):
    siti = org.people["siti"]
    with pytest.raises(ValidationError) as err:
        org.call(t.add_external_training, siti, t.ExternalTrainingData("Tanpa tanggal", jp=4))
    assert {e.code for e in err.value.errors} == {"training.external_when"}
    with pytest.raises(ValidationError) as err:
        org.call(t.add_external_training, siti, t.ExternalTrainingData(
            "Salah tahun", jp=4, end_date=date(2025, 1, 2), year=2024))
    assert {e.code for e in err.value.errors} == {"training.external_year_mismatch"}
    with pytest.raises(ValidationError) as err:
        org.call(t.add_external_training, siti, t.ExternalTrainingData(
            "Terbalik", jp=4, start_date=date(2025, 2, 2), end_date=date(2025, 1, 2)))
    assert {e.code for e in err.value.errors} == {"field.date_order"}


def test_only_completed_live_credits_count(org):
    s = _completed(org, date(2025, 5, 5), date(2025, 5, 7), 24, "siti", "budi")
    extra = org.call(t.add_participant, s.id, org.people["andi"])  # enrolled, not completed
    assert extra.completed is False
    budi = next(p for p in org.call(t.list_participants, s.id) if p.nama == "Budi Santoso")
    org.call(t.remove_participant, budi.id, "ganda")
    jp = _jp(org, 2025)
    assert (jp["Siti Aminah"], jp["Budi Santoso"], jp["Andi Saputra"]) == (24, 0, 0)


def test_employee_jp_shows_remaining_and_the_threshold_per_kind(org):
    _completed(org, date(2025, 2, 3), date(2025, 2, 4), 12, "siti", "rina", "cpns")
    rows = {r.nama: r for r in org.call(t.employee_jp, 2025, org.units["bidang"])}
    assert "Maryam" not in rows  # retired: not on duty
    siti, rina, cpns, kabid = (rows[n] for n in (
        "Siti Aminah", "Rina Marlina", "Dedi Kurniawan", "Ahmad Fauzi"))
    assert (siti.jp, siti.target, siti.remaining, siti.below_threshold) == (12, 20, 8, True)
    assert (cpns.target, cpns.below_threshold) == (20, True)  # CPNS follow the PNS minimum
    assert (rina.target, rina.remaining, rina.below_threshold) == (None, 0, False)  # PPPK
    assert (kabid.jp, kabid.remaining) == (0, 20)
    below = org.call(t.employees_below_threshold, 2025, org.units["bidang"])
    assert [r.nama for r in below] == ["Ahmad Fauzi", "Budi Santoso", "Dedi Kurniawan",
                                       "Siti Aminah"]


def test_pppk_over_the_ceiling_is_flagged(org):
    _completed(org, date(2025, 7, 1), date(2025, 7, 4), 30, "rina")
    rina = next(r for r in org.call(t.employee_jp, 2025) if r.nama == "Rina Marlina")
    assert (rina.jp, rina.over_limit) == (30, True)


def test_office_setting_overrides_the_jp_target(org):
    with work(org.factory) as s:
        s.add(Setting(key="bangkom.jp_per_year",
                      value=json.dumps({"PNS": {"min": 10, "max": None}})))
    _completed(org, date(2025, 2, 3), date(2025, 2, 4), 12, "siti")
    siti = next(r for r in org.call(t.employee_jp, 2025) if r.nama == "Siti Aminah")
    assert (siti.target, siti.below_threshold) == (10, False)


def test_jp_summary_rolls_sub_units_up(org):
    _completed(org, date(2025, 2, 3), date(2025, 2, 5), 24, "siti", "sekdis", "andi")
    _completed(org, date(2025, 3, 3), date(2025, 3, 3), 8, "siti", name="Seminar")
    rows = {r.unit_name: r for r in org.call(t.jp_summary, 2025)}
    dinas, bidang, sek, bkpsdm = (rows[n] for n in (
        "Dinas Pendidikan", "Bidang Pembinaan SMP", "Sekretariat", "BKPSDM"))
    # Bidang: kabid, siti, budi, rina (PPPK, no minimum), cpns on duty
    assert (bidang.employees, bidang.with_target, bidang.jp_total) == (5, 4, 32)
    assert (bidang.below_threshold, bidang.met_target) == (3, 1)
    assert (sek.employees, sek.below_threshold, sek.jp_total) == (1, 0, 24)
    assert (dinas.employees, dinas.jp_total, dinas.below_threshold) == (7, 56, 4)
    assert dinas.percent_met == pytest.approx(100 * 2 / 6, abs=0.1)
    assert (bkpsdm.employees, bkpsdm.jp_total, bkpsdm.below_threshold) == (2, 24, 1)
    assert [r.depth for r in org.call(t.jp_summary, 2025)] == [0, 1, 1, 0]
    direct = {r.unit_name: r for r in org.call(t.jp_summary, 2025, include_subunits=False)}
    assert (direct["Dinas Pendidikan"].employees, direct["Dinas Pendidikan"].jp_total) == (1, 0)
    only = org.call(t.jp_summary, 2025, org.units["dinas"])
    assert [r.unit_name for r in only] == ["Dinas Pendidikan", "Sekretariat",
                                           "Bidang Pembinaan SMP"]


def test_training_needs_from_jp_gaps_programmes_and_appraisals(org):
    p = org.people
    _completed(org, date(2025, 2, 3), date(2025, 2, 5), 24, "siti", "budi", "cpns",
               "kabid", "sekdis")
    _completed(org, date(2018, 4, 2), date(2018, 5, 30), 300, "cpns", category="latsar",
               name="Pelatihan Dasar CPNS")
    org.call(t.add_external_training, p["sekdis"], t.ExternalTrainingData(
        "Diklatpim III Angkatan V", category="struktural", jp=350, year=2012))
    with work(org.factory) as s:
        s.add(Skp(employee_id=p["budi"], year=2024, period_start=date(2024, 1, 1),
                  period_end=date(2024, 12, 31), status="final", rating_hasil_kerja="sesuai",
                  rating_perilaku="di_bawah", predikat="kurang"))
    needs = org.call(t.training_needs, 2025, org.units["dinas"])
    found = {(n.nama, n.reason_code) for n in needs}
    assert found == {
        ("Hasan Basri", "jp_gap"),  # the kadis trained nothing this year
        ("Hasan Basri", "programme_missing"),  # JPT pratama without PKN II
        ("Ahmad Fauzi", "programme_missing"),  # administrator without PKA
        ("Budi Santoso", "perilaku_low"),  # SKP 2024: perilaku di bawah ekspektasi
    }
    kabid = next(n for n in needs if n.nama == "Ahmad Fauzi")
    assert kabid.suggestion_text() == "Ikutkan Pelatihan Kepemimpinan Administrator (PKA)."
    budi = next(n for n in needs if n.nama == "Budi Santoso")
    assert "Kurang/Misconduct" in budi.reason_text()
    assert "BerAKHLAK" in budi.suggestion_text("en")
