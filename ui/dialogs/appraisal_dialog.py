"""Base of the Kinerja screen's small forms (an RHK, an indicator, a realisation, feedback, an
objection…): a :class:`FieldForm` over the service's own field names, *Simpan* enabled once
the required fields are filled, the write in a background job, and every problem the service
finds shown under its field (the shared :class:`EmployeeRecordDialog` machinery).

A subclass gives its field groups, its choice lists (``code → label`` pairs, translated when
shown) and :meth:`save_job`; ``ask(...)`` class methods are what the pages call and what the
tests replace.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from app.errors import FieldError, ValidationError
from ui.dialogs.employee_record_dialog import EmployeeRecordDialog
from ui.widgets.choice_combo import Item
from ui.widgets.field_form import FieldForm, FieldGroup
from ui.widgets.live_validation import Problems

if TYPE_CHECKING:
    from app.services.context import ServiceContext

ChoiceLists = Mapping[str, Callable[[], Sequence[Item]]]


class AppraisalDialog(EmployeeRecordDialog):
    REQUIRED: tuple[str, ...] = ()

    def __init__(self, name: str, ctx: ServiceContext, groups: Sequence[FieldGroup],
                 choices: ChoiceLists | None = None, parent: QWidget | None = None,
                 values: Mapping[str, Any] | object | None = None) -> None:
        self._lists = dict(choices or {})
        self._save_error = ""  # a refusal of the last save, kept until the clerk edits
        form = FieldForm(name, groups, self._items)
        super().__init__(name, ctx, form, self._check, parent)
        form.edited.connect(self._forget_save_error)
        self.setMinimumWidth(560)
        if values is not None:
            form.set_values(values)

    def _items(self, key: str) -> Sequence[Item]:
        make = self._lists.get(key)
        return make() if make is not None else ()

    def _check(self, values: dict[str, Any]) -> Problems:
        missing = [FieldError(name, "field.required") for name in self.REQUIRED
                   if values.get(name) in (None, "")]
        return [*missing, *self.extra_problems(values)], ()

    def extra_problems(self, values: dict[str, Any]) -> list[FieldError]:
        """Further checks while typing (subclasses)."""
        return []

    def _on_failed(self, exc: BaseException | None, text: str) -> None:
        """Problems the service names on a field of the form go under it; the others
        (the SKP as a whole, a workflow refusal) above the buttons."""
        if isinstance(exc, ValidationError):
            known = set(self.form.names())
            mine = {f: m for f, m in exc.by_field().items() if f in known}
            rest = [m for f, m in exc.by_field().items() if f not in known]
            if mine:
                self.validator.show_errors(mine)
            self._save_error = " ".join(dict.fromkeys(rest))
        else:
            self._save_error = text
        self._update_submit()

    def _update_submit(self) -> None:
        super()._update_submit()
        if self._save_error and not self.validator.failure:
            self.error.setText(self._save_error)
            self.error.show()

    def _forget_save_error(self, _name: str = "") -> None:
        self._save_error = ""

    def start(self) -> None:
        """Called by subclasses once built: texts, then a first check (Simpan state)."""
        self.retranslate()
        self.validator.validate_now()

    def set_texts(self, title: str, intro: str, submit: str) -> None:
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(intro)
        self.intro.setVisible(bool(intro))
        self.set_buttons(submit, self.tr("Cancel"))
        self.form.retranslate()
        self._update_submit()
