"""How a backup reads on screen: its kind (from the reason in its file name), when, how big,
and what it holds (the counts a restore preview shows)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.services.backup import BackupInfo

CTX = "BackupLabels"
KINDS = {
    "daily": QT_TRANSLATE_NOOP("BackupLabels", "Daily"),
    "manual": QT_TRANSLATE_NOOP("BackupLabels", "Manual"),
    "before-import": QT_TRANSLATE_NOOP("BackupLabels", "Before an import"),
    "before-migration": QT_TRANSLATE_NOOP("BackupLabels", "Before an upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("BackupLabels", "Before a restore"),
    "before-intake": QT_TRANSLATE_NOOP("BackupLabels", "Before a spreadsheet import"),
}
COUNTED = (
    ("employee", QT_TRANSLATE_NOOP("BackupLabels", "Employees")),
    ("pangkat_history", QT_TRANSLATE_NOOP("BackupLabels", "Pangkat history rows")),
    ("jabatan_history", QT_TRANSLATE_NOOP("BackupLabels", "Jabatan history rows")),
    ("skp", QT_TRANSLATE_NOOP("BackupLabels", "SKP")),
    ("training_participant", QT_TRANSLATE_NOOP("BackupLabels", "Training participants")),
    ("org_unit", QT_TRANSLATE_NOOP("BackupLabels", "Units")),
    ("app_user", QT_TRANSLATE_NOOP("BackupLabels", "User accounts")),
    ("audit_log", QT_TRANSLATE_NOOP("BackupLabels", "Audit log entries")),
)


def kind_text(reason: str) -> str:
    if reason in KINDS:
        return QCoreApplication.translate(CTX, KINDS[reason])
    if reason.startswith("before-"):
        return QCoreApplication.translate("BackupLabels", "Before: %1").replace(
            "%1", reason.removeprefix("before-").replace("-", " "))
    return reason or "-"


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def when_text(info: BackupInfo) -> str:
    return info.created.strftime("%d-%m-%Y %H:%M")


def backup_line(info: BackupInfo) -> str:
    return f"{when_text(info)}  ·  {kind_text(info.reason)}  ·  {size_text(info.size)}"


def count_lines(info: BackupInfo) -> list[tuple[str, str]]:
    """(label, number) of the tables a clerk recognises, for a restore preview."""
    locale = QLocale()
    return [(QCoreApplication.translate(CTX, text), locale.toString(info.counts[table]))
            for table, text in COUNTED if table in info.counts]
