"""The employee's pas foto (3×4), or a drawn silhouette when there is none."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFileDialog, QSizePolicy, QWidget

BACKGROUND = QColor("#dfe5ec")
FIGURE = QColor("#9aa8b8")
FRAME = QColor("#b8c3cf")
PHOTO_SIZE = QSize(90, 120)  # 3×4


MAX_BYTES = 200 * 1024
FIT = QSize(300, 400)  # a 3×4 pas foto at about 250 dpi


def ask_photo_path(parent: QWidget, title: str) -> Path | None:
    """The picture file the clerk chose (tests replace this function)."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()),
                                                "JPEG/PNG (*.jpg *.jpeg *.png)")
    return Path(name) if name else None


def photo_bytes(path: Path) -> bytes | None:
    """The file's bytes when small enough, otherwise the picture scaled to fit 300×400 as a
    JPEG; ``None`` when the file is not a picture."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    image = QImage.fromData(data)
    if image.isNull():
        return None
    is_jpeg_or_png = data.startswith((b"\xff\xd8\xff", b"\x89PNG"))
    if len(data) <= MAX_BYTES and is_jpeg_or_png:
        return data
    scaled = image.scaled(FIT, Qt.AspectRatioMode.KeepAspectRatio,
                          Qt.TransformationMode.SmoothTransformation)
    for quality in (85, 70, 55):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        scaled.convertToFormat(QImage.Format.Format_RGB888).save(buffer, "JPEG", quality)
        encoded = bytes(buffer.data())
        if len(encoded) <= MAX_BYTES:
            return encoded
    return encoded


class PhotoView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(PHOTO_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._pixmap: QPixmap | None = None

    @property
    def has_photo(self) -> bool:
        return self._pixmap is not None

    def set_photo(self, data: bytes | None) -> None:
        """Show ``data`` (JPEG/PNG bytes); ``None`` or unreadable bytes show the silhouette."""
        self._pixmap = None
        if data:
            image = QImage.fromData(data)
            if not image.isNull():
                self._pixmap = QPixmap.fromImage(image).scaled(
                    self.size(), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self._pixmap is not None:
            x = (self._pixmap.width() - self.width()) // 2
            y = (self._pixmap.height() - self.height()) // 2
            painter.drawPixmap(0, 0, self._pixmap, x, y, self.width(), self.height())
        else:
            painter.fillRect(rect, BACKGROUND)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(FIGURE)
            painter.drawPath(silhouette(rect))
        painter.setPen(FRAME)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        painter.end()


def silhouette(rect: QRectF) -> QPainterPath:
    """Head and shoulders, scaled to ``rect`` (a passport-photo placeholder)."""
    w, h = rect.width(), rect.height()
    path = QPainterPath()
    head = w * 0.36
    path.addEllipse(QRectF(rect.left() + (w - head) / 2, rect.top() + h * 0.16, head, head * 1.15))
    body = QPainterPath()
    top = rect.top() + h * 0.60
    body.moveTo(rect.left() + w * 0.08, rect.bottom())
    body.cubicTo(rect.left() + w * 0.08, top + h * 0.05, rect.left() + w * 0.25, top,
                 rect.left() + w * 0.5, top)
    body.cubicTo(rect.left() + w * 0.75, top, rect.right() - w * 0.08, top + h * 0.05,
                 rect.right() - w * 0.08, rect.bottom())
    body.closeSubpath()
    return path.united(body)
