"""``simpeg report skp|evaluasi|lembar-evaluasi``: one employee or a unit's batch, exit codes
and one-line Indonesian reasons, nothing written on errors."""
# ruff: noqa: F811 - the fixtures imported from appraisal_print_support are parameters

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from app.cli import main
from tests.core.reports.appraisal_print_support import YEAR, ctx, final, office  # noqa: F401


def run(db, *args):
    return main(["--db", str(db), "report", *args])


def test_evaluasi_of_one_employee(ctx, office, office_file, tmp_path, capsys):
    final(ctx, office["siti"])
    out = tmp_path / "evaluasi.pdf"
    assert run(office_file, "evaluasi", "--nip", "198503152010012003", "--year", str(YEAR),
               "--out", str(out)) == 0
    assert f"Formulir ditulis ke {out} (1 SKP, 1 halaman)." in capsys.readouterr().out
    text = PdfReader(out).pages[0].extract_text()
    assert "Siti Aminah, S.E." in text and "19850315 201001 2 003" in text
    assert "SANGAT BAIK" in text


def test_skp_of_a_unit_in_one_pdf_with_json_summary(ctx, office, office_file, tmp_path,
                                                    capsys):
    final(ctx, office["siti"])
    final(ctx, office["budi"])
    out = tmp_path / "unit.pdf"
    assert main(["--db", str(office_file), "--json", "report", "skp", "--unit", "Pembinaan SMP",
                 "--year", str(YEAR), "--paper", "F4", "--out", str(out)]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["skp"] == 2 and summary["pages"] == len(PdfReader(out).pages)
    names = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Budi Santoso" in names and "Siti Aminah" in names


@pytest.mark.parametrize(("args", "reason"), [
    (["evaluasi", "--year", "2026"], "--nip / --unit: Sebutkan satu saja"),
    (["evaluasi", "--nip", "198503152010012003"], "--year: Sebutkan tahun SKP"),
    (["skp", "--nip", "198503152010012003", "--unit", "BKPSDM", "--year", "2026"],
     "Sebutkan satu saja"),
    (["skp", "--nip", "198503152010012003", "--year", "2026", "--month", "3"],
     "Opsi --month tidak berlaku untuk laporan skp."),
    (["evaluasi", "--nip", "198503152010012003", "--year", "2026"],
     "Siti Aminah, S.E. belum mempunyai SKP tahun 2026."),
    (["lembar-evaluasi", "--unit", "BKPSDM", "--year", "2026"],
     "Belum ada SKP final tahun 2026 di BKPSDM."),
])
def test_errors_are_one_line_and_write_nothing(ctx, office, office_file, tmp_path, capsys,
                                               args, reason):
    out = tmp_path / "x.pdf"
    assert run(office_file, *args, "--out", str(out)) != 0
    err = capsys.readouterr().err
    assert reason in err and err.count("\n") == 1
    assert not out.exists()


def test_forms_go_to_pdf_only(ctx, office, office_file, tmp_path, capsys):
    final(ctx, office["siti"])
    out = tmp_path / "x.xlsx"
    assert run(office_file, "skp", "--nip", "198503152010012003", "--year", str(YEAR),
               "--out", str(out)) != 0
    assert "hanya dicetak ke berkas .pdf" in capsys.readouterr().err
    assert not out.exists()
