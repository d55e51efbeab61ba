"""Icons and other shipped files, found the same way from a checkout and a PyInstaller bundle."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from app.config import resources_dir


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg`` (an empty icon if it does not exist)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
