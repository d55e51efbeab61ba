"""The tabs of the Sinkronisasi screen: at the province first the status of the offices, then
peer offices, conflicts, receipts, bundle history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from app.services.province import ProvinceStatus
from app.services.roles import PROVINCE_OFFICE
from app.sync.status import BundleEntry, ConflictItem, ReceiptItem, SyncOverview
from ui.models.row_table_model import RowTableModel
from ui.models.sort_proxy import SortProxy
from ui.models.sync_models import BundleTableModel, PeerTableModel, ReceiptTableModel
from ui.pages.sync_conflicts_tab import ConflictsTab
from ui.pages.sync_province_tab import ProvinceTab

if TYPE_CHECKING:
    from app.services.context import ServiceContext


class _TableTab(QWidget):
    """A caption above a sortable, read-only table."""

    def __init__(self, name: str, model: RowTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.model = model
        self.caption = QLabel(self)
        self.caption.setObjectName(f"{name}.caption")
        self.caption.setWordWrap(True)
        proxy = SortProxy(self)
        proxy.setSourceModel(model)
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}.table")
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)


class SyncTabs(QTabWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync.tabs")
        self.province: ProvinceTab | None = None
        if ctx.office_code == PROVINCE_OFFICE:
            self.province = ProvinceTab(self)
            self.addTab(self.province, "")
        self.peers = _TableTab("sync.peers", PeerTableModel(self), self)
        self.conflicts = ConflictsTab(ctx, self)
        self.receipts = _TableTab("sync.receipts", ReceiptTableModel(self), self)
        self.bundles = _TableTab("sync.bundles", BundleTableModel(self), self)
        for tab in (self.peers, self.conflicts, self.receipts, self.bundles):
            self.addTab(tab, "")
        self._counts = (0, 0, 0)

    def show_data(self, overview: SyncOverview, conflicts: list[ConflictItem],
                  receipts: list[ReceiptItem], bundles: list[BundleEntry],
                  province: ProvinceStatus | None = None, province_denied: bool = False) -> None:
        if self.province is not None:
            self.province.set_status(province, unreadable=province_denied)
        self.peers.model.set_rows(list(overview.peers))
        self.conflicts.set_conflicts(conflicts)
        self.receipts.model.set_rows(receipts)
        self.bundles.model.set_rows(bundles)
        lost = sum(1 for r in receipts if r.outcome == "lost")
        self._counts = (len(conflicts), lost, overview.parked_bundles)
        self.retranslate()

    def retranslate(self) -> None:
        conflicts, lost, parked = self._counts
        if self.province is not None:
            self.setTabText(self.indexOf(self.province), self.tr("Office status"))
            self.province.retranslate()
        self.setTabText(self.indexOf(self.peers), self.tr("Peer offices"))
        self.setTabText(self.indexOf(self.conflicts),
                        self.tr("Conflicts (%1)").replace("%1", str(conflicts)))
        self.setTabText(self.indexOf(self.receipts), self.tr("Receipts"))
        self.setTabText(self.indexOf(self.bundles), self.tr("Bundle history"))
        self.peers.caption.setText(
            self.tr("Per office: the last bundle sent and received, what it has not confirmed "
                    "yet, and its bundles waiting here for an earlier one (%1).")
            .replace("%1", str(parked)))
        self.receipts.caption.setText(
            self.tr("What the province did with this office's changes: %1 lost a conflict "
                    "there. The value that stands and who decided are shown.")
            .replace("%1", str(lost)))
        self.bundles.caption.setText(self.tr("Every bundle sent and received, newest first."))
        for tab, name in ((self.peers, self.tr("Peer offices")),
                          (self.receipts, self.tr("Receipts")),
                          (self.bundles, self.tr("Bundle history"))):
            tab.table.setAccessibleName(name)
            tab.caption.setAccessibleName(name)
            tab.model.retranslate()
        self.conflicts.retranslate()
