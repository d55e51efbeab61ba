"""The ``simpeg`` command line: exit codes, one-line reasons on stderr, data on stdout."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import types

import pytest

from app.cli import main
from app.errors import set_language
from app.services.passwords import HashParams, set_hash_params

PASSWORD = "kopi-tubruk-pagi"


@pytest.fixture(autouse=True)
def _fast_hashing_and_language():
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    yield
    set_hash_params(previous)
    set_language("id")


@pytest.fixture
def db(tmp_path):
    return tmp_path / "kantor.db"


def simpeg(capsys, *argv):
    """Run ``simpeg argv`` in-process: (exit code, stdout, stderr)."""
    try:
        code = main([str(a) for a in argv])
    except SystemExit as exc:  # argparse
        code = exc.code
    out = capsys.readouterr()
    return code, out.out, out.err


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {err!r}"
    return lines[0]


@pytest.fixture
def office(db, capsys):
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.02",
                          "--admin-user", "admin1", "--admin-password", PASSWORD)
    assert code == 0, err
    return db


# --- arguments --------------------------------------------------------------------------------


def test_no_command_is_a_usage_error_in_one_indonesian_line(capsys):
    code, out, err = simpeg(capsys)
    assert code == 2 and out == ""
    assert "argumen wajib belum diisi" in one_line(err)


@pytest.mark.parametrize("argv,needle", [
    (["terbang"], "pilihan 'terbang' tidak ada"),
    (["init"], "argumen wajib belum diisi: --office"),
    (["users", "add", "budi", "--role", "raja", "--name", "B"], "pilihan 'raja' tidak ada"),
    (["demo", "--employees", "banyak"], "nilai 'banyak' tidak sah"),
    (["check", "--tidak-ada"], "argumen tidak dikenal: --tidak-ada"),
])
def test_bad_arguments_exit_2_with_one_line(capsys, argv, needle):
    code, _, err = simpeg(capsys, *argv)
    assert code == 2
    assert needle in one_line(err)


def test_english_messages_with_lang_en(capsys, tmp_path):
    code, _, err = simpeg(capsys, "--lang", "en", "--db", tmp_path / "x.db", "check")
    assert code == 1
    assert "does not exist" in one_line(err)


def test_global_options_may_follow_the_command(capsys, office):
    code, out, _ = simpeg(capsys, "users", "list", "--db", office, "--json")
    assert code == 0 and json.loads(out)[0]["username"] == "admin1"


# --- init -------------------------------------------------------------------------------------


def test_init_creates_the_office_and_first_admin(capsys, db):
    code, out, err = simpeg(capsys, "--db", db, "init", "--office", "15.02", "--admin-user",
                            "admin1", "--admin-password", PASSWORD)
    assert (code, err) == (0, "")
    assert "BKPSDM Kabupaten Merangin (15.02)" in out and "admin1" in out
    code, out, _ = simpeg(capsys, "--db", db, "--json", "users", "list")
    assert [u["username"] for u in json.loads(out)] == ["admin1"]


def test_init_refuses_an_unknown_office_and_writes_nothing(capsys, db):
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "16.01")
    assert code == 1
    line = one_line(err)
    assert "Kode kantor '16.01' tidak dikenal" in line and "15.72" in line
    assert not db.exists()


def test_init_refuses_a_database_that_already_holds_data(capsys, office):
    before = office.read_bytes()
    code, _, err = simpeg(capsys, "--db", office, "init", "--office", "15.03")
    assert code == 1 and "sudah berisi data" in one_line(err)
    assert office.read_bytes() == before


def test_init_refuses_a_weak_admin_password(capsys, db):
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.02", "--admin-user",
                          "admin1", "--admin-password", "admin123")
    assert code == 1 and "terlalu mudah ditebak" in one_line(err)


def test_init_password_comes_from_the_environment(capsys, db, monkeypatch):
    monkeypatch.setenv("SIMPEG_PASSWORD", PASSWORD)
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.71",
                          "--admin-user", "admin1")
    assert code == 0, err


def test_init_without_any_password_source_says_how_to_give_one(capsys, db, monkeypatch):
    monkeypatch.delenv("SIMPEG_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", open(os.devnull)) # noqa: SIM115 - not a terminal
    code, _, err = simpeg(capsys, "--db", db, "init", "--office", "15.71",
                          "--admin-user", "admin1")
    assert code == 1 and "SIMPEG_PASSWORD" in one_line(err)
    assert not db.exists()


# --- users ------------------------------------------------------------------------------------


def test_users_add_disable_enable_reset(capsys, office):
    code, out, err = simpeg(capsys, "--db", office, "users", "add", "budi", "--name",
                            "Budi Santoso", "--role", "operator", "--password", "budi-sandi-9")
    assert code == 0, err
    assert "budi (Operator)" in out
    code, out, _ = simpeg(capsys, "--db", office, "users", "disable", "budi")
    assert code == 0 and "dinonaktifkan" in out
    code, out, _ = simpeg(capsys, "--db", office, "--json", "users", "list")
    assert {u["username"]: u["active"] for u in json.loads(out)} == {"admin1": True,
                                                                    "budi": False}
    assert simpeg(capsys, "--db", office, "users", "enable", "budi")[0] == 0
    code, out, _ = simpeg(capsys, "--db", office, "users", "reset-password", "budi",
                          "--password", "sandi-baru-budi")
    assert code == 0 and "wajib diganti" in out
    code, out, _ = simpeg(capsys, "--db", office, "users", "list")
    assert "Budi Santoso" in out and "Operator" in out


def test_users_add_with_bad_input_fails_in_one_line_and_changes_nothing(capsys, office):
    before = simpeg(capsys, "--db", office, "--json", "users", "list")[1]
    code, _, err = simpeg(capsys, "--db", office, "users", "add", "admin1", "--name", "X",
                          "--role", "operator", "--password", "x")
    assert code == 1
    line = one_line(err)
    assert "sudah dipakai" in line and "minimal 8 karakter" in line
    assert simpeg(capsys, "--db", office, "--json", "users", "list")[1] == before


def test_users_of_an_unknown_name(capsys, office):
    code, _, err = simpeg(capsys, "--db", office, "users", "disable", "hantu")
    assert code == 1 and "Pengguna hantu tidak ada" in one_line(err)


def test_users_on_a_missing_database(capsys, db):
    code, _, err = simpeg(capsys, "--db", db, "users", "list")
    assert code == 1 and "simpeg init --office" in one_line(err)
    assert not db.exists()


# --- check, digest, backup, restore -----------------------------------------------------------


def test_check_ok_then_tampered_audit_is_named(capsys, office):
    code, out, err = simpeg(capsys, "--db", office, "check")
    assert (code, err) == (0, "")
    assert "Log audit utuh" in out
    with sqlite3.connect(office) as conn:
        conn.execute("UPDATE audit_log SET username = 'orang lain' WHERE seq = 2")
    conn.close()
    code, out, err = simpeg(capsys, "--db", office, "check")
    assert code == 1
    assert "entri nomor 2 telah diubah" in one_line(err)
    assert "[RUSAK]" in out


def test_check_json(capsys, office):
    code, out, _ = simpeg(capsys, "--db", office, "--json", "check")
    data = json.loads(out)
    assert code == 0 and data["audit"]["ok"] is True and data["backend"] == "sqlite"


def test_digest_json_and_office_filter(capsys, office):
    code, out, _ = simpeg(capsys, "--db", office, "--json", "digest")
    whole = json.loads(out)
    assert code == 0 and len(whole["sha256"]) == 64 and "15.02" in whole["offices"]
    code, out, err = simpeg(capsys, "--db", office, "--json", "digest", "--office", "1502")
    part = json.loads(out)
    assert list(part["offices"]) == ["15.02"]
    assert part["offices"]["15.02"] == whole["offices"]["15.02"]
    assert "[100%]" in err  # progress on stderr, never mixed into the data


def test_backup_then_restore_needs_yes_without_a_terminal(capsys, office, tmp_path,
                                                          monkeypatch):
    code, out, err = simpeg(capsys, "--db", office, "--json", "backup", "--out", tmp_path / "usb")
    assert code == 0, err
    backup = json.loads(out)["path"]
    assert backup.endswith("-manual.db") and os.path.exists(backup)
    simpeg(capsys, "--db", office, "users", "add", "budi", "--name", "Budi", "--role",
           "operator", "--password", "budi-sandi-9")
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - not a terminal
    code, _, err = simpeg(capsys, "--db", office, "restore", backup)
    assert code == 1 and "--yes" in one_line(err)
    code, out, err = simpeg(capsys, "--db", office, "restore", backup, "--yes")
    assert code == 0, err
    assert "Dipulihkan" in out and "before-restore" in out
    code, out, _ = simpeg(capsys, "--db", office, "--json", "users", "list")
    assert [u["username"] for u in json.loads(out)] == ["admin1"]


def test_restore_refuses_a_damaged_file(capsys, office, tmp_path):
    damaged = tmp_path / "rusak.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = office.read_bytes()
    code, _, err = simpeg(capsys, "--db", office, "restore", damaged, "--yes")
    assert code == 1 and "rusak" in one_line(err)
    assert office.read_bytes() == before


def test_backup_of_postgresql_points_at_pg_dump(capsys):
    code, _, err = simpeg(capsys, "--db", "postgresql+psycopg://u@127.0.0.1:1/x", "backup")
    assert code == 1 and "pg_dump" in one_line(err)


# --- demo -------------------------------------------------------------------------------------


def test_demo_without_the_generator_says_so(capsys, db, monkeypatch):
    monkeypatch.setitem(sys.modules, "app.demo", None)  # import fails like a missing module
    code, _, err = simpeg(capsys, "--db", db, "demo")
    assert code == 1 and "belum terpasang" in one_line(err)
    assert not db.exists()


def test_demo_sets_up_the_demo_office_and_calls_the_generator(capsys, db, monkeypatch):
    calls = []

    def generate(factory, *, employees, seed, progress):
        calls.append((employees, seed))
        progress.step(1, 1, "selesai")
        return {"employees": employees}

    monkeypatch.setitem(sys.modules, "app.demo", types.SimpleNamespace(generate=generate))
    code, out, err = simpeg(capsys, "--db", db, "demo", "--employees", "25", "--seed", "7")
    assert code == 0, err
    assert calls == [(25, 7)]
    assert "Kabupaten Merangin" in err and "25 pegawai" in out


# --- the console script -----------------------------------------------------------------------


def test_console_script_exit_code_and_one_line_stderr(tmp_path):
    env = {**os.environ, "SIMPEG_HOME": str(tmp_path / "home")}
    missing = tmp_path / "tidak-ada.db"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(missing), "check"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 1
    assert proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1
    assert proc.stderr.startswith("simpeg: Basis data") and "tidak ada" in proc.stderr


def test_unexpected_errors_are_one_line_too(capsys, office, monkeypatch):
    from app.services import integrity

    def boom(db):
        raise RuntimeError("sesuatu\nyang aneh")

    monkeypatch.setattr(integrity, "check", boom)
    code, _, err = simpeg(capsys, "--db", office, "check")
    assert code == 1
    assert one_line(err) == "simpeg: Kesalahan tak terduga (RuntimeError): sesuatu yang aneh"
