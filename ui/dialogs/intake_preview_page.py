"""Intake wizard, step 3: the dry run.

The preview runs in a worker (progress dialog with Batal). The page shows the counts (new,
changed, unchanged, with problems), then one tab each for the new employees, the changes of
existing ones, the new units/positions/golongan records, the rows with problems (row, column,
reason — exportable to Excel, to fix and import again) and the notes. It is the wizard's
commit page: its button is *Apply*, and it is enabled only when some row can be applied.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from app.intake import IntakePreview
from ui.dialogs import intake_models as m
from ui.dialogs.form_dialog import ERROR_STYLE
from ui.dialogs.intake_export import export_bad_rows
from ui.models.employee_labels import fmt_count
from ui.models.sort_proxy import SortProxy
from ui.text import plain
from ui.workers import run_with_progress

if TYPE_CHECKING:
    from ui.dialogs.intake_wizard import IntakeWizard

COUNT_STYLE = "font-size: 20px; font-weight: bold;"
BAD_STYLE = "font-size: 20px; font-weight: bold; color: #b00020;"


def _table(parent: QWidget, name: str, model: m.RowTableModel) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    proxy = SortProxy(view)
    proxy.setSourceModel(model)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class IntakePreviewPage(QWizardPage):
    def __init__(self, wizard: IntakeWizard) -> None:
        super().__init__(wizard)
        self.setObjectName("intake.preview")
        self.wiz = wizard
        self.running = False
        self.runner = None
        self.setCommitPage(True)
        layout = QVBoxLayout(self)
        self.counts_frame = QFrame(self)
        grid = QGridLayout(self.counts_frame)
        grid.setContentsMargins(0, 0, 0, 0)
        self.count_labels: dict[str, QLabel] = {}
        self.count_values: dict[str, QLabel] = {}
        for col, key in enumerate(("new", "changed", "unchanged", "bad")):
            value = QLabel("–", self.counts_frame)
            value.setObjectName(f"intake.preview.count.{key}")
            value.setStyleSheet(BAD_STYLE if key == "bad" else COUNT_STYLE)
            label = QLabel(self.counts_frame)
            grid.addWidget(value, 0, col)
            grid.addWidget(label, 1, col)
            self.count_values[key], self.count_labels[key] = value, label
        layout.addWidget(self.counts_frame)
        self.message = QLabel(self)
        self.message.setObjectName("intake.preview.message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("intake.preview.tabs")
        self.new_model = m.NewEmployeeTableModel(self)
        self.change_model = m.ChangeTableModel(self)
        self.thing_model = m.NewThingTableModel(self)
        self.bad_model = m.ProblemTableModel(self)
        self.note_model = m.ProblemTableModel(self)
        self.new_view = _table(self.tabs, "intake.preview.new", self.new_model)
        self.change_view = _table(self.tabs, "intake.preview.changes", self.change_model)
        self.thing_view = _table(self.tabs, "intake.preview.things", self.thing_model)
        self.note_view = _table(self.tabs, "intake.preview.notes", self.note_model)
        self.bad_tab = QWidget(self.tabs)
        bad_layout = QVBoxLayout(self.bad_tab)
        self.bad_view = _table(self.bad_tab, "intake.preview.bad", self.bad_model)
        buttons = QHBoxLayout()
        self.bad_hint = QLabel(self.bad_tab)
        self.bad_hint.setWordWrap(True)
        self.export_button = QPushButton(self.bad_tab)
        self.export_button.setObjectName("intake.preview.export")
        self.export_button.clicked.connect(self.export_bad_rows)
        buttons.addWidget(self.bad_hint, 1)
        buttons.addWidget(self.export_button)
        bad_layout.addWidget(self.bad_view, 1)
        bad_layout.addLayout(buttons)
        for widget in (self.new_view, self.change_view, self.thing_view, self.bad_tab,
                       self.note_view):
            self.tabs.addTab(widget, "")
        layout.addWidget(self.tabs, 1)
        self.retry = QPushButton(self)
        self.retry.setObjectName("intake.preview.retry")
        self.retry.clicked.connect(self.run)
        self.retry.hide()
        layout.addWidget(self.retry)
        self.retranslate()

    # -- running -------------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.run()

    def run(self) -> None:
        """Preview in a worker (Batal cancels); the page fills when it is done."""
        ctx, table, mapping = self.wiz.ctx, self.wiz.table, self.wiz.mapping
        options = self.wiz.options()
        self.wiz.preview = None
        self.running = True
        self.retry.hide()
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Checking every row…"))
        self._show(None)
        from app.intake import preview_table

        self.runner = run_with_progress(
            self, lambda progress: preview_table(ctx, table, mapping, options, progress),
            title=self.tr("Preview"), on_success=self._on_ready, on_failure=self._on_failed)
        # Connected right after start: the runner re-emits on this (the GUI) thread, so nothing
        # is delivered before control returns to the event loop.
        self.runner.cancelled.connect(self._on_cancelled)

    def _on_ready(self, preview: IntakePreview) -> None:
        self.running = False
        self.wiz.preview = preview
        self._show(preview)

    def _on_failed(self, text: str) -> None:
        self.running = False
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.retry.show()
        self.completeChanged.emit()

    def _on_cancelled(self) -> None:
        self.running = False
        self.message.setText(self.tr("The preview was cancelled; nothing was changed."))
        self.retry.show()
        self.completeChanged.emit()

    # -- showing -------------------------------------------------------------------------------
    def _show(self, preview: IntakePreview | None) -> None:
        counts = preview.counts if preview else {}
        for key, label in self.count_values.items():
            label.setText(fmt_count(counts[key]) if preview else "–")
        self.new_model.set_rows([r for r in preview.rows if r.status == "new"] if preview
                                else [])
        self.change_model.set_rows(m.change_lines(preview) if preview else [])
        self.thing_model.set_rows(m.new_things(preview) if preview else [])
        self.bad_model.set_rows(m.problem_lines(preview, "error") if preview else [])
        self.note_model.set_rows(m.problem_lines(preview, "warning") if preview else [])
        for view in (self.new_view, self.change_view, self.thing_view, self.bad_view,
                     self.note_view):
            view.resizeColumnsToContents()
            for col in range(view.model().columnCount() - 1):
                view.setColumnWidth(col, min(view.columnWidth(col), 320))
        self.export_button.setEnabled(bool(preview and preview.bad_rows))
        if preview is not None:
            self.message.setStyleSheet(ERROR_STYLE if preview.blocked else "")
            self.message.setText(self._verdict(preview))
            if preview.bad_rows and not preview.to_apply:
                self.tabs.setCurrentWidget(self.bad_tab)
        self._retitle_tabs()
        self.completeChanged.emit()

    def _verdict(self, preview: IntakePreview) -> str:
        if preview.blocked:
            return " ".join(i.text() for i in preview.file_issues if i.severity == "error")
        apply = len(preview.to_apply)
        bad = len(preview.bad_rows)
        if not apply:
            return (self.tr("Nothing to apply: every row is unchanged or has a problem.")
                    if bad else self.tr("Nothing new: the data already matches the file."))
        text = self.tr("Apply saves %1 rows.").replace("%1", fmt_count(apply))
        if bad:
            text += " " + self.tr("%1 rows with problems are left out: see the tab “Rows with "
                                  "problems”.").replace("%1", fmt_count(bad))
        return text

    def _retitle_tabs(self) -> None:
        titles = (
            (self.new_view, self.tr("New employees (%1)"), self.new_model),
            (self.change_view, self.tr("Changes (%1)"), self.change_model),
            (self.thing_view, self.tr("New units, positions, golongan (%1)"), self.thing_model),
            (self.bad_tab, self.tr("Rows with problems (%1)"), self.bad_model),
            (self.note_view, self.tr("Notes (%1)"), self.note_model),
        )
        for widget, title, model in titles:
            self.tabs.setTabText(self.tabs.indexOf(widget),
                                 title.replace("%1", fmt_count(model.rowCount())))

    def export_bad_rows(self) -> None:
        self.export_runner = export_bad_rows(self, self.wiz.preview, self.wiz.ctx.office_name)

    # -- QWizardPage ---------------------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        preview = self.wiz.preview
        return not self.running and preview is not None and preview.can_apply

    def retranslate(self) -> None:
        self.setTitle(self.wiz.step_title(3, self.tr("Preview")))
        self.setSubTitle(self.tr("What the import would do. Nothing has been changed yet."))
        for key, text in (("new", self.tr("new employees")),
                          ("changed", self.tr("employees with changes")),
                          ("unchanged", self.tr("unchanged")),
                          ("bad", self.tr("rows with problems"))):
            self.count_labels[key].setText(text)
            self.count_values[key].setAccessibleName(text)
        self.bad_hint.setText(self.tr("Rows with problems are not imported. Export them, fix "
                                      "the cells in Excel and import that file again."))
        self.export_button.setText(self.tr("&Export to Excel…"))
        self.export_button.setAccessibleName(plain(self.export_button.text()))
        self.retry.setText(self.tr("&Run the preview again"))
        self.retry.setAccessibleName(plain(self.retry.text()))
        self.tabs.setAccessibleName(self.tr("Preview details"))
        for model in (self.new_model, self.change_model, self.thing_model, self.bad_model,
                      self.note_model):
            model.retranslate()
        if self.wiz.preview is not None:
            self.message.setText(self._verdict(self.wiz.preview))
        self._retitle_tabs()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
