"""Every rule of the employee form, good and bad (domain.md §1 worked examples)."""

from __future__ import annotations

from datetime import date

from app.errors import message
from app.services.personnel import check_employee, create_employee, validate_employee
from tests.core.services import personnel_fixtures
from tests.core.services.personnel_fixtures import (
    BUDI,
    OPERATOR,
    SITI,
    employee_input,
)

world = personnel_fixtures.world  # the shared fixture

TODAY = date(2025, 6, 15)


def codes(errors):
    return {(e.field, e.code) for e in errors}


def check(world, today=TODAY, **values):
    return world.call(OPERATOR, check_employee, employee_input(**values), today=today)


def test_validate_employee_good_input_has_no_error(world):
    data = employee_input(agama_id=world.religion_id, email="siti.aminah@merangin.go.id",
                          telepon="0812-3456-7890", kode_pos="37311",
                          current_unit_id=world.units["bidang_sd"], tmt_pns=date(2011, 3, 1))
    assert world.call(OPERATOR, validate_employee, data) == []


def test_validate_employee_reports_every_missing_field_at_once(world):
    errors = world.call(OPERATOR, validate_employee, employee_input(
        nip=None, nama="  ", tanggal_lahir=None, jenis_kelamin=None, nik=None, tmt_cpns=None))
    assert codes(errors) >= {("nip", "field.required"), ("nama", "field.required"),
                             ("tanggal_lahir", "field.required"),
                             ("jenis_kelamin", "field.required")}


BAD_NIPS = [
    ("19850315201001200", "nip.length", "18 digit"),
    ("198513152010012003", "nip.birth_date", "digit 1–8"),
    ("198503152010132003", "nip.tmt_month", "digit 13–14"),
    ("198503152010013003", "nip.gender", "digit 15"),
    ("198503152010012000", "nip.sequence", "digit 16–18"),
    ("1985O3152010012003", "nip.chars", "'O'"),
]


def test_bad_nip_message_names_the_wrong_part(world):
    for nip, code, part_text in BAD_NIPS:
        found = [e for e in check(world, nip=nip).errors if e.field == "nip"]
        assert [e.code for e in found] == [code], nip
        assert part_text in found[0].text("id"), nip


def test_nip_with_spaces_and_dots_is_accepted_and_stored_bare(world):
    result = check(world, nip="19850315 201001.2.003")
    assert result.errors == ()


def test_pppk_needs_an_ni_pppk_and_no_tmt_cpns(world):
    pppk = dict(nip="199009132025242014", nik=None, nama="Rina Marlina",
                tanggal_lahir=date(1990, 9, 13), jenis_kelamin="P", jenis_pegawai="PPPK",
                tmt_cpns=None)
    assert check(world, **pppk).errors == ()
    assert codes(check(world, **{**pppk, "nip": SITI["nip"], "tanggal_lahir": date(1985, 3, 15)})
                 .errors) == {("nip", "nip.kind")}
    assert ("tmt_cpns", "employee.pppk_no_cpns") in codes(
        check(world, **{**pppk, "tmt_cpns": date(2025, 1, 1)}).errors)


def test_pns_with_an_ni_pppk_number_is_refused(world):
    result = check(world, nip="199009132025242014", tanggal_lahir=date(1990, 9, 13),
                   nik=None, tmt_cpns=None)
    assert codes(result.errors) == {("nip", "nip.kind")}
    assert "digit 13–14" in result.errors[0].text("id")


def test_birth_date_gender_and_tmt_must_agree_with_the_nip(world):
    result = check(world, tanggal_lahir=date(1985, 3, 16), jenis_kelamin="L",
                   tmt_cpns=date(2010, 2, 1), nik=None)
    assert codes(result.errors) == {
        ("tanggal_lahir", "employee.birth_nip_mismatch"),
        ("jenis_kelamin", "employee.gender_nip_mismatch"),
        ("tmt_cpns", "employee.tmt_cpns_nip_mismatch"),
    }


def test_bad_nik_is_an_error_naming_the_part(world):
    result = check(world, nik="1502017503850001")
    assert codes(result.errors) == {("nik", "nik.birth_date")}
    assert "digit 7–12" in result.errors[0].text("id")


def test_nip_nik_disagreement_is_a_warning_not_an_error(world):
    # NIK of a man born 15-03-1985 (day not +40) for Siti, whose NIP says female.
    result = check(world, nik="1502011503850001")
    assert result.errors == ()
    assert ("nik", "nik.nip_gender_mismatch") in codes(result.warnings)


def test_birth_date_in_the_future_is_refused(world):
    result = check(world, today=date(1980, 1, 1))
    assert ("tanggal_lahir", "field.date_future") in codes(result.errors)


def test_tmt_cpns_rules(world):
    assert ("tmt_cpns", "field.tmt_first") in codes(check(world, tmt_cpns=date(2010, 1, 5)).errors)
    young = codes(check(world, tmt_cpns=date(2002, 1, 1)).errors)
    assert ("tmt_cpns", "employee.tmt_cpns_under_age") in young
    before = codes(check(world, tmt_pns=date(2009, 12, 1)).errors)
    assert ("tmt_pns", "field.date_before") in before
    cpns = codes(check(world, jenis_pegawai="CPNS", tmt_pns=date(2011, 1, 1)).errors)
    assert ("tmt_pns", "employee.cpns_has_tmt_pns") in cpns


FORMAT_RULES = [
    ("email", "siti@", "siti@merangin.go.id", "field.email"),
    ("telepon", "08abc", "+62 812 3456 7890", "field.phone"),
    ("kode_pos", "3731", "37311", "field.digits"),
    ("npwp", "12.345", "12.345.678.9-012.345", "field.digits"),
    ("jenis_kelamin", "X", "P", "field.choice"),
    ("status", "cuti", "cltn", "field.choice"),
    ("golongan_darah", "C", "AB", "field.choice"),
    ("tinggi_badan", 20, 160, "field.range"),
    ("nama", "x" * 151, "Siti Aminah", "field.too_long"),
]


def test_format_rules(world):
    bad = check(world, **{field: value for field, value, _good, _code in FORMAT_RULES})
    assert codes(bad.errors) == {(field, code) for field, _v, _g, code in FORMAT_RULES}
    good = check(world, **{field: value for field, _bad, value, _code in FORMAT_RULES})
    assert good.errors == ()


def test_unknown_reference_rows_are_refused(world):
    result = check(world, agama_id="no-such-id", current_unit_id=world.units["kota"])
    assert codes(result.errors) == {("agama_id", "field.not_found"),
                                    ("current_unit_id", "field.not_found")}


def test_uniqueness_message_names_the_other_record(world):
    world.call(OPERATOR, create_employee,
               employee_input(BUDI, current_unit_id=world.units["dinas_pendidikan"]))
    result = check(world, nip=BUDI["nip"], nik=BUDI["nik"], nama="Budi Santosa",
                   tanggal_lahir=BUDI["tanggal_lahir"], jenis_kelamin="L",
                   tmt_cpns=BUDI["tmt_cpns"])
    by_field = {e.field: e for e in result.errors}
    assert set(by_field) == {"nip", "nik"}
    assert by_field["nip"].text("id") == (
        "NIP 197901012005011002 sudah dipakai oleh Budi Santoso (Dinas Pendidikan).")
    assert "already used by Budi Santoso (Dinas Pendidikan)" in by_field["nik"].text("en")


def test_every_message_code_has_both_languages(world):
    result = check(world, nip="1", nik="2", email="x", tmt_cpns=date(2010, 1, 5),
                   telepon="?", status="?")
    for e in result.errors:
        assert message(e.code, "id") != e.code
        assert message(e.code, "en") != e.code
