"""Bring a deleted employee back: a confirmation with a reason (kept in the audit log), then
:func:`app.services.personnel.restore_employee`. The restore is a lifecycle write: it wins over
the tombstone at every office the next sync bundle reaches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.errors import SimpegError
from ui.dialogs import messages
from ui.dialogs.employee_delete_dialog import DeleteReasonDialog
from ui.workers import error_text

if TYPE_CHECKING:
    from app.services.context import ServiceContext
    from app.services.employee_query import EmployeeRow


def restore_with_reason(parent: QWidget, ctx: ServiceContext, row: EmployeeRow) -> bool:
    """Ask, then restore ``row``; ``True`` when the employee is back."""
    who = f"{row.nama_lengkap} ({row.nip_display})" if row.nip_display else row.nama_lengkap
    title = QCoreApplication.translate("EmployeeRestore", "Restore employee")
    question = QCoreApplication.translate(
        "EmployeeRestore",
        "Restore %1? The employee comes back into every list and report, with the histories "
        "recorded before the delete; the restore reaches the other offices with the next "
        "sync bundle.").replace("%1", who)
    reason = DeleteReasonDialog.ask(
        parent, title, question, QCoreApplication.translate("EmployeeRestore", "&Restore"),
        QCoreApplication.translate("EmployeeRestore", "&Reason (kept in the audit log):"))
    if reason is None:
        return False
    from app.services.personnel import restore_employee

    try:
        ctx.write(restore_employee, row.id, reason)
    except SimpegError as exc:
        messages.warn(parent, title, error_text(exc))
        return False
    return True
