"""Feeds :class:`~ui.models.employee_table_model.EmployeeTableModel` from the personnel query,
always off the GUI thread (style.md A.7: every job runs in a :class:`~ui.workers.JobRunner`).

* :meth:`EmployeeListLoader.load` runs a new query: the first page and a count capped at
  :data:`FIRST_COUNT_LIMIT` (cheap even when a one-letter search matches half the office); when
  the cap was hit, the exact count follows in a second job and the rows grow to it.
  Results of a query that was superseded while it ran are dropped (a token per load).
* Pages the view scrolls to arrive through ``pages_wanted``; one job at a time fetches up to
  :data:`PAGES_PER_JOB` of them, most recently wanted first (where the clerk is looking now).
  At most :data:`MAX_QUEUED` wait: dragging the scroll bar through 100,000 rows does not queue
  the hundreds of pages it passed (each a deep OFFSET); the older ones are forgotten and asked
  for again if the clerk scrolls back to them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from ui.models.employee_table_model import PAGE_SIZE, EmployeeTableModel
from ui.workers import Job, JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.employee_query import EmployeePage, EmployeeQuery

FIRST_COUNT_LIMIT = 200  # more: "200+" at once, the exact count follows
PAGES_PER_JOB = 3
MAX_QUEUED = 2 * PAGES_PER_JOB


def _read(ctx: ServiceContext, name: str, query: EmployeeQuery) -> Any:
    """``ctx.read`` of a query service, imported here — on the worker thread, so opening the
    page does not wait for the personnel services to load."""
    from app.services import employee_query

    return ctx.read(getattr(employee_query, name), query)


class EmployeeListLoader(QObject):
    loaded = Signal()  # a query's first page is in the model (rows and total shown)
    counted = Signal(int)  # the exact total arrived after a capped first count
    failed = Signal(str)

    def __init__(self, ctx: ServiceContext, model: EmployeeTableModel,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = model
        self._query: EmployeeQuery | None = None
        self._page_query: EmployeeQuery | None = None  # the query of the model's rows
        self._token = 0
        self._queue: list[int] = []
        self._page_job: JobRunner | None = None
        self._loading = False
        model.pages_wanted.connect(self._on_model_pages_wanted)

    @property
    def query(self) -> EmployeeQuery | None:
        """The query last asked for (its rows may still be on their way)."""
        return self._query

    @property
    def shown_query(self) -> EmployeeQuery | None:
        """The query whose rows the model holds."""
        return self._page_query

    @property
    def loading(self) -> bool:
        return self._loading

    def load(self, query: EmployeeQuery) -> None:
        """Show ``query`` (its offset and limit are ignored)."""
        self._query = query
        self._token += 1
        self._loading = True
        token = self._token
        first = replace(query, offset=0, limit=PAGE_SIZE, count_limit=FIRST_COUNT_LIMIT)
        self._start(lambda _p, ctx=self.ctx: _read(ctx, "list_employees", first),
                    lambda page: self._on_first_page(token, query, page))

    def reload(self) -> None:
        """Run the current query again (after a save elsewhere)."""
        if self._query is not None:
            self.load(self._query)

    # -- jobs --------------------------------------------------------------------------------
    def _start(self, job: Job, on_success, *, on_finished=None) -> JobRunner:
        runner = JobRunner(job, self)
        runner.succeeded.connect(on_success)
        runner.failed.connect(self._on_failed)
        if on_finished is not None:
            runner.finished.connect(on_finished)
        runner.finished.connect(runner.deleteLater)
        runner.start()
        return runner

    def _on_failed(self, text: str) -> None:
        self._loading = False
        self.failed.emit(text)

    def _on_first_page(self, token: int, query: EmployeeQuery, page: EmployeePage) -> None:
        if token != self._token:
            return  # the clerk typed on: a newer query is running
        self._loading = False
        self._queue.clear()
        self._page_query = query
        generation = self.model.reset(page.total, page.total_exact, page.rows)
        if not page.total_exact:
            self._start(lambda _p, ctx=self.ctx: _read(ctx, "count_employees", query),
                        lambda total: self._on_counted(generation, total))
        self.loaded.emit()

    def _on_counted(self, generation: int, total: int) -> None:
        if generation == self.model.generation:
            self.model.set_total(generation, total, True)
            self.counted.emit(total)

    def _on_model_pages_wanted(self, generation: int, pages: list[int]) -> None:
        if generation != self.model.generation or self._page_query is None:
            return
        self._queue.extend(pages)
        if len(self._queue) > MAX_QUEUED:
            passed = self._queue[:-MAX_QUEUED]
            del self._queue[:-MAX_QUEUED]
            self.model.forget_pending(generation, passed)
        self._next_pages()

    def _next_pages(self) -> None:
        if self._page_job is not None or not self._queue or self._page_query is None:
            return
        take = list(reversed(self._queue[-PAGES_PER_JOB:]))
        del self._queue[-PAGES_PER_JOB:]
        generation, query = self.model.generation, self._page_query

        ctx = self.ctx  # the job holds plain data, never a QObject of ours

        def job(_progress: Any) -> list[tuple[int, list[Any]]]:
            return [(p, _read(ctx, "list_employees", replace(
                query, offset=p * PAGE_SIZE, limit=PAGE_SIZE, count_limit=0)).rows)
                for p in take]

        def on_success(result: list[tuple[int, list[Any]]]) -> None:
            for page, rows in result:
                self.model.put_page(generation, page, rows)

        def on_finished() -> None:
            runner = self._page_job
            self._page_job = None
            if runner is not None and runner.outcome != "ok":
                self.model.forget_pending(generation, take)
            self._next_pages()

        self._page_job = self._start(job, on_success, on_finished=on_finished)

    def shutdown(self) -> None:
        """Wait for running jobs (the page is closing)."""
        for runner in self.findChildren(JobRunner):
            runner.shutdown()
