"""Many background jobs at once, run as its own process by tests/ui/test_workers_concurrent.py
(``python -m tests.ui.workers_stress ROUNDS``): a crash or a hang then fails that test instead of
taking the test run down with it. Exit status 0 and the line ``ok <outcomes>`` when every job ended.

What a clerk's window does, condensed: pages own their runners (deleted when they finish), jobs of
different lengths overlap, one is cancelled, a page closes while its job runs, the GUI thread is
busy with Python work and keeps starting new jobs while others end. Threads take turns at the GIL
as often as possible (``sys.setswitchinterval``), which widens the windows the old faults needed.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from app.jobs import Progress  # noqa: E402
from ui import workers  # noqa: E402
from ui.workers import JobRunner  # noqa: E402

JOBS_PER_ROUND = 8
SPAWNED_PER_TICK = 3


def _job(steps: int, pause: float):
    def job(progress: Progress) -> list[int]:
        for i in range(steps):
            progress.step(i, steps, "")
            if pause:
                time.sleep(pause)
        return list(range(steps))  # a Python object as the result, like the list pages' rows

    return job


def _blocked(release: threading.Event):
    def job(progress: Progress) -> str:
        while not release.wait(0.002):
            progress.step(0, 1, "")  # raises Cancelled once the runner is cancelled
        return "released"

    return job


def _busy() -> None:
    end = time.perf_counter() + 0.002  # the GUI thread filling a view: it holds the GIL
    while time.perf_counter() < end:
        pass


def _wait(condition, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for jobs")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleteLater


def _start(page: QWidget, job, outcomes: Counter) -> JobRunner:
    runner = JobRunner(job, page)
    runner.finished.connect(lambda: outcomes.update([runner.outcome or "?"]))
    runner.finished.connect(runner.deleteLater)
    runner.start()
    return runner


def run(rounds: int) -> Counter:
    outcomes: Counter = Counter()
    busy = QTimer()
    busy.timeout.connect(_busy)
    busy.start(0)
    spare = QWidget()  # a page that keeps starting small jobs while the others end
    spawner = QTimer()
    spawned: Counter = Counter()
    spawner.timeout.connect(
        lambda: [_start(spare, _job(1, 0), spawned) for _ in range(SPAWNED_PER_TICK)])
    spawner.start(1)
    for round_no in range(rounds):
        page = QWidget()
        release = threading.Event()
        before = outcomes.total()
        for n in range(JOBS_PER_ROUND):
            job = _blocked(release) if n % 4 == 3 else _job(n % 4 * 3, 0.001 * (n % 3))
            runner = _start(page, job, outcomes)
            if n == 3:
                runner.cancel()
        del runner
        # the second blocked job is left running; everything else ends by itself
        _wait(lambda b=before: outcomes.total() >= b + JOBS_PER_ROUND - 1)
        if round_no % 2:
            page.deleteLater()  # the page closes: its runner dies with it, the job is cancelled
        else:
            page.close()
            release.set()  # the job ends by itself; its page is closed but still there
            _wait(lambda b=before: outcomes.total() >= b + JOBS_PER_ROUND)
            page.deleteLater()
        del page
    spawner.stop()
    busy.stop()
    _wait(lambda: not workers._live)
    spare.deleteLater()
    return outcomes + Counter({f"spare_{k}": v for k, v in spawned.items()})


def main(argv: list[str]) -> int:
    rounds = int(argv[1]) if len(argv) > 1 else 100
    app = QApplication.instance() or QApplication(argv[:1])
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        outcomes = run(rounds)
    finally:
        sys.setswitchinterval(switch)
    JobRunner.shutdown_all()
    app.processEvents()
    print("ok", " ".join(f"{k}={v}" for k, v in sorted(outcomes.items())), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
