"""The integrity check of :mod:`ui.startup`, before the database is opened (and migrated, and
copied into the daily backup): light at every start, page by page at the first start of the
day (:func:`app.services.startup_check.check_at_startup`). A damaged database leads to the
:class:`~ui.dialogs.integrity_dialog.IntegrityDialog` and its way out; the loop ends with the
database to open — this one, restored, or another one — or ``None`` to quit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.services.startup_check import check_at_startup, restore_damaged
from ui.dialogs import messages
from ui.dialogs.integrity_dialog import IntegrityDialog
from ui.workers import error_text, run_blocking


def checked_database(db: str) -> str | None:
    """The database to open after the start-up check, or ``None`` when the clerk quits."""
    while True:
        checking = QCoreApplication.translate("IntegrityStartup", "Checking the database")
        try:
            found = run_blocking(
                None, lambda _p, path=db: check_at_startup(path), title=checking,
                label=QCoreApplication.translate("IntegrityStartup", "Checking %1…")
                .replace("%1", db),
                cancellable=False)
        except Exception as exc:  # an unreadable folder, a permission problem
            messages.warn(None, checking, error_text(exc))
            return None
        if found is None or found.ok:
            return db
        choice = IntegrityDialog.ask(db, found.problem, found.backups)
        if choice.action == "open" and choice.path is not None:
            db = str(choice.path)
            continue
        if choice.action != "restore" or choice.path is None:
            return None
        restoring = QCoreApplication.translate("IntegrityStartup", "Restoring")
        try:
            done = run_blocking(
                None, lambda _p, path=db, b=choice.path: restore_damaged(path, b),
                title=restoring, cancellable=False)
        except Exception as exc:
            messages.warn(None, restoring, error_text(exc))
            continue  # the check runs again and offers the way out again
        text = QCoreApplication.translate(
            "IntegrityStartup", "The database was restored from the backup. The damaged file "
            "was kept as %1 for a technician.")
        messages.inform(None, QCoreApplication.translate("IntegrityStartup", "Restored"),
                        text.replace("%1", str(done.kept_as)))
