"""The KGB due list shows gaji pokok lama → baru (domain.md §8 "Daftar KGB jatuh tempo"), from
the gaji table in force on the new TMT (app.domain.gaji); amounts the table does not have are
printed as "belum ada di tabel", never guessed."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from app.reports.due import kgb_document
from app.reports.output import write_report
from app.services.report_data_due import kgb_due_list
from tests.core.reports import builders as b


@pytest.fixture
def gaji_db(write):
    with write() as s:
        b.set_letterhead(s)
        u = b.unit(s, "Dinas Kesehatan")
        # new S1 PNS: III/a MKG 0 on 1 Mar 2019 → KGB 1 Mar 2021 at MKG 2 (PP 15/2019)
        b.employee(s, "Rina Sarjana", "199001012019032001", unit=u, golongan="III/a",
                   tmt_golongan=date(2019, 3, 1), mkg=(0, 0))
        # still CPNS: 80 % of both amounts
        b.employee(s, "Cahya Calon", "199201012019031002", unit=u, golongan="III/a",
                   jenis="CPNS", tmt_golongan=date(2019, 3, 1), mkg=(0, 0))
        # the last KGB SK states its amount: that is the gaji lama while PP 15/2019 is in force
        tono = b.employee(s, "Tono Berkala", "198501012010011003", unit=u, golongan="III/b",
                          tmt_golongan=date(2015, 4, 1), mkg=(2, 0))
        b.kgb(s, tono, date(2019, 3, 1), (8, 0), nomor="822/KGB/2019", gaji=3_043_600)
        # III/c MKG 18 → 20 on 1 Mar 2021: PP 15/2019 III/c MKG 20 is not verified (empty)
        b.employee(s, "Budi Penata", "198001012005011006", unit=u, golongan="III/c",
                   tmt_golongan=date(2019, 3, 1), mkg=(18, 0))
        # IV/a MKG 30 → 32 on 1 Mar 2025 (PP 5/2024)
        b.employee(s, "Wati Pembina", "197001011995032004", unit=u, golongan="IV/a",
                   tmt_golongan=date(2023, 3, 1), mkg=(30, 0))
        # an SK of 2023 (PP 15/2019 amount) is not what is paid after PP 5/2024
        adi = b.employee(s, "Adi Lama", "197501012000031005", unit=u, golongan="III/a",
                         tmt_golongan=date(2015, 3, 1), mkg=(20, 0))
        b.kgb(s, adi, date(2023, 3, 1), (30, 0), nomor="822/KGB/2023", gaji=4_107_000)


def _gaji(report):
    return {r.person.nama: (r.gaji_lama, r.gaji_baru) for r in report.rows}


def test_kgb_list_gives_gaji_lama_and_baru_from_the_table(gaji_db, read):
    assert _gaji(read(kgb_due_list, year=2021, month=3)) == {
        "Rina Sarjana": (2_579_400, 2_660_700),  # III/a MKG 0 → 2
        "Cahya Calon": (2_063_520, 2_128_560),  # 80 % of the same
        "Tono Berkala": (3_043_600, 3_139_400),  # the SK's amount → III/b MKG 10
        "Budi Penata": (3_704_300, None),  # III/c MKG 20 not in the table: not guessed
    }


def test_after_a_new_gaji_table_the_old_amount_is_the_new_tables(gaji_db, read):
    assert _gaji(read(kgb_due_list, year=2025, month=3)) == {
        "Wati Pembina": (5_235_000, 5_399_900),  # PP 5/2024 IV/a MKG 30 → 32
        "Adi Lama": (4_435_500, 4_575_200),  # not the 2023 SK's PP 15/2019 amount 4.107.000
    }


def test_kgb_pdf_prints_rupiah_and_the_missing_note(gaji_db, read, tmp_path):
    write_report(kgb_document(read(kgb_due_list, year=2021, month=3),
                              printed_on=date(2021, 2, 1)), tmp_path / "kgb.pdf")
    text = " ".join(PdfReader(tmp_path / "kgb.pdf").pages[0].extract_text().split())
    assert "Rp 2.579.400" in text and "Rp 2.660.700" in text and "CPNS (80%)" in text
    assert "Rp 3.704.300" in text and "belum ada di tabel" in text
    assert "gaji-pokok.csv" in text  # the note says which table to fill in
    assert "Gaji Pokok" in text


def test_kgb_pdf_without_missing_amounts_has_no_note(gaji_db, read, tmp_path):
    write_report(kgb_document(read(kgb_due_list, year=2025, month=3),
                              printed_on=date(2025, 2, 1)), tmp_path / "kgb.pdf")
    text = " ".join(PdfReader(tmp_path / "kgb.pdf").pages[0].extract_text().split())
    assert "Rp 5.235.000" in text and "Rp 5.399.900" in text and "Rp 4.575.200" in text
    assert "belum ada di tabel" not in text and "gaji-pokok.csv" not in text


def test_kgb_excel_has_the_gaji_columns(gaji_db, read, tmp_path):
    from openpyxl import load_workbook

    write_report(kgb_document(read(kgb_due_list, year=2021, month=3)), tmp_path / "kgb.xlsx")
    ws = load_workbook(tmp_path / "kgb.xlsx").active
    values = [c for row in ws.iter_rows(values_only=True) for c in row if c]
    assert "Gaji Pokok Lama" in values and "Gaji Pokok Baru" in values
    assert "Rp 2.660.700" in values
