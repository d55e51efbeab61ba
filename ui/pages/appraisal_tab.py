"""What the Kinerja page's parts share: the context, the screen's year and unit, the unit
list, reads in the background (a failure said in the part's status line), writes and
unit-wide reads through the page's :meth:`~ui.pages.base.Page.run_job` (progress window with
*Batal*, failures in a message box), role-aware buttons, and a "stale" flag: a part that is
not on screen reloads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QWidget,
)

from app.services.auth import Permission
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.appraisal_jobs import UnitChoice
from ui.text import plain
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage

BANNER_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e5c46b; border-radius: 4px; "
                "padding: 6px; }")
LOCKED_STYLE = ("QLabel { background: #e8eef7; border: 1px solid #9fb3d1; border-radius: 4px; "
                "padding: 6px; }")


def make_table(parent: QWidget, name: str, model: Any, widths: Sequence[int] = (),
               multi: bool = False) -> QTableView:
    """A read-only, row-selecting, sortable table over ``model``."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    return table


def set_button(button: QPushButton, text: str, blocked: str | None = None,
               enabled: bool = True) -> None:
    """Text, accessible name, and enabled state with the reason as tooltip when off."""
    button.setText(text)
    button.setAccessibleName(plain(text).rstrip("…"))
    button.setEnabled(enabled and blocked is None)
    button.setToolTip(blocked or "")


class AppraisalPart(QWidget):
    """Base of the page's tabs and of the SKP editor."""

    changed = Signal(str)  # this part wrote appraisal data

    def __init__(self, page: AppraisalPage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.setObjectName(name)
        self.page = page
        self.ctx = page.ctx
        self.stale = True
        self._loads: list[JobRunner] = []
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}.status")
        self.status.setWordWrap(True)
        self.status.hide()

    # -- the screen's choices ----------------------------------------------------------------
    @property
    def year(self) -> int:
        return self.page.year()

    @property
    def unit_id(self) -> str | None:
        return self.page.unit_id()

    @property
    def units(self) -> list[UnitChoice]:
        return self.page.units

    def denied(self, permission: Permission) -> str | None:
        return self.page.denied(permission)

    def button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    # -- reading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return bool(self._loads)

    def fetch(self, job: Job, on_success: Callable[[Any], None]) -> JobRunner:
        """Read in the background; ``on_success(result)`` runs on the GUI thread."""
        runner = JobRunner(job, self)
        self._loads.append(runner)
        runner.succeeded.connect(on_success)
        runner.failed.connect(self.show_problem)
        runner.finished.connect(lambda: self._loaded(runner))
        self.status.hide()
        runner.start()
        return runner

    def _loaded(self, runner: JobRunner) -> None:
        if runner in self._loads:
            self._loads.remove(runner)
        runner.deleteLater()

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)
        self.status.show()

    def run_unit_job(self, job: Job, title: str, on_success: Callable[[Any], None]) -> JobRunner:
        """A unit-wide read or a long write: progress window, *Batal* stops it."""
        return self.page.run_job(job, title=title, on_success=on_success)

    def write(self, job: Job, title: str, what: str = "appraisal",
              on_success: Callable[[Any], None] | None = None) -> JobRunner:
        """A write; afterwards this part reloads and the others hear about it."""

        def done(result: Any) -> None:
            self.changed.emit(what)
            if on_success is not None:
                on_success(result)
            self.reload()

        return self.page.run_job(job, title=title, on_success=done)

    def reload(self) -> None:
        """Read again (subclasses)."""
        self.stale = False

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        if self.stale and self.page.ready:
            self.reload()

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown(self) -> None:
        for runner in list(self._loads):
            runner.shutdown()


class SkpSection(QWidget):
    """A tab of the SKP editor: shows the panel's current :class:`SkpView`."""

    def __init__(self, panel: Any, name: str) -> None:
        super().__init__(panel)
        self.setObjectName(name)
        self.panel = panel
        self.ctx = panel.ctx
        self.view: Any = None

    @property
    def skp(self) -> Any:
        return self.view.detail if self.view is not None else None

    def button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def set_view(self, view: Any) -> None:
        self.view = view
        self.show_view()

    def show_view(self) -> None:
        """Fill the widgets from :attr:`view` (subclasses)."""

    def retranslate(self) -> None:
        """Texts and button states (subclasses)."""
