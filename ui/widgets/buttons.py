"""The push button every panel and dialog builds the same way."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget


def make_button(parent: QWidget, name: str, slot: Callable[[], Any]) -> QPushButton:
    """A button named ``name`` (text set in ``retranslate``) that calls ``slot()`` and never
    becomes a dialog's default button (Enter stays with the field being edited)."""
    button = QPushButton(parent)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _c=False: slot())
    return button
