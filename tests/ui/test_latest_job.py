"""LatestJob: one job at a time; a request while one runs marks the view stale, and the next
request builds its job anew (the filters of that moment)."""

from __future__ import annotations

import threading

from ui.workers import LatestJob


def test_a_request_while_running_marks_stale_and_the_next_reads_the_new_filter(qtbot):
    gate = threading.Event()
    filters = {"year": 2025}
    answers: list[int] = []

    def make_job():
        year = filters["year"]  # read when the job starts, on the GUI thread

        def job(_progress):
            gate.wait(5)
            return year
        return job

    latest = LatestJob(make_job)
    latest.succeeded.connect(answers.append)
    assert latest.request() and latest.running and not latest.stale
    filters["year"] = 2026
    assert not latest.request()  # one at a time
    assert latest.stale
    with qtbot.waitSignal(latest.finished, timeout=5000):
        gate.set()
    assert answers == [2025] and not latest.running and latest.stale
    with qtbot.waitSignal(latest.finished, timeout=5000):
        assert latest.request()
    assert answers == [2025, 2026] and not latest.stale
    latest.deleteLater()
