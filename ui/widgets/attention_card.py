"""One "needs attention" item of the Beranda: a large count over what it counts; a button, so
it takes the keyboard focus and Enter/Space open it like a click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

CARD_STYLE = """
QPushButton { background: white; border: 1px solid #c5ced8; border-left: 5px solid %(accent)s;
  border-radius: 4px; text-align: left; }
QPushButton:hover { background: #f2f6fa; }
QPushButton:focus { border: 2px solid #1e5a8a; border-left: 5px solid %(accent)s; }
"""
DUE_ACCENT, CLEAR_ACCENT = "#c77700", "#7c9a7e"


class AttentionCard(QPushButton):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"home.item.{key}")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(96)
        self.count = QLabel(self)
        self.count.setObjectName(f"home.item.{key}.count")
        self.title = QLabel(self)
        self.title.setObjectName(f"home.item.{key}.title")
        self.title.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName(f"home.item.{key}.hint")
        self.hint.setStyleSheet("color: #5b6b7b;")
        for label in (self.count, self.title, self.hint):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.count)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.hint)
        self.show_value(None, "", "")

    def show_value(self, count: int | None, count_text: str, title: str, hint: str = "") -> None:
        """``count`` None: still loading."""
        accent = DUE_ACCENT if count else CLEAR_ACCENT
        self.setStyleSheet(CARD_STYLE % {"accent": accent})
        color = "#8a4b00" if count else "#4a5a4c"
        self.count.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {color};")
        self.count.setText(count_text if count is not None else "…")
        self.title.setText(title)
        self.hint.setText(hint)
        self.setAccessibleName(f"{self.count.text()} {title}".strip())
        self.setToolTip(hint)
