"""What every navigation page is: a QWidget that holds the ServiceContext and nothing below it.

The page protocol (all optional except the constructor):

``search_focus()``  Ctrl+F — put the cursor in the page's search box
``new_record()``    Ctrl+N — start a new record
``save()``          Ctrl+S — save the record being edited
``cancel()``        Esc    — drop the edit in progress
``command_blocked(name) -> str | None``  why a command is unavailable right now (tooltip), or None
``data_changed_elsewhere(what)``  another page changed data ("users", "employees"…): reload
                    if you show it (built pages only; the default does nothing)
``handle_request(request)``  another page asked to show something here (a filtered list, one
                    record); it emitted ``navigation_requested(key, request)``
``confirm_close() -> bool``  the window is about to close or log out: ask about unsaved
                    work; ``False`` keeps the window open

A page that wrote data emits ``data_changed(what)``; the main window passes it to the others.
The main window enables Edit ▸ Find/New/Save/Cancel only for the methods the current page
defines, and re-asks ``command_blocked`` whenever the page emits ``commands_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from app.services.auth import Permission, why_not
from ui.workers import Job, JobRunner, run_with_progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext

PAGE_COMMANDS = ("search_focus", "new_record", "save", "cancel")


class Page(QWidget):
    """Base of the pages in the navigation (see :mod:`ui.pages.registry`)."""

    nav_key: ClassVar[str] = ""
    commands_changed = Signal()
    data_changed = Signal(str)  # a write job finished: what changed ("users", "employees"…)
    navigation_requested = Signal(str, object)  # show page ``key`` and hand it the request

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._runners: list[JobRunner] = []
        self._shown_once = False
        if self.nav_key:
            self.setObjectName(f"page.{self.nav_key}")

    # -- protocol helpers ------------------------------------------------------------------
    def supports(self, command: str) -> bool:
        return command in PAGE_COMMANDS and callable(getattr(self, command, None))

    def command_blocked(self, command: str) -> str | None:  # noqa: ARG002 - protocol default
        return None

    def denied(self, permission: Permission) -> str | None:
        """``why_not`` for the logged-in user: the tooltip of a disabled action, or None."""
        return why_not(self.ctx.user, permission)

    # -- lifecycle -------------------------------------------------------------------------
    def page_shown(self) -> None:
        """Called each time the page becomes current; loads data the first time."""
        if not self._shown_once:
            self._shown_once = True
            self.first_shown()

    def first_shown(self) -> None:
        """Override to load data lazily (keeps start-up fast)."""

    def data_changed_elsewhere(self, what: str) -> None:
        """Override to reload after another page changed ``what``."""

    def handle_request(self, request: object) -> None:
        """Override: another page sent ``request`` (see ``navigation_requested``)."""

    def confirm_close(self) -> bool:
        """Override to ask about unsaved work before the window closes."""
        return True

    def retranslate(self) -> None:
        """Override: set every visible text again (called on LanguageChange)."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- background jobs -------------------------------------------------------------------
    def run_job(
        self,
        job: Job,
        *,
        title: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[str], None] | None = None,
        cancellable: bool = True,
    ) -> JobRunner:
        """Run ``job(progress)`` off the GUI thread with a progress dialog (Batal cancels).

        The job receives only plain data (ids, texts), never a widget; it reaches the database
        through ``self.ctx.read``/``self.ctx.write``, which open their own session.
        """
        runner = run_with_progress(
            self, job, title=title, on_success=on_success, on_failure=on_failure,
            cancellable=cancellable,
        )
        self._runners.append(runner)
        runner.finished.connect(lambda: self._forget(runner))
        return runner

    def _forget(self, runner: JobRunner) -> None:
        if runner in self._runners:
            self._runners.remove(runner)

    def shutdown_jobs(self) -> None:
        """Cancel running jobs and wait for them (the window is closing)."""
        for runner in list(self._runners):
            runner.shutdown()
