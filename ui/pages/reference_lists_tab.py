"""Daftar referensi: the shared reference lists, for everyone to look up — golongan/pangkat PNS
and PPPK, eselon, education levels, religions, marital statuses, training types, and the
BerAKHLAK values with their panduan perilaku.

A list chooser on the left, the list on the right with a line saying where it comes from and
who may change it. Only the provincial data steward changes lists (Permission.REFERENCE_WRITE),
and not all of them: golongan are fixed by regulation, eselon and education codes drive the
rules (names, order and the active flag still change), BerAKHLAK texts are set by SE MenPANRB
20/2021. The disabled buttons say why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
)

from app.errors import message
from app.services.auth import Permission
from app.services.org_admin import BerakhlakRow, list_berakhlak
from app.services.reference import FIXED_CODES, RefInput, RefRow, RefTable, list_reference
from app.services.reference import save_reference as save_ref
from ui.dialogs.reference_row_dialog import ReferenceRowDialog
from ui.models.employee_labels import fmt_count
from ui.models.reference_table_models import BerakhlakTableModel, RefListTableModel
from ui.models.sort_proxy import SortProxy
from ui.pages.reference_tab import ReferenceTab
from ui.pages.tabbed import make_table
from ui.text import plain

if TYPE_CHECKING:
    from ui.pages.reference_page import ReferencePage

_CTX = "ReferenceListsTab"
BERAKHLAK = "berakhlak"
# key, title, the service table, what the clerk should know about it
LISTS: tuple[tuple[str, str, RefTable | None, str], ...] = (
    ("golongan_pns", QT_TRANSLATE_NOOP("ReferenceListsTab", "Golongan and pangkat (PNS)"),
     RefTable.GOLONGAN,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "Golongan/ruang I/a to IV/e with their pangkat, "
                       "in rank order (the DUK sorts by it).")),
    ("golongan_pppk", QT_TRANSLATE_NOOP("ReferenceListsTab", "Golongan (PPPK)"),
     RefTable.GOLONGAN,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "PPPK golongan I to XVII (Perpres 98/2020); PPPK "
                       "have no pangkat. The PNS equivalent is the usual salary reading.")),
    ("eselon", QT_TRANSLATE_NOOP("ReferenceListsTab", "Eselon"), RefTable.ESELON,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "Eselon I.a to V.a, still recorded in SIASN, with "
                       "the jabatan each usually goes with.")),
    ("education_level", QT_TRANSLATE_NOOP("ReferenceListsTab", "Education levels"),
     RefTable.EDUCATION,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "From SD to S3; the rank decides the entry "
                       "golongan of a new CPNS.")),
    ("religion", QT_TRANSLATE_NOOP("ReferenceListsTab", "Religions"), RefTable.RELIGION, ""),
    ("marital_status", QT_TRANSLATE_NOOP("ReferenceListsTab", "Marital statuses"),
     RefTable.MARITAL_STATUS, ""),
    ("training_type", QT_TRANSLATE_NOOP("ReferenceListsTab", "Training types"),
     RefTable.TRAINING_TYPE,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "Forms of competence development (Peraturan LAN "
                       "10/2018), classroom or not.")),
    (BERAKHLAK, QT_TRANSLATE_NOOP("ReferenceListsTab", "BerAKHLAK core values"), None,
     QT_TRANSLATE_NOOP("ReferenceListsTab", "The ASN core values (SE MenPANRB 20/2021) and "
                       "their behaviour guide, the perilaku kerja of every SKP.")),
)
_BY_KEY = {key: (title, table, note) for key, title, table, note in LISTS}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text) if text else ""


class ListsTab(ReferenceTab):
    def __init__(self, page: ReferencePage) -> None:
        super().__init__(page, "reflists")
        self.cache: dict[str, list[Any]] = {}
        self.lists_model = QStandardItemModel(self)
        for key, *_rest in LISTS:
            item = QStandardItem()
            item.setData(key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.lists_model.appendRow(item)
        self.chooser = QListView(self)
        self.chooser.setObjectName("reflists.chooser")
        self.chooser.setModel(self.lists_model)
        self.chooser.setMaximumWidth(230)
        self.chooser.setSpacing(2)
        self.chooser.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chooser.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_current())
        self.heading = QLabel(self)
        self.heading.setObjectName("reflists.heading")
        self.heading.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.note = QLabel(self)
        self.note.setObjectName("reflists.note")
        self.note.setWordWrap(True)
        self.model = RefListTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = make_table(self, "reflists.table", self.proxy)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.values_model = BerakhlakTableModel(self)
        self.values_table = make_table(self, "reflists.berakhlak", self.values_model, (170, 300))
        self.values_table.setWordWrap(True)
        self.values_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.values_table)
        self.add_button = self.button("reflists.add", self.new_record)
        self.edit_button = self.button("reflists.edit", self.edit)
        self.active_button = self.button("reflists.active", self.toggle_active)
        bar = QHBoxLayout()
        bar.addWidget(self.heading, 1)
        for b in (self.add_button, self.edit_button, self.active_button):
            bar.addWidget(b)
        right = QVBoxLayout()
        right.addLayout(bar)
        right.addWidget(self.note)
        right.addWidget(self.stack, 1)
        right.addWidget(self.status)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chooser)
        layout.addLayout(right, 1)
        self.choose(LISTS[0][0])
        self.retranslate()

    # -- which list --------------------------------------------------------------------------
    @property
    def key(self) -> str:
        current = self.chooser.currentIndex()
        return current.data(Qt.ItemDataRole.UserRole) if current.isValid() else LISTS[0][0]

    @property
    def ref_table(self) -> RefTable | None:
        return _BY_KEY[self.key][1]

    def title(self, key: str | None = None) -> str:
        return _tr(_BY_KEY[key or self.key][0])

    def choose(self, key: str) -> None:
        row = next(i for i, (k, *_r) in enumerate(LISTS) if k == key)
        self.chooser.selectionModel().setCurrentIndex(
            self.lists_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        self.cache.clear()
        self._show_current()

    def _show_current(self) -> None:
        key = self.key
        self.heading.setText(self.title())
        self.note.setText(self._note())
        self.stack.setCurrentWidget(self.values_table if key == BERAKHLAK else self.table)
        if key in self.cache:
            self._present(key, self.cache[key])
            return
        self.update_buttons()
        if self.stale:  # not shown yet: the first reload() reads it
            return
        ctx, table = self.ctx, self.ref_table
        if key == BERAKHLAK:
            job = lambda _p: ctx.read(list_berakhlak)  # noqa: E731
        else:
            job = lambda _p: ctx.read(list_reference, table, True)  # noqa: E731
        self.fetch(job, lambda rows, k=key: self._loaded_list(k, rows))

    def _loaded_list(self, key: str, rows: list[Any]) -> None:
        if key.startswith("golongan_"):
            kind = "PNS" if key == "golongan_pns" else "PPPK"
            rows = [r for r in rows if r.extra.get("kind") == kind]
        self.cache[key] = rows
        if key == self.key:
            self._present(key, rows)

    def _present(self, key: str, rows: list[Any]) -> None:
        current = self.selected()
        if key == BERAKHLAK:
            self.values_model.set_rows(rows)
            self.values_table.resizeRowsToContents()
        elif self.model.key != key or self.model.rows() != rows:
            self.model.show_list(key, rows)
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(max(width + 16, 110), 360))
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
            if current is not None:
                self.select(current.id)
        self.show_note(self.tr("%1 entries.").replace("%1", fmt_count(len(rows))))
        self.update_buttons()

    def _note(self) -> str:
        text = _tr(_BY_KEY[self.key][2])
        why = self.add_blocked()
        if why:
            text = f"{text} {why}".strip()
        return text

    def selected(self) -> RefRow | None:
        if self.key == BERAKHLAK:
            return None
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], RefListTableModel.RowRole) if rows else None

    def select(self, row_id: str) -> None:
        n = self.model.find(row_id)
        if n >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(n, 0)).row())

    def selected_value(self) -> BerakhlakRow | None:
        rows = self.values_table.selectionModel().selectedRows()
        return self.values_model.row_at(rows[0].row()) if rows else None

    def visible_codes(self) -> list[str]:
        model = self.values_model if self.key == BERAKHLAK else self.proxy
        role = RefListTableModel.RowRole
        return [model.data(model.index(r, 0), role).code for r in range(model.rowCount())]

    # -- permissions -------------------------------------------------------------------------
    def edit_blocked(self) -> str | None:
        """Why the current list cannot be changed at all (None: the steward may)."""
        table = self.ref_table
        if table is None:
            return self.tr("These texts are set by regulation; they are not changed here.")
        if table is RefTable.GOLONGAN:
            return message("reference.read_only", table=message("reference.golongan"))
        return self.denied(Permission.REFERENCE_WRITE)

    def add_blocked(self) -> str | None:
        why = self.edit_blocked()
        if why is None and self.ref_table in FIXED_CODES:
            return message("reference.fixed_codes")
        return why

    def new_blocked(self) -> str | None:
        return self.add_blocked()

    # -- actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        table = self.ref_table
        if self.add_blocked() or table is None:
            return
        self._after_write(ReferenceRowDialog.ask(self.ctx, table, self.title(), None, self))

    def edit(self) -> None:
        row, table = self.selected(), self.ref_table
        if row is None or table is None or self.edit_blocked():
            return
        self._after_write(ReferenceRowDialog.ask(self.ctx, table, self.title(), row, self))

    def toggle_active(self) -> None:
        row, table = self.selected(), self.ref_table
        if row is None or table is None or self.edit_blocked():
            return
        data = RefInput(code=row.code, name=row.name, sort_order=row.sort_order,
                        active=not row.active, kind=row.extra.get("kind"))  # type: ignore[arg-type]
        ctx = self.ctx
        self.write(lambda _p: ctx.write(save_ref, table, data, row.id), self.title(),
                   self._after_write)

    def _after_write(self, saved: RefRow | None) -> None:
        if saved is None:
            return
        self.changed.emit("reference")
        self.cache.pop(self.key, None)
        self._show_current()
        self.select(saved.id)

    def update_buttons(self) -> None:
        row = self.selected()
        edit = self.edit_blocked() or (self.tr("Select an entry first.") if row is None
                                       else None)
        for button, reason in ((self.add_button, self.add_blocked()), (self.edit_button, edit),
                               (self.active_button, edit)):
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        text = self.tr("Acti&vate") if row is not None and not row.active else \
            self.tr("Deacti&vate")
        self.active_button.setText(text)
        self.active_button.setAccessibleName(plain(text))
        self.page.commands_changed.emit()

    def retranslate(self) -> None:
        for n, (_key, title, *_rest) in enumerate(LISTS):
            item = self.lists_model.item(n)
            item.setText(_tr(title))
            item.setToolTip(_tr(title))
        self.chooser.setAccessibleName(self.tr("Reference lists"))
        self.heading.setText(self.title())
        self.note.setText(self._note())
        for button, text in ((self.add_button, self.tr("&Add…")),
                             (self.edit_button, self.tr("&Change…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Reference list"))
        self.values_table.setAccessibleName(self.tr("BerAKHLAK core values"))
        self.model.retranslate()
        self.values_model.retranslate()
        self.values_table.resizeRowsToContents()
        self.update_buttons()
