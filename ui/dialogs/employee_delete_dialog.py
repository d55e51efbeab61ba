"""Ask for the reason of a delete: an employee or one history row is never erased, it is
kept as deleted with the reason (a tombstone that also travels in sync bundles).

Tests replace :meth:`DeleteReasonDialog.ask` with ``monkeypatch``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.text import plain

MIN_REASON = 5


class DeleteReasonDialog(QDialog):
    def __init__(self, title: str, question: str, action: str,
                 parent: QWidget | None = None, prompt: str | None = None) -> None:
        super().__init__(parent)
        self._prompt = prompt  # the reason's label when it is not a delete (a restore)
        self.setObjectName("delete_reason")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.question = QLabel(question, self)
        self.question.setObjectName("delete_reason.question")
        self.question.setWordWrap(True)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("delete_reason.prompt")
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("delete_reason.reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(70)
        self.prompt.setBuddy(self.reason)
        self.reason.textChanged.connect(self._update)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok = QPushButton(action, self)
        self.ok.setObjectName("delete_reason.ok")
        self.ok.setAccessibleName(plain(action))
        self.ok.clicked.connect(self.accept)
        self.cancel = QPushButton(self)
        self.cancel.setObjectName("delete_reason.cancel")
        self.cancel.setDefault(True)
        self.cancel.clicked.connect(self.reject)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)
        for widget in (self.question, self.prompt, self.reason):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.retranslate()
        self._update()

    def retranslate(self) -> None:
        self.prompt.setText(self._prompt or self.tr("&Reason (kept with the deleted record):"))
        self.reason.setAccessibleName(plain(self.prompt.text()).rstrip(":"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.cancel.text())
        self._update()

    def _update(self) -> None:
        ok = len(self.text()) >= MIN_REASON
        self.ok.setEnabled(ok)
        self.ok.setToolTip("" if ok else self.tr("Write the reason first (at least %1 "
                                                  "characters).").replace("%1", str(MIN_REASON)))

    def text(self) -> str:
        return self.reason.toPlainText().strip()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, question: str, action: str,
            prompt: str | None = None) -> str | None:
        """The reason typed, or ``None`` when the clerk cancelled."""
        dialog = cls(title, question, action, parent, prompt)
        try:
            return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
