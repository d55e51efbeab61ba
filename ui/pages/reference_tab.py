"""What the tabs of the Referensi page share beyond :class:`~ui.pages.tabbed.PageTab`: the form
choices, whether this is the province office, and writes whose refusal is said in a message box
*and* kept in the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.services.roles import PROVINCE_OFFICE
from ui.dialogs import messages
from ui.models.org_labels import FormChoices
from ui.pages.tabbed import PageTab
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from ui.pages.reference_page import ReferencePage


class ReferenceTab(PageTab):
    page: ReferencePage

    @property
    def choices(self) -> FormChoices:
        return self.page.choices

    @property
    def province(self) -> bool:
        return self.ctx.office_code == PROVINCE_OFFICE

    def write(self, job: Job, title: str, on_success: Callable[[Any], None] | None = None,
              what: str = "reference") -> JobRunner:
        """A write with a progress window; then ``changed(what)`` and ``on_success``. A refusal
        is shown in a message box titled ``title`` and stays in the status line."""
        def refused(text: str) -> None:
            self.show_problem(text)
            messages.warn(self, title, text)

        return self.write_job(job, title, what, on_success, on_failure=refused)

    def new_record(self) -> None:
        """Ctrl+N on this tab."""

    def new_blocked(self) -> str | None:
        return self.tr("Nothing to add on this tab.")
