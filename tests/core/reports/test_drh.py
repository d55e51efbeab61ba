"""The DRH of one employee: every section, the photo, Indonesian dates, the Excel sheets."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from PIL import Image
from pypdf import PdfReader

from app.db.family import FamilyMember, OrganisasiHistory, PenghargaanHistory
from app.db.histories import JabatanHistory
from app.db.personnel import EmployeePhoto
from app.errors import NotFound, ValidationError
from app.reports.drh import drh_document
from app.reports.output import write_report
from app.services.report_data_drh import drh_data
from tests.core.reports import builders as b


@pytest.fixture
def factory(any_factory):
    """These data functions run on SQLite and PostgreSQL (rendering tests: SQLite only)."""
    return any_factory


sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

NIP = "198503152010012003"


def jpeg() -> bytes:
    out = BytesIO()
    Image.new("RGB", (300, 400), (200, 30, 30)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def person(write):
    with write() as s:
        b.set_letterhead(s)
        u = b.unit(s, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia")
        e = b.employee(s, "Siti Aminah", NIP, unit=u, golongan="III/b",
                       tmt_golongan=date(2018, 4, 1), mkg=(8, 0), jk="P",
                       gelar_belakang="S.E., M.M.", tempat_lahir="Bangko",
                       jabatan="Analis Kepegawaian Ahli Muda", alamat="Jalan Lintas Sumatera",
                       rt="003", rw="001", kelurahan="Pasar Atas", kecamatan="Bangko",
                       kabupaten_kota="Kabupaten Merangin", provinsi="Jambi", tinggi_badan=158,
                       hobi="Membaca")
        b.education(s, e, "S1", "Universitas Jambi", 2008, "Manajemen", last=False)
        b.education(s, e, "S2", "Universitas Gadjah Mada", 2016, "Magister Manajemen")
        b.training(s, e, "Pelatihan Dasar CPNS", "latsar", date(2010, 11, 20), jp=120)
        b.pangkat(s, e, "III/a", date(2010, 1, 1), (0, 0), gaji=2_456_700, nomor="813/01/2010")
        b.pangkat(s, e, "III/b", date(2018, 4, 1), (8, 0), gaji=3_122_300, nomor="823/17/2018")
        s.add(JabatanHistory(employee_id=e.id, office_code=b.OFFICE, unit_name="BKPSDM",
                             jabatan_name="Analis Kepegawaian Ahli Muda", tmt=date(2019, 1, 2),
                             sk_nomor="821/05/2019", sk_pejabat="Bupati Merangin"))
        s.add(PenghargaanHistory(employee_id=e.id, office_code=b.OFFICE,
                                 nama="Satyalencana Karya Satya X Tahun", tahun=2021,
                                 pemberi="Presiden Republik Indonesia"))
        s.add(FamilyMember(employee_id=e.id, office_code=b.OFFICE, relation="suami",
                           nama="Budi Santoso", tanggal_lahir=date(1982, 2, 1),
                           tanggal_nikah=date(2011, 6, 12), pekerjaan="Wiraswasta",
                           status="menikah"))
        s.add(FamilyMember(employee_id=e.id, office_code=b.OFFICE, relation="anak",
                           nama="Rani Santoso", jenis_kelamin="P",
                           tanggal_lahir=date(2013, 8, 17), pekerjaan="Pelajar"))
        s.add(FamilyMember(employee_id=e.id, office_code=b.OFFICE, relation="ibu",
                           nama="Hj. Maryam"))
        s.add(OrganisasiHistory(employee_id=e.id, office_code=b.OFFICE, era="pns",
                                nama="KORPRI", kedudukan="Anggota",
                                tanggal_mulai=date(2010, 1, 1)))
        s.add(EmployeePhoto(employee_id=e.id, office_code=b.OFFICE, data=jpeg()))
    return e.id


def test_drh_gathers_every_section(person, read):
    d = read(drh_data, nip="19850315 201001 2 003")
    assert d.person.nama == "Siti Aminah, S.E., M.M."
    assert [e.tingkat for e in d.education] == ["S1", "S2"]
    assert [p.golongan for p in d.pangkat] == ["III/a", "III/b"]
    assert d.jabatan[0].golongan == "III/b"  # the pangkat held when the jabatan began
    assert [m.relation for m in d.family] == ["suami", "anak", "ibu"]
    assert d.courses[0].jp == 120 and d.photo is not None


@sqlite_only
def test_drh_pdf_has_the_sections_and_the_photo(person, read, tmp_path):
    doc = drh_document(read(drh_data, employee_id=person), printed_on=date(2026, 12, 31))
    result = write_report(doc, tmp_path / "drh.pdf")
    reader = PdfReader(tmp_path / "drh.pdf")
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for expected in ("DAFTAR RIWAYAT HIDUP", "I. KETERANGAN PERORANGAN", "II. PENDIDIKAN",
                     "III. RIWAYAT PEKERJAAN", "IV. TANDA JASA/PENGHARGAAN",
                     "V. PENGALAMAN KUNJUNGAN KE LUAR NEGERI", "VI. KETERANGAN KELUARGA",
                     "VII. KETERANGAN ORGANISASI", "Siti Aminah, S.E., M.M.",
                     "19850315 201001 2 003", "Bangko, 15 Maret 1985", "Perempuan",
                     "Penata Muda Tingkat I (III/b), TMT 1 April 2018", "Universitas Gadjah Mada",
                     "3.122.300", "Satyalencana Karya Satya X Tahun", "Budi Santoso",
                     "Yang membuat,", "Bangko, 31 Desember 2026",
                     f"Halaman 1 dari {result.pages}"):
        assert expected in text, expected
    assert "VIII. KETERANGAN LAIN-LAIN" not in text  # no sanction recorded: section left out
    assert any("/XObject" in str(p["/Resources"]) for p in reader.pages)  # the photo
    assert reader.pages[0].mediabox.width < reader.pages[0].mediabox.height  # portrait


@sqlite_only
def test_drh_without_photo_prints_an_empty_frame(person, write, read, tmp_path):
    from sqlalchemy import select

    with write() as s:
        photo = s.scalars(select(EmployeePhoto)).one()
        photo.data = b"not an image"  # a broken photo must not stop the DRH
    write_report(drh_document(read(drh_data, employee_id=person)), tmp_path / "drh.pdf")
    assert "Pas foto 3 × 4" in PdfReader(tmp_path / "drh.pdf").pages[0].extract_text()


@sqlite_only
def test_drh_xlsx_has_a_sheet_per_section(person, read, tmp_path):
    write_report(drh_document(read(drh_data, employee_id=person)), tmp_path / "drh.xlsx")
    wb = load_workbook(tmp_path / "drh.xlsx")
    assert wb.sheetnames[:4] == ["Identitas", "Pendidikan", "Kursus dan Latihan",
                                 "Riwayat Pangkat"]
    ident = {r[1].value: r[2].value for r in wb["Identitas"].iter_rows()}
    assert ident["NIP"] == NIP
    pangkat = wb["Riwayat Pangkat"]
    assert pangkat.cell(row=2, column=4).is_date  # TMT is a date
    assert pangkat.cell(row=2, column=5).value == 2456700


@sqlite_only
def test_drh_of_an_unknown_nip(person, read):
    with pytest.raises(NotFound) as err:
        read(drh_data, nip="199001012015011001")
    assert "199001012015011001" in err.value.text()
    with pytest.raises(ValidationError):
        read(drh_data, nip="12345")
