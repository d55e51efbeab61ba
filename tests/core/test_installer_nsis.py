"""The Windows installer script (installer/windows/simpeg.nsi): it compiles with makensis
(warnings are errors) around a dummy payload, it needs the version from the build script, every
text exists in Bahasa Indonesia and English, and the uninstaller never removes the office data.

makensis comes from the Debian package ``nsis`` (scripts/system-packages.sh test): without it
the compile tests are skipped on a developer machine and fail in CI. The real installer is built
on Windows by .github/workflows/ci.yml.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from installer import build

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "simpeg.nsi"


@pytest.fixture
def makensis() -> str:
    try:
        return build.find_makensis()
    except build.BuildError as exc:
        if os.environ.get("CI"):
            pytest.fail(f"{exc} (CI: scripts/system-packages.sh test installs nsis)")
        pytest.skip(str(exc))


def test_the_script_compiles_around_a_dummy_payload(makensis, tmp_path):
    setup = build.check_nsis(tmp_path)
    data = setup.read_bytes()
    assert data[:2] == b"MZ" and len(data) > 50_000  # a Windows program with its payload
    assert b"Nullsoft" in data


def test_without_the_version_the_script_refuses_to_compile(makensis, tmp_path):
    payload = build.dummy_payload(tmp_path / "payload")
    done = subprocess.run([makensis, "-V2", f"-DSOURCE_DIR={payload}",
                           f"-DOUTFILE={tmp_path / 'x.exe'}", str(SCRIPT)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "VERSION is not defined" in done.stdout + done.stderr
    assert not (tmp_path / "x.exe").exists()


def _text() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def test_every_text_is_in_indonesian_and_english():
    found: dict[str, set[str]] = {}
    for name, lang in re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", _text(), re.MULTILINE):
        found.setdefault(name, set()).add(lang)
    assert found, "no LangString in the script"
    assert {name: langs for name, langs in found.items()
            if langs != {"INDONESIAN", "ENGLISH"}} == {}
    used = set(re.findall(r"\$\((\w+)\)", _text()))
    assert used <= set(found), f"used but not defined: {used - set(found)}"
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', _text(), re.MULTILINE)
    assert languages == ["Indonesian", "English"]  # the first one is the default


def test_the_uninstaller_removes_program_files_only():
    uninstall = _text().split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
    removals = [line.strip() for line in uninstall.splitlines()
                if line.strip().startswith(("RMDir", "Delete "))]
    assert removals, "the uninstaller removes nothing?"
    for line in removals:
        assert "APPDATA" not in line.upper() and "simpeg-luring" not in line, line
        if line.startswith("RMDir /r"):
            assert line == 'RMDir /r "$INSTDIR\\_internal"', line  # never the whole folder
    assert "%LOCALAPPDATA%\\${APP_SLUG}" in _text()  # and the user is told where the data is


def test_shortcuts_in_the_start_menu_and_on_the_desktop():
    shortcuts = re.findall(r'CreateShortcut "([^"]+)"', _text())
    assert "$SMPROGRAMS\\${APP_NAME}\\${APP_NAME}.lnk" in shortcuts
    assert "$DESKTOP\\${APP_NAME}.lnk" in shortcuts
