"""The report foundation: Indonesian dates, long tables across pages with repeated headers,
Excel typing (NIP as text, dates as dates), the generic row export, atomic writes."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import SimpegError
from app.reports import output
from app.reports.formatting import number_text, short_date, tanggal_indonesia
from app.reports.grid import GridSpec, HeaderCell, fit_widths
from app.reports.model import (
    Align,
    Column,
    Kind,
    Letterhead,
    Paper,
    ReportDocument,
    Signature,
    Table,
    TableBlock,
)
from app.reports.output import export_rows_xlsx, write_report
from app.reports.page import page_size


def test_tanggal_indonesia():
    assert tanggal_indonesia(date(2026, 12, 31)) == "31 Desember 2026"
    assert tanggal_indonesia(date(2027, 1, 5)) == "5 Januari 2027"
    assert tanggal_indonesia(date(2026, 8, 17), "en") == "17 August 2026"
    assert tanggal_indonesia(None) == ""
    assert short_date(date(1985, 3, 5)) == "05-03-1985"


def test_numbers_use_indonesian_separators():
    assert number_text(3_500_000) == "3.500.000"
    assert number_text(Decimal("12.5")) == "12,5"
    assert number_text(1234.25) == "1.234,25"


def test_f4_is_215_by_330_mm():
    w, h = page_size(Paper.F4)
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (215, 330)
    w, h = page_size("A4", True)
    assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (297, 210)


def _long_doc(rows: int) -> ReportDocument:
    cols = (Column("no", "No", Kind.INT, align=Align.CENTER, weight=8),
            Column("nama", "Nama Pegawai", weight=40),
            Column("uraian", "Uraian Panjang", weight=60))
    body = [(i, f"Baris {i:04d}", "kata " * (i % 40)) for i in range(1, rows + 1)]
    return ReportDocument(
        title="Daftar Uji", blocks=(TableBlock(Table(cols, body, number_row=True)),),
        letterhead=Letterhead("Pemerintah Kabupaten Merangin", "BKPSDM"),
        signature=Signature("Bangko", date(2026, 12, 31), ("Kepala,",), None, None),
        printed_on=date(2026, 12, 31))


def test_long_table_repeats_its_header_on_every_page_and_loses_no_row(tmp_path):
    result = write_report(_long_doc(400), tmp_path / "long.pdf")
    reader = PdfReader(tmp_path / "long.pdf")
    pages = [p.extract_text() for p in reader.pages]
    assert result.pages == len(pages) > 5
    for n, text in enumerate(pages, start=1):
        assert "Nama Pegawai" in text and "Uraian Panjang" in text
        assert f"Halaman {n} dari {len(pages)}" in text
        assert "Dicetak: 31 Desember 2026" in text
    rows = [n for text in pages for n in re.findall(r"Baris (\d{4})", text)]
    assert rows == [f"{i:04d}" for i in range(1, 401)]
    assert "(..................................................)" in pages[-1]  # sign by hand


def test_header_words_are_never_broken():
    spec = GridSpec(weights=(1, 1, 30), aligns=(Align.LEFT,) * 3,
                    header=((HeaderCell("Tingkat"), HeaderCell("Pendidikan"),
                             HeaderCell("Nama")),), rows=[])
    widths = fit_widths(spec, 300)
    assert widths[0] > 30 and widths[1] > 40
    assert abs(sum(widths) - 300) < 1e-6


def test_a_row_taller_than_a_page_is_cut_not_looped(tmp_path):
    cols = (Column("a", "A"), Column("b", "B"))
    doc = ReportDocument("Uji", (TableBlock(Table(cols, [("x", "kata\n" * 400)])),))
    result = write_report(doc, tmp_path / "tall.pdf")
    assert result.pages == 1


def test_export_rows_keeps_nip_as_text_and_dates_as_dates(tmp_path):
    rows = [("Siti Aminah", "198503152010012003", date(1985, 3, 15), 3_250_000),
            ("Budi", "090101201001100001", date(1990, 1, 1), None)]
    result = export_rows_xlsx(tmp_path / "view.xlsx", ["Nama", "NIP", "Tanggal Lahir", "Gaji"],
                              rows, "Daftar Pegawai", office_name="BKPSDM Kabupaten Merangin",
                              printed_on=date(2026, 12, 31))
    assert result.rows == 2
    wb = load_workbook(tmp_path / "view.xlsx")
    ws = wb.worksheets[0]
    assert ws.title == "Daftar Pegawai"
    assert [c.value for c in ws[1]] == ["Nama", "NIP", "Tanggal Lahir", "Gaji"]
    assert ws["A1"].font.b and ws.freeze_panes == "A2" and ws.auto_filter.ref == "A1:D3"
    assert ws["B2"].value == "198503152010012003" and ws["B2"].data_type == "s"
    assert ws["B3"].value == "090101201001100001"  # the leading zero survives
    assert ws["C2"].is_date and ws["C2"].value.date() == date(1985, 3, 15)
    assert ws["D2"].value == 3_250_000
    info = {r[0].value: r[1].value for r in wb.worksheets[1].iter_rows() if r[0].value}
    assert info["Instansi"] == "BKPSDM Kabupaten Merangin"
    assert info["Judul"] == "Daftar Pegawai"
    assert info["Dicetak"].date() == date(2026, 12, 31)


def test_the_format_follows_the_file_name(tmp_path):
    with pytest.raises(SimpegError) as err:
        write_report(_long_doc(1), tmp_path / "x.docx")
    assert ".pdf atau .xlsx" in err.value.text()
    with pytest.raises(SimpegError) as err:
        write_report(_long_doc(1), tmp_path / "missing" / "x.pdf")
    assert "tidak ada" in err.value.text()
    with pytest.raises(SimpegError):
        export_rows_xlsx(tmp_path / "x.pdf", ["A"], [], "T")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "duk.pdf"
    target.write_bytes(b"old report")

    def broken(doc, path):
        path.write_bytes(b"half a PDF")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(output, "render_pdf", broken)
    with pytest.raises(OSError):
        write_report(_long_doc(3), target)
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["duk.pdf"]


def test_every_report_has_a_title_in_both_languages():
    from app.reports.catalog import REPORTS, report_choices

    for lang in ("id", "en"):
        titles = dict(report_choices(lang))
        assert set(titles) == set(REPORTS)
        assert all(not t.startswith("report.") and t != n.upper() for n, t in titles.items())
    assert dict(report_choices())["duk"] == "Daftar Urut Kepangkatan (DUK)"
