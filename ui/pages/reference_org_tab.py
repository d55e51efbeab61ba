"""Unit organisasi: the office's OPD tree with the employees on duty in each unit (and below it).

Add an OPD or a sub-unit, change a unit (name, short name, kind, eselon, order, SIASN id), move
it under another parent, deactivate it with its sub-units (kept for history, no longer offered
in pick lists) or delete it (only an empty unit with no sub-unit; the message says why not),
and open the Pegawai list filtered to a unit. Edits need Permission.ORG_WRITE (admin and steward)
and the own office: the province may look at any office's tree, read-only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from app.errors import message
from app.services.auth import Permission
from app.services.employee_dto import EmployeeQuery
from app.services.org import delete_org_unit
from app.services.org_admin import (
    OfficeChoice,
    OrgTreeRow,
    list_offices,
    org_tree_rows,
    set_org_unit_active,
)
from ui.dialogs import messages
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.org_unit_dialog import OrgUnitDialog
from ui.dialogs.org_unit_move_dialog import OrgUnitMoveDialog
from ui.models import org_labels as lbl
from ui.models.employee_filters import AttentionRequest
from ui.models.employee_labels import fmt_count, fmt_employees
from ui.models.org_tree_model import OrgTreeFilter, OrgTreeModel
from ui.pages.reference_tab import ReferenceTab
from ui.text import plain

if TYPE_CHECKING:
    from ui.pages.reference_page import ReferencePage

# the write buttons: (attribute, needs a selected unit)
ACTIONS = (("add_top_button", False), ("add_child_button", True), ("edit_button", True),
           ("move_button", True), ("active_button", True), ("delete_button", True))


class OrgTab(ReferenceTab):
    employees_requested = Signal(object)  # an AttentionRequest for the Pegawai page

    def __init__(self, page: ReferencePage) -> None:
        super().__init__(page, "org")
        self.office = self.ctx.office_code
        self.offices: list[OfficeChoice] = []
        self._select_next: str | None = None
        self._note_next = ""  # said once the tree is read again (after a delete)
        self.model = OrgTreeModel(self)
        self.proxy = OrgTreeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.office_combo = QComboBox(self)
        self.office_combo.setObjectName("org.office")
        self.office_combo.setVisible(self.province)
        self.office_combo.activated.connect(lambda _i: self._office_chosen())
        self.search = QLineEdit(self)
        self.search.setObjectName("org.search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.inactive = QCheckBox(self)
        self.inactive.setObjectName("org.inactive")
        self.inactive.setChecked(True)
        self.inactive.toggled.connect(self.proxy.set_show_inactive)
        self.tree = self._make_tree()
        self.add_top_button = self.button("org.add_top", self.add_top)
        self.add_child_button = self.button("org.add_child", self.add_child)
        self.edit_button = self.button("org.edit", self.edit)
        self.move_button = self.button("org.move", self.move)
        self.active_button = self.button("org.active", self.toggle_active)
        self.delete_button = self.button("org.delete", self.delete)
        self.employees_button = self.button("org.employees", self.show_employees)
        top = QHBoxLayout()
        top.addWidget(self.office_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.inactive)
        bar = QHBoxLayout()
        for b in (self.add_top_button, self.add_child_button, self.edit_button,
                  self.move_button, self.active_button, self.delete_button):
            bar.addWidget(b)
        bar.addStretch(1)
        bar.addWidget(self.employees_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setObjectName("org.tree")
        tree.setModel(self.proxy)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(True)
        tree.setUniformRowHeights(True)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.doubleClicked.connect(lambda _i: self.edit())
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 200), (2, 70), (3, 90), (4, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tree.setColumnWidth(column, width)
        tree.selectionModel().selectionChanged.connect(lambda *_a: self._selection_changed())
        return tree

    # -- data --------------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        ctx, office = self.ctx, self.office
        if self.province and not self.offices:
            self.fetch(lambda _p: ctx.read(list_offices), self._on_offices)
        self.fetch(lambda _p: ctx.read(org_tree_rows, office), self._on_loaded)

    def _on_offices(self, offices: list[OfficeChoice]) -> None:
        self.offices = offices
        self.office_combo.clear()
        for o in offices:
            self.office_combo.addItem(f"{o.code} — {o.name}", o.code)
        self.office_combo.setCurrentIndex(max(self.office_combo.findData(self.office), 0))

    def _office_chosen(self) -> None:
        code = self.office_combo.currentData()
        if code and code != self.office:
            self.office = code
            self.reload()

    def _on_loaded(self, rows: list[OrgTreeRow]) -> None:
        current = self.selected()
        wanted = self._select_next or (current.id if current is not None else None)
        self._select_next = None
        expanded = self._expanded_ids()
        self.model.set_rows(rows)
        for unit_id in expanded:
            index = self.proxy.mapFromSource(self.model.find(unit_id))
            if index.isValid():
                self.tree.setExpanded(index, True)
        if self.proxy.filtering:
            self.tree.expandAll()
        if wanted is not None:
            self.select(wanted)
        self._selection_changed()
        if self._note_next:
            self.show_note(self._note_next)
            self._note_next = ""

    def _expanded_ids(self) -> list[str]:
        out = []
        for r in self.model.rows():
            index = self.proxy.mapFromSource(self.model.find(r.id))
            if index.isValid() and self.tree.isExpanded(index):
                out.append(r.id)
        return out

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.filtering:
            self.tree.expandAll()
        else:
            self.tree.collapseAll()
            current = self.selected()
            if current is not None:
                self.select(current.id)

    def selected(self) -> OrgTreeRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.proxy.row_of(rows[0]) if rows else None

    def select(self, unit_id: str) -> None:
        index = self.proxy.mapFromSource(self.model.find(unit_id))
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.tree.setExpanded(parent, True)
            parent = parent.parent()
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)

    def visible_names(self, parent: QModelIndex | None = None) -> list[str]:
        """The unit names on screen, depth first (expanded branches only)."""
        parent = parent or QModelIndex()
        out = []
        for n in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(n, 0, parent)
            row = self.proxy.row_of(index)
            assert row is not None
            out.append(row.name)
            if self.tree.isExpanded(index):
                out += self.visible_names(index)
        return out

    # -- actions -----------------------------------------------------------------------------
    def write_blocked(self, needs_row: bool = True) -> str | None:
        """Why the tree cannot be changed now (a disabled action's tooltip), or None."""
        denied = self.denied(Permission.ORG_WRITE)
        if denied:
            return denied
        if self.office != self.ctx.office_code:
            return self.tr("This tree belongs to office %1; only that office may change "
                           "it.").replace("%1", self.office)
        if needs_row and self.selected() is None:
            return self.tr("Select a unit first.")
        return None

    def new_record(self) -> None:
        row = self.selected()
        if row is not None:
            self.add_child()
        else:
            self.add_top()

    def new_blocked(self) -> str | None:
        return self.write_blocked(needs_row=False)

    def add_top(self) -> None:
        if self.write_blocked(needs_row=False):
            return
        self._after_write(OrgUnitDialog.ask(self.ctx, self.choices, None, None, self))

    def add_child(self) -> None:
        row = self.selected()
        if row is None or self.write_blocked():
            return
        self._after_write(OrgUnitDialog.ask(self.ctx, self.choices, row, None, self))

    def edit(self) -> None:
        row = self.selected()
        if row is None or self.write_blocked():
            return
        parent = self.model.get(row.node.parent_id or "")
        self._after_write(OrgUnitDialog.ask(self.ctx, self.choices, parent, row, self))

    def move(self) -> None:
        row = self.selected()
        if row is None or self.write_blocked():
            return
        self._after_write(OrgUnitMoveDialog.ask(self.ctx, self.model.rows(), row, self))

    def _after_write(self, node: object) -> None:
        unit_id = getattr(node, "id", None)
        if unit_id is None:
            return
        self.changed.emit("org")
        self._select_next = unit_id
        self.reload()

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None or self.write_blocked():
            return
        active = not row.node.active
        below = self._count_below(row)
        if active:
            title = self.tr("Activate unit")
            text = self.tr("Activate “%1” again, with %2 sub-unit(s) below it? It is offered "
                           "again in the pick lists.")
            yes = self.tr("Activate")
        else:
            title = self.tr("Deactivate unit")
            text = self.tr("Deactivate “%1” and the %2 sub-unit(s) below it? Employees and "
                           "their history keep it; it is no longer offered in the pick lists.")
            yes = self.tr("Deactivate")
        if not messages.confirm(self, title, text.replace("%1", row.name).replace(
                "%2", fmt_count(below)), yes):
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(set_org_unit_active, row.id, active), title,
                   lambda _n: self._after_write(row.node), "org")

    def _count_below(self, row: OrgTreeRow) -> int:
        rows = self.model.rows()
        start = next(i for i, r in enumerate(rows) if r.id == row.id)
        end = start + 1
        while end < len(rows) and rows[end].node.depth > row.node.depth:
            end += 1
        return end - start - 1

    def delete(self) -> None:
        row = self.selected()
        if row is None or self.write_blocked():
            return
        title = self.tr("Delete unit")
        blocker = None
        if row.recorded:
            blocker = message("org.has_employees", unit=row.name, count=row.recorded)
        elif row.sub_units:
            blocker = message("org.has_children", unit=row.name, count=row.sub_units)
        if blocker is not None:  # the service refuses the same way; no reason asked for
            self.show_problem(blocker)
            messages.warn(self, title, blocker)
            return
        reason = DeleteReasonDialog.ask(
            self, title, self.tr("Delete the unit “%1”? It is kept as deleted with the "
                                 "reason, and leaves the tree.").replace("%1", row.name),
            self.tr("Delete"))
        if reason is None:
            return
        ctx = self.ctx
        self.write(lambda _p: ctx.write(delete_org_unit, row.id, reason), title,
                   lambda _r: self._deleted(row), "org")

    def _deleted(self, row: OrgTreeRow) -> None:
        self._select_next = row.node.parent_id
        self._note_next = self.tr("“%1” was deleted.").replace("%1", row.name)
        self.reload()

    def show_employees(self) -> None:
        row = self.selected()
        if row is None:
            return
        office = self.office if self.province else None
        title = self.tr("Unit %1 (%2)").replace("%1", row.name).replace(
            "%2", fmt_employees(row.on_duty_total))
        self.employees_requested.emit(AttentionRequest(
            "unit", title, EmployeeQuery(unit_id=row.id, include_subunits=True,
                                         office_code=office)))

    def _context_menu(self, point: QPoint) -> None:
        index = self.tree.indexAt(point)
        if index.isValid():
            self.tree.setCurrentIndex(index)
        menu = self.build_menu()
        menu.exec(self.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def build_menu(self) -> QMenu:
        """The unit's context menu: the same actions as the buttons, same states."""
        menu = QMenu(self)
        menu.setObjectName("org.menu")
        menu.setToolTipsVisible(True)
        for button in (self.employees_button, None, self.add_child_button, self.edit_button,
                       self.move_button, self.active_button, None, self.delete_button):
            if button is None:
                menu.addSeparator()
                continue
            action = menu.addAction(button.text())
            action.setObjectName(f"{button.objectName()}.action")
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
        return menu

    # -- state -------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        self.update_buttons()
        row = self.selected()
        if row is None:
            rows = self.model.rows()
            tops = sum(1 for r in rows if r.node.depth == 0)
            self.show_note(self.tr("%1 units, %2 of them OPDs (top level).").replace(
                "%1", fmt_count(len(rows))).replace("%2", fmt_count(tops)))
            return
        self.show_note(self._describe(row))

    def _describe(self, row: OrgTreeRow) -> str:
        parts = [" › ".join(row.node.path), lbl.label(lbl.UNIT_KIND, row.node.kind)]
        if row.node.eselon:
            parts.append(self.tr("eselon %1").replace("%1", row.node.eselon))
        parts.append(self.tr("%1 on duty here, %2 including sub-units").replace(
            "%1", fmt_count(row.on_duty)).replace("%2", fmt_count(row.on_duty_total)))
        if row.sub_units:
            parts.append(self.tr("%1 sub-unit(s)").replace("%1", fmt_count(row.sub_units)))
        if row.siasn_unor_id:
            parts.append(self.tr("SIASN id %1").replace("%1", row.siasn_unor_id))
        if not row.node.active:
            parts.append(self.tr("inactive"))
        return " · ".join(parts)

    def update_buttons(self) -> None:
        row = self.selected()
        for attr, needs_row in ACTIONS:
            button: QPushButton = getattr(self, attr)
            reason = self.write_blocked(needs_row)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        if row is not None and not row.node.active:
            self.active_button.setText(self.tr("Acti&vate"))
        else:
            self.active_button.setText(self.tr("Deacti&vate"))
        self.active_button.setAccessibleName(plain(self.active_button.text()))
        self.employees_button.setEnabled(row is not None)
        self.employees_button.setToolTip("" if row is not None else self.tr("Select a unit "
                                                                            "first."))
        self.page.commands_changed.emit()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a unit by name"))
        self.search.setAccessibleName(self.tr("Find a unit"))
        self.inactive.setText(self.tr("Show &inactive units"))
        self.inactive.setAccessibleName(plain(self.inactive.text()))
        self.office_combo.setAccessibleName(self.tr("Office"))
        self.office_combo.setToolTip(self.tr("The province may look at the tree of any "
                                             "office; only that office changes it."))
        for button, text in ((self.add_top_button, self.tr("New &OPD…")),
                             (self.add_child_button, self.tr("Add &sub-unit…")),
                             (self.edit_button, self.tr("&Change…")),
                             (self.move_button, self.tr("&Move…")),
                             (self.delete_button, self.tr("&Delete…")),
                             (self.employees_button, self.tr("Show its &employees"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self.tree.setAccessibleName(self.tr("Organisation units"))
        self.model.retranslate()
        self._selection_changed()
