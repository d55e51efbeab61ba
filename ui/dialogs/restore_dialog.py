"""Before a restore: what the backup holds next to what the database holds now — when it was
made, by which office, how many employees, histories, SKPs, users — and what will happen
(a safety backup first, then everyone logs in again). Tests replace :meth:`RestoreDialog.ask`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.backup import BackupInfo
from ui.text import plain
from ui.widgets.backup_labels import count_lines, kind_text, size_text, when_text


class RestoreDialog(QDialog):
    def __init__(self, backup: BackupInfo, current: BackupInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore")
        self.backup = backup
        self.current = current
        self.heading = QLabel(self)
        self.heading.setObjectName("restore.heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        form = QFormLayout()
        self.info: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("file", "created", "office", "size"):
            label, value = QLabel(self), QLabel(self)
            value.setObjectName(f"restore.{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(label, value)
            self.info[key] = (label, value)
        self.counts = QTableWidget(0, 3, self)
        self.counts.setObjectName("restore.counts")
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.counts.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.warning = QLabel(self)
        self.warning.setObjectName("restore.warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00;")
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("restore.submit")
        self.submit_button.clicked.connect(self.accept)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("restore.cancel")
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.warning)
        layout.addLayout(buttons)
        self._fill()
        self.resize(600, 520)
        self.retranslate()

    def _fill(self) -> None:
        b = self.backup
        self.info["file"][1].setText(str(b.path))
        self.info["size"][1].setText(size_text(b.size))
        self.info["office"][1].setText(b.office_code or "-")
        now = dict(count_lines(self.current)) if self.current is not None else {}
        rows = count_lines(b)
        self.counts.setRowCount(len(rows))
        for r, (label, value) in enumerate(rows):
            for c, text in enumerate((label, value, now.get(label, "-"))):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(r, c, item)

    def value_of(self, key: str) -> str:
        return self.info[key][1].text()

    def count_of(self, label: str) -> tuple[str, str]:
        """(in the backup, now) of a counted row, by its label (tests)."""
        for r in range(self.counts.rowCount()):
            if self.counts.item(r, 0).text() == label:
                return self.counts.item(r, 1).text(), self.counts.item(r, 2).text()
        raise KeyError(label)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setAccessibleName(self.windowTitle())
        self.heading.setText(self.tr("Restore the database from this backup?"))
        labels = {"file": self.tr("File:"), "created": self.tr("Made on:"),
                  "office": self.tr("Office:"), "size": self.tr("Size:")}
        for key, (label, value) in self.info.items():
            label.setText(labels[key])
            value.setAccessibleName(labels[key].rstrip(":"))
        self.info["created"][1].setText(f"{when_text(self.backup)} "
                                        f"({kind_text(self.backup.reason)})")
        self.counts.setHorizontalHeaderLabels([self.tr("Data"), self.tr("In the backup"),
                                               self.tr("In the database now")])
        self.counts.setAccessibleName(self.tr("What the backup holds"))
        self._fill()
        self.warning.setText(self.tr(
            "The database will be replaced by the backup; whatever was entered after %1 is "
            "lost. A safety backup of the present database is made first, so this can be "
            "undone. Everyone is logged out and logs in again.").replace(
            "%1", when_text(self.backup)))
        self.submit_button.setText(self.tr("&Restore"))
        self.submit_button.setAccessibleName(plain(self.submit_button.text()))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, backup: BackupInfo, current: BackupInfo | None,
            parent: QWidget | None = None) -> bool:
        """True when the clerk chose to restore."""
        dialog = cls(backup, current, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

