"""Evaluasi: the penilai's ratings of hasil kerja and perilaku kerja (three levels each) with
the predikat matrix of PermenPANRB 6/2022 shown live — the cell of the chosen pair lights up
and the predikat is named as the clerk clicks —, the catatan/rekomendasi, the organisation
result of the employee's unit with a warning when the unit's spread of predikat does not fit
it, and the periodic (triwulan/semester) evaluations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from app.services.appraisal import evaluate_skp
from app.services.appraisal_common import predikat_code
from ui.dialogs.skp_evaluation_dialogs import PeriodicDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_models import PeriodicTableModel
from ui.pages.appraisal_tab import BANNER_STYLE, SkpSection, set_button
from ui.pages.tabbed import make_table

if TYPE_CHECKING:
    from ui.pages.appraisal_skp_panel import SkpPanel

LEVELS = ("di_atas", "sesuai", "di_bawah")  # matrix rows (hasil kerja), top to bottom
COLUMNS = ("di_bawah", "sesuai", "di_atas")  # matrix columns (perilaku), left to right
PREDIKAT_COLOUR = {"sangat_baik": "#c8e6c9", "baik": "#e3f2fd", "butuh_perbaikan": "#fff3cd",
                   "kurang": "#ffe0b2", "sangat_kurang": "#ffcdd2"}


class PredikatMatrix(QFrame):
    """The 3×3 matrix (rows hasil kerja, columns perilaku) with the chosen cell marked."""

    def __init__(self, parent: QFrame | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("skp_eval.matrix")
        grid = QGridLayout(self)
        grid.setSpacing(3)
        self.corner = QLabel(self)
        self.corner.setObjectName("skp_eval.matrix.corner")
        self.corner.setWordWrap(True)
        grid.addWidget(self.corner, 0, 0)
        self.column_heads = []
        for c, level in enumerate(COLUMNS):
            head = QLabel(self)
            head.setObjectName(f"skp_eval.matrix.col.{level}")
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setWordWrap(True)
            grid.addWidget(head, 0, c + 1)
            self.column_heads.append(head)
        self.row_heads = []
        self.cells: dict[tuple[str, str], QLabel] = {}
        for r, hasil in enumerate(LEVELS):
            head = QLabel(self)
            head.setObjectName(f"skp_eval.matrix.row.{hasil}")
            head.setWordWrap(True)
            grid.addWidget(head, r + 1, 0)
            self.row_heads.append(head)
            for c, perilaku in enumerate(COLUMNS):
                cell = QLabel(self)
                cell.setObjectName(f"skp_eval.matrix.{hasil}.{perilaku}")
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setMinimumSize(118, 40)
                cell.setWordWrap(True)
                self.cells[(hasil, perilaku)] = cell
                grid.addWidget(cell, r + 1, c + 1)
        self.chosen: tuple[str | None, str | None] = (None, None)

    def mark(self, hasil: str | None, perilaku: str | None) -> None:
        self.chosen = (hasil, perilaku)
        for (h, p), cell in self.cells.items():
            code = predikat_code(h, p)
            cell.setText(lbl.label(lbl.PREDIKAT, code))
            on = (h, p) == (hasil, perilaku)
            border = "3px solid #0d47a1" if on else "1px solid #b0bec5"
            weight = "700" if on else "400"
            cell.setStyleSheet(f"background: {PREDIKAT_COLOUR[code]}; border: {border}; "
                               f"border-radius: 4px; font-weight: {weight}; padding: 2px;")

    def retranslate(self) -> None:
        self.corner.setText(self.tr("Work results ↓ / behaviour →"))
        for head, level in zip(self.column_heads, COLUMNS, strict=True):
            head.setText(lbl.label(lbl.RATING, level))
        for head, level in zip(self.row_heads, LEVELS, strict=True):
            head.setText(lbl.label(lbl.RATING, level))
        self.mark(*self.chosen)


class EvaluationTab(SkpSection):
    def __init__(self, panel: SkpPanel) -> None:
        super().__init__(panel, "skp_eval")
        self.box = QGroupBox(self)
        self.box.setObjectName("skp_eval.box")
        self.hasil_label = QLabel(self.box)
        self.perilaku_label = QLabel(self.box)
        self.hasil = self._group("rating_hasil_kerja")
        self.perilaku = self._group("rating_perilaku")
        self.catatan_label = QLabel(self.box)
        self.catatan = QPlainTextEdit(self.box)
        self.catatan.setObjectName("skp_eval.catatan")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(64)
        self.catatan_label.setBuddy(self.catatan)
        self.save_button = self.button("skp_eval.save", self.save)
        self.matrix = PredikatMatrix()
        self.predikat = QLabel(self)
        self.predikat.setObjectName("skp_eval.predikat")
        self.predikat.setStyleSheet("font-size: 16px; font-weight: 700;")
        self.org = QLabel(self)
        self.org.setObjectName("skp_eval.org")
        self.org.setWordWrap(True)
        self.warning = QLabel(self)
        self.warning.setObjectName("skp_eval.warning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(BANNER_STYLE)
        self.warning.hide()
        self.periodic = PeriodicTableModel(self)
        self.periodic_table = make_table(self, "skp_eval.periodic", self.periodic,
                                         (110, 150, 150, 130, 90))
        self.periodic_button = self.button("skp_eval.periodic_add", self.add_periodic)
        self._layout()
        self.catatan.textChanged.connect(self._update_buttons)

    def _group(self, name: str) -> QButtonGroup:
        group = QButtonGroup(self)
        group.setObjectName(f"skp_eval.{name}")
        for i, level in enumerate(LEVELS):
            button = QRadioButton(self.box)
            button.setObjectName(f"skp_eval.{name}.{level}")
            group.addButton(button, i)
        group.idClicked.connect(lambda _i: self._on_rating())
        return group

    def _layout(self) -> None:
        form = QGridLayout(self.box)
        form.addWidget(self.hasil_label, 0, 0)
        form.addWidget(self.perilaku_label, 1, 0)
        for row, group in ((0, self.hasil), (1, self.perilaku)):
            for i in range(3):
                form.addWidget(group.button(i), row, i + 1)
        form.addWidget(self.catatan_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        form.addWidget(self.catatan, 2, 1, 1, 3)
        form.addWidget(self.save_button, 3, 3, Qt.AlignmentFlag.AlignRight)
        right = QVBoxLayout()
        right.addWidget(self.matrix)
        right.addWidget(self.predikat)
        top = QHBoxLayout()
        top.addWidget(self.box, 3)
        top.addLayout(right, 2)
        actions = QHBoxLayout()
        actions.addWidget(self.periodic_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.org)
        layout.addWidget(self.warning)
        layout.addWidget(self.periodic_table, 1)
        layout.addLayout(actions)

    # -- ratings -----------------------------------------------------------------------------
    @staticmethod
    def _code(group: QButtonGroup) -> str | None:
        i = group.checkedId()
        return LEVELS[i] if i >= 0 else None

    @staticmethod
    def _check(group: QButtonGroup, code: str | None) -> None:
        group.setExclusive(False)
        for i, level in enumerate(LEVELS):
            group.button(i).setChecked(level == code)
        group.setExclusive(True)

    def ratings(self) -> tuple[str | None, str | None]:
        return self._code(self.hasil), self._code(self.perilaku)

    def choose(self, hasil: str, perilaku: str) -> None:
        """Pick both ratings as the clerk would (tests, keyboard)."""
        self.hasil.button(LEVELS.index(hasil)).click()
        self.perilaku.button(LEVELS.index(perilaku)).click()

    def _on_rating(self) -> None:
        hasil, perilaku = self.ratings()
        self.matrix.mark(hasil, perilaku)
        if hasil and perilaku:
            text = lbl.label(lbl.PREDIKAT, predikat_code(hasil, perilaku))
            self.predikat.setText(self.tr("Predikat: %1").replace("%1", text))
        else:
            self.predikat.setText(self.tr("Predikat: choose both ratings"))
        self._update_buttons()

    def predikat_text(self) -> str:
        return self.predikat.text()

    # -- showing and saving ------------------------------------------------------------------
    def show_view(self) -> None:
        skp = self.skp
        self._check(self.hasil, skp.rating_hasil_kerja)
        self._check(self.perilaku, skp.rating_perilaku)
        self.catatan.setPlainText(skp.catatan or "")
        self.periodic.set_rows(skp.periodic)
        self._on_rating()
        self.retranslate()

    def dirty(self) -> bool:
        skp = self.skp
        return skp is not None and (self.ratings() != (skp.rating_hasil_kerja,
                                                       skp.rating_perilaku)
                                    or (self.catatan.toPlainText().strip() or None)
                                    != skp.catatan)

    def save(self) -> None:
        hasil, perilaku = self.ratings()
        if not (hasil and perilaku):
            return
        ctx, skp_id = self.ctx, self.skp.id
        catatan = self.catatan.toPlainText().strip() or None
        self.panel.change(lambda _p: ctx.write(evaluate_skp, skp_id, hasil, perilaku, catatan),
                          self.tr("Save the evaluation"))

    def add_periodic(self) -> None:
        if PeriodicDialog.ask(self.ctx, self.skp, self.view.periods, self) is not None:
            self.panel.changed.emit("appraisal")
            self.panel.reload()

    def _update_buttons(self) -> None:
        blocked = self.panel.blocked("evaluate")
        hasil, perilaku = self.ratings()
        for group in (self.hasil, self.perilaku):
            for i in range(3):
                group.button(i).setEnabled(blocked is None)
        self.catatan.setReadOnly(blocked is not None)
        set_button(self.save_button, self.tr("&Save evaluation"), blocked,
                   bool(hasil and perilaku) and self.dirty())
        open_periods = [p for p in (self.view.periods if self.view else ())
                        if p.kind == "periodic" and p.status == "open"]
        set_button(self.periodic_button, self.tr("Periodic &evaluation…"), blocked,
                   bool(open_periods))
        if blocked is None and not open_periods:
            self.periodic_button.setToolTip(self.tr("No open periodic period for this year "
                                                    "(see Periods)."))

    def _show_org(self) -> None:
        view = self.view
        if view is None:
            return
        skp = view.detail
        if skp.status == "final" and skp.capaian_organisasi:
            self.org.setText(self.tr("Organisation result on the final SKP: %1").replace(
                "%1", lbl.label(lbl.ORG_RESULT, skp.capaian_organisasi)))
        elif view.org is not None:
            where = view.org.unit_name or self.tr("the whole office")
            self.org.setText(self.tr("Organisation result of the unit: %1 (set for %2)")
                             .replace("%1", lbl.label(lbl.ORG_RESULT, view.org.result))
                             .replace("%2", where))
        else:
            self.org.setText(self.tr("No organisation result is recorded for %1 yet.")
                             .replace("%1", str(skp.year)))
        texts = view.distribution.texts() if view.distribution else []
        shown = bool(texts) and view.distribution is not None and view.distribution.total > 0
        self.warning.setText("⚠ " + "\n⚠ ".join(texts) if shown else "")
        self.warning.setVisible(shown)

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Annual evaluation by the appraiser"))
        self.hasil_label.setText(self.tr("Work results:"))
        self.perilaku_label.setText(self.tr("Work behaviour:"))
        self.catatan_label.setText(self.tr("&Notes:"))
        self.catatan.setAccessibleName(self.tr("Notes and recommendations"))
        for name, group in (("hasil", self.hasil), ("perilaku", self.perilaku)):
            for i, level in enumerate(LEVELS):
                button = group.button(i)
                button.setText(lbl.label(lbl.RATING, level))
                prefix = self.tr("Work results") if name == "hasil" else \
                    self.tr("Work behaviour")
                button.setAccessibleName(f"{prefix}: {button.text()}")
        self.matrix.retranslate()
        self.periodic_table.setAccessibleName(self.tr("Periodic evaluations"))
        self.periodic.retranslate()
        self._on_rating()
        self._show_org()
