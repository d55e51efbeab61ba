"""The Linux build, smoke-tested: ``installer/build.py`` makes the one-folder bundle, whose
``simpeg-gui --self-test`` passes offscreen and whose ``simpeg`` creates and checks an office
database from the migrations shipped inside it.

The build takes about a minute on 2 cores, so it runs in every full test run (CI included);
``pytest -m "not slow"`` leaves it out while working on something else. It needs PyInstaller
(a dev dependency): missing, the test is skipped on a developer machine and fails in CI.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from installer import build

ROOT = Path(__file__).resolve().parents[2]


def test_version_comes_from_the_app_package():
    import app

    assert build.version() == app.__version__


@pytest.mark.parametrize(("text", "windows"), [
    ("0.1.0", "0.1.0.0"), ("1.2.3rc1", "1.2.3.0"), ("2", "2.0.0.0"), ("1.4.2+local", "1.4.2.0"),
])
def test_windows_versions_have_four_numbers(text, windows):
    assert build.windows_version(text) == windows


def test_a_version_without_numbers_is_refused():
    with pytest.raises(build.BuildError):
        build.windows_version("dev")


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows installer is built on Windows")
def test_the_windows_installer_is_refused_on_linux_in_one_line(capsys, tmp_path):
    assert build.main(["--installer", "--dist", str(tmp_path / "dist"),
                       "--work", str(tmp_path / "work")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "run it on Windows" in err
    assert not (tmp_path / "dist").exists()


def _run(command: list[str], **kw) -> subprocess.CompletedProcess:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, **kw)


@pytest.mark.slow
def test_the_bundle_builds_and_passes_its_self_test(tmp_path):
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("CI"):
            pytest.fail("PyInstaller is missing in CI: install the dev extras (.[dev])")
        pytest.skip("PyInstaller is not installed (pip install -e '.[dev]')")
    dist, work = tmp_path / "dist", tmp_path / "work"
    built = _run([sys.executable, ROOT / "installer" / "build.py", "--dist", dist,
                  "--work", work], cwd=ROOT, timeout=900)
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    folder = dist / "simpeg-luring"
    exe = ".exe" if sys.platform == "win32" else ""
    shipped = folder / "_internal"
    assert (shipped / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (shipped / "resources" / "i18n" / "simpeg_id.qm").is_file()
    assert not list(shipped.rglob("*.ts"))  # translation sources stay home
    assert (shipped / "app" / "db" / "migrations" / "env.py").is_file()
    assert not list(shipped.rglob("*QtWebEngine*")) and not list(shipped.rglob("*Qt6Quick*"))

    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SIMPEG_HOME": str(home)}
    checked = _run([folder / f"simpeg-gui{exe}", "--self-test"], env=env, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Lulus (passed): 8 dari 8 pemeriksaan." in checked.stdout
    assert list(home.iterdir()) == []  # the self-test used its own temporary folder

    db = tmp_path / "kantor.db"
    env["SIMPEG_PASSWORD"] = "kopi-tubruk-pagi"
    made = _run([folder / f"simpeg{exe}", "--db", db, "init", "--office", "15.02",
                 "--admin-user", "admin1"], env=env, timeout=300)
    assert made.returncode == 0, made.stderr
    assert "BKPSDM Kabupaten Merangin" in made.stdout
    checked = _run([folder / f"simpeg{exe}", "--db", db, "check"], env=env, timeout=300)
    assert checked.returncode == 0, checked.stderr
