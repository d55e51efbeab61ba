"""Test set-up shared by every suite.

Qt must never try to open a display in tests: the offscreen platform is set before anything
imports Qt (without it a test run with no display aborts with exit 134).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own SIMPEG_HOME: never the user's real data folder."""
    home = tmp_path_factory.mktemp("simpeg-home")
    monkeypatch.setenv("SIMPEG_HOME", str(home))
    yield home
