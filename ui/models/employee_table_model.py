"""The personnel list (Pegawai page): a lazy table over the service's paged query.

The model knows the total number of rows of the current query and keeps only the pages of
:data:`PAGE_SIZE` rows the view has asked for (at most :data:`MAX_PAGES` of them, least
recently used first out), so 100,000 employees cost a few pages of memory. A row that is not
loaded yet shows empty and is asked for through :attr:`EmployeeTableModel.pages_wanted`
(batched once per event-loop turn); :class:`~ui.models.employee_list_loader.EmployeeListLoader`
fetches pages off the GUI thread and hands them back with :meth:`put_page`. Every reset
starts a new *generation*: pages of an older query that arrive late are dropped.

Sorting is the service's ORDER BY (``Column.sort_key``), never a proxy over display strings.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from ui.models import employee_labels as lbl

if TYPE_CHECKING:
    from app.services.employee_query import EmployeeRow

PAGE_SIZE = 200
MAX_PAGES = 40
_CTX = "EmployeeTableModel"
Index = QModelIndex | QPersistentModelIndex
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole


@dataclass(frozen=True)
class ListColumn:
    key: str  # stable: settings, export
    header: str  # English source in the model's context
    display: Callable[[EmployeeRow], str]
    value: Callable[[EmployeeRow], Any]  # raw value (SortRole, Excel)
    sort_key: str | None = None  # a SortKey of the service; None: it cannot order by it
    hidden: bool = False  # hidden until the clerk picks it in the column chooser
    width: int = 120


def _text(value: str | None) -> str:
    return value or ""


COLUMNS: tuple[ListColumn, ...] = (
    ListColumn("nip", QT_TRANSLATE_NOOP("EmployeeTableModel", "NIP"), lambda r: r.nip_display,
               lambda r: r.nip, "nip", width=172),
    ListColumn("nama", QT_TRANSLATE_NOOP("EmployeeTableModel", "Name"),
               lambda r: r.nama_lengkap, lambda r: r.nama_lengkap, "nama", width=225),
    ListColumn("golongan", QT_TRANSLATE_NOOP("EmployeeTableModel", "Golongan"),
               lambda r: _text(r.golongan), lambda r: r.golongan, "golongan", width=72),
    ListColumn("jabatan", QT_TRANSLATE_NOOP("EmployeeTableModel", "Position"),
               lambda r: _text(r.jabatan), lambda r: r.jabatan, "jabatan", width=200),
    ListColumn("unit", QT_TRANSLATE_NOOP("EmployeeTableModel", "Unit"),
               lambda r: _text(r.unit_name), lambda r: r.unit_name, "unit", width=190),
    ListColumn("jenis", QT_TRANSLATE_NOOP("EmployeeTableModel", "Type"),
               lambda r: lbl.label(lbl.JENIS_PEGAWAI, r.jenis_pegawai),
               lambda r: r.jenis_pegawai, "jenis", width=50),
    ListColumn("status", QT_TRANSLATE_NOOP("EmployeeTableModel", "Status"),
               lambda r: lbl.label(lbl.STATUS, r.status), lambda r: r.status,
               "status", width=70),
    ListColumn("tmt_pensiun", QT_TRANSLATE_NOOP("EmployeeTableModel", "Retirement (TMT)"),
               lambda r: lbl.fmt_date(r.tmt_pensiun), lambda r: r.tmt_pensiun,
               "tmt_pensiun", width=110),
    ListColumn("tanggal_lahir", QT_TRANSLATE_NOOP("EmployeeTableModel", "Date of birth"),
               lambda r: lbl.fmt_date(r.tanggal_lahir), lambda r: r.tanggal_lahir,
               "tanggal_lahir", hidden=True, width=100),
    ListColumn("tmt_golongan", QT_TRANSLATE_NOOP("EmployeeTableModel", "Golongan since (TMT)"),
               lambda r: lbl.fmt_date(r.tmt_golongan), lambda r: r.tmt_golongan,
               "tmt_golongan", hidden=True, width=120),
    ListColumn("pangkat", QT_TRANSLATE_NOOP("EmployeeTableModel", "Rank (pangkat)"),
               lambda r: _text(r.pangkat), lambda r: r.pangkat, hidden=True, width=220),
    ListColumn("nik", QT_TRANSLATE_NOOP("EmployeeTableModel", "NIK"), lambda r: _text(r.nik),
               lambda r: r.nik, hidden=True, width=140),
    ListColumn("jenis_kelamin", QT_TRANSLATE_NOOP("EmployeeTableModel", "Sex"),
               lambda r: _text(r.jenis_kelamin), lambda r: r.jenis_kelamin, hidden=True,
               width=40),
    ListColumn("pendidikan", QT_TRANSLATE_NOOP("EmployeeTableModel", "Education"),
               lambda r: _text(r.pendidikan), lambda r: r.pendidikan, hidden=True, width=80),
    ListColumn("eselon", QT_TRANSLATE_NOOP("EmployeeTableModel", "Eselon"),
               lambda r: _text(r.eselon), lambda r: r.eselon, hidden=True, width=60),
)


class EmployeeTableModel(QAbstractTableModel):
    class Col(IntEnum):
        NIP = 0
        NAMA = 1
        GOLONGAN = 2
        JABATAN = 3
        UNIT = 4
        JENIS = 5
        STATUS = 6
        TMT_PENSIUN = 7
        TANGGAL_LAHIR = 8
        TMT_GOLONGAN = 9
        PANGKAT = 10
        NIK = 11
        JENIS_KELAMIN = 12
        PENDIDIKAN = 13
        ESELON = 14

    RowRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2
    COLUMNS = COLUMNS

    pages_wanted = Signal(int, list)  # generation, page numbers (most recently wanted last)
    total_changed = Signal(int, bool)  # rows, exact

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._total = 0
        self._exact = True
        self._pages: OrderedDict[int, list[EmployeeRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: list[int] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._emit_wanted)

    # -- ours: loading -----------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    @property
    def total(self) -> int:
        return self._total

    @property
    def exact(self) -> bool:
        return self._exact

    def reset(self, total: int, exact: bool, first: Sequence[EmployeeRow]) -> int:
        """Start over with a new result: ``total`` rows, the first page given. Returns the new
        generation (later pages must carry it)."""
        self.beginResetModel()
        self._generation += 1
        self._total = max(total, len(first))
        self._exact = exact
        self._pages = OrderedDict({0: list(first)}) if first else OrderedDict()
        self._pending = set()
        self._wanted = []
        self.endResetModel()
        self.total_changed.emit(self._total, self._exact)
        return self._generation

    def set_total(self, generation: int, total: int, exact: bool = True) -> None:
        """The exact count arrived after the first page (rows are added or removed)."""
        if generation != self._generation:
            return
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()
        self._exact = exact
        self.total_changed.emit(self._total, self._exact)

    def put_page(self, generation: int, page: int, rows: Sequence[EmployeeRow]) -> None:
        """Rows of ``page`` arrived; stale generations are ignored."""
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = list(rows)
        self._pages.move_to_end(page)
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def forget_pending(self, generation: int, pages: Sequence[int]) -> None:
        """Fetching ``pages`` failed: let the view ask for them again."""
        if generation == self._generation:
            self._pending.difference_update(pages)

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def row_at(self, row: int) -> EmployeeRow | None:
        """The employee of ``row`` if its page is loaded (never fetches)."""
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def find(self, employee_id: str) -> int:
        """The row of a loaded employee, or -1."""
        for page, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == employee_id:
                    return page * PAGE_SIZE + i
        return -1

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c.key == key)

    def header_text(self, column: int) -> str:
        return QCoreApplication.translate(_CTX, COLUMNS[column].header)

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._total:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(self._total - 1, len(COLUMNS) - 1))

    def _loaded(self, row: int) -> EmployeeRow | None:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            self._want(page_no)
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _want(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        self._wanted.append(page)
        if not self._flush.isActive():
            self._flush.start()

    def _emit_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        if wanted:
            self.pages_wanted.emit(self._generation, wanted)

    # -- Qt ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._total:
            return None
        if role != _DISPLAY and role != _TOOLTIP and role != self.RowRole \
                and role != self.SortRole:
            return None
        row = self._loaded(index.row())
        if row is None:
            return None
        column = COLUMNS[index.column()]
        if role == _DISPLAY:
            return column.display(row)
        if role == self.RowRole:
            return row
        if role == self.SortRole:
            return column.value(row)
        if column.key == "golongan":
            return row.pangkat
        return column.display(row) or None  # the whole text of a cut-off cell

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return self.header_text(section)
        if orientation == Qt.Orientation.Vertical and 0 <= section < self._total:
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
