"""The shell: navigation sidebar, the current page, menus, shortcuts and the status bar.

Pages come from :mod:`ui.pages.registry` and are built the first time they are shown. Edit ▸
Find (Ctrl+F), New (Ctrl+N), Save (Ctrl+S) and Cancel (Esc) call the current page's optional
``search_focus``/``new_record``/``save``/``cancel`` (see :mod:`ui.pages.base`).
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QWidget

from app.services.auth import Permission, why_not
from ui.dialogs.about_dialog import show_about
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.pages.base import PAGE_COMMANDS, Page
from ui.pages.registry import available_slots, page_class, slot
from ui.settings import UiSettings
from ui.widgets.nav_bar import NavBar
from ui.widgets.shell_status_bar import ShellStatusBar
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext

_SHORTCUTS = {
    "search_focus": QKeySequence.StandardKey.Find,
    "new_record": QKeySequence.StandardKey.New,
    "save": QKeySequence.StandardKey.Save,
    "cancel": QKeySequence.StandardKey.Cancel,
}


def _settle_heap() -> None:
    """Put everything alive now — the imported libraries, the shell, the pages built so far —
    out of the cyclic garbage collector's reach (``gc.freeze``).

    The GUI thread runs a full collection when the last running job ends (:mod:`ui.workers`),
    that is after every keystroke of the Pegawai search. Over the half a million objects of
    SQLAlchemy, Qt and our modules it took 180–360 ms on a busy machine, inside the clerk's
    wait for the list; over what is left, 5–30 ms. :meth:`MainWindow.closeEvent` gives them
    back (``gc.unfreeze``), so a closed window's cycles are still collected."""
    gc.freeze()


class MainWindow(QMainWindow):
    """One logged-in session of one office database."""

    logout_requested = Signal()

    def __init__(self, ctx: ServiceContext, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("main")
        self.ctx = ctx
        self.settings = settings or UiSettings()
        entries = available_slots()  # a page's module is imported when it is first shown
        self._page_keys = {nav_slot.key for nav_slot in entries}
        self._pages: dict[str, Page] = {}
        self._logging_out = False
        self.nav = NavBar(self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        for nav_slot in entries:
            self.nav.add_slot(nav_slot)
        self.nav.page_requested.connect(self.show_page)
        self.status = ShellStatusBar(self)
        self.setStatusBar(self.status)
        self._commands: dict[str, QAction] = {}
        self._build_menus()
        self.retranslate()
        self.refresh_status()
        self.restored = self.settings.restore_window("main", self)
        if not self.restored:
            self.resize(1280, 720)
        keys = self.nav.keys()
        if keys:
            last = self.settings.last_page
            self.show_page(last if last in keys else keys[0])
        _settle_heap()

    # -- pages -----------------------------------------------------------------------------
    def page_keys(self) -> list[str]:
        return self.nav.keys()

    def page(self, key: str) -> Page:
        """The page of ``key``, built on first use."""
        page = self._pages.get(key)
        if page is None:
            page = page_class(key)(self.ctx, self.stack)
            page.commands_changed.connect(self._update_commands)
            page.data_changed.connect(lambda what, source=page: self._broadcast(what, source))
            page.navigation_requested.connect(self.navigate)
            self._pages[key] = page
            self.stack.addWidget(page)
            if self.isVisible():
                _settle_heap()  # the page's modules and widgets live as long as the window
        return page

    def _broadcast(self, what: str, source: Page) -> None:
        for page in self._pages.values():
            if page is not source:
                page.data_changed_elsewhere(what)

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        self.nav.set_current(key)
        self.settings.last_page = key
        self._update_commands()
        page.page_shown()
        return page

    def navigate(self, key: str, request: object = None) -> Page | None:
        """Show page ``key`` and hand it ``request`` (a page asked for it)."""
        if key not in self._page_keys:
            return None
        page = self.show_page(key)
        if request is not None:
            page.handle_request(request)
        return page

    def pages_may_close(self) -> bool:
        """Ask every built page about unsaved work (False: one wants to stay open)."""
        return all(page.confirm_close() for page in self._pages.values())

    # -- menus and commands ----------------------------------------------------------------
    def _action(self, name: str, slot, shortcut=None) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every platform binding (Ctrl+F and the Find key…)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("menu.file")
        self.act_change_password = self._action(
            "action.change_password", self._change_password)
        self.act_logout = self._action("action.logout", self._logout)
        self.act_quit = self._action("action.quit", self.close, QKeySequence("Ctrl+Q"))
        self._add_intake_action()
        for act in (self.act_change_password, self.act_logout):
            self.file_menu.addAction(act)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.setObjectName("menu.edit")
        for command in PAGE_COMMANDS:
            act = self._action(f"action.{command}", lambda _=False, c=command: self.run_command(c),
                               _SHORTCUTS[command])
            self._commands[command] = act
            self.edit_menu.addAction(act)
            self.addAction(act)  # shortcuts work while the menu bar is hidden, too
        self.view_menu = bar.addMenu("")
        self.view_menu.setObjectName("menu.view")
        self._view_actions: dict[str, QAction] = {}
        for n, key in enumerate(self.nav.keys(), start=1):
            act = self._action(f"action.view.{key}", lambda _=False, k=key: self.show_page(k),
                               QKeySequence(f"Ctrl+{n}") if n <= 9 else None)
            self._view_actions[key] = act
            self.view_menu.addAction(act)
        self.help_menu = bar.addMenu("")
        self.help_menu.setObjectName("menu.help")
        self.act_about = self._action("action.about", lambda: show_about(self))
        self.help_menu.addAction(self.act_about)

    # -- spreadsheet intake (File ▸ Import from Excel/SIASN…) --------------------------------
    def _add_intake_action(self) -> None:
        self.act_intake = self._action("action.intake", self._intake)
        self.file_menu.addAction(self.act_intake)
        self.file_menu.addSeparator()

    def _intake(self) -> None:
        from ui.dialogs.intake_wizard import IntakeWizard

        result = IntakeWizard.ask(self.ctx, self)
        if result is not None:
            what = "org" if result.units_created or result.jabatan_created else "employees"
            for page in self._pages.values():
                page.data_changed_elsewhere(what)

    def run_command(self, command: str) -> bool:
        """Ctrl+F/N/S/Esc: call the current page's method if it has one and allows it now."""
        page = self.current_page()
        if page is None or not page.supports(command) or page.command_blocked(command):
            return False
        getattr(page, command)()
        return True

    def _update_commands(self) -> None:
        page = self.current_page()
        for command, act in self._commands.items():
            supported = page is not None and page.supports(command)
            reason = page.command_blocked(command) if supported and page else None
            act.setEnabled(supported and reason is None)
            act.setToolTip(reason or "")

    def _change_password(self) -> None:
        user = ChangePasswordDialog.ask(self.ctx, self)
        if user is not None:
            self.refresh_status()

    def _logout(self) -> None:
        if not self.pages_may_close():
            return
        self._logging_out = True
        self.logout_requested.emit()
        self.close()

    # -- texts and status ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("SIMPEG Luring — %1").replace("%1", self.ctx.office_name))
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.act_change_password.setText(self.tr("Change &password…"))
        self.act_logout.setText(self.tr("&Log out"))
        self.act_quit.setText(self.tr("&Quit"))
        self.act_intake.setText(self.tr("&Import from Excel/SIASN…"))
        reason = why_not(self.ctx.user, Permission.EMPLOYEE_WRITE)  # in the current language
        self.act_intake.setEnabled(reason is None)
        self.act_intake.setToolTip(reason or "")
        self._commands["search_focus"].setText(self.tr("&Find"))
        self._commands["new_record"].setText(self.tr("&New"))
        self._commands["save"].setText(self.tr("&Save"))
        self._commands["cancel"].setText(self.tr("&Cancel edit"))
        for key, act in self._view_actions.items():
            act.setText(slot(key).label())
        self.act_about.setText(self.tr("&About SIMPEG Luring"))

    def refresh_status(self) -> None:
        self.status.show_context(self.ctx)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._logging_out and self.isVisible() and not self.pages_may_close():
            event.ignore()
            return
        self.settings.save_window("main", self)
        for page in self._pages.values():
            page.shutdown_jobs()
        JobRunner.shutdown_all()
        super().closeEvent(event)
        gc.unfreeze()  # this window's objects may be collected again (see _settle_heap)

    @property
    def logging_out(self) -> bool:
        return self._logging_out
