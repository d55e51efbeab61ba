"""The UI language: Qt translators plus the core message catalog, always switched together.

Source strings are English (``self.tr()``, ``QCoreApplication.translate``); Bahasa Indonesia comes
from ``resources/i18n/simpeg_id.qm`` (built from the committed ``simpeg_id.ts``) and, for Qt's own
widgets (line-edit context menu, calendar, standard buttons), ``qt_extra_id.qm``. Installing a
translator sends ``LanguageChange`` to every widget, which re-translates itself live.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator

import app.errors
from app.config import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = ("id", "en")
CATALOGS = ("simpeg", "qt_extra")
_installed: list[QTranslator] = []
_current = "en"


def language_name(lang: str) -> str:
    """The name of a language in that language (never translated)."""
    return {"id": "Bahasa Indonesia", "en": "English"}[lang]


def catalog_path(name: str, lang: str) -> Path:
    return resources_dir() / "i18n" / f"{name}_{lang}.qm"


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    """Switch the whole program (UI and core messages) to ``lang`` ("id" or "en")."""
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}")
    qapp = QCoreApplication.instance()
    if qapp is None:
        raise RuntimeError("create the QApplication before setting the language")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = lang
    app.errors.set_language(lang)
    locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    QLocale.setDefault(locale if lang == "id" else QLocale(QLocale.Language.English))
    for name in CATALOGS if lang != "en" else ():
        translator = QTranslator(qapp)
        path = catalog_path(name, lang)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation catalog missing: %s (run scripts/build_translations.py)", path)
    # installing/removing a translator posts LanguageChange to every widget: deliver it now
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
