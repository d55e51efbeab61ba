"""``simpeg report``: exit codes, one-line Indonesian reasons, nothing written on errors."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from app.cli import main
from tests.core.reports import builders as b


@pytest.fixture
def db(office_file, write):
    with write() as s:
        b.set_letterhead(s)
        dik = b.unit(s, "Dinas Pendidikan")
        b.unit(s, "Dinas Kesehatan")
        b.employee(s, "Siti Aminah", "198503152010012003", unit=dik, jk="P",
                   tmt_golongan=date(2022, 4, 1))
    return str(office_file)


def run(db, *args):
    return main(["--db", db, "report", *args])


def test_report_writes_pdf_and_says_so(db, tmp_path, capsys):
    out = tmp_path / "duk.pdf"
    assert run(db, "duk", "--unit", "pendidikan", "--date", "31-12-2026", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert f"Laporan ditulis ke {out} (1 baris, 1 halaman)." in said
    text = PdfReader(out).pages[0].extract_text()
    assert "Siti Aminah" in text and "19850315 201001 2 003" in text
    assert "Unit Kerja: Dinas Pendidikan" in text


def test_report_json_summary_and_xlsx(db, tmp_path, capsys):
    out = tmp_path / "kp.xlsx"
    assert main(["--db", db, "--json", "report", "kp", "--period", "2026-04",
                 "--out", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {"report": "kp", "path": str(out), "format": "xlsx", "rows": 1,
                       "pages": None}


@pytest.mark.parametrize(("args", "reason"), [
    (["kgb", "--year", "2026", "--month", "13"], "--month: bulan '13' tidak sah"),
    (["kgb", "--year", "2026"], "Laporan kgb memerlukan --month."),
    (["duk", "--month", "3"], "Opsi --month tidak berlaku untuk laporan duk."),
    (["duk", "--date", "31-02-2026"], "--date: tanggal '31-02-2026' tidak sah"),
    (["duk", "--unit", "Dinas"], "--unit: Ada 2 unit kerja yang cocok dengan 'Dinas'"),
    (["duk", "--unit", "Bappeda"], "--unit: Unit kerja 'Bappeda' tidak ditemukan."),
    (["kp", "--period", "2026-03"], "--period: Tanggal 2026-03-01 bukan periode"),
    (["drh"], "Laporan drh memerlukan --nip."),
    (["drh", "--nip", "199001012015011001"], "Pegawai dengan NIP 199001012015011001 tidak"),
    (["nominatif", "--columns", "nama,gaji"], "--columns: Kolom tidak dikenal: gaji."),
    (["duk", "--paper", "A3"], "--paper: kertas 'A3' tidak dikenal; pilih A4 atau F4."),
    (["pensiun", "--year", "20x6"], "--year: tahun '20x6' tidak sah"),
])
def test_bad_arguments_fail_with_one_line_and_write_nothing(db, tmp_path, capsys, args,
                                                            reason):
    folder = tmp_path / "keluaran"
    folder.mkdir()
    assert run(db, *args, "--out", str(folder / "laporan.pdf")) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("simpeg: ")
    assert reason in err
    assert list(folder.iterdir()) == []


def test_wrong_suffix_and_unknown_report(db, tmp_path, capsys):
    folder = tmp_path / "keluaran"
    folder.mkdir()
    assert run(db, "duk", "--out", str(folder / "duk.docx")) == 1
    assert "harus berakhiran .pdf atau .xlsx" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:  # argparse: usage error, exit 2
        run(db, "daftar", "--out", str(folder / "x.pdf"))
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "pilihan 'daftar' tidak ada" in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_english_messages(db, tmp_path, capsys):
    assert main(["--lang", "en", "--db", db, "report", "duk", "--month", "2",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert not (tmp_path / "x.pdf").exists()
    assert "Option --month does not apply to the duk report." in capsys.readouterr().err
