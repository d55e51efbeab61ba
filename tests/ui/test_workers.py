"""JobRunner: the GUI-thread facade over a background job (style.md A.7)."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.errors import NotFound
from app.jobs import Progress
from ui.workers import JobRunner, run_blocking, run_with_progress


def _counting_job(progress: Progress) -> int:
    for i in range(1, 6):
        progress.step(i, 5, f"langkah {i}")
    return 42


def _waits_for_cancel(progress: Progress) -> str:
    for i in range(10_000):
        progress.step(i, 10_000, "menunggu")
        time.sleep(0.005)
    return "never cancelled"


def test_job_runner_success_reports_progress_and_result_on_gui_thread(qtbot):
    runner = JobRunner(_counting_job)
    seen: list[tuple[int, int, str]] = []
    threads: list[bool] = []
    gui = QCoreApplication.instance().thread()
    runner.progressed.connect(lambda d, t, s: (seen.append((d, t, s)),
                                               threads.append(QThread.currentThread() is gui)))
    runner.succeeded.connect(lambda _r: threads.append(QThread.currentThread() is gui))
    with qtbot.waitSignal(runner.finished, timeout=5000), \
            qtbot.waitSignal(runner.succeeded, timeout=5000) as ok:
        runner.start()
    assert ok.args == [42]
    assert runner.result == 42 and runner.outcome == "ok"
    assert seen[-1] == (5, 5, "langkah 5")  # the last step always gets through
    assert threads and all(threads)
    assert not runner.is_running()


def test_job_runner_failure_gives_catalog_text(qtbot):
    def job(_progress):
        raise NotFound(what="pegawai 1985")

    runner = JobRunner(job)
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed, \
            qtbot.assertNotEmitted(runner.succeeded), \
            qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    assert failed.args == ["Data pegawai 1985 tidak ditemukan."]
    assert isinstance(runner.error, NotFound)


def test_job_runner_unexpected_error_names_its_type(qtbot):
    def job(_progress):
        raise ZeroDivisionError("boom")

    runner = JobRunner(job)
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start()
    assert "ZeroDivisionError" in failed.args[0]


def test_job_runner_cancel_stops_the_job(qtbot):
    runner = JobRunner(_waits_for_cancel)
    runner.progressed.connect(lambda *_: runner.cancel())
    with qtbot.waitSignal(runner.cancelled, timeout=5000), \
            qtbot.assertNotEmitted(runner.succeeded), \
            qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    assert runner.outcome == "cancelled"


def test_job_runner_runs_once(qtbot):
    runner = JobRunner(_counting_job)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start()
    with pytest.raises(RuntimeError):
        runner.start()


def test_shutdown_cancels_and_waits(qtbot):
    started = threading.Event()

    def job(progress):
        started.set()
        return _waits_for_cancel(progress)

    runner = JobRunner(job)
    runner.start()
    assert started.wait(5)
    assert runner.shutdown(5000)
    assert runner.outcome == "cancelled"
    assert not runner.is_running()


def test_progress_dialog_cancel_button_is_batal_and_cancels(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    failures: list[str] = []
    runner = run_with_progress(parent, _waits_for_cancel, title="Ekspor",
                               on_failure=failures.append)
    dialog = parent.findChild(QProgressDialog, "job.progress")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Batal"
    with qtbot.waitSignal(runner.finished, timeout=5000):
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert runner.outcome == "cancelled"
    assert failures == []


def test_run_blocking_returns_result_and_raises_errors(qtbot):
    assert run_blocking(None, _counting_job, title="Hitung") == 42

    def job(_progress):
        raise NotFound(what="berkas")

    with pytest.raises(NotFound):
        run_blocking(None, job, title="Hitung")


def test_destroying_the_page_cancels_the_job_without_aborting(qtbot):
    import shiboken6

    from ui import workers

    started = threading.Event()

    def job(progress):
        started.set()
        return _waits_for_cancel(progress)

    page = QWidget()
    runner = JobRunner(job, page)
    runner.start()
    assert started.wait(5)
    shiboken6.delete(page)  # the page and its runner go while the job still runs
    qtbot.waitUntil(lambda: not workers._live, timeout=5000)
