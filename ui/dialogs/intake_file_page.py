"""Intake wizard, step 1: choose the file (read in a worker: a 10,000-row workbook takes a few
seconds) and the options (add units / positions the office does not have yet)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.intake import RawTable, read_table
from app.services.auth import Permission, why_not
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.models.employee_labels import fmt_count
from ui.text import plain
from ui.workers import run_with_progress

if TYPE_CHECKING:
    from ui.dialogs.intake_wizard import IntakeWizard

FILE_FILTER = "Excel / CSV (*.xlsx *.xlsm *.csv *.txt)"


def ask_open_path(parent, title: str) -> Path | None:  # type: ignore[no-untyped-def]
    """Which file to import (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), FILE_FILTER)
    return Path(name) if name else None


class IntakeFilePage(QWizardPage):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intake.file")
        self.wiz = wizard
        self.loading = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setObjectName("intake.file.intro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.path_label = QLabel(self)
        row = QHBoxLayout()
        self.path = QLineEdit(self)
        self.path.setObjectName("intake.file.path")
        self.path.editingFinished.connect(self._on_path_edited)
        self.path_label.setBuddy(self.path)
        self.browse = QPushButton(self)
        self.browse.setObjectName("intake.file.browse")
        self.browse.clicked.connect(self.choose)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        layout.addWidget(self.path_label)
        layout.addLayout(row)
        self.info = QLabel(self)
        self.info.setObjectName("intake.file.info")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.options = QGroupBox(self)
        self.options.setObjectName("intake.file.options")
        box = QVBoxLayout(self.options)
        self.create_units = QCheckBox(self.options)
        self.create_units.setObjectName("intake.file.create_units")
        self.create_jabatan = QCheckBox(self.options)
        self.create_jabatan.setObjectName("intake.file.create_jabatan")
        for check in (self.create_units, self.create_jabatan):
            check.setChecked(True)
            box.addWidget(check)
        layout.addWidget(self.options)
        layout.addStretch(1)
        self.retranslate()

    # -- the file ------------------------------------------------------------------------------
    def choose(self) -> None:
        path = ask_open_path(self, self.tr("Choose the file to import"))
        if path is not None:
            self.path.setText(str(path))
            self.load(path)

    def _on_path_edited(self) -> None:
        text = self.path.text().strip()
        table = self.wiz.table
        if text and (table is None or table.path != text):
            self.load(Path(text))

    def load(self, path: Path) -> None:
        """Read ``path`` in a worker; the page completes when it was read."""
        self.wiz.set_table(None)
        self.loading = True
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.completeChanged.emit()
        self.runner = run_with_progress(
            self, lambda progress: read_table(path, progress=progress),
            title=self.tr("Read file"), on_success=self._on_read, on_failure=self._on_failed)
        # Connected right after start: the runner re-emits on this (the GUI) thread, so nothing
        # is delivered before control returns to the event loop.
        self.runner.cancelled.connect(self._on_cancelled)

    def _on_read(self, table: RawTable) -> None:
        self.wiz.set_table(table)
        self.info.setText(self.describe(table))
        self._done()

    def _on_failed(self, text: str) -> None:
        self.info.setStyleSheet(ERROR_STYLE)
        self.info.setText(text)
        self._done()

    def _on_cancelled(self) -> None:
        self.info.setText(self.tr("Reading the file was cancelled."))
        self._done()

    def _done(self) -> None:
        self.loading = False
        self.completeChanged.emit()

    def describe(self, table: RawTable) -> str:
        where = (self.tr("sheet “%1”").replace("%1", table.sheet) if table.sheet
                 else self.tr("CSV, separated by “%1”").replace(
                     "%1", "TAB" if table.delimiter == "\t" else table.delimiter or ","))
        return (self.tr("%1: %2 data rows and %3 columns (%4; column names in row %5).")
                .replace("%1", table.source).replace("%2", fmt_count(len(table.rows)))
                .replace("%3", fmt_count(len(table.headers))).replace("%4", where)
                .replace("%5", str(table.header_row)))

    # -- QWizardPage ---------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.wiz.table is not None and not self.loading

    def retranslate(self) -> None:
        self.setTitle(self.wiz.step_title(1, self.tr("Choose the file")))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, for example the "
                                 "“Export Data ASN” file downloaded from SIASN."))
        self.intro.setText(self.tr(
            "Columns are recognised by their names, in any order. Rows are matched with "
            "employees by NIP: new employees are added, existing ones get the values that "
            "changed, and an empty cell never erases stored data. Nothing is changed until "
            "you press Apply after the preview."))
        self.path_label.setText(self.tr("&File:"))
        self.path.setAccessibleName(plain(self.path_label.text()).rstrip(":"))
        self.path.setPlaceholderText(self.tr("Choose a file…"))
        self.browse.setText(self.tr("&Choose file…"))
        self.browse.setAccessibleName(plain(self.browse.text()))
        self.options.setTitle(self.tr("Options"))
        self.create_units.setText(self.tr("Add work units the organisation tree does not "
                                          "have yet"))
        self.create_jabatan.setText(self.tr("Add positions the position catalogue does not "
                                            "have yet"))
        for check in (self.create_units, self.create_jabatan):
            check.setAccessibleName(plain(check.text()))
        reason = why_not(self.wiz.ctx.user, Permission.ORG_WRITE)
        self.create_units.setEnabled(reason is None)
        if reason is not None:
            self.create_units.setChecked(False)
        self.create_units.setToolTip(reason or "")
        if self.wiz.table is not None:
            self.info.setText(self.describe(self.wiz.table))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
