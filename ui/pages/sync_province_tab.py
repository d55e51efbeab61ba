"""Sinkronisasi → **Status kantor**, shown at the province only: how current each regency/city
office's data is here (:func:`app.services.province.province_status`).

A sortable table of the eleven offices — last bundle received and its number, the lag in days
(warning colour when older than ``LAG_WARNING_DAYS`` or never), employees held, open conflicts
and bundles on hold — with *Lihat pegawai* (also a double-click), which asks the page to open
the Pegawai list filtered to that office. The page's *Muat ulang* reloads it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.province import LAG_WARNING_DAYS, OfficeSyncStatus, ProvinceStatus
from ui.models import employee_labels as lbl
from ui.models.province_models import ProvinceTableModel
from ui.models.row_table_model import RowTableModel
from ui.models.sort_proxy import SortProxy


class ProvinceTab(QWidget):
    """``open_office(code, name)``: show this office's employees."""

    open_office = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sync.province")
        self.status: ProvinceStatus | None = None
        self.unreadable = False
        self.model = ProvinceTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.caption = QLabel(self)
        self.caption.setObjectName("sync.province.caption")
        self.caption.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("sync.province.table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._on_double_click)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.employees = QPushButton(self)
        self.employees.setObjectName("sync.province.employees")
        self.employees.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.employees)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------
    def set_status(self, status: ProvinceStatus | None, *, unreadable: bool = False) -> None:
        """Show ``status``; ``unreadable``: the role may not read it (said, not an empty
        table without a word)."""
        chosen = self.selected()
        self.status = status
        self.unreadable = unreadable
        self.model.set_rows(list(status.offices) if status is not None else [])
        if chosen is not None:
            self.select(chosen.office_code)
        self.retranslate()

    def selected(self) -> OfficeSyncStatus | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(RowTableModel.RowRole)

    def select(self, office_code: str) -> bool:
        row = self.model.row_of(office_code)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def open_selected(self) -> None:
        office = self.selected()
        if office is not None:
            self.open_office.emit(office.office_code, office.name)

    def _on_double_click(self, index: QModelIndex) -> None:
        office = index.data(RowTableModel.RowRole)
        if office is not None:
            self.open_office.emit(office.office_code, office.name)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.employees.setEnabled(chosen is not None)
        self.employees.setToolTip(
            "" if chosen is not None else self.tr("Choose an office in the table first."))

    # -- text ------------------------------------------------------------------------------
    def summary_text(self) -> str:
        status = self.status
        if status is None:
            return self.tr("Your role may not read the status of the offices.") \
                if self.unreadable else ""
        offices = status.offices
        synced = sum(1 for o in offices if not o.never_synced)
        late = sum(1 for o in offices if o.late and not o.never_synced)
        conflicts = sum(o.open_conflicts for o in offices)
        parts = [
            self.tr("%1 of %2 offices have sent a bundle; %3 employees are held here "
                    "(%4 of the province itself).")
            .replace("%1", str(synced)).replace("%2", str(len(offices)))
            .replace("%3", lbl.fmt_count(status.employees_total))
            .replace("%4", lbl.fmt_count(status.own_employees)),
        ]
        if late:
            parts.append(self.tr("%1 offices are late (last bundle older than %2 days).")
                         .replace("%1", str(late)).replace("%2", str(LAG_WARNING_DAYS)))
        if conflicts:
            parts.append(self.tr("%1 open conflicts wait in the Conflicts tab.")
                         .replace("%1", str(conflicts)))
        parts.append(self.tr("Double-click an office to see its employees."))
        return " ".join(parts)

    def retranslate(self) -> None:
        self.caption.setText(self.summary_text())
        self.caption.setAccessibleName(self.tr("Office status"))
        self.table.setAccessibleName(self.tr("Office status"))
        self.employees.setText(self.tr("Show employees"))
        self.employees.setAccessibleName(self.employees.text())
        self.model.retranslate()
        self._update_buttons()
