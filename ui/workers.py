"""Long jobs without a frozen window (style.md A.7).

A core job is a plain function ``job(progress) -> result`` that calls ``progress.step(done,
total, text)``. :class:`JobRunner` lives on the GUI thread, owns a ``QThread`` and a private
:class:`_JobWorker`, and re-emits the worker's signals through queued connections, so every slot
the UI connects to runs on the GUI thread. Rules: connect first, then :meth:`JobRunner.start`;
parent the runner to the page; on close, :meth:`JobRunner.shutdown` (cancel and wait). Never pass
widgets into a job.

Garbage collection and threads: Python's cyclic collector runs on whichever thread trips its
allocation threshold. A collection on a worker thread can finalise GUI objects caught in a
reference cycle from the wrong thread, and one on the GUI thread can finalise wrappers of objects
a job is still using — either crashes the process (seen once, as a segfault inside the collector
during a full test run). So, the pattern of pyqtgraph, calibre and nexpy, narrowed to the time
it matters: while any job runs, automatic collection is suspended; when the last job's thread
has finished, the GUI thread collects once and switches it back on (see :class:`_GcGuard`).

Two jobs at once (the list page and its count, the Beranda counts, a print job) must never crash
or hang the program; two rules keep the worker thread out of Python-owned Qt objects:

* The worker thread emits only plain values (``str``, ``int``). A Python object in a queued signal
  is copied under one of Qt's shared connection locks, and the copy needs the GIL: if the GUI
  thread meanwhile holds the GIL and waits for that lock (``moveToThread``, ``connect``, both of
  the next job), the program hangs. The job's result travels in ``_JobWorker.payload`` instead.
* The thread and the worker are released only after ``QThread.wait()`` on the GUI thread.
  ``isFinished()`` is already true while the thread is still inside Qt's finish: releasing them
  then freed the ``QThread`` wrapper while the worker thread was deleting its worker and asking
  that wrapper for a Python override (a segfault in a thread with no Python frame, about one run in
  four of the personnel list tests when the exact count overlapped a page fetch). The worker is
  deleted on the GUI thread, once its thread has ended, never by the worker thread.

:func:`run_with_progress` adds a ``QProgressDialog`` whose *Batal* button cancels the job;
:func:`run_blocking` does the same and waits (start-up work: opening a database, the demo).
"""

from __future__ import annotations

import gc
import logging
import time
import weakref
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.errors import SimpegError, ValidationError
from app.jobs import Cancelled, Progress
from ui.dialogs.messages import warn

log = logging.getLogger(__name__)

Job = Callable[[Progress], Any]

_PROGRESS_INTERVAL = 0.05  # seconds between two progress reports that reach the GUI
_active: weakref.WeakSet[JobRunner] = weakref.WeakSet()
_live: dict[int, tuple[QThread, QObject, Progress]] = {}


class _GcGuard:
    """Suspends Python's automatic garbage collection while jobs run (see the module text).

    Only a suspension made here is undone here: if something else (a test fixture, a bulk
    writer) already switched the collector off, it stays off.
    """

    def __init__(self) -> None:
        self.suspended = False

    def job_starting(self) -> None:
        if not self.suspended and gc.isenabled():
            gc.disable()
            self.suspended = True

    def all_jobs_ended(self) -> None:
        """On the GUI thread with no job running: collect what piled up, then resume."""
        if self.suspended and not _live:
            self.suspended = False
            gc.collect()
            gc.enable()


gc_guard = _GcGuard()


class _Reaper(QObject):
    """Drops our last references to finished threads and their workers (on the GUI thread)."""

    @Slot()
    def reap(self) -> None:
        for key, (thread, worker, _progress) in list(_live.items()):
            if thread.isFinished():  # true already while Qt still finishes the thread: wait
                thread.wait()
                del _live[key]
                if shiboken6.isValid(worker):
                    shiboken6.delete(worker)  # on the GUI thread, its own thread has ended
        if not _live and gc_guard.suspended:
            QTimer.singleShot(0, self.resume_gc)  # after the other queued "finished" slots

    @Slot()
    def resume_gc(self) -> None:
        gc_guard.all_jobs_ended()


_reaper: _Reaper | None = None


def _keep_alive(thread: QThread, worker: QObject, progress: Progress) -> None:
    """Hold the thread and worker until the thread has ended (see JobRunner.__init__ and the
    module text); the reaper then deletes the worker on the GUI thread."""
    global _reaper
    if _reaper is None:
        _reaper = _Reaper()
    gc_guard.job_starting()
    _live[id(thread)] = (thread, worker, progress)
    thread.finished.connect(_reaper.reap, Qt.ConnectionType.QueuedConnection)


def error_text(exc: BaseException) -> str:
    """What the user reads for a failed job: the catalog text for our errors."""
    if isinstance(exc, ValidationError):  # the sentences, without the technical field names
        return " ".join(dict.fromkeys(exc.by_field().values()))
    if isinstance(exc, SimpegError):
        return exc.text()
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "JobRunner", "The file system reported a problem: %1"
        ).replace("%1", str(exc))
    return QCoreApplication.translate(
        "JobRunner", "Unexpected error (%1). The details were written to the log."
    ).replace("%1", type(exc).__name__)


class _JobWorker(QObject):
    """Runs the job on the worker thread. Only :class:`JobRunner` connects to it."""

    progressed = Signal(int, int, str)
    ended = Signal(str)  # outcome ("ok" | "error" | "cancelled"); plain values only (module text)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job
        self._last_report = 0.0
        self.payload: object = None  # the result or the error, read by the runner on "ended"
        self.progress = Progress(self._report)  # thread-safe; the runner cancels through it

    def _report(self, done: int, total: int, text: str) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_report >= _PROGRESS_INTERVAL:
            self._last_report = now
            self.progressed.emit(done, total, text)

    @Slot()
    def run(self) -> None:
        try:
            self.payload = self._job(self.progress)
        except Cancelled:
            self.ended.emit("cancelled")
        except Exception as exc:  # reported to the user, never lost
            if not isinstance(exc, SimpegError):
                log.exception("job failed")
            self.payload = exc
            self.ended.emit("error")
        else:
            self.ended.emit("ok")
        finally:
            QThread.currentThread().quit()  # the thread ends without waiting for the GUI


class JobRunner(QObject):
    """GUI-thread facade over one background job. Single use: one ``start()``."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Job, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The thread and the worker have no Qt parent: if the page (and this runner with it)
        # is destroyed while the job runs, they live on until the job has stopped — a QThread
        # destroyed while running aborts the process. ``_live`` keeps them until then.
        self._thread = QThread()
        self._worker: _JobWorker | None = _JobWorker(job)
        self._progress = self._worker.progress
        self._worker.moveToThread(self._thread)
        q = Qt.ConnectionType.QueuedConnection
        self._worker.progressed.connect(self._on_worker_progressed, q)
        self._worker.ended.connect(self._on_worker_ended, q)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._on_thread_finished, q)
        self.destroyed.connect(self._progress.cancel)
        self._started = False
        self._running = False
        self.error: BaseException | None = None
        self.result: Any = None
        self.outcome: str | None = None

    # -- control ---------------------------------------------------------------------------
    def start(self) -> None:
        if self._started:
            raise RuntimeError("a JobRunner runs its job once")
        self._started = self._running = True
        _active.add(self)
        _keep_alive(self._thread, self._worker, self._progress)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next ``progress.step``."""
        self._progress.cancel()

    def is_running(self) -> bool:
        return self._running

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel and wait until the thread has ended (window or page closing)."""
        if not self._running:
            return True
        self.cancel()
        self._thread.quit()
        ended = self._thread.wait(timeout_ms)
        if ended:
            QCoreApplication.sendPostedEvents(self)
        return ended

    @staticmethod
    def shutdown_all(timeout_ms: int = 30_000) -> None:
        """Cancel every job still running, also those whose page is gone, and wait."""
        for runner in list(_active):
            runner.shutdown(timeout_ms)
        for thread, _worker, progress in list(_live.values()):
            progress.cancel()
            thread.quit()
            thread.wait(timeout_ms)

    # -- re-emission on the GUI thread -----------------------------------------------------
    @Slot(int, int, str)
    def _on_worker_progressed(self, done: int, total: int, text: str) -> None:
        if self._running:
            self.progressed.emit(done, total, text)

    @Slot(str)
    def _on_worker_ended(self, outcome: str) -> None:
        assert self._worker is not None  # dropped only on "finished", queued after "ended"
        payload, self._worker.payload = self._worker.payload, None
        self.outcome = outcome
        self._thread.quit()
        if outcome == "ok":
            self.result = payload
            self.succeeded.emit(payload)
        elif outcome == "error":
            assert isinstance(payload, BaseException)
            self.error = payload
            self.failed.emit(error_text(payload))
        else:
            self.cancelled.emit()

    @Slot()
    def _on_thread_finished(self) -> None:
        if not self._running:
            return
        self._running = False
        _active.discard(self)
        self._worker = None
        self.finished.emit()


class LatestJob(QObject):
    """One job at a time for a view that shows the latest answer (the Beranda's counts, the
    dashboard's charts). :meth:`request` while a job runs starts nothing and marks the view
    :attr:`stale`; the view asks again when :attr:`finished` arrives (``make_job`` is called
    anew then, so the new job reads the filters of that moment)."""

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, make_job: Callable[[], Job], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_job = make_job
        self._runner: JobRunner | None = None
        self.stale = False

    @property
    def running(self) -> bool:
        return self._runner is not None

    def request(self) -> bool:
        """Start the job; False (and stale) when one is running already."""
        if self._runner is not None:
            self.stale = True
            return False
        self.stale = False
        runner = JobRunner(self._make_job(), self)
        self._runner = runner
        runner.succeeded.connect(self.succeeded)
        runner.failed.connect(self.failed)
        runner.finished.connect(self._on_finished)
        runner.finished.connect(runner.deleteLater)
        runner.start()
        return True

    def shutdown(self) -> None:
        if self._runner is not None:
            self._runner.shutdown()

    def _on_finished(self) -> None:
        self._runner = None
        self.finished.emit()


def _progress_dialog(parent: QWidget | None, title: str, label: str, cancellable: bool):
    dialog = QProgressDialog(parent)
    dialog.setObjectName("job.progress")
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(420)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)
    if cancellable:
        dialog.setCancelButtonText(QCoreApplication.translate("JobRunner", "Cancel"))
    else:
        dialog.setCancelButton(None)
    return dialog


def run_with_progress(
    parent: QWidget,
    job: Job,
    *,
    title: str,
    label: str = "",
    cancellable: bool = True,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
) -> JobRunner:
    """Start ``job`` with a progress dialog; return the (already started) runner.

    Without ``on_failure`` a failure is shown in a warning box titled ``title``.
    """
    runner = JobRunner(job, parent)
    dialog = _progress_dialog(parent, title, label or title, cancellable)

    def on_finished() -> None:
        dialog.canceled.disconnect(runner.cancel)
        dialog.close()
        dialog.deleteLater()

    def show_failure(text: str) -> None:
        if on_failure is not None:
            on_failure(text)
        else:
            warn(parent, title, text)

    dialog.canceled.connect(runner.cancel)
    runner.progressed.connect(lambda done, total, text: _update_dialog(dialog, done, total, text))
    runner.finished.connect(on_finished)
    runner.failed.connect(show_failure)
    if on_success is not None:
        runner.succeeded.connect(on_success)
    runner.start()
    return runner


def run_blocking(
    parent: QWidget | None, job: Job, *, title: str, label: str = "", cancellable: bool = True
) -> Any:
    """Run ``job`` with a progress dialog and wait; return its result or raise its error.

    Raises :class:`app.jobs.Cancelled` when the user pressed *Batal*.
    """
    runner = JobRunner(job, parent)
    dialog = _progress_dialog(parent, title, label or title, cancellable)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    loop = QEventLoop()
    dialog.canceled.connect(runner.cancel)
    runner.progressed.connect(
        lambda done, total, text: _update_dialog(dialog, done, total, text)
    )
    runner.finished.connect(loop.quit)
    runner.start()
    loop.exec()
    dialog.canceled.disconnect(runner.cancel)
    dialog.close()
    dialog.deleteLater()
    runner.deleteLater()
    if runner.outcome == "ok":
        return runner.result
    if runner.outcome == "cancelled":
        raise Cancelled()
    assert runner.error is not None
    raise runner.error


def _update_dialog(dialog: QProgressDialog, done: int, total: int, text: str) -> None:
    if total > 0:
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
    if text:
        dialog.setLabelText(text)
