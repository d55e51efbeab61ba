"""Training printouts read back from the PDF (pypdf) and the workbook: participant list with a
signature column, attendance sheet, certificates of attendance."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app.errors import SimpegError
from app.reports.output import write_report
from app.reports.training_certificates import write_certificates
from app.reports.training_data import session_print_data
from app.reports.training_labels import period_text
from app.reports.training_lists import attendance_sheet_document, participant_list_document
from tests.core.reports.training_support import build_training

ON = date(2025, 3, 14)


@pytest.fixture
def training(write, actor):
    return build_training(write, actor)


def pdf_text(path) -> list[str]:
    """Each page's text with its whitespace (line breaks of wrapped paragraphs) collapsed."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_period_text_in_indonesian_and_english():
    assert period_text(date(2025, 3, 10), date(2025, 3, 12)) == "10 s.d. 12 Maret 2025"
    assert period_text(date(2025, 2, 24), date(2025, 3, 1)) == \
        "24 Februari s.d. 1 Maret 2025"
    assert period_text(date(2024, 12, 28), date(2025, 1, 3)) == \
        "28 Desember 2024 s.d. 3 Januari 2025"
    assert period_text(date(2025, 3, 10), date(2025, 3, 10)) == "10 Maret 2025"
    assert period_text(date(2025, 3, 10), date(2025, 3, 12), "en") == "10 to 12 March 2025"


def test_participant_list_has_everyone_in_name_order_with_a_signature_column(
        training, read, tmp_path):
    data = read(session_print_data, training.session_id)
    result = write_report(participant_list_document(data, printed_on=ON), tmp_path / "p.pdf")
    assert (result.rows, result.pages) == (5, 1)
    text = pdf_text(tmp_path / "p.pdf")[0]
    assert "DAFTAR PESERTA PELATIHAN" in text
    assert "Bimtek Penyusunan SKP Angkatan II" in text
    assert "Tanggal: 10 s.d. 12 Maret 2025" in text
    assert "Tempat: Aula BKPSDM, Bangko" in text and "Jumlah: 24 JP" in text
    assert "Tanda Tangan" in text
    order = [text.index(n) for n in ("Andi Saputra", "Budi Santoso", "Dedi Kurniawan",
                                     "Rina Marlina", "Siti Aminah")]
    assert order == sorted(order)
    assert "19850315 201001 2 003" in text  # the NIP grouped for reading
    assert "Penata Muda (III/a)" in text and "Bidang Pembinaan SD" in text
    assert "1. ...." in text and "5. ...." in text  # numbered places to sign
    assert "Dr. H. Ahmad Fauzi, S.H., M.Si." in text  # the office head signs
    assert "Halaman 1 dari 1" in text


def test_participant_list_workbook_carries_attendance_jp_and_certificates(
        training, read, tmp_path):
    data = read(session_print_data, training.session_id)
    write_report(participant_list_document(data, printed_on=ON), tmp_path / "p.xlsx")
    sheet = load_workbook(tmp_path / "p.xlsx").worksheets[0]
    header = [c.value for c in sheet[1]]
    rows = {r[1]: dict(zip(header, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)}
    siti, budi, andi = rows["Siti Aminah"], rows["Budi Santoso"], rows["Andi Saputra"]
    assert siti["NIP"] == "198503152010012003"  # text, never a number
    assert (siti["Kehadiran"], siti["JP Diakui"], siti["Nomor Sertifikat"]) == (
        "Hadir", 24, "800/123/BKPSDM/2025")
    assert siti["Tanggal Sertifikat"].date() == date(2025, 3, 12)
    assert budi["JP Diakui"] == 16
    assert (andi["Kehadiran"], andi["JP Diakui"]) == ("Tidak hadir", None)


def test_attendance_sheet_has_a_column_per_day_on_landscape_paper(training, read, tmp_path):
    data = read(session_print_data, training.session_id)
    write_report(attendance_sheet_document(data, printed_on=ON), tmp_path / "h.pdf")
    page = PdfReader(tmp_path / "h.pdf").pages[0]
    assert page.mediabox.width > page.mediabox.height
    text = " ".join(page.extract_text().split())
    assert "DAFTAR HADIR PESERTA PELATIHAN" in text
    assert all(d in text for d in ("10-03-2025", "11-03-2025", "12-03-2025"))
    assert "13-03-2025" not in text
    assert "Tanda Tangan / Tanggal" in text and "Siti Aminah" in text


def test_a_long_session_gets_a_table_per_six_days(write, actor, read, tmp_path):
    t = build_training(write, actor, start=date(2025, 5, 5), end=date(2025, 5, 14), jp=60)
    data = read(session_print_data, t.session_id)
    doc = attendance_sheet_document(data, printed_on=ON)
    assert [b.heading for b in doc.blocks] == ["Hari ke-1 s.d. ke-6", "Hari ke-7 s.d. ke-10"]
    write_report(doc, tmp_path / "h.pdf")
    text = "".join(pdf_text(tmp_path / "h.pdf"))
    assert "10-05-2025" in text and "14-05-2025" in text


def test_a_session_over_a_month_long_gets_undated_columns(write, actor, read):
    t = build_training(write, actor, start=date(2025, 2, 3), end=date(2025, 4, 30), jp=300)
    doc = attendance_sheet_document(read(session_print_data, t.session_id))
    assert len(doc.blocks) == 1
    layout = doc.blocks[0].table.layout
    assert [p.label for p in layout[3:-1]] == ["Tgl. ......"] * 6


def test_certificates_one_page_per_completed_participant(training, read, tmp_path):
    data = read(session_print_data, training.session_id)
    result = write_certificates(data, tmp_path / "s.pdf", printed_on=ON)
    assert (result.rows, result.pages) == (2, 2)  # Budi and Siti completed
    budi, siti = pdf_text(tmp_path / "s.pdf")
    assert "SERTIFIKAT" in siti and "Nomor: 800/123/BKPSDM/2025" in siti
    assert "Siti Aminah" in siti and "NIP 19850315 201001 2 003" in siti
    assert "telah mengikuti" in siti and "Bimtek Penyusunan SKP Angkatan II" in siti
    assert "selama 24 jam pelajaran (JP)" in siti
    assert "Bangko, 12 Maret 2025" in siti  # dated the certificate date
    assert "Budi Santoso" in budi and "selama 16 jam pelajaran" in budi
    assert "Nomor: ....." in budi  # no number yet: a line to fill in
    page = PdfReader(tmp_path / "s.pdf").pages[0]
    assert page.mediabox.width > page.mediabox.height


def test_certificates_of_chosen_participants_and_refusal_when_none_completed(
        training, read, tmp_path):
    chosen = read(session_print_data, training.session_id, [training.participants["siti"]])
    assert [p.nama for p in chosen.participants] == ["Siti Aminah"]
    assert write_certificates(chosen, tmp_path / "one.pdf").pages == 1
    absent = read(session_print_data, training.session_id, [training.participants["andi"]])
    with pytest.raises(SimpegError) as err:
        write_certificates(absent, tmp_path / "none.pdf")
    assert "sudah dinyatakan lulus" in err.value.text()
    assert not (tmp_path / "none.pdf").exists()  # nothing half-written


def test_session_name_names_the_class_once_and_the_footer_stays_short():
    from app.reports.training_lists import footer_note, session_name
    from app.services.training import SessionRow

    def row(title: str, angkatan: str | None) -> SessionRow:
        return SessionRow("s", "p", title, "klasikal", "teknis", title, angkatan,
                          date(2026, 11, 11), date(2026, 11, 13), None, None, 16, None,
                          "planned", None)

    assert session_name(row("Bimtek Arsip", "II")) == "Bimtek Arsip Angkatan II"
    assert session_name(row("Bimtek Arsip Angkatan III Tahun 2026", "III")) == \
        "Bimtek Arsip Angkatan III Tahun 2026"
    assert session_name(row("Bimtek Arsip", None)) == "Bimtek Arsip"
    note = footer_note("Daftar Peserta Pelatihan",
                       "Bimtek Penyusunan Rencana Kerja dan Anggaran Angkatan III Tahun 2026")
    assert len(note) <= 64 and note.endswith("…")
    assert footer_note("Daftar Hadir", "Bimtek Arsip") == "Daftar Hadir — Bimtek Arsip"
