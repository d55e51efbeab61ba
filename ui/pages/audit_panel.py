"""The Log audit tab: who did what and when, filtered; and the check of the hash chain."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import SimpegError
from app.services.audit import (
    AuditFilters,
    AuditRow,
    ChainCheck,
    list_audit,
    list_audit_actions,
    list_audit_usernames,
    verify_chain,
)
from app.services.auth import Permission, why_not
from ui.dialogs import messages
from ui.models.audit_table_model import AuditTableModel, action_label
from ui.settings import UiSettings
from ui.workers import error_text, run_with_progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext

OK_STYLE = "color: #1b5e20; font-weight: 600;"
BAD_STYLE = "color: #b00020; font-weight: 600;"


class AuditPanel(QWidget):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("audit")
        self.ctx = ctx
        self.settings = UiSettings()
        self.model = AuditTableModel(self)
        self.last_check: ChainCheck | None = None
        layout = QVBoxLayout(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("audit.notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        layout.addLayout(self._build_filters())
        self.table = QTableView(self)
        self.table.setObjectName("audit.table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if not self.settings.restore_header("audit.table", header):
            for col, width in enumerate((56, 130, 110, 250, 170, 220)):
                self.table.setColumnWidth(col, width)
        header.sectionResized.connect(lambda *_: self.settings.save_header("audit.table", header))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_verify_row())
        self._restore_filters()
        self.retranslate()

    # -- building --------------------------------------------------------------------------
    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.use_from = QCheckBox(self)
        self.use_from.setObjectName("audit.use_date_from")
        self.date_from = self._date_edit("audit.date_from", self.use_from)
        self.use_to = QCheckBox(self)
        self.use_to.setObjectName("audit.use_date_to")
        self.date_to = self._date_edit("audit.date_to", self.use_to)
        self.user_label = QLabel(self)
        self.user = QComboBox(self)
        self.user.setObjectName("audit.user")
        self.user.setMinimumContentsLength(16)
        self.user_label.setBuddy(self.user)
        self.action_label = QLabel(self)
        self.action = QComboBox(self)
        self.action.setObjectName("audit.action")
        self.action.setMinimumContentsLength(20)
        for combo in (self.user, self.action):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_label.setBuddy(self.action)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("audit.apply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply_filters)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("audit.clear")
        self.clear_button.clicked.connect(self.clear_filters)
        grid.addWidget(self.use_from, 0, 0)
        grid.addWidget(self.date_from, 0, 1)
        grid.addWidget(self.use_to, 0, 2)
        grid.addWidget(self.date_to, 0, 3)
        grid.addWidget(self.user_label, 1, 0)
        grid.addWidget(self.user, 1, 1)
        grid.addWidget(self.action_label, 1, 2)
        grid.addWidget(self.action, 1, 3)
        grid.addWidget(self.apply_button, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        grid.setColumnStretch(6, 1)
        return grid

    def _date_edit(self, name: str, toggle: QCheckBox) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        edit.setDate(QDate.currentDate())
        edit.setEnabled(False)
        toggle.toggled.connect(edit.setEnabled)
        return edit

    def _build_verify_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("audit.verify")
        self.verify_button.clicked.connect(self.verify)
        self.verify_result = QLabel(self)
        self.verify_result.setObjectName("audit.verify_result")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.verify_button)
        row.addWidget(self.verify_result, 1)
        return row

    # -- filters ---------------------------------------------------------------------------
    @property
    def denied(self) -> str | None:
        return why_not(self.ctx.user, Permission.AUDIT_READ)

    def filters(self) -> AuditFilters:
        def day(edit: QDateEdit, used: QCheckBox) -> date | None:
            return edit.date().toPython() if used.isChecked() else None

        return AuditFilters(
            date_from=day(self.date_from, self.use_from), date_to=day(self.date_to, self.use_to),
            username=self.user.currentData() or None, action=self.action.currentData() or None,
        )

    def _restore_filters(self) -> None:
        saved = self.settings.filters("audit")
        for key, check, edit in (("date_from", self.use_from, self.date_from),
                                 ("date_to", self.use_to, self.date_to)):
            text = saved.get(key, "")
            if text:
                edit.setDate(QDate.fromString(text, Qt.DateFormat.ISODate))
            check.setChecked(bool(text))
        self._saved_choice = {"user": saved.get("user", ""), "action": saved.get("action", "")}

    def _save_filters(self) -> None:
        f = self.filters()
        self.settings.set_filters("audit", {
            "date_from": f.date_from.isoformat() if f.date_from else "",
            "date_to": f.date_to.isoformat() if f.date_to else "",
            "user": f.username or "", "action": f.action or "",
        })

    def _fill_choices(self) -> None:
        """The users and actions that occur in the log (kept: the current choice)."""
        user = self.user.currentData() or self._saved_choice["user"]
        action = self.action.currentData() or self._saved_choice["action"]
        try:
            names = self.ctx.read(list_audit_usernames)
            actions = self.ctx.read(list_audit_actions)
        except SimpegError:
            names, actions = [], []
        self.user.clear()
        self.user.addItem(self.tr("(all users)"), "")
        for name in names:
            self.user.addItem(name, name)
        self.action.clear()
        self.action.addItem(self.tr("(all actions)"), "")
        for code in actions:
            self.action.addItem(action_label(code), code)
        self.user.setCurrentIndex(max(0, self.user.findData(user)))
        self.action.setCurrentIndex(max(0, self.action.findData(action)))

    def reload(self) -> None:
        denied = self.denied
        self.notice.setVisible(denied is not None)
        self.notice.setText(denied or "")
        for widget in (self.apply_button, self.clear_button, self.verify_button):
            widget.setEnabled(denied is None)
            widget.setToolTip(denied or "")
        if denied:
            self.model.set_source(None)
            return
        self._fill_choices()
        self.apply_filters()

    def apply_filters(self) -> None:
        if self.denied:
            return
        filters = self.filters()
        self._save_filters()
        self.model.set_source(lambda offset, limit: self._fetch(filters, offset, limit))

    def clear_filters(self) -> None:
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.user.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.apply_filters()

    def _fetch(self, filters: AuditFilters, offset: int, limit: int) -> list[AuditRow]:
        try:
            return self.ctx.read(list_audit, filters, offset, limit)
        except SimpegError as exc:
            # called from inside the model's fetchMore: tell the user once the view is done
            text = error_text(exc)
            QTimer.singleShot(0, lambda: messages.warn(self, self.tr("Audit log"), text))
            return []

    # -- chain check -----------------------------------------------------------------------
    def verify(self) -> None:
        if self.denied:
            return
        ctx = self.ctx
        self.verify_button.setEnabled(False)
        runner = run_with_progress(
            self, lambda _p: ctx.read(verify_chain), title=self.tr("Verify audit chain"),
            label=self.tr("Recomputing every entry of the audit log…"), cancellable=False,
            on_success=self._show_check,
        )
        runner.finished.connect(lambda: self.verify_button.setEnabled(self.denied is None))

    def _show_check(self, check: ChainCheck) -> None:
        self.last_check = check
        self._render_check()

    def _render_check(self) -> None:
        check = self.last_check
        if check is None:
            self.verify_result.clear()
            return
        self.verify_result.setStyleSheet(OK_STYLE if check.ok else BAD_STYLE)
        self.verify_result.setText(check.text())

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.use_from.setText(self.tr("From:"))
        self.use_to.setText(self.tr("To:"))
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to.setAccessibleName(self.tr("To date"))
        self.user_label.setText(self.tr("&User:"))
        self.user.setAccessibleName(self.tr("User"))
        self.action_label.setText(self.tr("A&ction:"))
        self.action.setAccessibleName(self.tr("Action"))
        self.apply_button.setText(self.tr("&Show"))
        self.apply_button.setAccessibleName(self.tr("Show"))
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.verify_button.setText(self.tr("&Verify audit chain"))
        self.verify_button.setAccessibleName(self.tr("Verify audit chain"))
        self.verify_button.setToolTip(self.denied or self.tr(
            "Recompute the hash of every entry: shows whether any entry was changed or removed."))
        self.table.setAccessibleName(self.tr("Audit log"))
        if self.user.count():
            self.user.setItemText(0, self.tr("(all users)"))
        if self.action.count():
            self.action.setItemText(0, self.tr("(all actions)"))
            for i in range(1, self.action.count()):
                self.action.setItemText(i, action_label(self.action.itemData(i)))
        self.model.retranslate()
        self._render_check()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
