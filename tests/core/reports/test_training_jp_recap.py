"""The 20-JP recap per unit (PDF read back, workbook) and ``simpeg report jp``."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.cli import main
from app.reports.output import write_report
from app.reports.training_data import jp_recap_data
from app.reports.training_jp import jp_recap_document
from app.services import training as t
from tests.core.reports.training_support import build_training


@pytest.fixture
def training(write, actor):
    """Siti (Bidang SD) 24 JP and Budi (BKPSDM) 16 JP in 2025; Rina also has an external
    training of 30 JP that ended on 2 January 2025 (so it counts in 2025, not 2024)."""
    built = build_training(write, actor)
    with write() as s:
        t.add_external_training(s, actor, built.people["rina"], t.ExternalTrainingData(
            "Seminar Nasional Pendidikan", jp=30, start_date=date(2024, 12, 30),
            end_date=date(2025, 1, 2)))
    return built


def text_of(path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_recap_rows_roll_sub_units_up_and_total_the_office(training, read):
    data = read(jp_recap_data, 2025)
    rows = {r.unit_name: r for r in data.rows}
    dinas, sd, bkpsdm = rows["Dinas Pendidikan"], rows["Bidang Pembinaan SD"], rows["BKPSDM"]
    assert (sd.employees, sd.jp_total, sd.below_threshold, sd.met_target) == (2, 54, 0, 2)
    assert (dinas.employees, dinas.jp_total, dinas.below_threshold) == (3, 54, 1)
    assert (bkpsdm.employees, bkpsdm.jp_total, bkpsdm.below_threshold) == (2, 16, 2)
    assert {r.unit_name for r in data.top_rows()} == {"Dinas Pendidikan", "BKPSDM"}


def test_recap_pdf_reads_back_with_totals_and_the_target_rule(training, read, tmp_path):
    doc = jp_recap_document(read(jp_recap_data, 2025), printed_on=date(2026, 1, 5))
    result = write_report(doc, tmp_path / "jp.pdf")
    assert result.pages == 1
    text = text_of(tmp_path / "jp.pdf")
    assert "REKAPITULASI CAPAIAN JAM PELAJARAN (JP) PENGEMBANGAN KOMPETENSI" in text
    assert "Tahun 2025" in text and "KABUPATEN MERANGIN" in text
    assert "Target paling sedikit 20 JP per tahun bagi PNS, CPNS" in text
    assert "JUMLAH 5 5 2 3 40 70 14" in text  # employees, with target, met, below, %, JP, avg
    assert "Bidang Pembinaan SD 2 2 2 - 100 54 27" in text


def test_a_year_boundary_moves_the_jp_between_recaps(training, read):
    by_year = {y: {r.unit_name: r.jp_total for r in read(jp_recap_data, y).rows}
               for y in (2024, 2025)}
    assert by_year[2025]["Bidang Pembinaan SD"] == 54  # Rina's seminar ended 2 Jan 2025
    assert by_year[2024]["Bidang Pembinaan SD"] == 0


def test_recap_with_the_employees_below_target_in_pdf_and_workbook(training, read, actor,
                                                                    tmp_path):
    below = read(t.employees_below_threshold, 2025)
    data = read(jp_recap_data, 2025, employees=below)
    doc = jp_recap_document(data)
    write_report(doc, tmp_path / "jp.xlsx")
    book = load_workbook(tmp_path / "jp.xlsx")
    assert book.sheetnames[:2] == ["Rekap JP", "Belum Memenuhi"]
    rows = list(book["Belum Memenuhi"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[5], r[7]) for r in rows] == [
        ("Andi Saputra", "198812122014021001", 0, 20),
        ("Budi Santoso", "197901012005011002", 16, 4),
        ("Dedi Kurniawan", "199807082020031001", 0, 20)]
    write_report(doc, tmp_path / "jp.pdf")
    assert "Pegawai yang Belum Memenuhi Target JP" in text_of(tmp_path / "jp.pdf")


def test_cli_report_jp_writes_pdf_for_one_unit(training, office_file, tmp_path, capsys):
    out = tmp_path / "jp.pdf"
    code = main(["--db", str(office_file), "report", "jp", "--year", "2025", "--unit",
                 "Dinas Pendidikan", "--out", str(out)])
    assert code == 0
    assert f"Laporan ditulis ke {out} (2 baris, 1 halaman)." in capsys.readouterr().out
    text = text_of(out)
    assert "Unit Kerja: Dinas Pendidikan" in text and "BKPSDM" not in text.split("Kepala")[0]


def test_cli_report_jp_xlsx_json_and_refusals(training, office_file, tmp_path, capsys):
    out = tmp_path / "jp.xlsx"
    assert main(["--db", str(office_file), "--json", "report", "jp", "--year", "2025",
                 "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "report": "jp", "path": str(out), "format": "xlsx", "rows": 3, "pages": None}
    sheet = load_workbook(out).worksheets[0]
    assert [c.value for c in sheet[1]][:4] == ["No", "Unit Kerja", "Jumlah Pegawai",
                                               "Wajib Target"]
    assert main(["--db", str(office_file), "report", "jp", "--out", str(tmp_path / "x.pdf")]) \
        == 1
    assert "Laporan jp memerlukan --year." in capsys.readouterr().err
    assert main(["--db", str(office_file), "report", "jp", "--year", "2025", "--month", "3",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Opsi --month tidak berlaku untuk laporan jp." in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
