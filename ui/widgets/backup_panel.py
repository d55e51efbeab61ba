"""Cadangan (in Pengaturan): the backups of this database, newest first, and what can be done
with them — back up now (into the rotation, or into a folder of one's choice such as a USB
stick), restore one after a preview of its date and contents, check the database.

Automatic backups need no clerk: a daily one at the first start of the day and one before
every import, upgrade or restore (:mod:`app.services.backup`, rotation kept by
:data:`~app.services.backup.ROTATION`). A PostgreSQL database is backed up on its server
(pg_dump); the panel says so and only offers the check there.

After a restore everyone is logged out (the restored user table may differ): the panel emits
``restored`` and asks the main window to log out. Tests replace :func:`ask_folder`,
:func:`ask_backup_file`, :meth:`RestoreDialog.ask` and the message boxes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Permission, why_not
from app.services.backup import (
    ROTATION,
    BackupInfo,
    backup_dir,
    describe,
    inspect_backup,
    list_backups,
    sqlite_path,
)
from app.services.integrity import CheckReport, check
from ui.dialogs import messages
from ui.dialogs.restore_dialog import RestoreDialog
from ui.text import plain
from ui.widgets.backup_labels import kind_text, size_text, when_text
from ui.widgets.buttons import make_button
from ui.workers import JobRunner, run_with_progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext

PATH_ROLE = Qt.ItemDataRole.UserRole


def ask_folder(parent: QWidget, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, str(Path.home()))
    return Path(name) if name else None


def ask_backup_file(parent: QWidget, title: str, filter_text: str) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), filter_text)
    return Path(name) if name else None


class BackupPanel(QGroupBox):
    restored = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup")
        self.ctx = ctx
        self.backups: list[BackupInfo] = []
        self.busy = False
        self.last_report: CheckReport | None = None
        self._runners: list[JobRunner] = []
        self.folder = backup_dir(sqlite_path(ctx.url)) if ctx.is_sqlite else None
        self.policy = QLabel(self)
        self.policy.setObjectName("backup.policy")
        self.policy.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backup.list")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _i: self.restore_selected())
        self.status = QLabel(self)
        self.status.setObjectName("backup.status")
        self.status.setWordWrap(True)
        self.now_button = make_button(self, "backup.now", self.backup_now)
        self.to_folder_button = make_button(self, "backup.to_folder", self.backup_to_folder)
        self.open_button = make_button(self, "backup.open_folder", self.open_folder)
        self.restore_button = make_button(self, "backup.restore", self.restore_selected)
        self.restore_file_button = make_button(self, "backup.restore_file", self.restore_file)
        self.check_button = make_button(self, "backup.check", self.check_database)
        grid = QGridLayout()
        for i, b in enumerate((self.now_button, self.to_folder_button, self.open_button,
                               self.restore_button, self.restore_file_button,
                               self.check_button)):
            grid.addWidget(b, i // 3, i % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        self.retranslate()
        self.reload()

    # -- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        self.backups = list_backups(self.folder) if self.folder is not None else []
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            for col, text in enumerate((when_text(info), kind_text(info.reason),
                                        size_text(info.size))):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(info.path))
                self.table.setItem(row, col, item)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    # -- jobs --------------------------------------------------------------------------------
    def _run(self, job, title: str, on_success) -> None:  # type: ignore[no-untyped-def]
        self.busy = True
        self._update_buttons()
        runner = run_with_progress(self, job, title=title, on_success=on_success,
                                   on_failure=self._failed, cancellable=False)
        self._runners.append(runner)
        runner.finished.connect(self._on_finished)

    def _on_finished(self) -> None:
        self._runners = [r for r in self._runners if r.is_running()]
        self.busy = bool(self._runners)
        self._update_buttons()

    def _failed(self, text: str) -> None:
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b3261e;" if error else "color: #1d6b35;")
        self.status.setText(text)

    # -- backing up --------------------------------------------------------------------------
    def backup_now(self) -> None:
        ctx = self.ctx
        self._run(lambda _p: ctx.backup_now("manual"), self.tr("Backing up"), self._backed_up)

    def backup_to_folder(self) -> None:
        folder = ask_folder(self, self.tr("Back up into which folder?"))
        if folder is None:
            return
        ctx = self.ctx
        self._run(lambda _p: ctx.backup_now("manual", out_dir=folder), self.tr("Backing up"),
                  self._backed_up)

    def _backed_up(self, info: BackupInfo) -> None:
        self.reload()
        self._say(self.tr("Backup made: %1 (%2 employees, %3).").replace("%1", str(info.path))
                  .replace("%2", str(info.employees)).replace("%3", size_text(info.size)))

    def open_folder(self) -> None:
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))

    # -- restoring ---------------------------------------------------------------------------
    def restore_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self.preview_restore(info.path)

    def restore_file(self) -> None:
        path = ask_backup_file(self, self.tr("Choose a backup file"),
                               self.tr("SIMPEG backups (*.db);;All files (*)"))
        if path is not None:
            self.preview_restore(path)

    def preview_restore(self, path: Path) -> None:
        """Check the backup whole and show what it holds next to the present database."""
        current = sqlite_path(self.ctx.url)

        def job(_p: object) -> tuple[BackupInfo, BackupInfo]:
            return inspect_backup(path), describe(current)
        self._run(job, self.tr("Checking the backup"), self._ask_restore)

    def _ask_restore(self, found: tuple[BackupInfo, BackupInfo]) -> None:
        backup, current = found
        if not RestoreDialog.ask(backup, current, self.window()):
            return
        window = self.window()
        may_close = getattr(window, "pages_may_close", None)
        if callable(may_close) and not may_close():
            return
        JobRunner.shutdown_all()  # no page may hold the file open while it is replaced
        ctx, path = self.ctx, backup.path
        self._run(lambda _p: ctx.restore_backup(path), self.tr("Restoring"), self._restored)

    def _restored(self, result) -> None:  # type: ignore[no-untyped-def]
        self.reload()
        messages.inform(self.window(), self.tr("Restored"), self.tr(
            "The database was restored from the backup of %1. A safety backup of the database "
            "as it was is in the list (\"Before a restore\"). Please log in again.").replace(
            "%1", when_text(result.restored)))
        self.restored.emit()
        logout = getattr(self.window(), "act_logout", None)
        if logout is not None:
            logout.trigger()

    # -- checking ----------------------------------------------------------------------------
    def check_database(self) -> None:
        url = self.ctx.url
        self._run(lambda _p: check(url), self.tr("Checking the database"), self._checked)

    def _checked(self, report: CheckReport) -> None:
        self.last_report = report
        text = "\n".join(report.lines())
        if report.ok:
            self._say(report.summary())
            messages.inform(self.window(), self.tr("Database check"), text)
        else:
            self._say(report.summary(), error=True)
            messages.warn(self.window(), self.tr("Database check"), text)

    # -- state and texts ---------------------------------------------------------------------
    def _update_buttons(self) -> None:
        user = self.ctx.user
        backup_denied = why_not(user, Permission.BACKUP)
        restore_denied = why_not(user, Permission.RESTORE)
        sqlite = self.folder is not None
        server = "" if sqlite else self.tr("A PostgreSQL database is backed up on its server.")
        for button, reason in ((self.now_button, backup_denied or server),
                               (self.to_folder_button, backup_denied or server),
                               (self.open_button, server),
                               (self.restore_button, restore_denied or server),
                               (self.restore_file_button, restore_denied or server),
                               (self.check_button, backup_denied)):
            button.setEnabled(not reason and not self.busy)
            button.setToolTip(reason or "")
        if not restore_denied and self.selected() is None:
            self.restore_button.setEnabled(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Backups"))
        if self.folder is None:
            self.policy.setText(self.tr(
                "This is a PostgreSQL database: back it up on the database server with "
                "pg_dump (and restore with pg_restore). The check below works here too."))
        else:
            self.policy.setText(self.tr(
                "Automatic: a daily backup at the first start of the day (the last %1 kept) "
                "and one before every import, upgrade or restore (the last %2 kept). Folder: "
                "%3").replace("%1", str(ROTATION.daily)).replace("%2", str(ROTATION.before))
                .replace("%3", str(self.folder)))
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Kind"),
                                              self.tr("Size")])
        self.table.setAccessibleName(self.tr("Backups of this database"))
        for button, text in ((self.now_button, self.tr("&Back up now")),
                             (self.to_folder_button, self.tr("Back up to a &folder…")),
                             (self.open_button, self.tr("Open the backup folder")),
                             (self.restore_button, self.tr("&Restore the chosen backup…")),
                             (self.restore_file_button, self.tr("Restore from a fi&le…")),
                             (self.check_button, self.tr("C&heck the database"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        for row, info in enumerate(self.backups):
            item = self.table.item(row, 1)
            if item is not None:
                item.setText(kind_text(info.reason))
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shutdown_jobs(self) -> None:
        for runner in list(self._runners):
            runner.shutdown()
