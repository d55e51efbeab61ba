"""Intake wizard, step 2: which column is what.

Every column of the file is a row: its header, a few example values, what it is read as (a
combo: any intake field or "ignore") and how sure the suggestion is — a SIASN header, a known
name, a remembered choice, or a guess to check (highlighted). Choosing a field for one column
takes it away from the column that had it. The NIP must be mapped to go on. The mapping is
remembered for this layout when the intake is applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.intake import FIELDS, ColumnMatch, Mapping, field_label, suggest_mapping
from app.intake.fields import Group
from app.intake.values import shown
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.employee_labels import fmt_count
from ui.text import plain

if TYPE_CHECKING:
    from ui.dialogs.intake_wizard import IntakeWizard

CTX = "IntakeMappingPage"
SOURCES = {
    "siasn": QT_TRANSLATE_NOOP("IntakeMappingPage", "SIASN column"),
    "alias": QT_TRANSLATE_NOOP("IntakeMappingPage", "Known column name"),
    "guess": QT_TRANSLATE_NOOP("IntakeMappingPage", "Guess — please check"),
    "remembered": QT_TRANSLATE_NOOP("IntakeMappingPage", "Remembered from an earlier import"),
    "user": QT_TRANSLATE_NOOP("IntakeMappingPage", "Your choice"),
    "review": QT_TRANSLATE_NOOP("IntakeMappingPage", "Review column (ignored)"),
    "": QT_TRANSLATE_NOOP("IntakeMappingPage", "Not recognised (ignored)"),
}
GROUPS = {
    Group.EMPLOYEE: QT_TRANSLATE_NOOP("IntakeMappingPage", "— Employee —"),
    Group.GRADE: QT_TRANSLATE_NOOP("IntakeMappingPage", "— Golongan record —"),
    Group.POSITION: QT_TRANSLATE_NOOP("IntakeMappingPage", "— Position and work unit —"),
    Group.EDUCATION: QT_TRANSLATE_NOOP("IntakeMappingPage", "— Education record —"),
}
CHECK_BRUSH = QBrush(QColor("#fff4d6"))
SAMPLES = 3


class IntakeMappingPage(QWizardPage):
    HEADERS = (QT_TRANSLATE_NOOP("IntakeMappingPage", "Column in the file"),
               QT_TRANSLATE_NOOP("IntakeMappingPage", "Example values"),
               QT_TRANSLATE_NOOP("IntakeMappingPage", "Read as"),
               QT_TRANSLATE_NOOP("IntakeMappingPage", "How sure"))

    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intake.mapping")
        self.wiz = wizard
        self._filling = False
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.HEADERS), self)
        self.table.setObjectName("intake.mapping.table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 230)
        self.table.setColumnWidth(2, 300)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.summary = QLabel(self)
        self.summary.setObjectName("intake.mapping.summary")
        self.summary.setWordWrap(True)
        self.reset = QPushButton(self)
        self.reset.setObjectName("intake.mapping.reset")
        self.reset.clicked.connect(self.reset_to_suggestion)
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.reset)
        layout.addLayout(bottom)
        self.problem = QLabel(self)
        self.problem.setObjectName("intake.mapping.problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.problem)
        self.retranslate()

    # -- filling -------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        if self.wiz.mapping is None:
            self.wiz.mapping = self.wiz.suggested_mapping()
        self.fill()

    def fill(self) -> None:
        table, mapping = self.wiz.table, self.wiz.mapping
        if table is None or mapping is None:
            return
        self._filling = True
        self.table.setRowCount(len(mapping.columns))
        for match in mapping.columns:
            self._fill_row(match, self._samples(match.column))
        self._filling = False
        self._update_status()

    def _samples(self, column: int) -> str:
        table = self.wiz.table
        assert table is not None
        found: list[str] = []
        for row in table.rows:
            value = row.cell(column)
            if value is not None and shown(value):
                found.append(shown(value))
                if len(found) == SAMPLES:
                    break
        return " · ".join(found)

    def _fill_row(self, match: ColumnMatch, samples: str) -> None:
        i = match.column
        self.table.setItem(i, 0, QTableWidgetItem(match.header))
        item = QTableWidgetItem(samples)
        item.setToolTip(samples)
        self.table.setItem(i, 1, item)
        combo = self.table.cellWidget(i, 2)
        if not isinstance(combo, QComboBox):
            combo = self._combo(i)
            self.table.setCellWidget(i, 2, combo)
        combo.setAccessibleName(self.tr("Read column %1 as").replace("%1", match.header))
        combo.setCurrentIndex(max(combo.findData(match.field), 0))
        self.table.setItem(i, 3, QTableWidgetItem())
        self._show_source(match)

    def _combo(self, column: int) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setObjectName(f"intake.mapping.field.{column}")
        self._add_choices(combo)
        combo.currentIndexChanged.connect(lambda _i, c=column: self._on_choice(c))
        return combo

    def _add_choices(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("(ignore this column)"), None)
        group = None
        for f in FIELDS:
            if f.group is not group:
                group = f.group
                combo.addItem(QCoreApplication.translate(CTX, GROUPS[group]), f"group:{group}")
                combo.model().item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
            combo.addItem(field_label(f.key), f.key)

    def _show_source(self, match: ColumnMatch) -> None:
        item = self.table.item(match.column, 3)
        if item is None:
            return
        item.setText(QCoreApplication.translate(CTX, SOURCES.get(match.source, "")))
        brush = CHECK_BRUSH if match.needs_check else QBrush()
        for col in (0, 1, 3):
            cell = self.table.item(match.column, col)
            if cell is not None:
                cell.setBackground(brush)

    # -- changes -------------------------------------------------------------------------------
    def _on_choice(self, column: int) -> None:
        if self._filling or self.wiz.mapping is None:
            return
        combo = self.table.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        self.choose(column, combo.currentData())

    def choose(self, column: int, field: str | None) -> None:
        """The clerk reads ``column`` as ``field`` (None: ignore it)."""
        assert self.wiz.mapping is not None
        self.wiz.set_mapping(self.wiz.mapping.with_field(column, field))
        self.fill()

    def reset_to_suggestion(self) -> None:
        table = self.wiz.table
        if table is not None:
            self.wiz.set_mapping(suggest_mapping(table.headers))
            self.fill()

    def _update_status(self) -> None:
        mapping: Mapping | None = self.wiz.mapping
        if mapping is None:
            return
        used = len(mapping.fields)
        check = sum(c.needs_check for c in mapping.columns)
        text = (self.tr("%1 columns are read, %2 ignored.")
                .replace("%1", fmt_count(used))
                .replace("%2", fmt_count(len(mapping.columns) - used)))
        if check:
            text += " " + self.tr("%1 guesses are highlighted: please check them.").replace(
                "%1", fmt_count(check))
        self.summary.setText(text)
        problems = mapping.problems()
        self.problem.setText(" ".join(p.text() for p in problems))
        self.problem.setVisible(bool(problems))
        self.completeChanged.emit()

    # -- QWizardPage ---------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        mapping = self.wiz.mapping
        return mapping is not None and not mapping.problems()

    def retranslate(self) -> None:
        self.setTitle(self.wiz.step_title(2, self.tr("Match the columns")))
        self.setSubTitle(self.tr("Check what each column of the file is read as. Highlighted "
                                 "rows are guesses; change any choice with its list."))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate(CTX, h) for h in self.HEADERS])
        self.table.setAccessibleName(self.tr("Columns of the file"))
        self.reset.setText(self.tr("&Suggest again"))
        self.reset.setAccessibleName(plain(self.reset.text()))
        self.reset.setToolTip(self.tr("Forget the changes and read the column names again"))
        for i in range(self.table.rowCount()):
            combo = self.table.cellWidget(i, 2)
            if isinstance(combo, QComboBox):
                self._filling = True
                current = combo.currentData()
                combo.clear()
                self._add_choices(combo)
                combo.setCurrentIndex(max(combo.findData(current), 0))
                self._filling = False
        if self.wiz.mapping is not None:
            self.fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

