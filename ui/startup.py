"""From the command line to a logged-in main window, and back to the login after *Keluar akun*.

Opening a database (it may migrate after a backup) and creating the demo office run in a
worker with a progress dialog. A missing default database on a fresh install leads to the
new-office dialog; an empty office database to the first-admin dialog. A damaged database is
caught before it is opened (:mod:`ui.dialogs.integrity_startup`) with the way out.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from app.config import app_paths
from app.demo_accounts import DEMO_EMPLOYEES, DEMO_OFFICE_CODE, demo_account
from app.errors import SimpegError
from app.jobs import Cancelled, Progress
from app.services.auth import CurrentUser
from app.services.context import ServiceContext
from app.services.office import init_office
from ui.dialogs import messages
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.first_admin_dialog import FirstAdminDialog
from ui.dialogs.integrity_startup import checked_database
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.new_office_dialog import NewOfficeDialog
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.workers import error_text, run_blocking


def demo_generator_available() -> bool:
    """Whether this build has the demo generator (``app.demo.generate``)."""
    try:
        demo = importlib.import_module("app.demo")
    except ModuleNotFoundError as exc:
        if exc.name != "app.demo":
            raise  # app.demo exists but something it needs is missing: a real error
        return False
    return callable(getattr(demo, "generate", None))


def generate_demo(path: Path, progress: Progress) -> None:
    """Create the demo office at ``path`` the way ``simpeg demo`` does: the Merangin office
    first, then ``app.demo.generate(factory, employees=, seed=, progress=)`` fills it (demo
    accounts included, :mod:`app.demo_accounts`)."""
    demo = importlib.import_module("app.demo")
    init_office(str(path), DEMO_OFFICE_CODE)
    with ServiceContext.open(str(path)) as ctx:
        demo.generate(ctx.factory, employees=DEMO_EMPLOYEES, seed=None, progress=progress)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


class Startup(QObject):
    def __init__(self, args: argparse.Namespace, settings: UiSettings) -> None:
        super().__init__()
        self.args = args
        self.settings = settings
        self.window: MainWindow | None = None

    # -- which database --------------------------------------------------------------------
    def database(self) -> str | None:
        """The database to open (creating the demo or a new office first), or None to stop."""
        if self.args.demo:
            return self._demo_database()
        if self.args.db:
            return self.args.db
        path = app_paths().ensure().default_db
        if path.exists():
            return str(path)
        return NewOfficeDialog.ask(str(path))

    def _demo_database(self) -> str | None:
        path = app_paths().ensure().demo_db
        if path.exists():
            return str(path)
        if not demo_generator_available():
            messages.warn(None, self.tr("Demo office"), self.tr(
                "This version of SIMPEG Luring has no demo data generator yet, so the demo "
                "office cannot be created. Open an office database with --db instead."))
            return None
        partial = path.with_name(path.name + ".part")
        _remove_database(partial)
        _remove_database(path)  # stale -wal/-shm of an earlier, deleted demo
        try:
            run_blocking(
                None, lambda progress: generate_demo(partial, progress),
                title=self.tr("Creating the demo office"),
                label=self.tr("Filling the demo office of Kabupaten Merangin with about %1 "
                              "employees…").replace("%1", f"{DEMO_EMPLOYEES:,}".replace(",", ".")),
            )
        except Cancelled:
            _remove_database(partial)
            return None
        except Exception as exc:
            _remove_database(partial)
            messages.warn(None, self.tr("Demo office"), error_text(exc))
            return None
        for suffix in ("-wal", "-shm", ""):  # a finished demo appears whole, never half-made
            side = partial.with_name(partial.name + suffix)
            if side.exists():
                side.replace(path.with_name(path.name + suffix))
        return str(path)

    def open_context(self, db: str) -> ServiceContext | None:
        checked = checked_database(db)  # damaged: restore, open another, or quit
        if checked is None:
            return None
        db = checked
        try:
            return run_blocking(
                None, lambda _p: ServiceContext.open(db, daily_backup=True),
                title=self.tr("Opening the database"),
                label=self.tr("Opening %1 (a backup is made before any upgrade)…")
                .replace("%1", db),
                cancellable=False,
            )
        except Exception as exc:
            messages.warn(None, self.tr("Opening the database"), error_text(exc))
            return None

    # -- who --------------------------------------------------------------------------------
    def log_in(self, ctx: ServiceContext, *, automatic: bool) -> CurrentUser | None:
        account = demo_account(self.args.user) if (automatic and self.args.user) else None
        if account is not None:
            try:
                return run_blocking(
                    None, lambda _p: ctx.login(account.username, account.password),
                    title=self.tr("Logging in"), cancellable=False)
            except SimpegError as exc:
                messages.warn(None, self.tr("Logging in"), error_text(exc))
        return LoginDialog.ask(ctx, demo=bool(self.args.demo))

    # -- the loop ---------------------------------------------------------------------------
    def run(self) -> int:
        db = self.database()
        if db is None:
            return 1
        ctx = self.open_context(db)
        if ctx is None:
            return 1
        try:
            return self._session_loop(ctx)
        finally:
            ctx.close()

    def _session_loop(self, ctx: ServiceContext) -> int:
        if ctx.needs_first_admin() and FirstAdminDialog.ask(ctx) is None:
            return 0
        automatic = True
        while True:
            user = self.log_in(ctx, automatic=automatic)
            automatic = False
            if user is None:
                return 0
            if user.must_change_password and ChangePasswordDialog.ask(ctx, forced=True) is None:
                ctx.logout()
                continue
            self.window = MainWindow(ctx, self.settings)
            if self.window.restored:
                self.window.show()
            else:
                self.window.showMaximized()  # first start: the whole 1366×768 screen
            code = QApplication.exec()
            logging_out = self.window.logging_out
            self.window.deleteLater()
            self.window = None
            if not logging_out:
                return code
            ctx.logout()
