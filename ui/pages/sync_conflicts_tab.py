"""The conflict review queue of the Sinkronisasi screen: the open conflicts, and for the chosen
one its values side by side — this office's and the incoming office's, the one that stands now
marked — with *keep this office's value*, *take the incoming value* and *edit merged*.

A decision is a new change that reaches every office (``resolve_conflict``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError
from app.services.auth import Permission, why_not
from app.services.sync_service import resolve_conflict
from app.sync.status import ConflictItem
from ui.dialogs import messages
from ui.dialogs.conflict_merge_dialog import ConflictMergeDialog
from ui.models.sort_proxy import SortProxy
from ui.models.sync_models import ConflictTableModel, kind_text, value_text

if TYPE_CHECKING:
    from app.services.context import ServiceContext

_DIFF = QColor("#fff1c2")


class ConflictsTab(QWidget):
    resolved = Signal(object)  # the ConflictItem after the decision

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("sync.conflicts")
        self.model = ConflictTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("sync.conflicts.table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.title = QLabel(self)
        self.title.setObjectName("sync.conflicts.title")
        self.title.setWordWrap(True)
        self.sides = QTableWidget(0, 3, self)
        self.sides.setObjectName("sync.conflicts.sides")
        self.sides.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sides.verticalHeader().hide()
        header = self.sides.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.keep_local = self._button("sync.conflicts.keep_local", "local")
        self.take_incoming = self._button("sync.conflicts.take_incoming", "incoming")
        self.edit_merged = QPushButton(self)
        self.edit_merged.setObjectName("sync.conflicts.edit_merged")
        self.edit_merged.clicked.connect(self._on_edit_merged)
        buttons = QHBoxLayout()
        for b in (self.keep_local, self.take_incoming, self.edit_merged):
            buttons.addWidget(b)
        buttons.addStretch(1)
        detail = QWidget(self)
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.sides, 1)
        right.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.retranslate()
        self._show_current()

    def _button(self, name: str, take: str) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda: self._resolve(take=take))
        return button

    def retranslate(self) -> None:
        self.keep_local.setText(self.tr("Keep this office's value"))
        self.take_incoming.setText(self.tr("Take the incoming value"))
        self.edit_merged.setText(self.tr("Edit merged…"))
        for b in (self.keep_local, self.take_incoming, self.edit_merged):
            b.setAccessibleName(b.text())
        self.table.setAccessibleName(self.tr("Conflicts to review"))
        self.sides.setAccessibleName(self.tr("Values side by side"))
        self.model.retranslate()
        self._show_current()

    # -- data -----------------------------------------------------------------------------
    def set_conflicts(self, items: list[ConflictItem]) -> None:
        current = self.current()
        self.model.set_rows(items)
        rows = [i for i, c in enumerate(items) if current and c.id == current.id]
        if items:
            source = self.model.index(rows[0] if rows else 0, 0)
            self.table.selectRow(self.proxy.mapFromSource(source).row())
        self._show_current()

    def current(self) -> ConflictItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        item = self.proxy.data(index, ConflictTableModel.RowRole)
        return item if isinstance(item, ConflictItem) else None

    def side_rows(self) -> list[tuple[str, str, str]]:
        """What the side-by-side table shows: (field, here, incoming)."""
        return [tuple(self.sides.item(r, c).text() for c in range(3))  # type: ignore[misc]
                for r in range(self.sides.rowCount())]

    def _show_current(self) -> None:
        item = self.current()
        denied = why_not(self.ctx.user, Permission.CONFLICT_RESOLVE)
        open_ = item is not None and item.status == "open"
        for b in (self.keep_local, self.take_incoming, self.edit_merged):
            b.setEnabled(open_ and denied is None)
            b.setToolTip(denied or "")
        if item is None:
            self.title.setText(self.tr("No conflict to review. Choose one on the left when "
                                       "there are."))
            self.sides.setRowCount(0)
            self._headers(None)
            return
        self.title.setText(
            self.tr("<b>%1</b> — %2 (%3). Detected when the bundle from %4 was imported.")
            .replace("%1", item.record_label).replace("%2", item.unit)
            .replace("%3", kind_text(item.kind)).replace("%4", item.incoming.office or "–"))
        self._headers(item)
        self._fill(item.local.values or {}, item.incoming.values or {})

    def _headers(self, item: ConflictItem | None) -> None:
        here = self.tr("Here (%1)").replace("%1", (item.local.office if item else None) or "–")
        there = self.tr("Incoming (%1)").replace(
            "%1", (item.incoming.office if item else None) or "–")
        standing = self.tr(" — stands now")
        if item is not None and item.winner == "local":
            here += standing
        elif item is not None and item.winner == "incoming":
            there += standing
        self.sides.setHorizontalHeaderLabels([self.tr("Field"), here, there])

    def _fill(self, local: dict[str, Any], incoming: dict[str, Any]) -> None:
        # what differs first, then what either side holds; both empty and search keys left out
        names = sorted((n for n in set(local) | set(incoming)
                        if not n.endswith("_search")
                        and (local.get(n) not in (None, "") or incoming.get(n) not in (None, ""))),
                       key=lambda n: (local.get(n) == incoming.get(n), n))
        self.sides.setRowCount(len(names))
        bold = QFont()
        bold.setBold(True)
        for row, name in enumerate(names):
            differs = local.get(name) != incoming.get(name)
            cells = (name, value_text(local.get(name)), value_text(incoming.get(name)))
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if differs:
                    cell.setBackground(QBrush(_DIFF))
                    cell.setFont(bold)
                self.sides.setItem(row, col, cell)

    # -- decisions ------------------------------------------------------------------------
    def _resolve(self, *, take: str | None = None, values: dict[str, Any] | None = None,
                 reason: str = "") -> None:
        item = self.current()
        if item is None:
            return
        try:
            done = self.ctx.write(resolve_conflict, item.id, take=take, values=values,
                                  reason=reason)
        except SimpegError as e:
            messages.warn(self, self.tr("Conflict not resolved"), e.text())
            return
        self.resolved.emit(done)

    def _on_edit_merged(self) -> None:
        item = self.current()
        if item is None:
            return
        answer = ConflictMergeDialog.ask(self, item)
        if answer is not None:
            self._resolve(values=answer[0], reason=answer[1])
