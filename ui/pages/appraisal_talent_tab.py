"""Talenta: the 9-box of the chosen unit and year as a grid with counts (kinerja × potential);
a click on a cell lists the people in it. Placing an employee records their potential level
(the kinerja level comes from their evaluated SKP unless given); a placement can be removed
with a reason. The box numbering (A or B, domain.md §7) is the office's setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.services.appraisal import (
    NineBoxGrid,
    TalentMember,
    list_talent_assessments,
    nine_box,
    nine_box_members,
    remove_talent_assessment,
    set_nine_box_ordering,
)
from app.services.auth import Permission
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.appraisal_record_dialogs import TalentDialog
from ui.models.appraisal_record_models import TalentMemberTableModel
from ui.pages.appraisal_tab import AppraisalPart, set_button
from ui.pages.tabbed import make_table
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.nine_box import NineBox

if TYPE_CHECKING:
    from ui.pages.appraisal_page import AppraisalPage


@dataclass(frozen=True)
class _Box:
    box: int
    members: tuple[TalentMember, ...]


def _remove(session: Any, actor: Any, employee_id: str, year: int, reason: str) -> None:
    for row in list_talent_assessments(session, actor, employee_id):
        if row.year == year:
            remove_talent_assessment(session, actor, row.id, reason)


class TalentTab(AppraisalPart):
    def __init__(self, page: AppraisalPage) -> None:
        super().__init__(page, "talent_tab")
        self.grid: NineBoxGrid | None = None
        self.box = 0
        self.nine = NineBox(self)
        self.nine.box_clicked.connect(self.show_box)
        self.summary = QLabel(self)
        self.summary.setObjectName("talent_tab.summary")
        self.summary.setWordWrap(True)
        self.ordering_label = QLabel(self)
        self.ordering = ChoiceCombo(self)
        self.ordering.setObjectName("talent_tab.ordering")
        self.ordering.setSizeAdjustPolicy(ChoiceCombo.SizeAdjustPolicy.AdjustToContents)
        self.ordering.edited.connect(self.change_ordering)
        self.ordering_label.setBuddy(self.ordering)
        self.members_title = QLabel(self)
        self.members_title.setObjectName("talent_tab.members_title")
        self.members_title.setStyleSheet("font-weight: 600;")
        self.members_title.setWordWrap(True)
        self.model = TalentMemberTableModel(self)
        self.table = make_table(self, "talent_tab.members", self.model, (175, 160, 160, 60))
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self.update_buttons())
        self.place_button = self.button("talent_tab.place", self.place)
        self.remove_button = self.button("talent_tab.remove", self.remove)
        left = QVBoxLayout()
        left.addWidget(self.nine, 1)
        line = QHBoxLayout()
        line.addWidget(self.summary, 1)
        line.addWidget(self.ordering_label)
        line.addWidget(self.ordering)
        left.addLayout(line)
        right_widget = QWidget(self)
        right = QVBoxLayout(right_widget)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.members_title)
        right.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(right_widget, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.status)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        super().reload()
        ctx, year, unit_id = self.ctx, self.year, self.unit_id
        self.fetch(lambda _p: ctx.read(nine_box, unit_id, year), self._on_grid)

    def _on_grid(self, grid: NineBoxGrid) -> None:
        self.grid = grid
        self.nine.set_grid(grid)
        self.ordering.set_code(grid.ordering)
        self.retranslate()
        if self.box:
            self.show_box(self.box)

    def show_box(self, box: int) -> None:
        self.box = box
        ctx, year, unit_id = self.ctx, self.year, self.unit_id
        self.fetch(lambda _p: _Box(box, tuple(ctx.read(nine_box_members, unit_id, year, box))),
                   self._on_members)

    def _on_members(self, found: _Box) -> None:
        if found.box != self.box:
            return
        self.model.set_rows(found.members)
        self.retranslate()

    # -- actions -----------------------------------------------------------------------------
    def selected(self) -> TalentMember | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def place(self) -> None:
        if TalentDialog.ask(self.ctx, None, self.year, self.unit_id, self) is not None:
            self.changed.emit("appraisal")
            self.reload()

    def remove(self) -> None:
        member = self.selected()
        if member is None:
            return
        reason = ReasonDialog.ask_reason(
            self, self.tr("Remove the placement"),
            self.tr("Remove the %1 talent placement of %2?").replace("%1", str(self.year))
            .replace("%2", member.nama), self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx, year = self.ctx, self.year
            self.write(lambda _p: ctx.write(_remove, member.employee_id, year, reason),
                       self.tr("Remove the placement"))

    def change_ordering(self) -> None:
        code = self.ordering.code()
        if code and self.grid is not None and code != self.grid.ordering:
            ctx = self.ctx
            self.write(lambda _p: ctx.write(set_nine_box_ordering, code),
                       self.tr("Box numbering"), what="settings")

    # -- texts -------------------------------------------------------------------------------
    def update_buttons(self) -> None:
        write = self.denied(Permission.APPRAISAL_WRITE)
        set_button(self.place_button, self.tr("&Place an employee…"), write)
        set_button(self.remove_button, self.tr("&Remove placement…"), write,
                   self.selected() is not None)
        settings = self.denied(Permission.SETTINGS_WRITE)
        self.ordering.setEnabled(settings is None)
        self.ordering.setToolTip(settings or self.tr("Which box numbering the office uses "
                                                     "(domain data: A by default)."))

    def retranslate(self) -> None:
        total = self.grid.total if self.grid else 0
        self.summary.setText(self.tr("%1 people placed for %2. Click a box to list them.")
                             .replace("%1", str(total)).replace("%2", str(self.year)))
        self.ordering_label.setText(self.tr("Numbering:"))
        self.ordering.set_choices([("A", self.tr("A (performance first)")),
                                   ("B", self.tr("B (potential first)"))], empty=None)
        if self.grid is not None:
            self.ordering.set_code(self.grid.ordering)
        self.ordering.setAccessibleName(self.tr("Box numbering"))
        if self.box:
            cell = next((c for c in self.grid.cells if c.box == self.box), None) \
                if self.grid else None
            title = self.tr("Box %1: %2 people").replace("%1", str(self.box)).replace(
                "%2", str(self.model.rowCount()))
            if cell is not None:
                title += " — " + cell.recommendation
            self.members_title.setText(title)
        else:
            self.members_title.setText(self.tr("Choose a box"))
        self.table.setAccessibleName(self.tr("People in the box"))
        self.model.retranslate()
        self.nine.retranslate()
        self.update_buttons()
