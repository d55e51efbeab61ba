"""Search as you type without a query per keystroke of a fast typist.

The first keystroke after a pause fires at once (no added delay when the clerk types at
a normal pace); keystrokes that follow within :data:`DELAY_MS` of each other are folded into
one query fired when the typing pauses (leading and trailing edge debounce).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

DELAY_MS = 150


class SearchDebouncer(QObject):
    fired = Signal()

    def __init__(self, parent: QObject | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(parent)
        self._pending = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timeout)

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(delay_ms)

    @property
    def pending(self) -> bool:
        return self._pending

    def poke(self) -> None:
        """The text changed."""
        if self._timer.isActive():
            self._pending = True
        else:
            self._pending = False
            self.fired.emit()
        self._timer.start()

    def flush(self) -> None:
        """Fire now if a change is waiting (Enter pressed)."""
        if self._pending:
            self._timer.stop()
            self._on_timeout()

    def _on_timeout(self) -> None:
        if self._pending:
            self._pending = False
            self.fired.emit()
