"""The contract for long jobs: a plain function ``job(progress) -> result``.

The core reports through :class:`Progress` and stops at the next ``step`` after ``cancel()``.
The UI wraps jobs in a GUI-thread facade (``ui.workers.JobRunner``); the CLI passes a
:class:`Progress` that prints, or the silent default.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside a job by :meth:`Progress.step` once the user has cancelled."""


ProgressCallback = Callable[[int, int, str], None]


class Progress:
    """Progress sink with a cancel flag; safe to call from any thread."""

    def __init__(self, callback: ProgressCallback | None = None) -> None:
        self._callback = callback
        self._cancel = threading.Event()

    def step(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        if self._callback is not None:
            self._callback(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


NO_PROGRESS = Progress()
