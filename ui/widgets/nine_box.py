"""The 9-box of talent management (PermenPANRB 3/2020; domain.md §7) as a grid of buttons:
kinerja from top (di atas ekspektasi) to bottom, potential from left (rendah) to right
(tinggi). Each cell shows its box number (in the office's numbering) and how many people sit
in it; clicking a cell emits :attr:`NineBox.box_clicked` so the page can list them. The
follow-up recommendation of a box is its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QWidget

from app.services.appraisal import NineBoxCell, NineBoxGrid
from ui.models import appraisal_labels as lbl

_KINERJA = ("di_atas", "sesuai", "di_bawah")
_POTENTIAL = ("rendah", "menengah", "tinggi")
_COLOURS = {
    9: "#2e7d32",
    8: "#66bb6a",
    7: "#66bb6a",
    6: "#fdd835",
    5: "#fdd835",
    4: "#fdd835",
    3: "#ffb74d",
    2: "#ffb74d",
    1: "#e57373",
}


def _cell_style(box: int, empty: bool) -> str:
    colour = _COLOURS.get(box, "#e0e0e0")
    text = "#ffffff" if box == 9 else "#1b1b1b"
    alpha = "border: 2px dashed #9e9e9e;" if empty else "border: 1px solid #5f5f5f;"
    return (
        f"QPushButton {{ background: {colour}; color: {text}; {alpha} border-radius: 6px;"
        f" padding: 6px; font-size: 13px; }} QPushButton:focus {{ border: 3px solid "
        f"#0d47a1; }}"
    )


class NineBox(QWidget):
    box_clicked = Signal(int)  # the box number (1..9)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nine_box")
        self.grid: NineBoxGrid | None = None
        self.cells: dict[int, QPushButton] = {}
        self._positions: dict[tuple[str, str], QPushButton] = {}
        layout = QGridLayout(self)
        layout.setSpacing(6)
        self.y_title = QLabel(self)
        self.y_title.setObjectName("nine_box.y_title")
        self.x_title = QLabel(self)
        self.x_title.setObjectName("nine_box.x_title")
        self.x_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.row_labels = [QLabel(self) for _ in _KINERJA]
        self.column_labels = [QLabel(self) for _ in _POTENTIAL]
        layout.addWidget(self.y_title, 0, 0, 1, 2)
        for r, (kinerja, row_label) in enumerate(zip(_KINERJA, self.row_labels, strict=True)):
            row_label.setObjectName(f"nine_box.row.{kinerja}")
            row_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            row_label.setWordWrap(True)
            layout.addWidget(row_label, r + 1, 0, 1, 2)
            for c, potential in enumerate(_POTENTIAL):
                button = QPushButton(self)
                button.setObjectName(f"nine_box.cell.{kinerja}.{potential}")
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
                button.setMinimumSize(150, 72)
                button.clicked.connect(
                    lambda _c=False, k=kinerja, p=potential: self._on_clicked(k, p)
                )
                self._positions[(kinerja, potential)] = button
                layout.addWidget(button, r + 1, c + 2)
        for c, (potential, column_label) in enumerate(
            zip(_POTENTIAL, self.column_labels, strict=True)
        ):
            column_label.setObjectName(f"nine_box.column.{potential}")
            column_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(column_label, 4, c + 2)
        layout.addWidget(self.x_title, 5, 2, 1, 3)
        layout.setColumnStretch(0, 0)
        for c in range(2, 5):
            layout.setColumnStretch(c, 1)
        self.retranslate()
        self.set_grid(None)

    def set_grid(self, grid: NineBoxGrid | None) -> None:
        """Show the counts of ``grid`` (``None``: empty, disabled)."""
        self.grid = grid
        self.cells = {}
        for (kinerja, potential), button in self._positions.items():
            cell = (
                next(
                    (c for c in grid.cells if (c.kinerja, c.potential) == (kinerja, potential)),
                    None,
                )
                if grid
                else None
            )
            button.setEnabled(cell is not None)
            if cell is not None:
                self.cells[cell.box] = button
            self._paint(button, cell)

    def _paint(self, button: QPushButton, cell: NineBoxCell | None) -> None:
        if cell is None:
            button.setText("")
            button.setToolTip("")
            button.setStyleSheet(_cell_style(0, True))
            return
        box_text = QCoreApplication.translate("NineBox", "Box %1").replace("%1", str(cell.box))
        people = QCoreApplication.translate("NineBox", "%1 people").replace("%1", str(cell.count))
        button.setText(f"{box_text}\n{people}")
        button.setToolTip(cell.recommendation)
        button.setAccessibleName(f"{box_text}: {people}")
        button.setStyleSheet(_cell_style(cell.box, cell.count == 0))

    def count(self, box: int) -> int:
        return self.grid.count(box) if self.grid else 0

    def _on_clicked(self, kinerja: str, potential: str) -> None:
        if self.grid is None:
            return
        for cell in self.grid.cells:
            if (cell.kinerja, cell.potential) == (kinerja, potential):
                self.box_clicked.emit(cell.box)

    def retranslate(self) -> None:
        self.y_title.setText(QCoreApplication.translate("NineBox", "Performance ↓"))
        self.x_title.setText(QCoreApplication.translate("NineBox", "Potential →"))
        for kinerja, row_label in zip(_KINERJA, self.row_labels, strict=True):
            row_label.setText(lbl.label(lbl.RATING, kinerja))
        for potential, column_label in zip(_POTENTIAL, self.column_labels, strict=True):
            column_label.setText(lbl.label(lbl.POTENTIAL, potential))
        if self.grid is not None:
            self.set_grid(self.grid)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
