"""Message boxes with our own translated buttons (Qt ships no Indonesian for its own).

Tests replace these functions with ``monkeypatch`` (they are the ``ask`` of plain messages).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("message")
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setText(text)
    box.setAccessibleName(title)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("message.ok")
    box.exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text)
    ok = box.addButton(QCoreApplication.translate("Messages", "OK"),
                       QMessageBox.ButtonRole.AcceptRole)
    ok.setObjectName("message.ok")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str) -> bool:
    """Ask before doing something; ``yes_text`` names the action (e.g. "Nonaktifkan")."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("message.yes")
    no = box.addButton(QCoreApplication.translate("Messages", "Cancel"),
                       QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("message.no")
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
