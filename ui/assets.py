"""Icons and other shipped files, found the same way from a checkout and a PyInstaller bundle."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.config import resources_dir

ICON_COLOR = "#37474f"  # the stroke colour our SVG icons are drawn in
ON_COLOR = "#ffffff"  # the same icon on a selected (dark) background
_SIZES = (16, 20, 24, 32)


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _pixmap(svg: bytes, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return pixmap


@cache
def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; its checked (On) state is drawn in white.

    An unknown name gives an empty icon rather than an error: a missing icon must never stop
    a screen from opening.
    """
    path = resource_path("icons", f"{name}.svg")
    if not path.exists():
        return QIcon()
    result = QIcon(str(path))
    svg = path.read_bytes()
    white = svg.replace(ICON_COLOR.encode(), ON_COLOR.encode())
    if white != svg:
        for size in _SIZES:
            result.addPixmap(_pixmap(white, size), QIcon.Mode.Normal, QIcon.State.On)
            result.addPixmap(_pixmap(svg, size), QIcon.Mode.Normal, QIcon.State.Off)
    return result
