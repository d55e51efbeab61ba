"""Pegawai: the personnel list and, in the same place, the record of one employee.

Ctrl+F puts the cursor in the search box, Ctrl+N starts a new employee, Ctrl+S saves the open
record, Esc goes back to the list (asking first about unsaved edits). Other pages open it
with a request (:mod:`ui.models.employee_filters`): a Beranda item shows its employees, an
:class:`OpenEmployeeRequest` opens one record.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.services.auth import Permission
from ui.dialogs.employee_new_dialog import NewEmployeeDialog
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_filters import AttentionRequest, OpenEmployeeRequest
from ui.pages.base import Page
from ui.pages.personnel_detail_panel import EmployeeDetailPanel
from ui.pages.personnel_list_panel import PersonnelListPanel
from ui.pages.registry import register_page
from ui.workers import JobRunner

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def read_choices(ctx: ServiceContext):  # noqa: ANN201 - PersonnelChoices
    """The job (the personnel services are imported on the worker thread, after the window
    is on screen)."""
    from app.services.ui_support import personnel_choices

    return ctx.read(personnel_choices)


@register_page("pegawai")
class PersonnelPage(Page):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices = EmployeeChoices()
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("personnel.stack")
        self.list = PersonnelListPanel(ctx, self.stack)
        self.detail = EmployeeDetailPanel(ctx, self.stack)
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.detail)
        self.list.open_requested.connect(self.open_employee)
        self.list.new_requested.connect(self.new_record)
        self.list.restored.connect(lambda _id: self.data_changed.emit("employees"))
        self.detail.back_requested.connect(self.show_list)
        self.detail.employee_changed.connect(self._on_employee_changed)
        self.detail.employee_deleted.connect(self._on_employee_deleted)
        self.detail.data_tab.dirty_changed.connect(lambda _d: self.commands_changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.addWidget(self.stack)
        self.retranslate()

    # -- loading -----------------------------------------------------------------------------
    def first_shown(self) -> None:
        self.load_choices()
        if self.list.loader.query is None:
            self.list.apply_filters()

    def load_choices(self) -> None:
        runner = JobRunner(lambda _p, ctx=self.ctx: read_choices(ctx), self)
        runner.succeeded.connect(self._on_choices_loaded)
        runner.finished.connect(runner.deleteLater)
        runner.start()

    def _on_choices_loaded(self, choices) -> None:
        self.choices = EmployeeChoices(choices)
        self.list.set_choices(self.choices)
        self.detail.set_choices(self.choices)

    def data_changed_elsewhere(self, what: str) -> None:
        if what in ("employees", "org", "reference"):
            if what != "employees":
                self.load_choices()
            if self._shown_once:
                self.list.reload()
            if self.detail.employee_id and self.stack.currentWidget() is self.detail:
                self.detail.reload()

    # -- navigation --------------------------------------------------------------------------
    def handle_request(self, request: object) -> None:
        if isinstance(request, AttentionRequest):
            if self.showing_detail and not self.detail.may_leave():
                return
            self.show_list()
            self.list.show_attention(request)
        elif isinstance(request, OpenEmployeeRequest):
            self.open_employee(request.employee_id)

    @property
    def showing_detail(self) -> bool:
        return self.stack.currentWidget() is self.detail

    def open_employee(self, employee_id: str) -> None:
        if self.showing_detail and employee_id != self.detail.employee_id \
                and not self.detail.may_leave():
            return
        self.detail.open(employee_id)
        self.stack.setCurrentWidget(self.detail)
        self.detail.tabs.setFocus()
        self.commands_changed.emit()

    def show_list(self) -> None:
        employee_id = self.detail.employee_id
        self.stack.setCurrentWidget(self.list)
        self.list.select_employee(employee_id)
        self.list.table.setFocus()
        self.commands_changed.emit()

    def _on_employee_changed(self, employee_id: str) -> None:
        self.list.reload()
        self.data_changed.emit("employees")

    def _on_employee_deleted(self, employee_id: str) -> None:
        self.detail.employee_id = ""
        self.stack.setCurrentWidget(self.list)
        self.list.reload()
        self.data_changed.emit("employees")
        self.commands_changed.emit()

    # -- page protocol -----------------------------------------------------------------------
    def search_focus(self) -> None:
        if self.showing_detail and not self.detail.may_leave():
            return
        self.show_list()
        self.list.filter_bar.search.setFocus()
        self.list.filter_bar.search.selectAll()

    def new_record(self) -> None:
        if self.denied(Permission.EMPLOYEE_WRITE):
            return
        if self.showing_detail and not self.detail.may_leave():
            return
        saved = NewEmployeeDialog.ask(self.ctx, self.choices, self)
        if saved is not None:
            self.data_changed.emit("employees")
            self.list.reload()
            self.open_employee(saved.id)

    def save(self) -> None:
        if self.showing_detail:
            self.detail.data_tab.save()

    def cancel(self) -> None:
        if self.showing_detail:
            self.detail.go_back()
        elif self.list.attention is not None:
            self.list.clear_attention()

    def command_blocked(self, command: str) -> str | None:
        if command == "new_record":
            return self.denied(Permission.EMPLOYEE_WRITE)
        if command == "save":
            if not self.showing_detail or not self.detail.dirty:
                return self.tr("Nothing to save: no employee record has unsaved changes.")
            return self.denied(Permission.EMPLOYEE_WRITE)
        return None

    def confirm_close(self) -> bool:
        return not self.showing_detail or self.detail.may_leave()

    def retranslate(self) -> None:
        self.list.set_new_allowed(self.denied(Permission.EMPLOYEE_WRITE))
        self.list.set_restore_allowed(self.denied(Permission.EMPLOYEE_DELETE) is None)
