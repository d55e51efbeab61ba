"""The database is damaged: say so plainly at start-up and offer the way out — restore a
backup (the newest is chosen; any other from the list, or a backup file from elsewhere), open
another database, or quit. The damaged file is never deleted: it is kept beside the database
for a technician.

Tests replace :meth:`IntegrityDialog.ask` (and :func:`ask_open_path` for the file choices).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.backup import BackupInfo
from ui.text import plain
from ui.widgets.backup_labels import backup_line

PATH_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class IntegrityChoice:
    action: str  # "restore", "open" or "quit"
    path: Path | None = None  # the backup to restore, or the database to open


def ask_open_path(parent: QWidget | None, title: str, filter_text: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
    return Path(name) if name else None


class IntegrityDialog(QDialog):
    def __init__(self, db: str, problem: str, backups: Sequence[BackupInfo],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("integrity")
        self.db = db
        self.problem = problem
        self.choice = IntegrityChoice("quit")
        self.heading = QLabel(self)
        self.heading.setObjectName("integrity.heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600; color: #b3261e;")
        self.text = QLabel(self)
        self.text.setObjectName("integrity.text")
        self.text.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("integrity.detail")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #5b6b7b;")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list_label = QLabel(self)
        self.backups = QListWidget(self)
        self.backups.setObjectName("integrity.backups")
        for info in backups:
            item = QListWidgetItem(backup_line(info))
            item.setData(PATH_ROLE, str(info.path))
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.backups.itemDoubleClicked.connect(lambda _i: self.restore_chosen())
        self.list_label.setBuddy(self.backups)
        self.restore_button = self._button("integrity.restore", self.restore_chosen)
        self.restore_file_button = self._button("integrity.restore_file", self.restore_file)
        self.open_button = self._button("integrity.open", self.open_other)
        self.quit_button = self._button("integrity.quit", self.reject)
        self.restore_button.setEnabled(bool(backups))
        self.restore_button.setDefault(bool(backups))
        buttons = QHBoxLayout()
        for b in (self.restore_button, self.restore_file_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        for w in (self.heading, self.text, self.detail, self.list_label):
            layout.addWidget(w)
        layout.addWidget(self.backups, 1)
        layout.addLayout(buttons)
        self.resize(720, 460)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def restore_chosen(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self.choice = IntegrityChoice("restore", Path(item.data(PATH_ROLE)))
            self.accept()

    def restore_file(self) -> None:
        path = ask_open_path(self, self.tr("Choose a backup file"),
                             self.tr("SIMPEG backups (*.db);;All files (*)"))
        if path is not None:
            self.choice = IntegrityChoice("restore", path)
            self.accept()

    def open_other(self) -> None:
        path = ask_open_path(self, self.tr("Open another database"),
                             self.tr("SIMPEG databases (*.db);;All files (*)"))
        if path is not None:
            self.choice = IntegrityChoice("open", path)
            self.accept()

    def reject(self) -> None:
        self.choice = IntegrityChoice("quit")
        super().reject()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setAccessibleName(self.windowTitle())
        self.heading.setText(self.tr("The database is damaged"))
        self.text.setText(self.tr(
            "SIMPEG found damage in the database %1, so it was not opened: working on it could "
            "lose more data. Restore the latest good backup (the damaged file is kept beside "
            "it for a technician, nothing is deleted), open another database, or quit.")
            .replace("%1", self.db))
        self.detail.setText(self.tr("Technical detail: %1").replace(
            "%1", self.problem.splitlines()[0] if self.problem else "-"))
        self.list_label.setText(self.tr("&Backups of this database (newest first):")
                                if self.backups.count() else
                                self.tr("No backup of this database was found in its backup "
                                        "folder; choose a backup file if you have one."))
        self.backups.setAccessibleName(self.tr("Backups"))
        for button, text in ((self.restore_button, self.tr("&Restore the chosen backup")),
                             (self.restore_file_button, self.tr("Restore from a &file…")),
                             (self.open_button, self.tr("&Open another database…")),
                             (self.quit_button, self.tr("&Quit"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, db: str, problem: str, backups: Sequence[BackupInfo],
            parent: QWidget | None = None) -> IntegrityChoice:
        dialog = cls(db, problem, backups, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            dialog.exec()
            return dialog.choice
        finally:
            dialog.deleteLater()
