"""``simpeg intake FILE [--dry-run] [--mapping JSON] [--review F] [--json]``."""

from __future__ import annotations

import json
import sqlite3

import pytest

from app.cli import main
from app.errors import set_language
from app.services.passwords import HashParams, set_hash_params
from tests.core.intake.fixtures.sheets import SIASN_HEADERS, siasn_people, write_csv


@pytest.fixture(autouse=True)
def _fast_hashing():
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    yield
    set_hash_params(previous)
    set_language("id")


def simpeg(capsys, *argv):
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(tmp_path, capsys):
    db = tmp_path / "kantor.db"
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.02",
                          "--admin-user", "admin1", "--admin-password", "kopi-tubruk-pagi")
    assert code == 0, err
    return db


@pytest.fixture
def export(tmp_path):
    people = siasn_people(6, seed=3)
    people[2]["NIP BARU"] = "19850315201001200"  # 17 digits
    return write_csv(tmp_path / "siasn.csv", SIASN_HEADERS, people)


def employees(db) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM employee").fetchone()[0]


def test_dry_run_prints_the_preview_and_changes_nothing(office, export, capsys, tmp_path):
    review = tmp_path / "review.xlsx"
    code, out, err = simpeg(capsys, "--db", office, "intake", export, "--dry-run",
                            "--review", review)
    assert (code, err) == (0, "")
    assert "Pegawai baru 5 · berubah 0 · tidak berubah 0 · bermasalah 1" in out
    assert "unit kerja baru:" in out and "jabatan baru:" in out
    line = next(x for x in out.splitlines() if x.startswith("4 "))
    assert "NIP BARU" in line and "NIP harus 18 digit; yang diisi 17 digit." in line
    assert "Pratinjau saja: tidak ada yang diubah." in out
    assert review.is_file() and employees(office) == 0


def test_apply_backs_up_then_applies_and_a_second_run_has_nothing_to_apply(office, export, capsys):
    code, out, _ = simpeg(capsys, "--db", office, "intake", export)
    assert code == 0
    assert "Diterapkan: 5 pegawai baru, 0 diperbarui, 15 riwayat" in out
    backup = next(x for x in out.splitlines() if x.startswith("Cadangan sebelum impor: "))
    assert backup.endswith("-before-intake.db")
    assert employees(office) == 5
    code, out, err = simpeg(capsys, "--db", office, "intake", export)
    assert "tidak berubah 5 · bermasalah 1" in out
    assert code == 1 and "Tidak ada baris yang dapat diterapkan" in err  # row 4 still bad


def test_json_output(office, export, capsys):
    code, out, _ = simpeg(capsys, "--db", office, "--json", "intake", export, "--dry-run")
    data = json.loads(out)
    assert code == 0
    assert data["counts"] == {"new": 5, "changed": 0, "unchanged": 0, "bad": 1}
    assert data["mapping"]["NIP BARU"] == "nip" and data["applied"] is None
    assert [(e["row"], e["column"], e["code"]) for e in data["errors"]] == [
        (4, "NIP BARU", "nip.length")]


def test_nothing_applicable_exits_non_zero_with_one_line(office, tmp_path, capsys):
    path = write_csv(tmp_path / "rusak.csv", ("NIP", "Nama"), [("123", "A"), ("456", "B")],
                     delimiter=";")
    code, out, err = simpeg(capsys, "--db", office, "intake", path)
    assert code == 1
    assert err.strip() == ("simpeg: Tidak ada baris yang dapat diterapkan: 2 baris "
                           "bermasalah, 0 tidak berubah.")
    assert "Baris bermasalah" in out


def test_mapping_option_names_the_nip_column(office, tmp_path, capsys):
    person = siasn_people(1, seed=5)[0]
    path = write_csv(tmp_path / "lokal.csv", ("Nomor Pegawai", "Nama"),
                     [(person["NIP BARU"], "Siti Aminah")], delimiter=",")
    code, _, err = simpeg(capsys, "--db", office, "intake", path, "--dry-run")
    assert code == 1 and "Kolom NIP belum dipilih" in err
    code, out, err = simpeg(capsys, "--db", office, "intake", path,
                            "--mapping", '{"Nomor Pegawai": "nip"}')
    assert (code, err) == (0, ""), out
    assert employees(office) == 1, out


def test_an_unreadable_file_is_one_line(office, tmp_path, capsys):
    path = tmp_path / "lama.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0")
    code, _, err = simpeg(capsys, "--db", office, "intake", path)
    assert code == 1
    assert err.count("\n") == 1 and "format Excel lama" in err
