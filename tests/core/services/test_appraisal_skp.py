"""Creating SKPs, the suggested penilai, the plan (RHK cascade, indicators, ekspektasi) —
on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import Conflict, PermissionDenied, ValidationError
from app.services import appraisal as a
from tests.core.services.appraisal_support import YEAR, agreed_skp, planned_skp
from tests.core.services.hr_support import AUDITOR, Org, build_org


@pytest.fixture
def org(session_factory) -> Org:
    return build_org(session_factory)


def codes(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in exc.errors}


def test_penilai_is_the_head_of_the_unit_and_atasan_the_head_above(org):
    p = org.people
    staff = org.call(a.suggest_penilai, p["siti"])
    assert (staff.penilai.employee_id, staff.atasan.employee_id) == (p["kabid"], p["kadis"])
    assert staff.penilai.jabatan == "Kepala Bidang Pembinaan SMP"
    head = org.call(a.suggest_penilai, p["kabid"])  # the kabid's own penilai is one level up
    assert (head.penilai.employee_id, head.atasan) == (p["kadis"], None)
    secretary = org.call(a.suggest_penilai, p["sekdis"])
    assert secretary.penilai.employee_id == p["kadis"]
    assert org.call(a.suggest_penilai, p["kadis"]) == a.PenilaiSuggestion(None, None)


def test_new_skp_snapshots_identities_and_lists_the_seven_berakhlak_values(org):
    skp = org.call(a.create_skp, org.people["siti"], YEAR)
    assert (skp.status, skp.approach, skp.regime) == ("draft", "kuantitatif", "PM6_2022")
    assert (skp.period_start, skp.period_end) == (date(YEAR, 1, 1), date(YEAR, 12, 31))
    assert skp.pegawai.nama == "Siti Aminah" and skp.pegawai.nip == "198503152010012003"
    assert skp.pegawai.unit == "Bidang Pembinaan SMP, Dinas Pendidikan"
    assert (skp.penilai.nama, skp.atasan.nama) == ("Ahmad Fauzi", "Hasan Basri")
    assert [b.name for b in skp.behaviours] == [
        "Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif",
        "Kolaboratif"]
    assert len(skp.behaviours[0].behaviours) == 3
    assert [r.pegawai_nama for r in org.call(a.list_skps, YEAR, org.units["dinas"])] == [
        "Siti Aminah"]


def test_one_skp_per_employee_and_year(org):
    org.call(a.create_skp, org.people["siti"], YEAR)
    with pytest.raises(Conflict, match="Siti Aminah sudah mempunyai SKP tahun 2025"):
        org.call(a.create_skp, org.people["siti"], YEAR)


def test_skp_years_before_permenpanrb_6_2022_are_refused(org):
    with pytest.raises(ValidationError) as err:
        org.call(a.create_skp, org.people["siti"], 2021)
    assert codes(err.value) == {"year": "appraisal.skp_year"}
    assert "penilaian lama" in err.value.text()


def test_penilai_outside_the_database_is_typed_in(org):
    outside = a.OfficialInput(nama="Dr. Ir. Syahrial, M.Si", nip="196701011992031010",
                              jabatan="Sekretaris Daerah")
    skp = org.call(a.create_skp, org.people["kadis"], YEAR,
                   a.SkpHeader(penilai=outside, atasan=a.OfficialInput(nama="Bupati Merangin")))
    assert (skp.penilai.employee_id, skp.penilai.nama, skp.penilai.jabatan) == (
        None, "Dr. Ir. Syahrial, M.Si", "Sekretaris Daerah")
    assert (skp.atasan.nama, skp.atasan.nip) == ("Bupati Merangin", None)


def test_bad_penilai_inputs_are_refused(org):
    siti = org.people["siti"]
    with pytest.raises(ValidationError) as err:
        org.call(a.create_skp, siti, YEAR, a.SkpHeader(penilai=a.OfficialInput(nip="123")))
    assert codes(err.value) == {"penilai.nama": "field.required", "penilai.nip":
                                "appraisal.nip_shape"}
    with pytest.raises(ValidationError) as err:
        org.call(a.create_skp, siti, YEAR, a.SkpHeader(penilai=a.OfficialInput(employee_id=siti)))
    assert codes(err.value) == {"penilai": "appraisal.self_penilai"}
    with pytest.raises(ValidationError) as err:
        org.call(a.create_skp, siti, YEAR, a.SkpHeader(
            approach="campuran", period_start=date(YEAR, 7, 1), period_end=date(YEAR, 6, 30)))
    assert codes(err.value) == {"period_end": "field.date_order", "approach": "field.choice"}


def test_rhk_cascades_only_from_the_penilais_own_rhk(org):
    leader = planned_skp(org, "kabid")
    staff = org.call(a.create_skp, org.people["siti"], YEAR)
    options = org.call(a.leader_rhk_options, staff.id)
    assert [(o.text, o.penilai_nama) for o in options] == [
        ("Terlaksananya layanan administrasi kepegawaian", "Ahmad Fauzi")]
    rhk = org.call(a.add_rhk, staff.id, a.RhkData("Berkas kenaikan pangkat lengkap",
                                                   parent_rhk_id=options[0].id))
    assert rhk.parent_rhk_text == "Terlaksananya layanan administrasi kepegawaian"
    other = org.call(a.create_skp, org.people["andi"], YEAR)  # penilai: the kaban
    with pytest.raises(ValidationError) as err:
        org.call(a.add_rhk, other.id, a.RhkData("X", parent_rhk_id=leader.rhk[0].id))
    assert codes(err.value) == {"parent_rhk_id": "appraisal.rhk_parent_unknown"}
    with pytest.raises(ValidationError) as err:
        org.call(a.add_rhk, staff.id, a.RhkData("Tugas tambahan", kind="tambahan",
                                                 parent_rhk_id=options[0].id))
    assert codes(err.value) == {"parent_rhk_id": "appraisal.rhk_tambahan_parent"}


def test_plan_lists_utama_before_tambahan_with_their_indicators(org):
    skp = org.call(a.create_skp, org.people["siti"], YEAR)
    extra = org.call(a.add_rhk, skp.id, a.RhkData("Panitia HUT Kabupaten", kind="tambahan"))
    main = org.call(a.add_rhk, skp.id, a.RhkData("Arsip kepegawaian tertata"))
    org.call(a.add_indicator, main.id, a.IndicatorData("Persentase arsip terdigitalisasi",
                                                       "kualitas", "90%"))
    org.call(a.add_indicator, main.id, a.IndicatorData("Waktu penyelesaian", "waktu",
                                                       "12 bulan"))
    with pytest.raises(ValidationError) as err:
        org.call(a.add_indicator, extra.id, a.IndicatorData("", "rasa"))
    assert codes(err.value) == {"iki": "field.required", "aspek": "field.choice"}
    detail = org.call(a.get_skp, skp.id)
    assert [r.text for r in detail.rhk] == ["Arsip kepegawaian tertata",
                                            "Panitia HUT Kabupaten"]
    assert [i.aspek for i in detail.rhk_utama[0].indicators] == ["kualitas", "waktu"]
    org.call(a.remove_rhk, main.id, "digabung")
    assert [r.text for r in org.call(a.get_skp, skp.id).rhk] == ["Panitia HUT Kabupaten"]


def test_agreeing_needs_a_complete_plan_and_then_locks_it(org):
    skp = org.call(a.create_skp, org.people["siti"], YEAR)
    with pytest.raises(ValidationError) as err:
        org.call(a.agree_skp, skp.id)
    assert codes(err.value) == {"rhk": "appraisal.agree_no_rhk"}
    rhk = org.call(a.add_rhk, skp.id, a.RhkData("Layanan cuti tepat waktu"))
    org.call(a.add_indicator, rhk.id, a.IndicatorData("Jumlah izin cuti", "kuantitas"))
    with pytest.raises(ValidationError) as err:
        org.call(a.agree_skp, skp.id)
    assert codes(err.value) == {"rhk": "appraisal.agree_no_target"}
    org.call(a.update_indicator, org.call(a.get_skp, skp.id).rhk[0].indicators[0].id,
             a.IndicatorData("Jumlah izin cuti", "kuantitas", "60 izin"))
    agreed = org.call(a.agree_skp, skp.id)
    assert (agreed.status, agreed.agreed_by) == ("agreed", "op-1")
    assert agreed.agreed_at is not None
    with pytest.raises(Conflict, match="kembalikan ke draf"):
        org.call(a.add_rhk, skp.id, a.RhkData("Tambahan"))
    with pytest.raises(Conflict, match="kembalikan ke draf"):
        org.call(a.set_ekspektasi_khusus, skp.id, "akuntabel", "Disiplin waktu")
    redraft = org.call(a.return_to_draft, skp.id, "target diubah pimpinan")
    assert (redraft.status, redraft.agreed_at) == ("draft", None)
    org.call(a.set_ekspektasi_khusus, skp.id, "akuntabel", "Disiplin waktu")
    assert org.call(a.get_skp, skp.id).behaviours[1].ekspektasi_khusus == "Disiplin waktu"


def test_realisation_and_feedback_come_after_agreement(org):
    draft = planned_skp(org, "siti")
    indicator = draft.rhk[0].indicators[0]
    with pytest.raises(Conflict, match="masih draf"):
        org.call(a.record_realisation, indicator.id, "100 berkas")
    org.call(a.agree_skp, draft.id)
    row = org.call(a.record_realisation, indicator.id, "118 berkas", "Register berkas 2025")
    assert (row.realisasi, row.evidence) == ("118 berkas", "Register berkas 2025")
    entry = org.call(a.add_feedback, draft.id, "Pertahankan ketelitian",
                     given_on=date(2025, 4, 2), rhk_id=draft.rhk[0].id)
    assert (entry.author, entry.rhk_id) == ("Ahmad Fauzi", draft.rhk[0].id)
    org.call(a.set_behaviour_feedback, draft.id, "kolaboratif", "Aktif membantu rekan")
    detail = org.call(a.get_skp, draft.id)
    assert [f.text for f in detail.feedback] == ["Pertahankan ketelitian"]
    assert detail.behaviours[-1].feedback == "Aktif membantu rekan"


def test_draft_skp_may_be_deleted_with_a_reason(org):
    skp = agreed_skp(org, "siti")
    org.call(a.delete_skp, skp.id, "salah tahun")
    assert org.call(a.employee_skps, org.people["siti"]) == []
    org.call(a.create_skp, org.people["siti"], YEAR)  # the year is free again


def test_auditor_cannot_write_appraisals(org):
    with pytest.raises(PermissionDenied):
        org.call(a.create_skp, org.people["siti"], YEAR, actor=AUDITOR)


def test_skps_of_people_who_have_since_retired_are_still_listed(org):
    org.call(a.create_skp, org.people["purna"], YEAR)
    org.call(a.create_skp, org.people["siti"], YEAR)
    names = [r.pegawai_nama for r in org.call(a.list_skps, YEAR, org.units["bidang"])]
    assert names == ["Maryam", "Siti Aminah"]
    assert org.call(a.unit_progress, org.units["bidang"], YEAR).employees == 5  # on duty
