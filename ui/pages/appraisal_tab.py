"""What the Kinerja page's parts share: the context, the screen's year and unit, the unit
list, reads in the background (a failure said in the part's status line), writes and
unit-wide reads through the page's :meth:`~ui.pages.base.Page.run_job` (progress window with
*Batal*, failures in a message box), role-aware buttons, and a "stale" flag: a part that is
not on screen reloads when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from ui.models.appraisal_jobs import UnitChoice
from ui.pages.tabbed import PageTab
from ui.text import plain
from ui.widgets.buttons import make_button
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage

BANNER_STYLE = ("QLabel { background: #fff4d6; border: 1px solid #e5c46b; border-radius: 4px; "
                "padding: 6px; }")
LOCKED_STYLE = ("QLabel { background: #e8eef7; border: 1px solid #9fb3d1; border-radius: 4px; "
                "padding: 6px; }")


def set_button(button: QPushButton, text: str, blocked: str | None = None,
               enabled: bool = True) -> None:
    """Text, accessible name, and enabled state with the reason as tooltip when off."""
    button.setText(text)
    button.setAccessibleName(plain(text).rstrip("…"))
    button.setEnabled(enabled and blocked is None)
    button.setToolTip(blocked or "")


class AppraisalPart(PageTab):
    """Base of the page's tabs and of the SKP editor. The status line shows only a problem."""

    page: AppraisalPage

    def __init__(self, page: AppraisalPage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(page, name, parent)
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

    # -- reading -----------------------------------------------------------------------------
    def fetch(self, job: Job, on_success: Callable[[Any], None]) -> JobRunner:
        """Read in the background; ``on_success(result)`` runs on the GUI thread."""
        self.status.hide()
        return super().fetch(job, on_success)

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.status.show()

    def run_unit_job(self, job: Job, title: str, on_success: Callable[[Any], None]) -> JobRunner:
        """A unit-wide read or a long write: progress window, *Batal* stops it."""
        return self.page.run_job(job, title=title, on_success=on_success)

    def write(self, job: Job, title: str, what: str = "appraisal",
              on_success: Callable[[Any], None] | None = None) -> JobRunner:
        """A write; afterwards this part reloads and the others hear about it."""
        return self.write_job(job, title, what, on_success, cancellable=True, reload_after=True)

    def show_if_stale(self) -> None:
        if self.stale and self.page.ready:
            self.reload()

    def mark_stale(self) -> None:
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[arg-type]
        self.show_if_stale()


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
        return make_button(self, name, slot)

    def set_view(self, view: Any) -> None:
        self.view = view
        self.show_view()

    def show_view(self) -> None:
        """Fill the widgets from :attr:`view` (subclasses)."""

    def retranslate(self) -> None:
        """Texts and button states (subclasses)."""
