"""Reading files: CSV whatever wrote it (delimiter and encoding sniffed), Excel with title rows
above the header, typed cells, and clear refusals for files that cannot be read."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.errors import SimpegError
from app.intake.table import column_letter, read_table
from tests.core.intake.fixtures.sheets import write_csv, write_xlsx

HEADERS = ("NIP", "Nama", "Tgl Lahir", "Unit Kerja")
ROWS = [("198503152010012003", "Siti Aminah", "15-03-1985", "Dinas Pendidikan"),
        ("197901012005011002", "Budi Santoso", "01-01-1979", "BKPSDM")]


@pytest.mark.parametrize("delimiter,encoding", [
    (";", "cp1252"), (",", "utf-8"), ("|", "utf-8"), ("\t", "utf-8"), (";", "utf-8-sig"),
])
def test_csv_delimiter_and_encoding_are_sniffed(tmp_path, delimiter, encoding):
    rows = [*ROWS, ("198001012005011003", "Désy Pérez", "01-01-1980", "Dinas; Kesehatan")]
    path = write_csv(tmp_path / "pegawai.csv", HEADERS, rows, delimiter=delimiter,
                     encoding=encoding)
    table = read_table(path)
    assert table.delimiter == delimiter
    assert table.headers == HEADERS
    assert [r.cells for r in table.rows][2] == rows[2]
    assert [r.number for r in table.rows] == [2, 3, 4]


def test_title_rows_above_the_header_are_skipped(tmp_path):
    titles = [("DAFTAR NOMINATIF PEGAWAI",), ("DINAS PENDIDIKAN KABUPATEN MERANGIN",), ()]
    path = write_csv(tmp_path / "daftar.csv", HEADERS, ROWS, delimiter=";", title_rows=titles)
    table = read_table(path)
    assert table.header_row == 4
    assert [r.number for r in table.rows] == [5, 6]


def test_xlsx_keeps_cell_types_and_row_numbers(tmp_path):
    rows = [("198503152010012003", "Siti Aminah", datetime(1985, 3, 15), "BKPSDM"),
            (None, None, None, None),
            ("197901012005011002", "Budi Santoso", 28856, "BKPSDM")]
    path = write_xlsx(tmp_path / "pegawai.xlsx", HEADERS, rows,
                      title_rows=[("Rekap pegawai",), ()])
    table = read_table(path)
    assert (table.sheet, table.header_row) == ("Data", 3)
    assert [r.number for r in table.rows] == [4, 6]  # the empty row 5 is skipped
    assert table.rows[0].cells[2] == datetime(1985, 3, 15)
    assert table.rows[1].cells[2] == 28856


def test_blank_and_repeated_headers_get_names(tmp_path):
    path = write_csv(tmp_path / "x.csv", ("NIP", "Nama", "", "Nama"), [("1", "a", "b", "c")],
                     delimiter=",")
    assert read_table(path).headers == ("NIP", "Nama", "(C)", "Nama (2)")
    assert column_letter(0) == "A" and column_letter(27) == "AB"


def test_the_layout_signature_ignores_column_order_and_spelling_but_not_columns(tmp_path):
    a = read_table(write_csv(tmp_path / "a.csv", HEADERS, ROWS, delimiter=","))
    moved = [tuple(reversed(r)) for r in ROWS]
    b = read_table(write_csv(tmp_path / "b.csv", ("UNIT KERJA", "tgl. lahir", "nama", "NIP"),
                             moved, delimiter=";"))
    c = read_table(write_csv(tmp_path / "c.csv", (*HEADERS, "Agama"),
                             [(*r, "Islam") for r in ROWS], delimiter=","))
    assert a.signature == b.signature != c.signature


@pytest.mark.parametrize("name,content,code", [
    ("lama.xls", b"\xd0\xcf\x11\xe0", "intake.old_xls"),
    ("data.pdf", b"%PDF", "intake.bad_type"),
    ("rusak.xlsx", b"not a zip", "intake.bad_xlsx"),
    ("kosong.csv", b"", "intake.no_header"),
    ("judul.csv", b"NIP;Nama\n", "intake.no_rows"),
])
def test_files_that_cannot_be_read_say_why(tmp_path, name, content, code):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SimpegError) as caught:
        read_table(path)
    assert caught.value.code == code
    assert name in caught.value.text("id")


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SimpegError) as caught:
        read_table(tmp_path / "tidak-ada.xlsx")
    assert caught.value.code == "intake.no_file"


def test_reading_a_workbook_reports_progress_and_can_be_cancelled(tmp_path):
    from app.jobs import Cancelled, Progress

    rows = [(f"19850315201001200{i % 10}", f"Pegawai {i}", "15-03-1985", "BKPSDM")
            for i in range(1200)]
    path = write_xlsx(tmp_path / "besar.xlsx", HEADERS, rows)
    seen: list[tuple[int, int]] = []
    read_table(path, progress=Progress(lambda done, total, _t: seen.append((done, total))))
    assert [done for done, _total in seen[:2]] == [500, 1000]
    stop = Progress(lambda done, total, _t: stop.cancel())
    with pytest.raises(Cancelled):
        read_table(path, progress=stop)
