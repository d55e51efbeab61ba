"""Ask for the reason of a step that is kept on record: removing an RHK, an indicator, a
feedback entry or a record (kept as deleted with the reason), deleting a draft SKP, taking an
agreed SKP back to draft. Tests replace :meth:`ReasonDialog.ask`.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.text import plain


class ReasonDialog(DeleteReasonDialog):
    """The personnel screen's reason dialog with our own prompt."""

    def __init__(self, title: str, question: str, action: str, prompt: str,
                 parent: QWidget | None = None) -> None:
        self.prompt_text = prompt
        super().__init__(title, question, action, parent)
        self.setObjectName("reason")

    def retranslate(self) -> None:
        super().retranslate()
        if getattr(self, "prompt_text", ""):
            self.prompt.setText(self.prompt_text)
            self.reason.setAccessibleName(plain(self.prompt_text).rstrip(":"))

    @classmethod
    def ask_reason(cls, parent: QWidget | None, title: str, question: str, action: str,
                   prompt: str = "") -> str | None:
        """The reason typed, or ``None`` when the clerk cancelled."""
        dialog = cls(title, question, action, prompt, parent)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
