"""DUK data and rendering: the rank order on a worked example where every tie-break rule
decides one pair (PP 15/1979; domain.md §8.1), and what the printed list shows."""

from __future__ import annotations

from datetime import date
from io import BytesIO

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.reports.duk import duk_document
from app.reports.output import write_report
from app.services.report_data_duk import duk_list
from tests.core.reports import builders as b


@pytest.fixture
def factory(any_factory):
    """These data functions run on SQLite and PostgreSQL (rendering tests: SQLite only)."""
    return any_factory


sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)

AS_OF = date(2026, 12, 31)


def nip(birth: str, tmt: str = "201001", sex: int = 1, seq: int = 1) -> str:
    return f"{birth}{tmt}{sex}{seq:03d}"


@pytest.fixture
def duk_db(write):
    """Thirteen PNS where each consecutive pair is decided by one DUK rule."""
    with write() as s:
        b.set_letterhead(s)
        dinas = b.unit(s, "Dinas Pendidikan dan Kebudayaan", order=1)
        bidang = b.unit(s, "Bidang Pembinaan Sekolah Dasar", dinas)
        other = b.unit(s, "Dinas Kesehatan", order=2)
        t19 = date(2019, 4, 1)

        def add(name, birth, gol, tmt=t19, **kw):
            kw.setdefault("mkg", (6, 0))
            return b.employee(s, name, nip(birth, seq=len(name)), unit=kw.pop("unit", dinas),
                              golongan=gol, tmt_golongan=tmt, **kw)

        add("Ahmad Kepala", "19700101", "IV/a", date(2020, 4, 1), current_eselon="II.b")  # rule 1
        add("Budi Senior", "19750101", "III/d", date(2018, 4, 1))  # rule 1: earlier TMT
        add("Citra Eselon", "19760101", "III/d", current_eselon="III.a")
        add("Dedi Baru", "19770101", "III/c", current_eselon="IV.a",
            tmt_jabatan=date(2021, 1, 1), unit=bidang)
        add("Eka Lama", "19780101", "III/c", current_eselon="IV.a",
            tmt_jabatan=date(2020, 1, 1))  # rule 2: earlier TMT jabatan
        add("Fajar Staf", "19790101", "III/c")  # rule 2: non-eselon after eselon
        add("Gita Panjang", "19800101", "III/b", mkg=(10, 0))  # rule 3: longer masa kerja
        add("Hadi Pendek", "19810101", "III/b", mkg=(8, 0))
        i = add("Indah Latihan", "19820101", "III/a")  # rule 4: latihan jabatan
        b.training(s, i, "Diklatpim Tingkat III", "struktural", date(2018, 6, 30), jp=360)
        j = add("Joko Magister", "19830101", "III/a")  # rule 5: higher education
        b.education(s, j, "S2", "Universitas Jambi", 2015, "Manajemen")
        m = add("Mira Lulus Awal", "19900101", "III/a")  # rule 5: earlier graduation
        b.education(s, m, "S1", "Universitas Jambi", 2008, "Ekonomi")
        k = add("Kurnia Tua", "19850101", "III/a")  # rule 6: older first
        b.education(s, k, "S1", "Universitas Batanghari", 2010)
        lina = add("Lina Muda", "19880101", "III/a", jk="P")
        b.education(s, lina, "S1", "Universitas Batanghari", 2010)
        # not ranked: PPPK, CPNS, retired, other unit (only for the unit test), no golongan
        b.employee(s, "Putri PPPK", "199009132025242014", unit=dinas, golongan="IX",
                   jenis="PPPK")
        b.employee(s, "Candra Calon", nip("19990101", "202401"), unit=dinas, jenis="CPNS")
        b.employee(s, "Purna Pensiun", nip("19600101", "198501"), unit=dinas, status="pensiun")
        b.employee(s, "Zainal Kesehatan", nip("19860101", "201001"), unit=other)
        b.employee(s, "Tanpa Golongan", nip("19870101", "201101"), unit=dinas, golongan=None)
    return dinas.id, bidang.id


EXPECTED = ["Ahmad Kepala", "Budi Senior", "Citra Eselon", "Eka Lama", "Dedi Baru",
            "Fajar Staf", "Gita Panjang", "Hadi Pendek", "Indah Latihan", "Joko Magister",
            "Mira Lulus Awal", "Kurnia Tua", "Lina Muda"]


def test_duk_orders_by_each_rule_in_turn(duk_db, read):
    dinas, _bidang = duk_db
    report = read(duk_list, as_of=AS_OF, unit_id=dinas)
    assert [r.person.nama for r in report.rows] == EXPECTED
    assert [r.rank for r in report.rows] == list(range(1, 14))
    assert [s.nama for s in report.skipped] == ["Tanpa Golongan"]


def test_duk_row_values_are_computed_as_of_the_date(duk_db, read):
    report = read(duk_list, as_of=AS_OF, unit_id=duk_db[0])
    by_name = {r.person.nama: r.person for r in report.rows}
    gita = by_name["Gita Panjang"]
    assert (gita.mk_tahun, gita.mk_bulan) == (17, 8)  # 10 y on the SK of 1 Apr 2019 + 7 y 8 m
    assert gita.usia == 46
    indah = by_name["Indah Latihan"]
    assert (indah.latihan, indah.latihan_tahun, indah.latihan_jam) == (
        "Diklatpim Tingkat III", 2018, 360)
    assert by_name["Dedi Baru"].unit == "Bidang Pembinaan Sekolah Dasar"
    assert by_name["Joko Magister"].pendidikan == "S2"


def test_duk_of_the_office_includes_every_unit_and_no_sub_unit_only(duk_db, read):
    whole = read(duk_list, as_of=AS_OF)
    assert "Zainal Kesehatan" in [r.person.nama for r in whole.rows]
    assert len(whole.rows) == 14
    sub = read(duk_list, as_of=AS_OF, unit_id=duk_db[1])
    assert [(r.rank, r.person.nama) for r in sub.rows] == [(1, "Dedi Baru")]


@sqlite_only
def test_duk_pdf_shows_names_grouped_nip_indonesian_dates_and_pages(duk_db, read, tmp_path):
    report = read(duk_list, as_of=AS_OF, unit_id=duk_db[0])
    doc = duk_document(report, printed_on=date(2027, 1, 5))
    result = write_report(doc, tmp_path / "duk.pdf")
    reader = PdfReader(tmp_path / "duk.pdf")
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert result.pages == len(reader.pages)
    assert "DAFTAR URUT KEPANGKATAN PEGAWAI NEGERI SIPIL" in text
    assert "PEMERINTAH KABUPATEN MERANGIN" in text
    assert "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA" in text
    assert "Keadaan 31 Desember 2026" in text
    assert "Dicetak: 5 Januari 2027" in text
    assert f"Halaman 1 dari {result.pages}" in text
    assert "19800101 201001 1 012" in text  # Gita Panjang's NIP, grouped
    assert "Bangko, 5 Januari 2027" in text
    assert "NIP 19700101 199503 1 001" in text  # the head of the office signs
    assert "Tanpa Golongan" in text  # named in the note of who is not listed
    positions = [text.index(name) for name in EXPECTED]
    assert positions == sorted(positions)
    # F4 landscape: 330 × 215 mm
    box = reader.pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (
        330, 215)


@sqlite_only
def test_duk_xlsx_keeps_nip_as_text_and_dates_as_dates(duk_db, read, tmp_path):
    report = read(duk_list, as_of=AS_OF, unit_id=duk_db[0])
    write_report(duk_document(report), tmp_path / "duk.xlsx")
    wb = load_workbook(tmp_path / "duk.xlsx")
    ws = wb.worksheets[0]
    header = [c.value for c in ws[1]]
    assert header[:3] == ["No", "Nama", "NIP"]
    assert ws.freeze_panes == "A2"
    assert ws["A1"].font.b
    row = [c.value for c in ws[2]]
    assert row[0] == 1 and row[1] == "Ahmad Kepala"
    nip_cell = ws.cell(row=2, column=3)
    assert nip_cell.data_type == "s"
    assert nip_cell.value == "197001012010011012"
    born = ws.cell(row=2, column=header.index("Tanggal Lahir") + 1)
    assert born.is_date and born.value.date() == date(1970, 1, 1)
    assert ws.max_row == 14
    info = wb.worksheets[1]
    values = {r[0].value: r[1].value for r in info.iter_rows() if r[0].value}
    assert values["Judul"] == "Daftar Urut Kepangkatan Pegawai Negeri Sipil"
    assert values["Jumlah baris"] == 13


@sqlite_only
def test_duk_renders_to_a_buffer_in_english(duk_db, read):
    from app.reports.pdf import render_pdf

    report = read(duk_list, as_of=AS_OF, unit_id=duk_db[0])
    buffer = BytesIO()
    render_pdf(duk_document(report, lang="en", printed_on=AS_OF), buffer)
    text = PdfReader(BytesIO(buffer.getvalue())).pages[0].extract_text()
    assert "SENIORITY LIST OF CIVIL SERVANTS" in text
    assert "As of 31 December 2026" in text
    assert "Page 1 of" in text
