"""The dry run of an import, shown before anything changes: who sent the bundle, when, its
sender's fingerprint, and per table how many records are new, changed, deleted and in conflict.

``SyncPreviewDialog.ask(parent, result)`` returns True when the clerk chose *Apply*.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.sync.import_result import ImportResult
from ui.models.sync_models import ImportCountsTableModel, time_text


class SyncPreviewDialog(QDialog):
    def __init__(self, result: ImportResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setObjectName("sync_preview")
        self.resize(640, 480)
        self.sender_value = self._value("sync_preview.sender")
        self.fingerprint = self._value("sync_preview.fingerprint")
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 11pt")
        self.created = self._value("sync_preview.created")
        self.number = self._value("sync_preview.number")
        self.summary = self._value("sync_preview.summary")
        self.summary.setWordWrap(True)
        self.warnings = self._value("sync_preview.warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00")
        self.model = ImportCountsTableModel(self)
        self.model.set_rows(result.tables)
        self.table = QTableView(self)
        self.table.setObjectName("sync_preview.tables")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(4)]
        for label, value in zip(self.labels, (self.sender_value, self.fingerprint, self.created,
                                              self.number), strict=True):
            self.form.addRow(label, value)
        self.buttons = QDialogButtonBox(self)
        self.submit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.submit_button.setObjectName("sync_preview.apply")
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("sync_preview.cancel")
        self.cancel_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _value(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        return label

    def retranslate(self) -> None:
        r = self.result
        self.setWindowTitle(self.tr("Import preview — nothing changed yet"))
        self.setAccessibleName(self.windowTitle())
        for label, text in zip(self.labels, (self.tr("Sent by"), self.tr("Sender fingerprint"),
                                             self.tr("Made on"), self.tr("Bundle number")),
                               strict=True):
            label.setText(text)
        self.sender_value.setText(f"{r.sender} — {r.sender_name}")
        self.fingerprint.setText(r.fingerprint)
        self.created.setText(time_text(r.created_at))
        self.number.setText(str(r.link_seq))
        self.summary.setText(
            self.tr("%1 new, %2 changed, %3 deleted; %4 conflicts expected; %5 changes "
                    "already here.")
            .replace("%1", str(r.rows_new)).replace("%2", str(r.rows_changed))
            .replace("%3", str(r.rows_deleted)).replace("%4", str(r.conflicts + r.held))
            .replace("%5", str(r.duplicate_changes)))
        self.warnings.setText("\n".join(r.warnings))
        self.warnings.setVisible(bool(r.warnings))
        self.table.setAccessibleName(self.tr("Changes per table"))
        self.submit_button.setText(self.tr("Apply"))
        self.cancel_button.setText(self.tr("Cancel"))

    @classmethod
    def ask(cls, parent: QWidget | None, result: ImportResult) -> bool:
        return cls(result, parent).exec() == QDialog.DialogCode.Accepted
