"""Help ▸ About: what the program is, its version, where its data lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import __version__
from app.config import app_paths
from ui.dialogs.messages import inform


def about_text() -> str:
    paths = app_paths()
    return "\n".join((
        QCoreApplication.translate("About", "SIMPEG Luring %1").replace("%1", __version__),
        "",
        QCoreApplication.translate(
            "About", "Offline personnel information system for the civil-servant offices of "
            "Jambi province."),
        "",
        QCoreApplication.translate("About", "Data folder: %1").replace("%1", str(paths.data)),
        QCoreApplication.translate("About", "Backups: %1").replace("%1", str(paths.backups)),
    ))


def show_about(parent: QWidget | None) -> None:
    inform(parent, QCoreApplication.translate("About", "About SIMPEG Luring"), about_text())
