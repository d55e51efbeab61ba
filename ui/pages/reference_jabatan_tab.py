"""Jabatan: the catalogue the office picks jabatan from — the province's shared nomenclature
and the office's own entries for local posts — with kind, jenjang, eselon, the BUP that applies,
kelas jabatan and pelaksana category.

Who may change what (the service decides, the buttons say it beforehand): the shared entries
only the provincial data steward (Permission.REFERENCE_WRITE); the office's own entries anyone
who may change employee records (Permission.EMPLOYEE_WRITE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout

from app.services.auth import Permission
from app.services.reference import JabatanCatalogInput, JabatanRow, list_jabatan, save_jabatan
from ui.dialogs.jabatan_dialog import JabatanDialog
from ui.models.employee_labels import fmt_count
from ui.models.reference_table_models import JabatanTableModel
from ui.pages.reference_tab import ReferenceTab
from ui.pages.tabbed import make_table
from ui.text import plain

if TYPE_CHECKING:
    from ui.pages.reference_page import ReferencePage

LIMIT = 5000
KIND_COLUMN = 1


class JabatanTab(ReferenceTab):
    def __init__(self, page: ReferencePage) -> None:
        super().__init__(page, "jabatan")
        self.model = JabatanTableModel(self)
        self.proxy = self.filter_proxy(self.model, column=0)
        self.search = self.search_field("jabatan.search", self._filter)
        self.kind = QComboBox(self)
        self.kind.setObjectName("jabatan.kind")
        self.kind.activated.connect(lambda _i: self.reload())
        self.inactive = self.reload_box("jabatan.inactive")
        self.table = make_table(self, "jabatan.table", self.proxy,
                                (330, 150, 100, 60, 50, 55, 110, 90), sort_by=0, on_open=self.edit,
                                on_select=self.update_buttons)
        self.new_button = self.button("jabatan.new", self.new_record)
        self.edit_button = self.button("jabatan.edit", self.edit)
        self.active_button = self.button("jabatan.active", self.toggle_active)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.kind, 1)
        bar.addWidget(self.inactive)
        bar.addStretch(1)
        for b in (self.new_button, self.edit_button, self.active_button):
            bar.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        ctx, kind, inactive = self.ctx, self.kind.currentData() or None, self.inactive.isChecked()
        self.fetch(lambda _p: ctx.read(list_jabatan, "", kind, inactive, LIMIT), self._on_loaded)

    def _on_loaded(self, rows: list[JabatanRow]) -> None:
        self.refill(self.model, rows)
        self._say_count()
        self.update_buttons()

    def _say_count(self) -> None:
        rows = self.model.rows()
        shared = sum(1 for r in rows if r.shared)
        text = self.tr("%1 jabatan: %2 from the province's catalogue, %3 of this office.")
        text = text.replace("%1", fmt_count(len(rows))).replace("%2", fmt_count(shared)).replace(
            "%3", fmt_count(len(rows) - shared))
        if self.proxy.rowCount() != len(rows):
            text = self.tr("%1 shown.").replace("%1", fmt_count(self.proxy.rowCount())) + " " + text
        if len(rows) >= LIMIT:
            text += " " + self.tr("Only the first %1 are listed; choose a kind to narrow the "
                                  "list.").replace("%1", fmt_count(LIMIT))
        self.show_note(text)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._say_count()

    def choices_loaded(self) -> None:
        self.model.set_choices(self.choices)
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.clear()
        self.kind.addItem(self.tr("Every kind"), "")
        data = self.choices.data
        for c in data.jabatan_kinds if data else ():
            self.kind.addItem(c.label, c.code)
        self.kind.setCurrentIndex(max(self.kind.findData(current or ""), 0))

    def selected(self) -> JabatanRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], JabatanTableModel.RowRole) if rows else None

    def select(self, jabatan_id: str) -> None:
        row = self.model.find(jabatan_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())
                self.table.scrollTo(index)

    def visible_names(self) -> list[str]:
        return [self.proxy.data(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    # -- permissions -------------------------------------------------------------------------
    def new_blocked(self) -> str | None:
        if self.province:
            return self.denied(Permission.REFERENCE_WRITE)
        return self.denied(Permission.EMPLOYEE_WRITE)

    def edit_blocked(self, row: JabatanRow | None) -> str | None:
        if row is None:
            return self.tr("Select a jabatan first.")
        if row.shared:
            if self.denied(Permission.REFERENCE_WRITE) or not self.province:
                return self.tr("This jabatan is part of the province's shared catalogue; only "
                               "the provincial data steward changes it. Add an entry of your "
                               "own office for a local post.")
            return None
        if row.office_code != self.ctx.office_code:
            return self.tr("This entry belongs to office %1; only that office changes "
                           "it.").replace("%1", row.office_code)
        return self.denied(Permission.EMPLOYEE_WRITE)

    # -- actions -----------------------------------------------------------------------------
    def new_record(self) -> None:
        if self.new_blocked():
            return
        self._after_write(JabatanDialog.ask(self.ctx, self.choices, None, self.province, self))

    def edit(self) -> None:
        row = self.selected()
        if self.edit_blocked(row):
            return
        self._after_write(JabatanDialog.ask(self.ctx, self.choices, row, row.shared, self))

    def _after_write(self, saved: JabatanRow | None) -> None:
        if saved is None:
            return
        self.changed.emit("reference")
        self._select_next = saved.id
        self.reload()

    def toggle_active(self) -> None:
        row = self.selected()
        if self.edit_blocked(row):
            return
        data = JabatanCatalogInput(
            name=row.name, kind=row.kind, code=row.code, jenjang=row.jenjang, eselon=row.eselon,
            bup=row.bup, kelas_jabatan=row.kelas_jabatan,
            pelaksana_category=row.pelaksana_category, shared=row.shared, active=not row.active)
        ctx = self.ctx
        self.write(lambda _p: ctx.write(save_jabatan, data, row.id), self.tr("Jabatan catalogue"),
                   self._after_write)

    def update_buttons(self) -> None:
        row = self.selected()
        for button, reason in ((self.new_button, self.new_blocked()),
                               (self.edit_button, self.edit_blocked(row)),
                               (self.active_button, self.edit_blocked(row))):
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        text = self.tr("Acti&vate") if row is not None and not row.active else \
            self.tr("Deacti&vate")
        self.active_button.setText(text)
        self.active_button.setAccessibleName(plain(text))
        self.page.commands_changed.emit()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a jabatan by name"))
        self.search.setAccessibleName(self.tr("Find a jabatan"))
        self.kind.setAccessibleName(self.tr("Kind of jabatan"))
        self._fill_kinds()
        self.inactive.setText(self.tr("Show &inactive entries"))
        self.inactive.setAccessibleName(plain(self.inactive.text()))
        for button, text in ((self.new_button, self.tr("&New jabatan…")),
                             (self.edit_button, self.tr("&Change…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.table.setAccessibleName(self.tr("Jabatan catalogue"))
        self.model.retranslate()
        if self.model.rows():
            self._say_count()
        self.update_buttons()
