"""UI test set-up: Indonesian by default, a private QSettings file, compiled catalogs,
cheap password hashing, and office databases made once per session and copied per test.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

# The clerks' screen: 1366×768 (the bare offscreen platform is 800×600). Set before the
# QApplication exists; tests/conftest.py has already chosen the offscreen platform.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    _SCREEN = Path(__file__).with_name("offscreen-1366x768.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest
from PySide6.QtCore import QSettings

from app.services.passwords import HashParams, set_hash_params
from ui import i18n, settings

ADMIN_PASSWORD = "Rahasia-kantor-1"


@pytest.fixture(scope="session", autouse=True)
def _compiled_catalogs():
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        import build_translations

        assert build_translations.main() == 0
    finally:
        sys.path.remove(str(scripts))


@pytest.fixture(autouse=True)
def _ui_defaults(qapp, tmp_path, monkeypatch):
    """Private settings file; Indonesian (the default language); fast Argon2id."""
    settings.configure()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    i18n.set_language("id")
    yield
    i18n.set_language("id")
    set_hash_params(previous)


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests():
    """Collect cyclic garbage only between tests, on the GUI thread, with no job running.

    Python's collector may otherwise run in the middle of a test while a worker thread is in a
    job, and tearing down the Qt wrappers of an earlier test's widgets at that moment crashed
    the process (a segfault inside "Garbage-collecting" seen once in a full run). The app has
    the same guard while jobs run (``ui.workers.gc_guard``); here it covers the whole test,
    and tests/ui/test_workers_gc.py switches collection on to test that guard.
    """
    import gc

    from ui.workers import JobRunner

    gc.disable()
    try:
        yield
    finally:
        JobRunner.shutdown_all()
        gc.collect()
        gc.enable()


@pytest.fixture(scope="session")
def _office_template(tmp_path_factory):
    """A Merangin office database with its first admin, made once per session."""
    from app.services.office import AdminSpec, init_office

    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    try:
        path = tmp_path_factory.mktemp("office") / "merangin.db"
        init_office(str(path), "15.02", admin=AdminSpec("admin", ADMIN_PASSWORD, "Admin Kantor"))
    finally:
        set_hash_params(previous)
    return path


@pytest.fixture
def office_db(_office_template, tmp_path):
    """A fresh copy of the office database for this test (a path)."""
    path = tmp_path / "merangin.db"
    shutil.copyfile(_office_template, path)
    return path


@pytest.fixture
def ctx(office_db):
    """An open ServiceContext on a fresh office database, nobody logged in."""
    from app.services.context import ServiceContext

    context = ServiceContext.open(str(office_db))
    yield context
    context.close()


@pytest.fixture
def admin_ctx(ctx):
    ctx.login("admin", ADMIN_PASSWORD)
    return ctx


def add_user(ctx, username: str, role: str, password: str = "Sandi-operator-9") -> None:
    """Add a user through the service as the admin, keeping the current login."""
    from app.services.auth import add_user as add

    current = ctx.user
    ctx.login("admin", ADMIN_PASSWORD)
    ctx.write(add, username, f"Pengguna {username.title()}", role, password)
    ctx.set_user(current)


@pytest.fixture
def operator_ctx(ctx):
    add_user(ctx, "budi", "operator")
    ctx.login("budi", "Sandi-operator-9")
    return ctx


def submit(qtbot, dialog) -> None:
    """Click the dialog's main button and wait until its service call has finished."""
    from PySide6.QtCore import Qt

    qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
