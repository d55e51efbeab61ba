"""Export a bundle: choose the peer office and the folder (or USB drive) to write it to.

``SyncExportDialog.ask(parent, peers, folder)`` returns ``(office_code, folder)`` or None;
tests replace it. ``ask_passphrase`` asks for the office key's passphrase when it has one.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.sync.status import PeerStatus


class SyncExportDialog(QDialog):
    def __init__(self, peers: Sequence[PeerStatus], folder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync_export")
        self.setMinimumWidth(520)
        self.peer = QComboBox(self)
        self.peer.setObjectName("sync_export.peer")
        for p in peers:
            if p.trusted:
                self.peer.addItem(f"{p.office_code} — {p.name}".rstrip(" —"), p.office_code)
        self.folder = QLineEdit(folder, self)
        self.folder.setObjectName("sync_export.folder")
        self.browse = QPushButton(self)
        self.browse.setObjectName("sync_export.browse")
        self.browse.clicked.connect(self._on_browse)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("sync_export.error")
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("sync_export.submit")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("sync_export.cancel")
        self.buttons.accepted.connect(self._on_accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.browse)
        self.peer_label, self.folder_label = QLabel(self), QLabel(self)
        self.form.addRow(self.peer_label, self.peer)
        self.form.addRow(self.folder_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a bundle"))
        self.peer_label.setText(self.tr("For office"))
        self.folder_label.setText(self.tr("Folder or USB drive"))
        self.browse.setText(self.tr("Choose…"))
        self.hint.setText(self.tr(
            "The bundle holds every change the office has not confirmed yet. After writing, "
            "the file is read back and checked before it is reported done."))
        self.submit_button.setText(self.tr("Export"))
        self.cancel_button.setText(self.tr("Cancel"))
        for widget, name in ((self.peer, self.tr("For office")),
                             (self.folder, self.tr("Folder or USB drive")),
                             (self.browse, self.tr("Choose…"))):
            widget.setAccessibleName(name)
        self.setAccessibleName(self.windowTitle())

    def _on_browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Folder or USB drive"),
                                                self.folder.text() or str(Path.home()))
        if name:
            self.folder.setText(name)

    def _on_accept(self) -> None:
        if self.peer.currentData() is None:
            self.error.setText(self.tr("No trusted office to send to: trust its identity "
                                       "card first."))
            return
        folder = Path(self.folder.text().strip())
        if not self.folder.text().strip() or not folder.is_dir():
            self.error.setText(self.tr("This folder does not exist: choose a folder or plug "
                                       "in the USB drive."))
            return
        self.accept()

    def choice(self) -> tuple[str, str]:
        return str(self.peer.currentData()), self.folder.text().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, peers: Sequence[PeerStatus],
            folder: str) -> tuple[str, str] | None:
        dialog = cls(peers, folder, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_passphrase(parent: QWidget | None) -> str | None:
    """The office key passphrase, or None when the clerk cancelled."""
    text, ok = QInputDialog.getText(
        parent, QCoreApplication.translate("SyncExportDialog", "Office key"),
        QCoreApplication.translate("SyncExportDialog", "Passphrase of this office's key:"),
        QLineEdit.EchoMode.Password)
    return text if ok else None
