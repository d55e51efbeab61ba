"""The report fonts: DejaVu Sans and DejaVu Sans Bold, shipped in ``resources/fonts``.

Registered with reportlab once per process (:func:`ensure_fonts`). The shipped copy is what a
PyInstaller build carries (reportlab's own fonts are not collected by default, DESIGN.md §2);
on a development machine the system copy of ``fonts-dejavu-core`` is the fallback.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.config import resources_dir

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
_SYSTEM_DIR = Path("/usr/share/fonts/truetype/dejavu")
_lock = threading.Lock()
_done = False


class FontMissing(RuntimeError):
    """The report font file is not where the installation put it."""


def font_path(file_name: str) -> Path:
    """The shipped font file, else the system copy (development machines)."""
    for folder in (resources_dir() / "fonts", _SYSTEM_DIR):
        path = folder / file_name
        if path.is_file():
            return path
    raise FontMissing(f"font {file_name} not found in resources/fonts or {_SYSTEM_DIR}")


def ensure_fonts() -> None:
    """Register the report fonts with reportlab (idempotent, thread-safe)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, file_name in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(font_path(file_name))))
        # <b> inside a Paragraph picks the bold face.
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)
        _done = True


def text_width(text: str, bold: bool = False, size: float = 8) -> float:
    """Width in points of ``text`` in the report font."""
    ensure_fonts()
    return pdfmetrics.stringWidth(text, FONT_BOLD if bold else FONT, size)
