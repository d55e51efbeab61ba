"""Pages made of tabs (Referensi, Pelatihan, Kinerja) and what their tabs share.

:class:`TabbedPage` holds the ``QTabWidget`` (:meth:`~TabbedPage.create_tabs`), loads the
page's pick lists in the background (``choices_job`` → ``apply_choices``; a reload asked while
one runs follows it), marks the other tabs stale when one tab wrote data, reloads a stale tab
when it is shown, and says whether anything is still loading (``loading``) or running at all
(``busy``, which tests wait on).

:class:`PageTab` is a tab of such a page: the context, background reads (a failure is said in
the tab's status line), writes through the page's :meth:`~ui.pages.base.Page.run_job` (progress
window), the "stale" flag, and small builders for the usual toolbar pieces (buttons, a search
box over a filtering proxy, a year spin box, buddy labels). :func:`make_table` is the read-only
row-selecting table every tab uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from app.services.auth import Permission
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.sort_proxy import SortProxy
from ui.pages.base import Page
from ui.widgets.buttons import make_button
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def make_table(parent: QWidget, name: str, model: Any, widths: Sequence[int] = (),
               multi: bool = False, *, sortable: bool = False, sort_by: int | None = None,
               descending: bool = False, on_open: Callable[[], Any] | None = None,
               on_select: Callable[[], Any] | None = None) -> QTableView:
    """A read-only, row-selecting table over ``model`` with the given column widths.

    ``sortable`` (implied by ``sort_by``): the clerk sorts by clicking a header, first by column
    ``sort_by``; ``on_open()`` on a double click, ``on_select()`` when the selection changes.
    """
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(24)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    if sortable or sort_by is not None:
        table.setSortingEnabled(True)
    if sort_by is not None:
        table.sortByColumn(sort_by, Qt.SortOrder.DescendingOrder if descending
                           else Qt.SortOrder.AscendingOrder)
    if on_open is not None:
        table.doubleClicked.connect(lambda _i: on_open())
    if on_select is not None:
        table.selectionModel().selectionChanged.connect(lambda *_a: on_select())
    return table


class PageTab(QWidget):
    """Base of the tabs of a :class:`TabbedPage` (and of the Kinerja page's SKP editor)."""

    changed = Signal(str)  # this tab wrote data: what ("reference", "training", "appraisal"…)

    def __init__(self, page: TabbedPage, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent or page)
        self.setObjectName(name)
        self.page = page
        self.ctx = page.ctx
        self.stale = True
        self._select_next: str | None = None  # the record to select after the next reload
        self._loads: list[JobRunner] = []
        self.status = QLabel(self)
        self.status.setObjectName(f"{name}.status")
        self.status.setWordWrap(True)

    def denied(self, permission: Permission) -> str | None:
        return self.page.denied(permission)

    # -- toolbar builders --------------------------------------------------------------------
    def button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        return make_button(self, name, slot)

    def filter_proxy(self, model: QAbstractItemModel, column: int = -1) -> SortProxy:
        """A sorting proxy over ``model`` whose case-blind text filter looks at ``column``
        (-1: every column)."""
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        proxy.setFilterKeyColumn(column)
        return proxy

    def search_field(self, name: str, on_text: Callable[[str], Any]) -> QLineEdit:
        """The tab's search box (``self.search`` by convention): ``on_text(text)`` as it changes."""
        box = QLineEdit(self)
        box.setObjectName(name)
        box.setClearButtonEnabled(True)
        box.textChanged.connect(on_text)
        return box

    def year_spin(self, name: str, first: int = 2000, last: int = 2100) -> QSpinBox:
        """A year box on this year; the tab reloads when it changes."""
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(first, last)
        spin.setValue(date.today().year)
        spin.valueChanged.connect(lambda _v: self.reload())
        return spin

    def reload_box(self, name: str) -> QCheckBox:
        """A check box (e.g. "show inactive ones") that reloads the tab when toggled."""
        box = QCheckBox(self)
        box.setObjectName(name)
        box.toggled.connect(lambda _c: self.reload())
        return box

    def buddy(self, widget: QWidget) -> QLabel:
        """A label (text set in ``retranslate``) whose mnemonic moves to ``widget``."""
        label = QLabel(self)
        label.setBuddy(widget)
        return label

    # -- background reads --------------------------------------------------------------------
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
        runner.start()
        return runner

    def _loaded(self, runner: JobRunner) -> None:
        if runner in self._loads:
            self._loads.remove(runner)
        runner.deleteLater()

    def refill(self, model: Any, rows: Sequence[Any]) -> None:
        """Put ``rows`` into ``model`` and select again the record that was selected (or the one
        just saved, ``_select_next``). The tab has ``selected()`` and ``select(id)``."""
        current = self.selected()  # type: ignore[attr-defined]
        wanted = self._select_next or (current.id if current is not None else None)
        self._select_next = None
        model.set_rows(rows)
        if wanted is not None:
            self.select(wanted)  # type: ignore[attr-defined]

    def show_problem(self, text: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(text)

    def show_note(self, text: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(text)

    # -- writes ------------------------------------------------------------------------------
    def write_job(self, job: Job, title: str, what: str,
                  on_success: Callable[[Any], None] | None = None, *,
                  on_failure: Callable[[str], None] | None = None,
                  cancellable: bool = False, reload_after: bool = False) -> JobRunner:
        """A write with a progress window; then ``changed(what)``, ``on_success(result)`` and,
        with ``reload_after``, a reload of this tab. Failures go to ``on_failure`` or, without
        it, to a message box titled ``title``."""
        def done(result: Any) -> None:
            self.changed.emit(what)
            if on_success is not None:
                on_success(result)
            if reload_after:
                self.reload()

        return self.page.run_job(job, title=title, on_success=done, on_failure=on_failure,
                                 cancellable=cancellable)

    # -- life cycle --------------------------------------------------------------------------
    def show_if_stale(self) -> None:
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """Read the tab's data again (subclasses call this first)."""
        self.stale = False

    def choices_loaded(self) -> None:
        """The page's pick lists arrived or changed (subclasses refill their combos)."""

    def search_box(self) -> QWidget | None:
        """Where Ctrl+F goes: the tab's ``search`` box if it has one."""
        box = getattr(self, "search", None)
        return box if isinstance(box, QWidget) else None

    def shutdown(self) -> None:
        for runner in list(self._loads):
            runner.shutdown()

    def retranslate(self) -> None:
        """Subclasses set their texts here."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TabbedPage(Page):
    """A navigation page whose content is tabs of :class:`PageTab`; subclasses call
    :meth:`create_tabs` and :meth:`add_tabs`, and fill in :meth:`choices_job`,
    :meth:`apply_choices` and :meth:`tab_changed`."""

    tabs: QTabWidget

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices_runner: JobRunner | None = None
        self._choices_again = False
        self._tabs: tuple[PageTab, ...] = ()

    def create_tabs(self, name: str, parent: QWidget | None = None) -> QTabWidget:
        """The tab widget (``self.tabs``); made where the subclass wants it in the focus chain."""
        self.tabs = QTabWidget(parent or self)
        self.tabs.setObjectName(name)
        self.tabs.currentChanged.connect(self._on_tab_shown)
        return self.tabs

    def add_tabs(self, *tabs: PageTab) -> None:
        self._tabs = self._tabs + tabs
        for tab in tabs:
            self.tabs.addTab(tab, "")
            self.watch(tab)

    def watch(self, tab: PageTab) -> None:
        """Hear about ``tab``'s writes (the tabs, and parts shown outside the tab widget)."""
        tab.changed.connect(lambda what, source=tab: self._on_tab_changed(source, what))

    def all_tabs(self) -> tuple[PageTab, ...]:
        return self._tabs

    def job_owners(self) -> tuple[PageTab, ...]:
        """Every part whose reads count as loading and stop on shutdown."""
        return self.all_tabs()

    def current_tab(self) -> PageTab:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, PageTab)
        return widget

    # -- the pick lists ----------------------------------------------------------------------
    def choices_job(self) -> Job | None:
        """The background read of the page's pick lists (None: the page has none)."""
        return None

    def apply_choices(self, data: Any) -> None:
        """The pick lists arrived (on the GUI thread)."""

    def choices_failed(self, text: str) -> None:
        """Reading the pick lists failed (default: the forms keep the lists they had)."""

    def load_choices(self) -> None:
        if self.choices_runner is not None:
            self._choices_again = True  # the running read may miss the change: read again after
            return
        job = self.choices_job()
        if job is None:
            return
        runner = JobRunner(job, self)
        self.choices_runner = runner
        runner.succeeded.connect(self._on_choices)
        runner.failed.connect(self.choices_failed)
        runner.finished.connect(self._on_choices_finished)
        runner.start()

    def _on_choices(self, data: Any) -> None:
        self.apply_choices(data)
        for tab in self.all_tabs():
            tab.choices_loaded()

    def _on_choices_finished(self) -> None:
        if self.choices_runner is not None:
            self.choices_runner.deleteLater()
        self.choices_runner = None
        if self._choices_again:
            self._choices_again = False
            self.load_choices()

    # -- loading and staleness ---------------------------------------------------------------
    def first_shown(self) -> None:
        self.load_choices()
        self.current_tab().show_if_stale()

    @property
    def loading(self) -> bool:
        return self.choices_runner is not None or any(t.loading for t in self.job_owners())

    @property
    def busy(self) -> bool:
        """Anything still running: a read, or a write with its progress window."""
        return self.loading or bool(self._runners)

    def _on_tab_shown(self, _index: int) -> None:
        if self._shown_once:
            self.current_tab().show_if_stale()
        self.commands_changed.emit()

    def _on_tab_changed(self, source: PageTab, what: str) -> None:
        for tab in self.all_tabs():
            if tab is not source:
                tab.stale = True
        self.tab_changed(source, what)

    def tab_changed(self, source: PageTab, what: str) -> None:
        """``source`` wrote ``what`` (the other tabs are already stale): tell the other pages."""

    def refresh_tabs(self, tabs: Sequence[PageTab], choices: bool = False) -> None:
        """Data shown by ``tabs`` changed elsewhere: mark them stale, read the pick lists again
        if asked, and reload the current tab now if the page is on screen."""
        for tab in tabs:
            tab.stale = True
        if choices and self._shown_once:
            self.load_choices()
        if self._shown_once and self.isVisible():
            self.current_tab().show_if_stale()

    # -- page protocol -----------------------------------------------------------------------
    def search_focus(self) -> None:
        box = self.current_tab().search_box()
        if box is not None:
            box.setFocus()
            if hasattr(box, "selectAll"):
                box.selectAll()

    def shutdown_jobs(self) -> None:
        for tab in self.job_owners():
            tab.shutdown()
        if self.choices_runner is not None:
            self.choices_runner.shutdown()
        super().shutdown_jobs()
