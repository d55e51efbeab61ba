"""Daftar nominatif (filters, chosen columns) and the headcount recap on crafted data."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import ValidationError
from app.reports.nominatif import DEFAULT_COLUMNS, nominatif_columns, nominatif_document
from app.reports.output import write_report
from app.reports.recap import recap_document
from app.services.report_data_nominatif import nominatif_list
from app.services.report_data_recap import headcount_recap
from tests.core.reports import builders as b


@pytest.fixture
def factory(any_factory):
    """These data functions run on SQLite and PostgreSQL (rendering tests: SQLite only)."""
    return any_factory


sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def nip(birth: str, seq: int, sex: int = 1) -> str:
    return f"{birth}201001{sex}{seq:03d}"


@pytest.fixture
def staff(write):
    with write() as s:
        b.set_letterhead(s)
        dik = b.unit(s, "Dinas Pendidikan", order=1, short="Disdik")
        sd = b.unit(s, "SD Negeri 1 Bangko", dik)
        kes = b.unit(s, "Dinas Kesehatan", order=2)
        a = b.employee(s, "Ani Guru", nip("19800101", 1, 2), unit=sd, golongan="III/c", jk="P",
                       kind="fungsional_keahlian", current_jabatan_jenjang="ahli_muda",
                       jabatan="Guru Ahli Muda")
        b.education(s, a, "S1", "Universitas Jambi", 2003, "Pendidikan Matematika")
        b.employee(s, "Budi Kabid", nip("19750101", 2), unit=dik, golongan="IV/a",
                   kind="administrator", jabatan="Kepala Bidang Pembinaan SD")
        c = b.employee(s, "Citra Staf", nip("19900101", 3, 2), unit=dik, golongan="II/c",
                       jk="P")
        b.education(s, c, "D-III", "Politeknik Jambi", 2011)
        d = b.employee(s, "Dedi Perawat", nip("19880101", 4), unit=kes, golongan="III/a",
                       kind="fungsional_keterampilan", jabatan="Perawat Terampil")
        b.education(s, d, "S2", "Universitas Andalas", 2016)
        b.employee(s, "Eka PPPK", "199009132025212014", unit=kes, golongan="IX", jk="P",
                   jenis="PPPK", kind="fungsional_keahlian", jabatan="Guru Ahli Pertama")
        b.employee(s, "Fajar Pensiun", nip("19600101", 6), unit=kes, golongan="IV/b",
                   status="pensiun")
    return dik.id


def names(report):
    return [p.nama for p in report.rows]


def test_nominatif_of_a_unit_in_unit_then_rank_order(staff, read):
    report = read(nominatif_list, unit_id=staff, as_of=date(2026, 12, 31))
    assert names(report) == ["Budi Kabid", "Citra Staf", "Ani Guru"]  # the unit, then SD


def test_nominatif_filters(staff, read):
    assert names(read(nominatif_list, golongan="III")) == ["Ani Guru", "Dedi Perawat"]
    assert names(read(nominatif_list, golongan="iii/a")) == ["Dedi Perawat"]
    assert names(read(nominatif_list, golongan="IX")) == ["Eka PPPK"]
    assert names(read(nominatif_list, jabatan_kind="fungsional")) == [
        "Ani Guru", "Dedi Perawat", "Eka PPPK"]
    assert names(read(nominatif_list, jabatan_kind="struktural")) == ["Budi Kabid"]
    assert names(read(nominatif_list, jenis="pppk")) == ["Eka PPPK"]
    with pytest.raises(ValidationError) as err:
        read(nominatif_list, golongan="V/z")
    assert "Golongan 'V/z' tidak dikenal" in err.value.text()
    with pytest.raises(ValidationError) as err:
        read(nominatif_list, jabatan_kind="manager")
    assert "Jenis jabatan 'manager' tidak dikenal" in err.value.text()


@sqlite_only
def test_nominatif_prints_only_the_chosen_columns(staff, read, tmp_path):
    report = read(nominatif_list, golongan="III")
    columns = ["nama", "nip", "golongan", "pendidikan", "jurusan", "unit"]
    write_report(nominatif_document(report, columns), tmp_path / "n.xlsx")
    ws = load_workbook(tmp_path / "n.xlsx").worksheets[0]
    assert [c.value for c in ws[1]] == ["No", "Nama", "NIP", "Gol/Ruang", "Tingkat Pendidikan",
                                        "Jurusan", "Unit Kerja"]
    assert [c.value for c in ws[2]] == [1, "Ani Guru", "198001012010012001", "III/c", "S1",
                                        "Pendidikan Matematika", "SD Negeri 1 Bangko"]
    write_report(nominatif_document(report, "nama,nip,unit"), tmp_path / "n.pdf")
    text = PdfReader(tmp_path / "n.pdf").pages[0].extract_text()
    assert "Nama / NIP" in text and "Unit Kerja" in text
    assert "Golongan III" in text  # the filter is named under the title
    assert "Tingkat Pendidikan" not in text


@sqlite_only
def test_nominatif_column_registry_offers_every_default(staff):
    ids = [i for i, _label in nominatif_columns()]
    assert set(DEFAULT_COLUMNS) <= set(ids)
    assert dict(nominatif_columns("en"))["tanggal_lahir"] == "Date of Birth"


def test_headcount_recap_counts_each_dimension(staff, read, tmp_path):
    data = read(headcount_recap, as_of=date(2026, 12, 31))
    rows = {r.label: r for r in data.rows}
    assert list(rows) == ["Dinas Pendidikan", "Dinas Kesehatan"]
    dik, kes = rows["Dinas Pendidikan"], rows["Dinas Kesehatan"]
    gol = [c for c, _l in data.dimensions[0].categories]
    assert gol == ["I", "II", "III", "IV", "PPPK"]  # "Tanpa data" dropped: nobody lacks it
    assert dict(zip(gol, dik.counts["golongan"], strict=True)) == {
        "I": 0, "II": 1, "III": 1, "IV": 1, "PPPK": 0}
    assert dict(zip(gol, kes.counts["golongan"], strict=True)) == {
        "I": 0, "II": 0, "III": 1, "IV": 0, "PPPK": 1}
    assert dik.counts["jenis_kelamin"] == (1, 2) and kes.counts["jenis_kelamin"] == (1, 1)
    edu = [c for c, _l in data.dimensions[2].categories]
    assert dict(zip(edu, dik.counts["pendidikan"], strict=True)) == {
        "sma": 0, "diploma": 1, "s1": 1, "s2": 0, "s3": 0, "-": 1}
    assert (dik.total, kes.total, data.totals.total) == (3, 2, 5)  # the retired one is out
    write_report(recap_document(data, printed_on=date(2027, 1, 2)), tmp_path / "r.pdf")
    text = " ".join(PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split())
    assert "REKAPITULASI JUMLAH PEGAWAI" in text
    assert "JUMLAH" in text and "Keadaan 31 Desember 2026" in text


def test_headcount_recap_of_a_unit_has_its_sub_units_as_rows(staff, read):
    data = read(headcount_recap, unit_id=staff)
    assert [(r.label, r.total) for r in data.rows] == [
        ("Dinas Pendidikan", 2), ("SD Negeri 1 Bangko", 1)]
