"""The employee record: header, *Data pribadi* and one tab per history, training and SKP.

Loaded in a background job (:func:`app.services.ui_support.employee_view`, one read). After
any save the record reloads and ``employee_changed`` tells the page (the list and the other
pages refresh). Leaving a record with unsaved edits asks first (:meth:`may_leave`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError
from app.services.auth import Permission, why_not
from ui.dialogs import messages
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.dialogs.employee_unsaved_dialog import Choice, UnsavedChangesDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_history_specs import HISTORY_SPECS, title_of
from ui.models.employee_history_table_model import SkpTableModel, TrainingRecordTableModel
from ui.text import plain
from ui.widgets import photo_view
from ui.widgets.employee_data_tab import EmployeeDataTab
from ui.widgets.employee_header import EmployeeHeader
from ui.widgets.history_tab import HistoryTab, RecordListTab, fit_columns
from ui.workers import JobRunner, error_text

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.ui_support import EmployeeView


def read_employee(ctx: ServiceContext, employee_id: str) -> EmployeeView:
    """The job loading one record (services imported on the worker thread)."""
    from app.services.ui_support import employee_view

    return ctx.read(employee_view, employee_id)


class EmployeeDetailPanel(QWidget):
    back_requested = Signal()
    employee_changed = Signal(str)  # saved: the list and other pages refresh
    employee_deleted = Signal(str)
    loaded = Signal(str)  # the record of this employee is on screen

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("employee")
        self.ctx = ctx
        self.choices = EmployeeChoices()
        self.view: EmployeeView | None = None
        self.employee_id = ""
        self._runner: JobRunner | None = None
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("employee.back")
        self.back_button.clicked.connect(self.go_back)
        self.photo_button = QPushButton(self)
        self.photo_button.setObjectName("employee.photo.change")
        self.photo_button.clicked.connect(self.change_photo)
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("employee.delete")
        self.delete_button.clicked.connect(self.delete)
        self.status = QLabel(self)
        self.status.setObjectName("employee.loading")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.status, 1)
        top.addWidget(self.photo_button)
        top.addWidget(self.delete_button)
        self.header = EmployeeHeader(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("employee.tabs")
        self.tabs.setUsesScrollButtons(True)
        self.data_tab = EmployeeDataTab(ctx, self.choices, self.tabs)
        self.data_tab.saved.connect(lambda _s: self._after_write())
        self.data_tab.reload_requested.connect(self.reload)
        self._own_write = False  # the next load follows a write made here (keep the edits)
        self.tabs.addTab(self.data_tab, "")
        self.history_tabs: dict[str, HistoryTab] = {}
        for spec in HISTORY_SPECS:
            tab = HistoryTab(ctx, spec, self.choices, self.tabs)
            tab.changed.connect(lambda _id: self._after_write())
            self.history_tabs[spec.key] = tab
            self.tabs.addTab(tab, "")
        self.training_tab = RecordListTab("employee.training", TrainingRecordTableModel(self))
        self.skp_tab = RecordListTab("employee.skp", SkpTableModel(self))
        self.tabs.addTab(self.training_tab, "")
        self.tabs.addTab(self.skp_tab, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._runner is not None

    @property
    def dirty(self) -> bool:
        return self.data_tab.dirty

    def set_choices(self, choices: EmployeeChoices) -> None:
        jenis = self.view.detail.values.jenis_pegawai if self.view else None
        self.choices = choices.for_employee(jenis)
        self.data_tab.choices = self.choices
        self.data_tab.form.reload_choices()

    def open(self, employee_id: str) -> None:
        """Show ``employee_id`` (call :meth:`may_leave` first when another record is open)."""
        if employee_id != self.employee_id:
            self.view = None
            self.tabs.setCurrentIndex(0)
        self.employee_id = employee_id
        self.reload()

    def reload(self) -> None:
        if not self.employee_id:
            return
        employee_id = self.employee_id
        runner = JobRunner(lambda _p, ctx=self.ctx: read_employee(ctx, employee_id), self)
        self._runner = runner
        self.status.setText(self.tr("Loading…"))
        runner.succeeded.connect(lambda view: self._on_loaded(employee_id, view))
        runner.failed.connect(self._on_load_failed)
        runner.finished.connect(lambda: self._on_job_finished(runner))
        runner.finished.connect(runner.deleteLater)
        runner.start()

    def _on_job_finished(self, runner: JobRunner) -> None:
        if self._runner is runner:
            self._runner = None
            if self.status.text() == self.tr("Loading…"):
                self.status.clear()

    def _on_loaded(self, employee_id: str, view: EmployeeView) -> None:
        if employee_id != self.employee_id:
            return  # another record was opened meanwhile
        self.view = view
        d = view.detail
        self.choices = self.choices.for_employee(d.values.jenis_pegawai)
        self.header.show_detail(d, view.photo)
        if not self.data_tab.dirty:
            self.data_tab.choices = self.choices
            self.data_tab.load(d)
        elif self._own_write:
            self.data_tab.rebase(d)
        self._own_write = False
        for key, tab in self.history_tabs.items():
            tab.show_rows(d.id, d.nama_lengkap, self.choices, d.history(key))
        self.training_tab.model.set_rows(list(view.training))
        self.skp_tab.model.set_rows(list(view.skps))
        fit_columns(self.training_tab.table)
        fit_columns(self.skp_tab.table)
        self._update_titles()
        self._update_buttons()
        self.loaded.emit(employee_id)

    def _on_load_failed(self, text: str) -> None:
        self.status.setText(text)

    def _after_write(self) -> None:
        self._own_write = True
        self.reload()
        self.employee_changed.emit(self.employee_id)

    # -- leaving and deleting ----------------------------------------------------------------
    def may_leave(self) -> bool:
        """Ask about unsaved edits; ``True`` when the record may be closed now."""
        if not self.data_tab.dirty:
            return True
        name = self.view.detail.nama_lengkap if self.view else ""
        choice = UnsavedChangesDialog.ask(self, name)
        if choice == Choice.CANCEL:
            return False
        if choice == Choice.SAVE:
            if not self.data_tab.save_and_wait():
                self.tabs.setCurrentWidget(self.data_tab)
                return False
            return True
        self.data_tab.revert()
        return True

    def go_back(self) -> None:
        """Back to the list (Esc), asking first about unsaved edits."""
        if self.may_leave():
            self.back_requested.emit()

    def delete(self) -> None:
        if self.view is None or why_not(self.ctx.user, Permission.EMPLOYEE_DELETE):
            return
        d = self.view.detail
        who = f"{d.nama_lengkap} ({d.nip_display})" if d.nip_display else d.nama_lengkap
        reason = DeleteReasonDialog.ask(
            self, self.tr("Delete employee"),
            self.tr("Delete %1? The record is kept as deleted with your reason and can be "
                    "restored; it leaves every list and report.").replace("%1", who),
            self.tr("&Delete employee"))
        if reason is None:
            return
        from app.services.personnel import delete_employee

        try:
            self.ctx.write(delete_employee, d.id, reason)
        except SimpegError as exc:
            messages.warn(self, self.tr("Delete employee"), error_text(exc))
            return
        self.data_tab.revert()
        self.employee_deleted.emit(d.id)

    def change_photo(self) -> None:
        """A pas foto from a file; a big one is made smaller first (the limit is 200 KB)."""
        if self.view is None or why_not(self.ctx.user, Permission.EMPLOYEE_WRITE):
            return
        path = photo_view.ask_photo_path(self, self.tr("Choose a photo"))
        if path is None:
            return
        data = photo_view.photo_bytes(path)
        title = self.tr("Photo")
        if data is None:
            messages.warn(self, title, self.tr("%1 is not a picture Qt can read (use JPEG or "
                                               "PNG).").replace("%1", path.name))
            return
        from app.services.personnel_photo import set_photo

        try:
            self.ctx.write(set_photo, self.view.detail.id, data)
        except SimpegError as exc:
            messages.warn(self, title, error_text(exc))
            return
        self._after_write()

    def _update_buttons(self) -> None:
        denied = why_not(self.ctx.user, Permission.EMPLOYEE_DELETE)
        self.delete_button.setEnabled(denied is None and self.view is not None)
        self.delete_button.setToolTip(denied or "")
        write = why_not(self.ctx.user, Permission.EMPLOYEE_WRITE)
        self.photo_button.setEnabled(write is None and self.view is not None)
        self.photo_button.setToolTip(write or self.tr("JPEG or PNG; a big photo is made "
                                                      "smaller to fit 200 KB."))

    # -- texts -------------------------------------------------------------------------------
    def _update_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("Personal data"))
        for n, spec in enumerate(HISTORY_SPECS, start=1):
            count = self.history_tabs[spec.key].model.rowCount()
            self.tabs.setTabText(n, f"{title_of(spec)} ({count})" if count else title_of(spec))
        self.tabs.setTabText(len(HISTORY_SPECS) + 1, self.tr("Training"))
        self.tabs.setTabText(len(HISTORY_SPECS) + 2, self.tr("SKP"))

    def retranslate(self) -> None:
        for button, text in ((self.back_button, self.tr("‹ &Employee list")),
                             (self.photo_button, self.tr("Change &photo…")),
                             (self.delete_button, self.tr("Delete employee…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).strip("‹ …"))
        self.training_tab.note.setText(self.tr(
            "Training counted for the yearly JP, newest first. Recorded on the Training page."))
        self.skp_tab.note.setText(self.tr(
            "Performance appraisals (SKP), newest year first. Recorded on the Performance "
            "page."))
        self.tabs.setAccessibleName(self.tr("Employee record"))
        self._update_titles()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
