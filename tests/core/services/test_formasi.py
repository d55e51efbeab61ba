"""Peta jabatan (planned positions) and the Formasi figures: holders matched by catalogue id or
name, retirements per year (domain.md §3), the usulan formasi rule, saving a unit's list whole,
and importing the ABK spreadsheet all-or-nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from app.db.engine import SessionFactory, make_session_factory, unit_of_work
from app.db.formasi import PlannedPosition
from app.db.reference import Jabatan
from app.db.tracking import bind_actor
from app.errors import NotFound, PermissionDenied, ValidationError
from app.services.formasi import (
    PositionInput,
    current_composition,
    list_unit_positions,
    save_unit_positions,
)
from app.services.formasi_data import formasi_data
from app.services.formasi_import import apply_peta_import, read_peta_jabatan
from app.services.roles import SYSTEM_USER, CurrentUser, Role
from tests.core.services.dashboard_support import OFFICE, person, unit

AS_OF = date(2026, 6, 30)
ADMIN = SYSTEM_USER(OFFICE)
OPERATOR = CurrentUser(None, "budi", "Budi", Role.OPERATOR, OFFICE)


@pytest.fixture
def office(office_url) -> Iterator[tuple[SessionFactory, dict[str, str]]]:
    """Dinas Kepegawaian › Bidang Mutasi (holders below) and › Bidang Diklat (no peta)."""
    factory = make_session_factory(office_url)
    with unit_of_work(factory) as s:
        bind_actor(s, username="system", user_id=None, office_code=OFFICE)
        opd = unit(s, "Dinas Kepegawaian")
        mutasi = unit(s, "Bidang Mutasi", opd)
        diklat = unit(s, "Bidang Diklat", opd)
        analis = Jabatan(office_code="15", name="Analis SDM Aparatur", kind="pelaksana")
        s.add(analis)
        s.flush()
        # two analis: one by catalogue id (another name on record), one by name; Rudi retires
        # on 1 Apr 2027 (born 10 Mar 1969, BUP 58)
        rudi = person(s, "Rudi", "196903101990031001", date(1969, 3, 10), "L", unit_=mutasi,
                      jabatan="Analis SDM Aparatur Ahli Pertama")
        rudi.current_jabatan_id = analis.id
        person(s, "Sari", "198505052010012001", date(1985, 5, 5), "P", unit_=mutasi,
               jabatan="analis sdm  aparatur")
        # pengadministrasi: one retiring 1 Sep 2026, one past BUP and still on duty
        person(s, "Agus", "196807151990031001", date(1968, 7, 15), "L", unit_=mutasi)
        person(s, "Lama", "196001011985031001", date(1960, 1, 1), "L", unit_=mutasi)
        person(s, "Komar", "199001012015031001", date(1990, 1, 1), "L", unit_=mutasi,
               jabatan="Pranata Komputer")
        person(s, "Dina", "199202022019032001", date(1992, 2, 2), "P", unit_=diklat)
        s.flush()
        ids = {"opd": opd.id, "mutasi": mutasi.id, "diklat": diklat.id, "analis": analis.id}
    yield factory, ids
    factory.kw["bind"].dispose()


def call(factory: SessionFactory, actor: CurrentUser, fn, *args, **kw):
    with unit_of_work(factory) as s:
        bind_actor(s, username=actor.username, user_id=None, office_code=actor.office_code)
        return fn(s, actor, *args, **kw)


PETA = [
    PositionInput(jabatan_name="Analis SDM Aparatur", needed=3),
    PositionInput(jabatan_name="Pengadministrasi Umum", jabatan_kind="Pelaksana", needed=2),
    PositionInput(jabatan_name="Arsiparis Terampil", jabatan_kind="fungsional_keterampilan",
                  kelas_jabatan=6, needed=1, note="ABK 2025"),
]


def test_holders_are_matched_by_catalogue_id_or_by_name(office):
    factory, ids = office
    peta = [PositionInput(jabatan_id=ids["analis"], needed=3), *PETA[1:]]
    rows = call(factory, ADMIN, save_unit_positions, ids["mutasi"], peta)
    assert [(r.jabatan_name, r.jabatan_kind, r.needed, r.filled) for r in rows] == [
        ("Analis SDM Aparatur", "pelaksana", 3, 2),  # name and kind from the catalogue
        ("Pengadministrasi Umum", "pelaksana", 2, 2),
        ("Arsiparis Terampil", "fungsional_keterampilan", 1, 0),
    ]
    assert call(factory, ADMIN, list_unit_positions, ids["mutasi"]) == rows


def test_formasi_worked_example(office):
    factory, ids = office
    call(factory, ADMIN, save_unit_positions, ids["mutasi"], PETA)
    report = call(factory, ADMIN, formasi_data, as_of=AS_OF, year=2027)
    assert report.years == (2026, 2027)
    (mutasi,) = report.units
    lines = {line.jabatan: line for line in mutasi.lines}
    analis, admin = lines["Analis SDM Aparatur"], lines["Pengadministrasi Umum"]
    # 3 needed, 2 held, Rudi retires in 2027: ask for 3 - (2 - 1) = 2
    assert (analis.filled, analis.retiring, analis.gap, analis.proposal) == (2, (0, 1), -1, 2)
    # Agus retires 1 Sep 2026; Lama is past BUP but on duty: both count in 2026
    assert (admin.filled, admin.retiring, admin.proposal) == (2, (2, 0), 2)
    assert (lines["Arsiparis Terampil"].filled, lines["Arsiparis Terampil"].proposal) == (0, 1)
    extra = lines["Pranata Komputer"]  # held here, not in the peta
    assert (extra.needed, extra.filled, extra.gap, extra.proposal) == (None, 1, 1, 0)
    assert (report.needed, report.filled, report.proposal) == (6, 5, 5)
    assert report.without_peta == (("Dinas Kepegawaian › Bidang Diklat", 1),)
    only_2026 = call(factory, ADMIN, formasi_data, as_of=AS_OF, year=2026)
    assert only_2026.units[0].lines[0].proposal == 1  # Rudi still there until 2027


def test_formasi_year_is_checked(office):
    factory, _ids = office
    with pytest.raises(ValidationError) as err:
        call(factory, ADMIN, formasi_data, as_of=AS_OF, year=2040)
    assert err.value.by_field()["year"] == "Tahun formasi 2040 di luar 2026–2031."


def test_saving_again_keeps_rows_updates_and_deletes_with_a_reason(office):
    factory, ids = office
    first = call(factory, ADMIN, save_unit_positions, ids["mutasi"], PETA)
    changed = [PositionInput(jabatan_name="Pengadministrasi  umum", needed=4),
               PositionInput(jabatan_name="Analis SDM Aparatur", needed=3)]
    second = call(factory, ADMIN, save_unit_positions, ids["mutasi"], changed, "ABK 2026")
    assert [(r.jabatan_name, r.needed, r.sort_order) for r in second] == [
        ("Pengadministrasi  umum", 4, 1), ("Analis SDM Aparatur", 3, 2)]
    assert {r.id for r in second} == {first[0].id, first[1].id}  # same rows, changed
    with unit_of_work(factory) as s:
        gone = s.get(PlannedPosition, first[2].id)
        assert gone.deleted and gone.deleted_reason == "ABK 2026"


def test_every_wrong_line_is_named_at_once(office):
    factory, ids = office
    bad = [PositionInput(jabatan_name="Analis", needed=2),
           PositionInput(jabatan_name="", needed=1),
           PositionInput(jabatan_name="ANALIS", needed=None),
           PositionInput(jabatan_name="Guru", jabatan_kind="guru honorer", needed=1,
                         kelas_jabatan=20)]
    with pytest.raises(ValidationError) as err:
        call(factory, ADMIN, save_unit_positions, ids["mutasi"], bad)
    texts = [e.text() for e in err.value.errors]
    assert texts == [
        "Baris 2: nama jabatan wajib diisi.",
        "Baris 3: kebutuhan '' tidak sah; tulis jumlah pegawai 0–9999.",
        "Baris 3: jabatan 'ANALIS' sudah ada di baris 1; gabungkan kebutuhannya dalam satu "
        "baris.",
        "Baris 4: jenis jabatan 'guru honorer' tidak dikenal (mis. pelaksana, fungsional "
        "keahlian, pengawas).",
        "Baris 4: kelas jabatan 20 di luar 1–17.",
    ]
    assert call(factory, ADMIN, list_unit_positions, ids["mutasi"]) == []


def test_only_the_owning_office_with_org_rights_edits(office):
    factory, ids = office
    with pytest.raises(PermissionDenied):
        call(factory, OPERATOR, save_unit_positions, ids["mutasi"], PETA)
    assert call(factory, OPERATOR, list_unit_positions, ids["mutasi"]) == []  # reading is fine
    with pytest.raises(NotFound):
        call(factory, SYSTEM_USER("15.01"), list_unit_positions, ids["mutasi"])
    with pytest.raises(PermissionDenied):
        call(factory, SYSTEM_USER("15"), save_unit_positions, ids["mutasi"], PETA)


def test_present_holders_make_a_first_draft(office):
    factory, ids = office
    draft = call(factory, ADMIN, current_composition, ids["mutasi"])
    assert [(p.jabatan_name, p.jabatan_kind, p.needed) for p in draft] == [
        ("Analis SDM Aparatur", "pelaksana", 2),  # Rudi by the catalogue's name, and Sari
        ("Pengadministrasi Umum", "pelaksana", 2), ("Pranata Komputer", "pelaksana", 1)]


def _workbook(path, rows) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.append(["PETA JABATAN DINAS KEPEGAWAIAN"])
    sheet.append([])
    sheet.append(["No", "Unit Kerja", "Nama Jabatan", "Jenis Jabatan", "Kelas", "Kebutuhan",
                  "Keterangan"])
    for n, row in enumerate(rows, start=1):
        sheet.append([n, *row])
    wb.save(path)


def test_import_reads_units_by_name_or_path_and_replaces_their_peta(office, tmp_path):
    factory, ids = office
    call(factory, ADMIN, save_unit_positions, ids["mutasi"], PETA)
    path = tmp_path / "abk.xlsx"
    _workbook(path, [
        ("Bidang Mutasi", "Analis SDM Aparatur", "pelaksana", 7, 4, None),
        ("Dinas Kepegawaian > Bidang Diklat", "Widyaiswara Ahli Muda", "fungsional keahlian",
         10, 2, "baru"),
        ("bidang diklat", "Pengadministrasi Umum", None, None, 1.0, None),
    ])
    plan = call(factory, ADMIN, read_peta_jabatan, str(path))
    assert plan.problems == () and plan.lines == 3
    assert [u.path for u in plan.units] == ["Dinas Kepegawaian › Bidang Diklat",
                                            "Dinas Kepegawaian › Bidang Mutasi"]  # tree order
    assert call(factory, ADMIN, apply_peta_import, plan) == 2
    mutasi = call(factory, ADMIN, list_unit_positions, ids["mutasi"])
    assert [(r.jabatan_name, r.needed, r.kelas_jabatan) for r in mutasi] == [
        ("Analis SDM Aparatur", 4, 7)]  # the file replaced the unit's peta
    diklat = call(factory, ADMIN, list_unit_positions, ids["diklat"])
    assert [(r.jabatan_name, r.jabatan_kind, r.needed, r.filled) for r in diklat] == [
        ("Widyaiswara Ahli Muda", "fungsional_keahlian", 2, 0),
        ("Pengadministrasi Umum", None, 1, 1)]


def test_a_wrong_file_imports_nothing_and_names_the_rows(office, tmp_path):
    factory, ids = office
    with unit_of_work(factory) as s:
        bind_actor(s, username="system", user_id=None, office_code=OFFICE)
        other = unit(s, "Dinas Sosial")
        unit(s, "Bidang Mutasi", other)  # a second "Bidang Mutasi"
    path = tmp_path / "abk.xlsx"
    _workbook(path, [
        ("Bidang Mutasi", "Analis SDM Aparatur", None, None, 2, None),
        ("Bidang Entah", "Analis", None, None, 1, None),
        ("Bidang Diklat", "Analis", None, None, "dua", None),
        ("Bidang Diklat", "Penyuluh", None, None, 1, None),
        ("Bidang Diklat", "penyuluh", None, None, 1, None),
    ])
    plan = call(factory, ADMIN, read_peta_jabatan, str(path))
    assert plan.texts() == [
        "Baris 4: ada 2 unit kerja bernama 'Bidang Mutasi'; tulis dengan induknya, mis. "
        "'Dinas Kesehatan › Bidang Mutasi'.",
        "Baris 5: unit kerja 'Bidang Entah' tidak ditemukan.",
        "Baris 6: 'dua' bukan bilangan bulat.",
        "Baris 8: jabatan 'penyuluh' sudah ada di baris 7; gabungkan kebutuhannya dalam satu "
        "baris.",
    ]
    with pytest.raises(ValidationError):
        call(factory, ADMIN, apply_peta_import, plan)
    with unit_of_work(factory) as s:
        assert s.scalars(select(PlannedPosition)).all() == []


def test_import_into_one_unit_needs_no_unit_column(office, tmp_path):
    factory, ids = office
    path = tmp_path / "abk.csv"
    path.write_text("Jabatan;Kebutuhan\nAnalis SDM Aparatur;3\nPranata Komputer;1\n",
                    encoding="utf-8")
    plan = call(factory, ADMIN, read_peta_jabatan, str(path), ids["mutasi"])
    assert plan.problems == () and [u.unit_id for u in plan.units] == [ids["mutasi"]]
    with pytest.raises(PermissionDenied):
        call(factory, OPERATOR, read_peta_jabatan, str(path), ids["mutasi"])
    bad = tmp_path / "salah.csv"
    bad.write_text("Nama;NIP\nSiti;1985\n", encoding="utf-8")
    with pytest.raises(ValidationError) as err:
        call(factory, ADMIN, read_peta_jabatan, str(bad), ids["mutasi"])
    assert "tidak memiliki kolom 'Jabatan' dan 'Kebutuhan'" in err.value.errors[0].text()
