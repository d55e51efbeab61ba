"""Edit the merged values of a conflict: one field per value, started from the value that
stands now; the other office's value is shown beside each field.

``ConflictMergeDialog.ask(parent, item)`` returns ``(values, reason)`` or None.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.sync.status import ConflictItem
from ui.models.sync_models import value_text


def parse_like(text: str, original: Any) -> Any:
    """The typed text as the same kind of value as ``original`` (empty → None)."""
    text = text.strip()
    if text == "":
        return None
    if isinstance(original, bool):
        return text.lower() in ("1", "ya", "yes", "true", "benar")
    if isinstance(original, int):
        try:
            return int(text)
        except ValueError:
            return text
    if isinstance(original, float):
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text
    return text


class ConflictMergeDialog(QDialog):
    def __init__(self, item: ConflictItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("conflict_merge")
        self.setMinimumWidth(600)
        local = item.local.values or {}
        incoming = item.incoming.values or {}
        standing = incoming if item.winner == "incoming" else local
        self.originals = {k: standing.get(k, local.get(k, incoming.get(k)))
                          for k in sorted(set(local) | set(incoming))}
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        self.head = [QLabel(self) for _ in range(3)]
        for col, label in enumerate(self.head):
            label.setStyleSheet("font-weight: bold")
            grid.addWidget(label, 0, col)
        for row, (name, value) in enumerate(self.originals.items(), start=1):
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setObjectName(f"conflict_merge.{name}")
            edit.setAccessibleName(name)
            other = incoming if standing is local else local
            hint = QLabel(value_text(other.get(name)), self)
            grid.addWidget(QLabel(name, self), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(hint, row, 2)
            self.fields[name] = edit
        self.reason = QLineEdit(self)
        self.reason.setObjectName("conflict_merge.reason")
        self.reason_label = QLabel(self)
        grid.addWidget(self.reason_label, len(self.originals) + 1, 0)
        grid.addWidget(self.reason, len(self.originals) + 1, 1, 1, 2)
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("conflict_merge.submit")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("conflict_merge.cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit the merged values — %1")
                            .replace("%1", self.item.record_label))
        self.setAccessibleName(self.windowTitle())
        for label, text in zip(self.head, (self.tr("Field"), self.tr("Merged value"),
                                           self.tr("The other office's value")), strict=True):
            label.setText(text)
        self.reason_label.setText(self.tr("Reason (optional)"))
        self.reason.setAccessibleName(self.tr("Reason (optional)"))
        self.submit_button.setText(self.tr("Save merged values"))
        self.cancel_button.setText(self.tr("Cancel"))

    def values(self) -> dict[str, Any]:
        return {name: parse_like(edit.text(), self.originals[name])
                for name, edit in self.fields.items()}

    @classmethod
    def ask(cls, parent: QWidget | None,
            item: ConflictItem) -> tuple[dict[str, Any], str] | None:
        dialog = cls(item, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values(), dialog.reason.text().strip()
