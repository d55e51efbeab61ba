"""Trust another office's identity card: the card's fingerprint is shown, the clerk types the
fingerprint from the official letter (or read out on the phone); only a match is trusted.

``TrustDialog.ask(parent, ctx, card_path, preview)`` returns the trusted PeerStatus or None.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError, ValidationError
from app.services.sync_service import CardPreview, trust_peer
from app.sync.status import PeerStatus

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class TrustDialog(QDialog):
    def __init__(self, ctx: ServiceContext, card_path: str | Path, preview: CardPreview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.card_path, self.preview = ctx, str(card_path), preview
        self.trusted: PeerStatus | None = None
        self.busy = False
        self.setObjectName("trust")
        self.setMinimumWidth(560)
        self.office = QLabel(f"{preview.office_code} — {preview.office_name}", self)
        self.office.setObjectName("trust.office")
        self.card_fingerprint = QLabel(preview.fingerprint_text, self)
        self.card_fingerprint.setObjectName("trust.card_fingerprint")
        self.card_fingerprint.setStyleSheet("font-family: monospace; font-size: 12pt")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setObjectName("trust.fingerprint")
        self.error = QLabel(self)
        self.error.setObjectName("trust.fingerprint.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("trust.submit")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("trust.cancel")
        self.buttons.accepted.connect(self._on_submit)
        self.buttons.rejected.connect(self.reject)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.office)
        form.addRow(self.labels[1], self.card_fingerprint)
        form.addRow(self.labels[2], self.fingerprint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Trust an office's identity card"))
        self.setAccessibleName(self.windowTitle())
        names = (self.tr("Office"), self.tr("Fingerprint on the card"),
                 self.tr("Fingerprint from the letter or phone"))
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)
        for widget, text in zip((self.office, self.card_fingerprint, self.fingerprint), names,
                                strict=True):
            widget.setAccessibleName(text)
        self.explain.setText(self.tr(
            "Call the office (or read its official letter) and have its fingerprint read out. "
            "Type it here: the card is trusted only if every digit matches. A file can be "
            "swapped on the way; a phone call to a known number cannot."))
        self.submit_button.setText(self.tr("Trust"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _on_submit(self) -> None:
        self.error.clear()
        self.busy = True
        try:
            self.trusted = self.ctx.write(trust_peer, self.card_path, self.fingerprint.text())
        except ValidationError as e:
            self.error.setText(e.by_field().get("fingerprint") or e.text())
            self.fingerprint.setFocus()
            return
        except SimpegError as e:
            self.error.setText(e.text())
            return
        finally:
            self.busy = False
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, card_path: str | Path,
            preview: CardPreview) -> PeerStatus | None:
        dialog = cls(ctx, card_path, preview, parent)
        return dialog.trusted if dialog.exec() == QDialog.DialogCode.Accepted else None
