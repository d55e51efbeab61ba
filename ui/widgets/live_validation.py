"""Check a form as the clerk types, with the service's own rules.

:class:`LiveValidator` waits :data:`DELAY_MS` after the last keystroke, asks the service's
validate function (``validate_history``, ``check_employee``: a few indexed look-ups, well under
the 50 ms a GUI-thread query may take) and shows every problem under its field: first what the
widgets themselves cannot read (a date that does not exist), then the service's errors, then
its warnings. ``validated(ok)`` says whether the form may be saved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.errors import FieldError, SimpegError
from ui.widgets.field_form import FieldForm

DELAY_MS = 200
Problems = tuple[Sequence[FieldError], Sequence[FieldError]]  # errors, warnings
Check = Callable[[dict[str, Any]], Problems]


def first_texts(problems: Sequence[FieldError]) -> dict[str, str]:
    """The first message per field, in the current language."""
    out: dict[str, str] = {}
    for p in problems:
        out.setdefault(p.field, p.text())
    return out


class LiveValidator(QObject):
    validated = Signal(bool)  # True: no error anywhere (the form may be saved)

    def __init__(self, form: FieldForm, check: Check, parent: QObject | None = None) -> None:
        super().__init__(parent or form)
        self.form = form
        self._check = check
        self.errors: dict[str, str] = {}
        self.warnings: dict[str, str] = {}
        self.failure = ""  # the check itself failed (database gone…): said above the buttons
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        form.edited.connect(lambda _name: self._timer.start())

    @property
    def ok(self) -> bool:
        return not self.errors and not self.failure

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def validate_now(self) -> bool:
        self._timer.stop()
        parse = self.form.parse_errors()
        self.failure = ""
        try:
            errors, warnings = self._check(self.form.values())
        except SimpegError as exc:
            errors, warnings = (), ()
            self.failure = exc.text()
        self.errors = {**first_texts(errors), **parse}
        self.warnings = first_texts(warnings)
        self.form.show_problems(self.errors, self.warnings)
        self.validated.emit(self.ok)
        return self.ok

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Errors found on save (a write that raced us): shown on every field they name."""
        self.errors = dict(errors)
        self.form.touched |= set(errors)
        self.form.show_problems(self.errors, self.warnings)
        self.validated.emit(self.ok)

    def summary(self) -> str:
        """The fields still wrong, by label — the disabled Simpan button's tooltip."""
        names = [self.form.label_text(n) for n in self.form.names() if n in self.errors]
        return ", ".join(names)
