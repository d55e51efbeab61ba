"""Rencana: the SKP's header (approach, period, pejabat penilai, atasan) and its plan — RHK
utama (cascaded from the penilai's RHK) and tambahan, each with its indicators (aspect, IKI,
target) — as a tree. Changeable while the SKP is a draft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.reports.formatting import nip_text
from app.services.appraisal import (
    IndicatorRow,
    Official,
    RhkRow,
    remove_indicator,
    remove_rhk,
    update_skp_header,
)
from ui.dialogs.appraisal_reason_dialog import ReasonDialog
from ui.dialogs.skp_official_dialog import OfficialDialog, header_of
from ui.dialogs.skp_plan_dialogs import IndicatorDialog, RhkDialog
from ui.models import appraisal_labels as lbl
from ui.pages.appraisal_tab import SkpSection, set_button
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from ui.pages.appraisal_skp_panel import SkpPanel

ROW = Qt.ItemDataRole.UserRole + 1


def official_text(who: Official | None, none: str) -> str:
    if who is None:
        return none
    parts = [who.nama, f"NIP {nip_text(who.nip)}" if who.nip else "", who.jabatan, who.unit]
    return " · ".join(p for p in parts if p)


class PlanTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_plan")
        self.head = QGroupBox(self)
        self.head.setObjectName("skp_plan.head")
        form = QFormLayout(self.head)
        self.approach = ChoiceCombo(self.head)
        self.approach.setObjectName("skp_plan.approach")
        self.start = DateField(self.head)
        self.start.setObjectName("skp_plan.period_start")
        self.end = DateField(self.head)
        self.end.setObjectName("skp_plan.period_end")
        self.save_head_button = self.button("skp_plan.save_head", self.save_head)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(self.end)
        period.addStretch(1)
        period.addWidget(self.save_head_button)
        self.penilai = QLabel(self.head)
        self.penilai.setObjectName("skp_plan.penilai")
        self.penilai.setWordWrap(True)
        self.atasan = QLabel(self.head)
        self.atasan.setObjectName("skp_plan.atasan")
        self.atasan.setWordWrap(True)
        self.penilai_button = self.button("skp_plan.change_penilai",
                                          lambda: self.change_official("penilai"))
        self.atasan_button = self.button("skp_plan.change_atasan",
                                         lambda: self.change_official("atasan"))
        self.labels = [QLabel(self.head) for _ in range(4)]
        form.addRow(self.labels[0], self.approach)
        form.addRow(self.labels[1], period)
        form.addRow(self.labels[2], self._line(self.penilai, self.penilai_button))
        form.addRow(self.labels[3], self._line(self.atasan, self.atasan_button))
        for edit in (self.approach,):
            edit.edited.connect(self._update_buttons)
        self.start.edited.connect(self._update_buttons)
        self.end.edited.connect(self._update_buttons)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("skp_plan.tree")
        self.tree.setColumnCount(4)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_selected())
        self.add_utama_button = self.button("skp_plan.add_utama", lambda: self.add_rhk("utama"))
        self.add_tambahan_button = self.button("skp_plan.add_tambahan",
                                               lambda: self.add_rhk("tambahan"))
        self.add_indicator_button = self.button("skp_plan.add_indicator", self.add_indicator)
        self.edit_button = self.button("skp_plan.edit", self.edit_selected)
        self.remove_button = self.button("skp_plan.remove", self.remove_selected)
        actions = QHBoxLayout()
        for b in (self.add_utama_button, self.add_tambahan_button, self.add_indicator_button,
                  self.edit_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.tree, 1)
        layout.addLayout(actions)

    @staticmethod
    def _line(label: QLabel, button: Any) -> QHBoxLayout:
        line = QHBoxLayout()
        line.addWidget(label, 1)
        line.addWidget(button)
        return line

    # -- showing -----------------------------------------------------------------------------
    def show_view(self) -> None:
        skp = self.skp
        self.approach.set_code(skp.approach)
        self.start.set_value(skp.period_start)
        self.end.set_value(skp.period_end)
        self.retranslate()

    def _fill_tree(self) -> None:
        self.tree.clear()
        skp = self.skp
        number = 0
        for kind, rows in (("utama", skp.rhk_utama), ("tambahan", skp.rhk_tambahan)):
            section = QTreeWidgetItem(self.tree, [lbl.label(lbl.RHK_KIND, kind)])
            section.setData(0, ROW, ("section", kind))
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            for rhk in rows:
                number += 1
                item = QTreeWidgetItem(section, [f"{number}. {rhk.text}", "", "",
                                                 rhk.parent_rhk_text or ""])
                item.setData(0, ROW, ("rhk", rhk))
                item.setToolTip(0, rhk.text)
                item.setToolTip(3, rhk.parent_rhk_text or "")
                for ind in rhk.indicators:
                    child = QTreeWidgetItem(item, [ind.iki, lbl.label(lbl.ASPEK, ind.aspek),
                                                   ind.target or "", ""])
                    child.setData(0, ROW, ("indicator", ind, rhk))
                    child.setToolTip(0, ind.iki)
        self.tree.expandAll()
        self.tree.setColumnWidth(0, 470)
        self.tree.setColumnWidth(1, 90)
        self.tree.setColumnWidth(2, 130)

    def selected(self) -> tuple[Any, ...] | None:
        items = self.tree.selectedItems()
        return items[0].data(0, ROW) if items else None

    # -- actions -----------------------------------------------------------------------------
    def save_head(self) -> None:
        header = header_of(self.skp, approach=self.approach.code() or "kuantitatif",
                           period_start=self.start.value(), period_end=self.end.value())
        ctx, skp_id = self.ctx, self.skp.id
        self.panel.change(lambda _p: ctx.write(update_skp_header, skp_id, header),
                          self.tr("Save the SKP header"))

    def change_official(self, role: str) -> None:
        if OfficialDialog.ask(self.ctx, self.skp, role, self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def add_rhk(self, kind: str) -> None:
        options = self.view.leader_options if kind == "utama" else ()
        if RhkDialog.ask(self.ctx, self.skp.id, options, kind=kind, parent=self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def _rhk_of_selection(self) -> RhkRow | None:
        chosen = self.selected()
        if chosen is None or chosen[0] == "section":
            return None
        return chosen[1] if chosen[0] == "rhk" else chosen[2]

    def add_indicator(self) -> None:
        rhk = self._rhk_of_selection()
        if rhk is not None and IndicatorDialog.ask(
                self.ctx, rhk, quantitative=self.skp.approach == "kuantitatif",
                parent=self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] == "section" or self.panel.blocked("plan"):
            return
        if chosen[0] == "rhk":
            rhk: RhkRow = chosen[1]
            options = self.view.leader_options if rhk.kind == "utama" else ()
            saved = RhkDialog.ask(self.ctx, self.skp.id, options, rhk, rhk.kind, self)
        else:
            ind: IndicatorRow = chosen[1]
            saved = IndicatorDialog.ask(self.ctx, chosen[2], ind,
                                        self.skp.approach == "kuantitatif", self)
        if saved is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] == "section":
            return
        if chosen[0] == "rhk":
            text = self.tr("Remove the RHK \"%1\" with its indicators?").replace(
                "%1", chosen[1].text)
            fn = remove_rhk
        else:
            text = self.tr("Remove the indicator \"%1\"?").replace("%1", chosen[1].iki)
            fn = remove_indicator
        reason = ReasonDialog.ask_reason(self, self.tr("Remove from the plan"), text,
                                         self.tr("&Remove"), self.tr("&Reason:"))
        if reason is not None:
            ctx, row_id = self.ctx, chosen[1].id
            self.panel.change(lambda _p: ctx.write(fn, row_id, reason),
                              self.tr("Remove from the plan"))

    # -- texts and states --------------------------------------------------------------------
    def _update_buttons(self) -> None:
        plan = self.panel.blocked("plan") if self.skp is not None else ""
        chosen = self.selected()
        item = chosen is not None and chosen[0] != "section"
        head_changed = self.skp is not None and (
            self.approach.code() != self.skp.approach or self.start.value() !=
            self.skp.period_start or self.end.value() != self.skp.period_end)
        for widget in (self.approach, self.start, self.end):
            widget.setEnabled(plan is None)
        set_button(self.save_head_button, self.tr("Save &header"), plan, head_changed)
        set_button(self.penilai_button, self.tr("Change…"), plan)
        set_button(self.atasan_button, self.tr("Change…"), plan)
        set_button(self.add_utama_button, self.tr("Add RHK &utama…"), plan)
        set_button(self.add_tambahan_button, self.tr("Add RHK &tambahan…"), plan)
        set_button(self.add_indicator_button, self.tr("Add &indicator…"), plan,
                   self._rhk_of_selection() is not None)
        set_button(self.edit_button, self.tr("&Edit…"), plan, item)
        set_button(self.remove_button, self.tr("&Remove…"), plan, item)

    def retranslate(self) -> None:
        self.head.setTitle(self.tr("SKP header"))
        for label, text in zip(self.labels, (self.tr("Approach:"), self.tr("Period:"),
                                             self.tr("Appraising official:"),
                                             self.tr("Appraiser's superior:")), strict=True):
            label.setText(text)
        self.approach.set_choices(lbl.items(lbl.APPROACH), empty=None)
        if self.skp is not None:
            self.approach.set_code(self.skp.approach)
        self.approach.setAccessibleName(self.tr("Approach"))
        self.start.retranslate()
        self.end.retranslate()
        self.start.setAccessibleName(self.tr("First day of the period"))
        self.end.setAccessibleName(self.tr("Last day of the period"))
        none = self.tr("not recorded")
        self.penilai.setText(official_text(self.skp.penilai if self.skp else None, none))
        self.atasan.setText(official_text(self.skp.atasan if self.skp else None, none))
        self.tree.setHeaderLabels([self.tr("Work plan (RHK) / indicator"), self.tr("Aspect"),
                                   self.tr("Target"), self.tr("Leader's RHK supported")])
        self.tree.setAccessibleName(self.tr("Work plan"))
        if self.skp is not None:
            self._fill_tree()
        self._update_buttons()
