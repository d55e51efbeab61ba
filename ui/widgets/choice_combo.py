"""A combo box over ``(code, label)`` pairs: the code is what is stored, the label what is read.

An optional empty entry stands for "not filled in" (or "any" in a filter). A stored code the
list does not know (legacy data) is kept as an extra entry rather than silently replaced.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

Item = tuple[str, str] | tuple[str, str, int]  # code, label[, indent depth]


class ChoiceCombo(QComboBox):
    edited = Signal()  # the clerk picked an entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxVisibleItems(20)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.activated.connect(lambda _i: self.edited.emit())

    def set_choices(self, items: Sequence[Item], empty: str | None = "") -> None:
        """Replace the entries, keeping the current code when it is still there.
        ``empty`` labels the "no value" entry (``None``: no such entry)."""
        current = self.code()
        self.blockSignals(True)
        try:
            self.clear()
            if empty is not None:
                self.addItem(empty, "")
            for item in items:
                code, text = item[0], item[1]
                depth = item[2] if len(item) > 2 else 0  # type: ignore[misc]
                self.addItem("    " * depth + text, code)
            self._select(current)
        finally:
            self.blockSignals(False)

    def code(self) -> str | None:
        value = self.currentData()
        return value if isinstance(value, str) and value else None

    def set_code(self, code: str | None) -> None:
        self.blockSignals(True)
        try:
            self._select(code)
        finally:
            self.blockSignals(False)

    def _select(self, code: str | None) -> None:
        index = self.findData(code or "")
        if index < 0 and code:
            self.addItem(code, code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
