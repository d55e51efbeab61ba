"""Per-user UI state in QSettings: language, window geometry, splitters, columns, last filters.

Organisation data never lives here (it travels in bundles, in the database). The file is an
INI file: under ``SIMPEG_HOME`` when that is set (tests, portable installs), otherwise in the
user's configuration folder under the organisation/application names set by :func:`configure`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter, QWidget

ORGANIZATION = "SIMPEG Luring"
APPLICATION = "simpeg-luring"
DEFAULT_LANGUAGE = "id"
SETTINGS_FILE = "ui-settings.ini"


def configure() -> None:
    """Set the names QSettings and platform folders derive from (call before any QSettings)."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)


def _qsettings() -> QSettings:
    home = os.environ.get("SIMPEG_HOME")
    if home:
        return QSettings(str(Path(home) / SETTINGS_FILE), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


class UiSettings:
    """Typed access to the UI state; every write is synced to disk at once."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._s = store if store is not None else _qsettings()

    @property
    def file_name(self) -> str:
        return self._s.fileName()

    # -- plain values ----------------------------------------------------------------------
    def value(self, key: str, default: object = None) -> object:
        return self._s.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._s.setValue(key, value)
        self._s.sync()

    def text(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    # -- language --------------------------------------------------------------------------
    @property
    def language(self) -> str:
        lang = self.text("ui/language", DEFAULT_LANGUAGE)
        return lang if lang in ("id", "en") else DEFAULT_LANGUAGE

    @language.setter
    def language(self, lang: str) -> None:
        if lang not in ("id", "en"):
            raise ValueError(f"unknown language {lang!r}")
        self.set_value("ui/language", lang)

    # -- navigation ------------------------------------------------------------------------
    @property
    def last_page(self) -> str:
        return self.text("ui/last_page")

    @last_page.setter
    def last_page(self, key: str) -> None:
        self.set_value("ui/last_page", key)

    # -- filters ---------------------------------------------------------------------------
    def filters(self, page: str) -> dict[str, str]:
        """The last filters of ``page`` (name -> text)."""
        self._s.beginGroup(f"filters/{page}")
        try:
            return {k: str(self._s.value(k, "")) for k in self._s.childKeys()}
        finally:
            self._s.endGroup()

    def set_filters(self, page: str, filters: dict[str, str]) -> None:
        self._s.remove(f"filters/{page}")
        for name, text in filters.items():
            self._s.setValue(f"filters/{page}/{name}", text)
        self._s.sync()

    # -- geometry: windows, splitters, table headers ---------------------------------------
    def _bytes(self, key: str) -> QByteArray | None:
        value = self._s.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, key: str, window: QWidget) -> None:
        self._s.setValue(f"geometry/{key}", window.saveGeometry())
        state = getattr(window, "saveState", None)
        if callable(state):
            self._s.setValue(f"state/{key}", state())
        self._s.sync()

    def restore_window(self, key: str, window: QWidget) -> bool:
        geometry = self._bytes(f"geometry/{key}")
        if geometry is None:
            return False
        window.restoreGeometry(geometry)
        state = self._bytes(f"state/{key}")
        restore = getattr(window, "restoreState", None)
        if state is not None and callable(restore):
            restore(state)
        return True

    def save_splitter(self, key: str, splitter: QSplitter) -> None:
        self.set_value(f"splitter/{key}", splitter.saveState())

    def restore_splitter(self, key: str, splitter: QSplitter) -> bool:
        state = self._bytes(f"splitter/{key}")
        return state is not None and splitter.restoreState(state)

    def save_header(self, key: str, header: QHeaderView) -> None:
        self.set_value(f"header/{key}", header.saveState())

    def restore_header(self, key: str, header: QHeaderView) -> bool:
        state = self._bytes(f"header/{key}")
        return state is not None and header.restoreState(state)
