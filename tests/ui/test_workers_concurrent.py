"""Several background jobs at once — the clerk's everyday case (the list page and its count, the
Beranda counts, a print job) — must never crash or hang the program.

Two faults did (ui/workers.py, module text): the reaper released a job's ``QThread`` as soon as
``isFinished()`` said so, while the thread was still deleting its worker and calling into that
``QThread``'s Python wrapper (a segfault in a thread with no Python frame); and a job's result was
sent as a Python object through a queued signal, whose copy needs the GIL under a Qt lock the GUI
thread could be waiting for while holding the GIL (a hang). The scenario runs in its own process
(tests/ui/workers_stress.py), so that a crash or a hang fails this test and nothing else.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
ROUNDS = 100  # without the fix about two runs in three of 100 rounds hung


def test_overlapping_cancelled_and_orphaned_jobs_never_crash_or_hang():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for run in range(RUNS):
        try:
            done = subprocess.run(
                [sys.executable, "-X", "faulthandler", "-m", "tests.ui.workers_stress",
                 str(ROUNDS)],
                cwd=ROOT, env=env, capture_output=True, text=True, timeout=30,
            )
        except subprocess.TimeoutExpired as exc:
            raise AssertionError(f"run {run}: the jobs hung\n{exc.stderr}") from None
        assert done.returncode == 0, f"run {run}: exit {done.returncode}\n{done.stderr[-4000:]}"
        outcome = done.stdout.strip().splitlines()[-1].split()
        assert outcome[0] == "ok"
        counts = dict(item.split("=") for item in outcome[1:])
        assert int(counts["cancelled"]) == ROUNDS  # one cancelled job a round
        assert int(counts["ok"]) == ROUNDS * 6 + ROUNDS // 2  # the released ones too
        assert set(counts) <= {"ok", "cancelled", "spare_ok"}
