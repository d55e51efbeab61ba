"""A date typed the way clerks write it — ``15-03-1985`` — with a calendar button beside it.

Empty is allowed (the service says when a date is required). What cannot be read as a date
is kept as typed and :meth:`DateField.error` says why ("31-02-2015: tanggal itu tidak ada"),
so the form shows it under the field and never saves a guess. Accepted: ``d-m-yyyy`` with
``-``, ``/`` or ``.``, eight digits ``ddmmyyyy``, and ISO ``yyyy-mm-dd``.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ui.models.employee_labels import fmt_date

_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")


class DateError(ValueError):
    """``kind`` is "format" (not a date at all) or "no_such_day" (31-02-2015)."""

    def __init__(self, kind: str, text: str) -> None:
        super().__init__(text)
        self.kind = kind
        self.text = text


def parse_date(text: str) -> date | None:
    """The date written in ``text`` (``None`` when empty); :class:`DateError` otherwise."""
    text = text.strip()
    if not text:
        return None
    for pattern, order in ((_DMY, "dmy"), (_COMPACT, "dmy"), (_ISO, "ymd")):
        found = pattern.match(text)
        if found:
            a, b, c = (int(g) for g in found.groups())
            day, month, year = (a, b, c) if order == "dmy" else (c, b, a)
            try:
                return date(year, month, day)
            except ValueError:
                raise DateError("no_such_day", text) from None
    raise DateError("format", text)


def date_error_text(exc: DateError) -> str:
    if exc.kind == "no_such_day":
        text = QCoreApplication.translate("DateField",
                                          "%1: that day does not exist in the calendar.")
    else:
        text = QCoreApplication.translate(
            "DateField", "%1 is not a date; write day-month-year, e.g. 15-03-1985.")
    return text.replace("%1", exc.text)


class DateField(QWidget):
    edited = Signal()  # the clerk typed or picked a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit(self)
        self.edit.setMaxLength(24)  # room to show what was mistyped
        self.edit.setMaximumWidth(120)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self._calendar = QCalendarWidget()
        self._calendar.clicked.connect(self._on_calendar_clicked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        self.button.setMenu(menu)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.setFocusProxy(self.edit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(QCoreApplication.translate("DateField", "dd-mm-yyyy"))
        self.button.setToolTip(QCoreApplication.translate("DateField", "Pick from a calendar"))
        self.button.setAccessibleName(self.button.toolTip())

    def setObjectName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setObjectName(name)
        self.edit.setObjectName(f"{name}.text")
        self.button.setObjectName(f"{name}.calendar")

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt override
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- value -------------------------------------------------------------------------------
    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.edit.setText(text)

    def value(self) -> date | None:
        """The date, or ``None`` when empty or unreadable (see :meth:`error`)."""
        try:
            return parse_date(self.edit.text())
        except DateError:
            return None

    def error(self) -> str:
        """Why the text is not a date ('' when it is one or is empty)."""
        try:
            parse_date(self.edit.text())
        except DateError as exc:
            return date_error_text(exc)
        return ""

    def set_value(self, value: date | None) -> None:
        self.edit.setText(fmt_date(value))

    def _tidy(self) -> None:
        value = self.value()
        if value is not None and self.edit.text() != fmt_date(value):
            self.edit.setText(fmt_date(value))

    def _on_menu_about_to_show(self) -> None:
        value = self.value() or date.today()
        self._calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _on_calendar_clicked(self, picked: QDate) -> None:
        self.set_value(date(picked.year(), picked.month(), picked.day()))
        self.button.menu().close()
        self.edited.emit()
