"""The columns of a daftar nominatif: tick the ones to print, drag (or move with the buttons)
to change their order. The choice is kept for the next time (QSettings)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.reports.nominatif import DEFAULT_COLUMNS, nominatif_columns
from ui.i18n import current_language
from ui.text import plain

ID_ROLE = Qt.ItemDataRole.UserRole


class ColumnChooser(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports.columns")
        self.list = QListWidget(self)
        self.list.setObjectName("reports.columns.list")
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setMinimumHeight(150)
        self.list.itemChanged.connect(lambda _i: self.changed.emit())
        self.up_button = self._button("reports.columns.up", lambda: self.move(-1))
        self.down_button = self._button("reports.columns.down", lambda: self.move(1))
        self.default_button = self._button("reports.columns.default", self.reset)
        buttons = QVBoxLayout()
        for b in (self.up_button, self.down_button, self.default_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_columns(DEFAULT_COLUMNS)
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def set_columns(self, chosen: Sequence[str]) -> None:
        """Tick ``chosen`` in that order; the other columns follow, unticked."""
        labels = dict(nominatif_columns(current_language()))
        wanted = [c for c in chosen if c in labels]
        self.list.blockSignals(True)
        self.list.clear()
        for column_id in [*wanted, *(c for c in labels if c not in wanted)]:
            item = QListWidgetItem(labels[column_id])
            item.setData(ID_ROLE, column_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            item.setCheckState(Qt.CheckState.Checked if column_id in wanted
                               else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> tuple[str, ...]:
        """The ticked column ids, in list order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return tuple(item.data(ID_ROLE) for item in items
                     if item.checkState() == Qt.CheckState.Checked)

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()

    def reset(self) -> None:
        self.set_columns(DEFAULT_COLUMNS)

    def retranslate(self) -> None:
        labels = dict(nominatif_columns(current_language()))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(labels.get(item.data(ID_ROLE), item.text()))
        for button, text in ((self.up_button, self.tr("Move &up")),
                             (self.down_button, self.tr("Move do&wn")),
                             (self.default_button, self.tr("&Default columns"))):
            button.setText(text)
            button.setAccessibleName(plain(text))
        self.list.setAccessibleName(self.tr("Columns to print"))
        self.list.setToolTip(self.tr("Tick the columns to print; drag to change their order."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
