"""JobRunner and Python's garbage collector: no automatic collection while a job runs, workers
deleted on the GUI thread once their thread has ended, and many jobs with collections on the GUI
thread do not crash."""

from __future__ import annotations

import gc
import threading

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from ui import workers
from ui.workers import JobRunner


@pytest.fixture
def collector_on():
    """Automatic collection on, as in the application (the UI fixtures switch it off)."""
    gc.enable()
    yield
    JobRunner.shutdown_all()
    gc.disable()  # the autouse fixture collects and switches it back on after the test


def _idle(qtbot):
    qtbot.waitUntil(lambda: not workers._live and not workers.gc_guard.suspended, timeout=5000)


def test_collection_is_suspended_while_a_job_runs_and_resumed_after(qtbot, collector_on):
    release = threading.Event()
    seen: list[bool] = []

    def job(_progress):
        seen.append(gc.isenabled())
        assert release.wait(5)
        return "ok"

    runner = JobRunner(job)
    runner.start()
    assert not gc.isenabled()
    release.set()
    qtbot.waitUntil(lambda: runner.outcome == "ok", timeout=5000)
    _idle(qtbot)
    assert seen == [False]
    assert gc.isenabled()
    runner.deleteLater()


def test_a_collector_switched_off_by_someone_else_stays_off(qtbot):
    assert not gc.isenabled()  # the UI test fixture switched it off
    runner = JobRunner(lambda _p: 1)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    _idle(qtbot)
    assert not gc.isenabled()
    runner.deleteLater()


def test_the_worker_is_deleted_on_the_gui_thread_once_its_thread_has_ended(qtbot):
    """Never on the worker thread, and never before that thread is over (ui/workers.py)."""
    runner = JobRunner(lambda _p: 1)
    worker, thread = runner._worker, runner._thread
    state_when_deleted: list[tuple[bool, bool]] = []
    original = workers._Reaper.reap

    def reap(self) -> None:
        original(self)
        if not shiboken6.isValid(worker) and not state_when_deleted:
            state_when_deleted.append((thread.isFinished(), thread.isRunning()))

    workers._Reaper.reap = reap  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(runner.finished, timeout=5000):
            runner.start()
        qtbot.waitUntil(lambda: not shiboken6.isValid(worker), timeout=5000)
    finally:
        workers._Reaper.reap = original  # type: ignore[method-assign]
    assert state_when_deleted == [(True, False)]
    runner.deleteLater()


class _Cyclic(QWidget):
    """A widget in a reference cycle (a slot that holds the widget): only the collector frees it."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("siklus", self)
        self.me = self
        self.label.linkActivated.connect(lambda _t: self.label.clear())


def test_many_jobs_with_collections_on_the_gui_thread_finish(qtbot, collector_on):
    """Jobs that make cyclic garbage run while the GUI thread makes cyclic widgets and forces
    collections; every job must end normally (before the guard this could crash)."""

    def job(progress):
        for i in range(300):
            junk: list[object] = [i]
            junk.append(junk)  # cyclic garbage made on the worker thread
            progress.step(i, 300, "")
        return "ok"

    collections = 0

    def churn() -> None:
        nonlocal collections
        for _ in range(5):
            _Cyclic()
        gc.collect()
        collections += 1

    timer = QTimer()
    timer.timeout.connect(churn)
    timer.start(2)
    runners = []
    for _ in range(40):
        runner = JobRunner(job)
        runners.append(runner)
        runner.start()
        if len(runners) % 4 == 0:
            qtbot.waitUntil(lambda: all(r.outcome for r in runners), timeout=10_000)
    qtbot.waitUntil(lambda: all(r.outcome for r in runners), timeout=10_000)
    timer.stop()
    _idle(qtbot)
    assert [r.outcome for r in runners] == ["ok"] * 40
    assert collections > 0
    assert gc.isenabled()
    for runner in runners:
        runner.deleteLater()
