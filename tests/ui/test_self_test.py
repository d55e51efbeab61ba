"""``simpeg-gui --self-test``: one line per check, exit 0 only when every check passed, and
nothing written outside a temporary folder. (The built bundle runs it in
tests/core/test_installer_build.py.)"""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pyrage
import pytest

from ui import main as gui_main
from ui import self_test
from ui.self_test import run_self_test

CHECKS = ["qt", "fonts", "translations", "pages", "database", "pdf", "crypto", "postgresql"]


def report() -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_self_test(out)
    return code, out.getvalue().splitlines()


def status(lines: list[str]) -> dict[str, str]:
    """check name -> "OK"/"GAGAL", from the report lines."""
    found = {}
    for line in lines[1:-1]:
        word, name = line.split()[:2]
        found[name] = word
    return found


def test_every_check_passes_in_a_checkout_with_one_line_each():
    code, lines = report()
    assert code == 0, "\n".join(lines)
    assert lines[0] == f"SIMPEG Luring {self_test.__version__} - uji mandiri (self-test)"
    assert status(lines) == dict.fromkeys(CHECKS, "OK")
    assert lines[-1] == f"Lulus (passed): {len(CHECKS)} dari {len(CHECKS)} pemeriksaan."
    database = next(line for line in lines if line.split()[1] == "database")
    assert "employee saved and read back" in database
    assert all(line.isascii() for line in lines)  # any Windows console can show it


def test_the_users_data_folder_is_never_touched(_isolated_home):
    before = os.environ["SIMPEG_HOME"]
    code, _ = report()
    assert code == 0
    assert os.environ["SIMPEG_HOME"] == before
    assert list(_isolated_home.iterdir()) == []


def test_missing_shipped_files_fail_the_checks_that_need_them(monkeypatch, tmp_path):
    monkeypatch.setattr(self_test, "resources_dir", lambda: tmp_path / "resources")
    code, lines = report()
    assert code == 1
    found = status(lines)
    assert {name for name, word in found.items() if word == "GAGAL"} == {
        "fonts", "translations", "pdf"}
    fonts = next(line for line in lines if line.split()[1] == "fonts")
    assert "DejaVuSans.ttf is missing from this installation" in fonts
    assert lines[-1] == "GAGAL (failed): 3 dari 8 pemeriksaan: fonts, translations, pdf"


def test_a_broken_encryption_round_trip_is_caught(monkeypatch):
    monkeypatch.setattr(pyrage, "decrypt", lambda data, identities: b"bukan pesan aslinya")
    code, lines = report()
    assert code == 1
    assert status(lines)["crypto"] == "GAGAL"
    assert "age encrypt/decrypt round trip failed" in next(
        line for line in lines if line.split()[1] == "crypto")


def test_a_database_failure_names_the_check_and_the_reason(monkeypatch):
    from app.errors import SimpegError
    from app.services import office

    def refuse(*_a, **_k):
        raise SimpegError("office.unknown", office="15.99", known="15.02")

    monkeypatch.setattr(office, "init_office", refuse)
    code, lines = report()
    assert code == 1 and status(lines)["database"] == "GAGAL"
    line = next(line for line in lines if line.split()[1] == "database")
    assert "SimpegError: Kode kantor '15.99' tidak dikenal" in line


def test_the_flag_runs_it_from_the_gui_entry_point(capsys):
    assert gui_main.main(["--self-test"]) == 0
    assert "Lulus (passed)" in capsys.readouterr().out


def test_no_stdout_as_in_the_windowed_windows_program_is_no_crash(monkeypatch):
    stdout = sys.stdout
    monkeypatch.setattr(sys, "stdout", None)
    code = run_self_test()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert code == 0, "\n".join(report()[1])  # what went wrong, from a second run


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="display detection is Linux's")
def test_without_a_display_it_draws_offscreen_by_itself(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SIMPEG_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "ui.main", "--self-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "platform offscreen" in done.stdout and "Lulus (passed)" in done.stdout
    assert list(tmp_path.iterdir()) == []
