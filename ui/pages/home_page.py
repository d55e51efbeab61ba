"""Beranda: what needs the clerk's attention — KGB due this month and next, KP in the next
period, retirements within 12 months, JP below the yearly target, SKP not final — each a card
with its count that opens the Pegawai list filtered to exactly those employees.

Counted in a background job (:func:`app.services.ui_support.home_summary`); counted again
when employees change elsewhere (at once when the Beranda is on screen, otherwise the next
time it is shown).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.models import employee_labels as lbl
from ui.models.employee_filters import AttentionRequest
from ui.pages.base import Page
from ui.pages.registry import register_page
from ui.text import plain
from ui.widgets.attention_card import AttentionCard
from ui.workers import LatestJob

if TYPE_CHECKING:
    from app.jobs import Progress
    from app.services.attention import AttentionItem
    from app.services.context import ServiceContext
    from app.services.ui_support import HomeSummary

ITEM_KEYS = ("kgb_this_month", "kgb_next_month", "kp_next_period", "pensiun_12_months",
             "jp_below", "skp_unfinished")
HINTS = {
    "kgb_this_month": QT_TRANSLATE_NOOP("HomePage", "Prepare the SK for the periodic raise."),
    "kgb_next_month": QT_TRANSLATE_NOOP("HomePage", "Check the records before next month."),
    "kp_next_period": QT_TRANSLATE_NOOP("HomePage", "Propose the promotions in SIASN in time."),
    "pensiun_12_months": QT_TRANSLATE_NOOP("HomePage", "Start the pension files early."),
    "jp_below": QT_TRANSLATE_NOOP("HomePage", "Plan training for these employees."),
    "skp_unfinished": QT_TRANSLATE_NOOP("HomePage", "Remind the appraisers."),
}
TITLE_STYLE = "font-size: 16pt; font-weight: 600;"


def count_home(ctx: ServiceContext, progress: Progress) -> HomeSummary:
    """The job: one count per item, so closing the window stops it between two counts. The
    services are imported here, on the worker thread: the window opens before they load."""
    from app.services.attention import AttentionItem, attention_queries
    from app.services.employee_query import EmployeeQuery, count_employees
    from app.services.ui_support import HomeSummary

    queries = attention_queries(date.today())
    items = []
    for n, (key, code, params, query) in enumerate(queries):
        progress.step(n, len(queries) + 1)
        items.append(AttentionItem(key.value, code, ctx.read(count_employees, query), query,
                                   params))
    progress.step(len(queries), len(queries) + 1)
    return HomeSummary(tuple(items), ctx.read(count_employees, EmployeeQuery()))


@register_page("beranda")
class HomePage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.summary: HomeSummary | None = None
        self.loaded_at: datetime | None = None
        self.counts = LatestJob(lambda ctx=ctx: lambda progress: count_home(ctx, progress), self)
        self.counts.succeeded.connect(self._on_loaded)
        self.counts.failed.connect(self._on_failed)
        self.counts.finished.connect(self._on_finished)
        self.failure = ""
        self.heading = self._label("home.title", TITLE_STYLE)
        self.welcome = self._label("home.welcome", "color: #33475b;")
        self.section = self._label("home.section", "font-size: 12pt; font-weight: 600;")
        self.cards: dict[str, AttentionCard] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for n, key in enumerate(ITEM_KEYS):
            card = AttentionCard(key, self)
            card.clicked.connect(lambda _c=False, k=key: self.open_item(k))
            self.cards[key] = card
            grid.addWidget(card, n // 3, n % 3)
        self.status = self._label("home.status", "color: #5b6b7b;")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("home.refresh")
        self.refresh_button.clicked.connect(self.refresh)
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.welcome)
        layout.addSpacing(10)
        layout.addWidget(self.section)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(footer)
        self.retranslate()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(style)
        label.setWordWrap(True)
        return label

    # -- loading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self.counts.running

    def first_shown(self) -> None:
        self.refresh()

    def page_shown(self) -> None:
        super().page_shown()
        if self.counts.stale:
            self.refresh()

    def data_changed_elsewhere(self, what: str) -> None:
        if what not in ("employees", "training", "appraisal", "org"):
            return
        if self.isVisible():
            self.refresh()
        else:
            self.counts.stale = True

    def refresh(self) -> None:
        if self.counts.request():  # else counted again when the running job is done
            self.status.setText(self.tr("Counting…"))

    def _on_finished(self) -> None:
        self._show()
        if self.counts.stale and self.isVisible():
            self.refresh()

    def _on_loaded(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.failure = ""
        self.loaded_at = datetime.now()
        self._show()

    def _on_failed(self, text: str) -> None:
        self.summary = None
        self.failure = text

    def item(self, key: str) -> AttentionItem | None:
        if self.summary is None:
            return None
        return next((i for i in self.summary.items if i.key == key), None)

    # -- showing -----------------------------------------------------------------------------
    def _show(self) -> None:
        for key, card in self.cards.items():
            found = self.item(key)
            hint = QCoreApplication.translate("HomePage", HINTS[key])
            if found is None:
                card.show_value(None, "", self.tr("Counting…"), hint)
            else:
                card.show_value(found.count, lbl.fmt_count(found.count), found.title(),
                                hint if found.count else self.tr("Nothing due."))
        if self.loading:
            self.status.setText(self.tr("Counting…"))
        elif self.failure:
            self.status.setText(self.failure)
        elif self.summary is not None and self.loaded_at is not None:
            self.status.setText(self.tr("%1 employees on duty · counted at %2").replace(
                "%1", lbl.fmt_count(self.summary.active)).replace(
                "%2", self.loaded_at.strftime("%H:%M")))

    def open_item(self, key: str) -> None:
        """Open the Pegawai list showing exactly this item's employees."""
        found = self.item(key)
        if found is None:
            return
        title = f"{found.title()} ({lbl.fmt_employees(found.count)})"
        self.navigation_requested.emit("pegawai", AttentionRequest(key, title, found.query))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Home"))
        user = self.ctx.user
        who = user.full_name if user is not None else ""
        self.welcome.setText(self.tr("Welcome, %1 — %2").replace("%1", who).replace(
            "%2", self.ctx.office_name or ""))
        self.section.setText(self.tr("Needs attention"))
        self.refresh_button.setText(self.tr("&Count again"))
        self.refresh_button.setAccessibleName(plain(self.refresh_button.text()))
        self._show()
