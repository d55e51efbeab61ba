"""The Formasi report, the predikat recap and ``--office`` through ``simpeg report``: read the
PDF text back and open the workbook."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.db.appraisal import Skp
from app.db.formasi import PlannedPosition
from app.reports.catalog import ReportRequest, build_report
from app.reports.formasi import formasi_document
from app.services.formasi_data import formasi_data
from app.services.roles import SYSTEM_USER
from tests.core.reports import builders as b

TODAY = date.today()


@pytest.fixture
def db(office_file, write):
    """Dinas Pendidikan › Bidang SD with a peta jabatan; a retiring guru; rated SKPs."""
    with write() as s:
        b.set_letterhead(s)
        dik = b.unit(s, "Dinas Pendidikan")
        sd = b.unit(s, "Bidang Pembinaan SD", dik)
        b.unit(s, "Dinas Kesehatan")
        born = date(TODAY.year - 58, 1, 15)  # pelaksana, BUP 58: retires this year
        retiring = b.employee(s, "Hasan Basri", f"{born:%Y%m%d}198503 1 001".replace(" ", ""),
                              unit=sd, lahir=born)
        siti = b.employee(s, "Siti Aminah", "198503152010012003", unit=sd, jk="P")
        b.employee(s, "Rahmat", "199001012015031001", unit=sd, jabatan="Pranata Komputer")
        for n, (name, needed) in enumerate((("Pengadministrasi Umum", 3),
                                            ("Guru Kelas Ahli Pertama", 12)), start=1):
            s.add(PlannedPosition(office_code=b.OFFICE, unit_id=sd.id, jabatan_name=name,
                                  jabatan_kind="pelaksana" if n == 1 else
                                  "fungsional_keahlian", needed=needed, sort_order=n))
        for e, predikat in ((retiring, "baik"), (siti, "sangat_baik")):
            s.add(Skp(employee_id=e.id, office_code=b.OFFICE, year=2025, status="final",
                      period_start=date(2025, 1, 1), period_end=date(2025, 12, 31),
                      predikat=predikat))
    return str(office_file)


def run(db, *args):
    return main(["--db", db, "report", *args])


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_formasi_pdf_has_letterhead_units_lines_and_the_rule(db, tmp_path, capsys):
    out = tmp_path / "formasi.pdf"
    assert run(db, "formasi", "--unit", "Dinas Pendidikan", "--out", str(out)) == 0
    assert "Laporan ditulis ke" in capsys.readouterr().out
    text = pdf_text(out)
    year = TODAY.year + 1
    assert "PEMERINTAH KABUPATEN MERANGIN" in text
    assert f"ANALISIS KEBUTUHAN FORMASI PEGAWAI TAHUN {year}" in text
    assert "Dinas Pendidikan › Bidang Pembinaan SD" in text
    assert "Guru Kelas Ahli Pertama" in text and "tidak ada di peta jabatan" in text
    assert f"Usulan formasi = kebutuhan − (bezetting − pegawai yang mencapai batas usia " \
           f"pensiun sampai 31 Desember {year})" in text.replace("\n", " ")
    assert "Dr. H. Ahmad Fauzi, S.H., M.Si." in text  # the signature block


def test_formasi_xlsx_has_one_row_per_line_with_its_unit(db, tmp_path):
    out = tmp_path / "formasi.xlsx"
    assert run(db, "formasi", "--year", str(TODAY.year), "--out", str(out)) == 0
    sheet = load_workbook(out)["Formasi"]
    header = [c.value for c in sheet[1]]
    assert header[:8] == ["No", "Unit Kerja", "Jabatan", "Jenis Jabatan", "Kelas",
                          "Kebutuhan (ABK)", "Bezetting (terisi)",
                          "Selisih (kurang −, lebih +)"]
    assert header[8:] == [f"Pensiun {TODAY.year}", "Usulan formasi", "Keterangan"]
    rows = {r[2]: r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]}
    admin = rows["Pengadministrasi Umum"]
    # 3 needed, Hasan and Siti hold it, Hasan retires this year: 3 - (2 - 1) = 2
    assert admin[1] == "Bidang Pembinaan SD" and admin[5:10] == (3, 2, -1, 1, 2)
    assert rows["Guru Kelas Ahli Pertama"][5:10] == (12, 0, -12, 0, 12)
    assert rows["Pranata Komputer"][5:7] == (None, 1)


def test_formasi_document_of_an_office_without_peta_names_the_units(office_file, read):
    data = read(formasi_data, as_of=date(2026, 6, 30))
    doc = formasi_document(data, lang="en")
    assert doc.title == "Recruitment Needs (Formasi) for 2027"
    assert doc.tables()[0].table.body_count == 0 and data.without_peta == ()


def test_predikat_recap_counts_rated_and_unrated(db, tmp_path):
    out = tmp_path / "predikat.xlsx"
    assert run(db, "predikat", "--year", "2025", "--out", str(out)) == 0
    sheet = load_workbook(out)["Predikat"]
    header = [c.value for c in sheet[1]]
    assert header[2:] == ["Predikat Kinerja: Sangat Baik", "Predikat Kinerja: Baik",
                          "Predikat Kinerja: Butuh Perbaikan",
                          "Predikat Kinerja: Kurang/ Misconduct",
                          "Predikat Kinerja: Sangat Kurang",
                          "Predikat Kinerja: Belum dinilai", "Jumlah"]
    rows = {r[1]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["Dinas Pendidikan"][2:] == (1, 1, 0, 0, 0, 1, 3)
    pdf = tmp_path / "predikat.pdf"
    assert run(db, "predikat", "--year", "2025", "--out", str(pdf)) == 0
    assert "REKAPITULASI PREDIKAT KINERJA PEGAWAI TAHUN 2025" in pdf_text(pdf)


def test_predikat_needs_a_year(db, tmp_path, capsys):
    assert run(db, "predikat", "--out", str(tmp_path / "p.pdf")) == 1
    assert "Laporan predikat memerlukan --year." in capsys.readouterr().err


def test_only_the_province_reports_on_another_office(db, tmp_path, capsys):
    assert run(db, "duk", "--office", "15.01", "--out", str(tmp_path / "d.pdf")) == 1
    assert "Hanya BKD Provinsi yang dapat mencetak laporan kantor lain (15.01)." \
        in capsys.readouterr().err
    assert run(db, "duk", "--office", "Merangin", "--out", str(tmp_path / "d.pdf")) == 1
    assert "--office: kode kantor 'Merangin' tidak sah" in capsys.readouterr().err
    assert run(db, "skp", "--office", "15.02", "--year", "2025", "--nip",
               "198503152010012003", "--out", str(tmp_path / "s.pdf")) == 1
    assert "Opsi --office tidak berlaku untuk laporan skp." in capsys.readouterr().err


def test_the_province_prints_a_regency_duk(db_url, tmp_path):
    from app.db.engine import make_session_factory, unit_of_work
    from app.db.tracking import bind_actor
    from app.services.office import init_office

    init_office(db_url, "15")
    factory = make_session_factory(db_url)
    with unit_of_work(factory) as s:
        bind_actor(s, username="system", user_id=None, office_code="15")
        b.employee(s, "Siti Aminah", "198503152010012003", jk="P")  # an employee of 15.02
    with unit_of_work(factory) as s:
        doc = build_report(s, SYSTEM_USER("15"), ReportRequest("duk", office="15.02"))
        own = build_report(s, SYSTEM_USER("15"), ReportRequest("duk"))
    factory.kw["bind"].dispose()
    assert doc.row_count == 1 and own.row_count == 0
    assert doc.letterhead is not None and "MERANGIN" in doc.subtitle[0]
