"""The question before unsaved changes would be lost: Simpan / Buang / Batal.

Tests replace :meth:`UnsavedChangesDialog.ask` with ``monkeypatch``.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

TITLE = QT_TRANSLATE_NOOP("UnsavedChangesDialog", "Unsaved changes")
QUESTION = QT_TRANSLATE_NOOP("UnsavedChangesDialog",
                             "The changes to %1 are not saved yet. Save them now?")
SAVE = QT_TRANSLATE_NOOP("UnsavedChangesDialog", "&Save")
DISCARD = QT_TRANSLATE_NOOP("UnsavedChangesDialog", "&Discard")
CANCEL = QT_TRANSLATE_NOOP("UnsavedChangesDialog", "Cancel")


class Choice(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("UnsavedChangesDialog", text)


class UnsavedChangesDialog:
    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> Choice:
        """``what`` names the record ("Siti Aminah"). Closing the box means Batal."""
        box = QMessageBox(parent)
        box.setObjectName("unsaved")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr(TITLE))
        box.setAccessibleName(box.windowTitle())
        box.setText(_tr(QUESTION).replace("%1", what))
        save = box.addButton(_tr(SAVE), QMessageBox.ButtonRole.AcceptRole)
        save.setObjectName("unsaved.save")
        discard = box.addButton(_tr(DISCARD), QMessageBox.ButtonRole.DestructiveRole)
        discard.setObjectName("unsaved.discard")
        cancel = box.addButton(_tr(CANCEL), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("unsaved.cancel")
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Choice.SAVE
        if clicked is discard:
            return Choice.DISCARD
        return Choice.CANCEL
