"""simpeg-gui start-up: no display, arguments, demo office, first admin, login loop."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from app.config import app_paths
from app.demo_accounts import DemoAccount
from app.services.context import ServiceContext
from tests.ui.conftest import ADMIN_PASSWORD, add_user
from ui import main as gui_main
from ui import startup
from ui.dialogs import messages
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.login_dialog import LoginDialog


def _args(**kw) -> argparse.Namespace:
    base = {"db": None, "demo": False, "user": None, "lang": None}
    return argparse.Namespace(**{**base, **kw})


# -- no display, arguments ---------------------------------------------------------------------

def test_display_problem_only_on_linux_without_a_display_server():
    assert gui_main.display_problem({}, "linux").startswith("simpeg-gui: tidak ada layar")
    assert gui_main.display_problem({}, "linux", lang="en").startswith("simpeg-gui: no display")
    assert gui_main.display_problem({"DISPLAY": ":0"}, "linux") is None
    assert gui_main.display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert gui_main.display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert gui_main.display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux") is not None
    assert gui_main.display_problem({}, "win32") is None


def test_gui_without_display_exits_with_one_line_instead_of_aborting(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["SIMPEG_HOME"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "ui.main", "--demo"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "tidak ada layar" in done.stderr


def test_user_needs_demo_and_a_known_demo_account(capsys):
    with pytest.raises(SystemExit):
        gui_main.parse_args(["--user", "admin"])
    with pytest.raises(SystemExit):
        gui_main.parse_args(["--demo", "--user", "kepala"])
    with pytest.raises(SystemExit):
        gui_main.parse_args(["--demo", "--db", "x.db"])
    args = gui_main.parse_args(["--demo", "--user", "operator", "--lang", "en"])
    assert (args.demo, args.user, args.lang) == (True, "operator", "en")


# -- the session loop --------------------------------------------------------------------------

@pytest.fixture
def no_event_loop(monkeypatch):
    """QApplication.exec returns at once; records the window each session showed."""
    seen: list[dict] = []
    holder: dict = {}

    def fake_exec():
        window = holder["startup"].window
        seen.append({"user": window.findChild(QLabel, "status.user").text(),
                     "visible": window.isVisible()})
        if holder.get("log_out"):
            window.act_logout.trigger()  # Berkas ▸ Keluar akun
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    return seen, holder


def _login_as(username, password, calls: list):
    def ask(ctx, parent=None, *, demo=False):
        calls.append(demo)
        if len(calls) > 1:
            return None  # the second time the clerk closes the login window
        return ctx.login(username, password)
    return ask


def test_open_login_and_main_window(monkeypatch, office_db, no_event_loop):
    seen, holder = no_event_loop
    calls: list = []
    monkeypatch.setattr(LoginDialog, "ask", staticmethod(_login_as("admin", ADMIN_PASSWORD,
                                                                    calls)))
    boot = startup.Startup(_args(db=str(office_db)), startup.UiSettings())
    holder["startup"] = boot
    assert boot.run() == 0
    assert seen == [{"user": "Pengguna: Admin Kantor (Admin)", "visible": True}]
    assert calls == [False]  # not a demo: no demo accounts on the login screen


def test_logout_returns_to_the_login(monkeypatch, office_db, no_event_loop):
    seen, holder = no_event_loop
    calls: list = []
    monkeypatch.setattr(LoginDialog, "ask", staticmethod(_login_as("admin", ADMIN_PASSWORD,
                                                                    calls)))
    boot = startup.Startup(_args(db=str(office_db)), startup.UiSettings())
    holder.update(startup=boot, log_out=True)
    assert boot.run() == 0
    assert len(seen) == 1 and calls == [False, False]  # logged out, asked again, gave up


def test_a_new_user_must_change_the_password_first(monkeypatch, office_db, no_event_loop):
    from ui.dialogs.change_password_dialog import ChangePasswordDialog

    with ServiceContext.open(str(office_db)) as ctx:
        add_user(ctx, "budi", "operator")
    seen, holder = no_event_loop
    calls: list = []
    forced_calls: list = []
    monkeypatch.setattr(LoginDialog, "ask",
                        staticmethod(_login_as("budi", "Sandi-operator-9", calls)))
    def refuse(ctx, parent=None, *, forced=False):
        forced_calls.append(forced)
        return None

    monkeypatch.setattr(ChangePasswordDialog, "ask", staticmethod(refuse))
    boot = startup.Startup(_args(db=str(office_db)), startup.UiSettings())
    holder["startup"] = boot
    assert boot.run() == 0
    assert forced_calls == [True] and seen == []  # refused to change: back to the login, no window


def test_fresh_database_asks_for_the_first_admin(qtbot, monkeypatch, tmp_path, no_event_loop):
    from app.services.office import init_office

    path = tmp_path / "baru.db"
    init_office(str(path), "15.05")

    def ask(ctx, parent=None):
        dialog = FirstAdminDialog(ctx, parent)
        qtbot.addWidget(dialog)
        for field, text in (("username", "kepala.bkpsdm"), ("full_name", "Kepala BKPSDM"),
                            ("password", "Batanghari-2025"), ("confirm", "Batanghari-2025")):
            qtbot.keyClicks(dialog.findChild(QLineEdit, f"first_admin.{field}"), text)
        with qtbot.waitSignal(dialog.accepted, timeout=10_000):
            qtbot.mouseClick(dialog.submit_button, Qt.MouseButton.LeftButton)
        return dialog.created

    monkeypatch.setattr(FirstAdminDialog, "ask", staticmethod(ask))
    monkeypatch.setattr(LoginDialog, "ask", staticmethod(lambda *a, **k: None))
    assert startup.Startup(_args(db=str(path)), startup.UiSettings()).run() == 0
    with ServiceContext.open(str(path)) as ctx:
        assert not ctx.needs_first_admin()
        assert ctx.login("kepala.bkpsdm", "Batanghari-2025").role == "admin"


def test_missing_database_given_with_db_is_reported(monkeypatch, tmp_path):
    warnings: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda _p, _t, text: warnings.append(text))
    missing = tmp_path / "tidak-ada.db"
    assert startup.Startup(_args(db=str(missing)), startup.UiSettings()).run() == 1
    assert warnings and "tidak ada" in warnings[0] and not missing.exists()


# -- the demo office ---------------------------------------------------------------------------

def test_demo_without_generator_says_so(monkeypatch):
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(startup, "demo_generator_available", lambda: False)
    monkeypatch.setattr(messages, "warn", lambda _p, title, text: warnings.append((title, text)))
    assert startup.Startup(_args(demo=True), startup.UiSettings()).run() == 1
    assert warnings == [("Kantor demo", "Versi SIMPEG Luring ini belum memiliki pembuat data "
                         "demo, sehingga kantor demo tidak dapat dibuat. Buka basis data kantor "
                         "dengan --db.")]


def test_demo_is_generated_once_with_progress_and_user_logs_in(monkeypatch, no_event_loop):
    from app.services.office import AdminSpec, init_office

    made: list[str] = []

    def fake_generate(path, progress):
        progress.step(1, 2, "Membuat kantor")
        init_office(str(path), "15.02", admin=AdminSpec("admin", ADMIN_PASSWORD, "Admin Demo"))
        progress.step(2, 2, "Selesai")
        made.append(str(path))

    monkeypatch.setattr(startup, "demo_generator_available", lambda: True)
    monkeypatch.setattr(startup, "generate_demo", fake_generate)
    monkeypatch.setattr(startup, "demo_account", lambda name: DemoAccount(
        "admin", ADMIN_PASSWORD, "admin", "Admin Demo"))
    seen, holder = no_event_loop
    boot = startup.Startup(_args(demo=True, user="admin"), startup.UiSettings())
    holder["startup"] = boot
    assert boot.run() == 0
    demo_db = app_paths().demo_db
    assert made == [str(demo_db) + ".part"] and demo_db.exists()
    assert not demo_db.with_name(demo_db.name + ".part").exists()
    assert seen == [{"user": "Pengguna: Admin Demo (Admin)", "visible": True}]
    boot2 = startup.Startup(_args(demo=True, user="admin"), startup.UiSettings())
    holder["startup"] = boot2
    assert boot2.run() == 0 and len(made) == 1  # the second start reuses the demo office


def test_generate_demo_prepares_the_office_and_calls_the_generator(monkeypatch, tmp_path):
    import types

    from app.jobs import Progress

    calls: list[dict] = []

    def generate(factory, *, employees, seed, progress):
        with factory() as session:
            calls.append({"employees": employees, "seed": seed, "bound": session.get_bind()
                          is not None})
        progress.step(1, 1, "selesai")

    monkeypatch.setitem(sys.modules, "app.demo", types.SimpleNamespace(generate=generate))
    steps: list[tuple] = []
    path = tmp_path / "demo.db"
    startup.generate_demo(path, Progress(lambda *a: steps.append(a)))
    assert calls == [{"employees": 3000, "seed": None, "bound": True}]
    assert steps == [(1, 1, "selesai")]
    with ServiceContext.open(str(path)) as ctx:
        assert (ctx.office_code, ctx.office_name) == ("15.02", "BKPSDM Kabupaten Merangin")
