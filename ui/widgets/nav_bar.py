"""The navigation sidebar: one checkable button per registered page (``nav.<key>``)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.assets import icon
from ui.pages.registry import NavSlot
from ui.text import plain

NAV_STYLE = """
QFrame#nav { background: #e3e9ef; border-right: 1px solid #c5ced8; }
QFrame#nav QToolButton { border: none; border-radius: 4px; padding: 4px 8px; text-align: left; }
QFrame#nav QToolButton:hover { background: #d2dce6; }
QFrame#nav QToolButton:checked { background: #1e5a8a; color: white; font-weight: 600; }
"""


class NavBar(QFrame):
    """Emits ``page_requested(key)`` when the clerk picks a page."""

    page_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nav")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFixedWidth(196)
        self.setStyleSheet(NAV_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 8, 6, 8)
        self._layout.setSpacing(2)
        self._layout.addStretch(1)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, tuple[NavSlot, QToolButton]] = {}

    def add_slot(self, slot: NavSlot) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(f"nav.{slot.key}")
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setIcon(icon(slot.icon))
        button.setIconSize(QSize(20, 20))
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumHeight(36)
        button.clicked.connect(lambda: self.page_requested.emit(slot.key))
        self._group.addButton(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        self._buttons[slot.key] = (slot, button)
        self._retranslate_button(slot, button)
        return button

    def keys(self) -> list[str]:
        return list(self._buttons)

    def button(self, key: str) -> QToolButton:
        return self._buttons[key][1]

    def set_current(self, key: str) -> None:
        self._buttons[key][1].setChecked(True)

    def _retranslate_button(self, slot: NavSlot, button: QToolButton) -> None:
        text = slot.label()
        button.setText(text)
        button.setAccessibleName(plain(text))
        button.setToolTip(plain(text))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            for slot, button in self._buttons.values():
                self._retranslate_button(slot, button)
        super().changeEvent(event)
