"""Move a unit (with everything below it) under another parent, or make it an OPD at the top of
the tree. The picker shows the office's active units except the unit itself and its sub-units
(a unit cannot go below itself); a search box narrows it. The service decides
(:func:`~app.services.org_admin.move_org_unit`): a sibling of the same name there is refused
with its message. Tests replace :meth:`OrgUnitMoveDialog.ask`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.services.org import OrgUnitNode
from app.services.org_admin import OrgTreeRow, move_org_unit
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.org_tree_model import OrgTreeFilter, OrgTreeModel
from ui.text import plain
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def _outside(rows: Sequence[OrgTreeRow], unit: OrgTreeRow) -> list[OrgTreeRow]:
    """``rows`` (tree order) without ``unit`` and its subtree, and without inactive units."""
    out, skipping_below = [], None
    for r in rows:
        if skipping_below is not None and r.node.depth > skipping_below:
            continue
        skipping_below = None
        if r.id == unit.id:
            skipping_below = r.node.depth
            continue
        if r.node.active:
            out.append(r)
    return out


class OrgUnitMoveDialog(QDialog):
    def __init__(self, ctx: ServiceContext, rows: Sequence[OrgTreeRow], unit: OrgTreeRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("org_move")
        self.ctx = ctx
        self.unit = unit
        self.result_value: OrgUnitNode | None = None
        self._runner: JobRunner | None = None
        self.model = OrgTreeModel(self)
        self.model.set_rows(_outside(rows, unit))
        self.proxy = OrgTreeFilter(self)
        self.proxy.setSourceModel(self.model)
        self.intro = QLabel(self)
        self.intro.setObjectName("org_move.intro")
        self.intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("org_move.search")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.top = QCheckBox(self)
        self.top.setObjectName("org_move.top")
        self.top.toggled.connect(lambda _c: self._update())
        self.tree = QTreeView(self)
        self.tree.setObjectName("org_move.tree")
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        for column in (2, 3, 4):
            self.tree.hideColumn(column)
        self.tree.setColumnWidth(1, 170)
        self.tree.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.tree.doubleClicked.connect(lambda _i: self.submit())
        self.error = QLabel(self)
        self.error.setObjectName("org_move.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.submit_button = QPushButton(self)
        self.submit_button.setObjectName("org_move.submit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("org_move.cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.search, self.top):
            layout.addWidget(widget)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(620, 520)
        self._select_current_parent()
        self.retranslate()

    def _select_current_parent(self) -> None:
        parent_id = self.unit.node.parent_id
        index = self.proxy.mapFromSource(self.model.find(parent_id or ""))
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        else:
            self.top.setChecked(True)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        if self.proxy.filtering:
            self.tree.expandAll()

    # -- state -------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._runner is not None

    def chosen_parent(self) -> OrgTreeRow | None:
        if self.top.isChecked():
            return None
        rows = self.tree.selectionModel().selectedRows()
        return self.proxy.row_of(rows[0]) if rows else None

    def choose(self, unit_id: str) -> None:
        """Pick a new parent as the clerk would (tests, and after a search)."""
        self.top.setChecked(False)
        index = self.proxy.mapFromSource(self.model.find(unit_id))
        self.tree.setCurrentIndex(index)

    def _why_not(self) -> str | None:
        target = self.chosen_parent()
        if self.busy:
            return self.tr("Moving…")
        if target is None and not self.top.isChecked():
            return self.tr("Choose the new parent unit, or make it an OPD.")
        if (target.id if target else None) == self.unit.node.parent_id:
            return self.tr("The unit is already there.")
        return None

    def _update(self) -> None:
        self.tree.setEnabled(not self.top.isChecked() and not self.busy)
        self.search.setEnabled(not self.top.isChecked() and not self.busy)
        reason = self._why_not()
        self.submit_button.setEnabled(reason is None)
        self.submit_button.setToolTip(reason or "")

    def submit(self) -> None:
        if self._why_not() is not None:
            return
        target = self.chosen_parent()
        parent_id = target.id if target is not None else None
        ctx, unit_id = self.ctx, self.unit.id
        self.error.hide()
        runner = JobRunner(lambda _p: ctx.write(move_org_unit, unit_id, parent_id), self)
        self._runner = runner
        runner.succeeded.connect(self._on_moved)
        runner.failed.connect(self._on_failed)
        runner.finished.connect(self._on_finished)
        runner.start()
        self._update()

    def _on_moved(self, node: OrgUnitNode) -> None:
        self.result_value = node
        self.accept()

    def _on_failed(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _on_finished(self) -> None:
        self._runner = None
        self._update()

    def reject(self) -> None:
        if not self.busy:
            super().reject()

    # -- texts -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("Move unit")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.intro.setText(self.tr("Move “%1” and everything below it. Now: %2.").replace(
            "%1", self.unit.name).replace("%2", " › ".join(self.unit.node.path)))
        self.search.setPlaceholderText(self.tr("Find the new parent unit by name"))
        self.search.setAccessibleName(self.tr("Find a unit"))
        self.top.setText(self.tr("Make it an &OPD (top of the tree, no parent)"))
        self.top.setAccessibleName(plain(self.top.text()))
        self.tree.setAccessibleName(self.tr("New parent unit"))
        self.submit_button.setText(self.tr("&Move here"))
        self.submit_button.setAccessibleName(plain(self.submit_button.text()))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.cancel_button.text())
        self.model.retranslate()
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @classmethod
    def ask(cls, ctx: ServiceContext, rows: Sequence[OrgTreeRow], unit: OrgTreeRow,
            parent: QWidget | None = None) -> OrgUnitNode | None:
        """The moved unit, or ``None`` when the clerk cancelled."""
        dialog = cls(ctx, rows, unit, parent)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()
