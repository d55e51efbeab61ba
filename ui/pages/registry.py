"""The navigation: a fixed list of slots, filled by the pages that exist.

Each slot names the module its page lives in. :func:`load_pages` imports the modules that are
present; a module registers its page class with :func:`register_page`. A slot whose module does
not exist yet is simply absent from the navigation (never an empty placeholder). To add a page::

    # ui/pages/personnel_page.py
    from ui.pages.base import Page
    from ui.pages.registry import register_page

    @register_page("pegawai")
    class PersonnelPage(Page):
        def __init__(self, ctx, parent=None):
            super().__init__(ctx, parent)   # objectName "page.pegawai"
            ...
            self.retranslate()

A frozen build must bundle these modules (PyInstaller: ``collect_submodules("ui.pages")``).
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.pages.base import Page


@dataclass(frozen=True)
class NavSlot:
    key: str  # stable: objectName "nav.<key>", settings, tests
    title: str  # English source text in the "Navigation" context
    module: str
    icon: str

    def label(self) -> str:
        """The translated title; ``&&`` stands for a literal ``&`` (Qt mnemonic syntax)."""
        return QCoreApplication.translate("Navigation", self.title)


NAV_SLOTS: tuple[NavSlot, ...] = (
    NavSlot("beranda", QT_TRANSLATE_NOOP("Navigation", "Home"), "ui.pages.home_page", "home"),
    NavSlot("pegawai", QT_TRANSLATE_NOOP("Navigation", "Employees"),
            "ui.pages.personnel_page", "people"),
    NavSlot("pelatihan", QT_TRANSLATE_NOOP("Navigation", "Training"),
            "ui.pages.training_page", "training"),
    NavSlot("kinerja", QT_TRANSLATE_NOOP("Navigation", "Performance"),
            "ui.pages.appraisal_page", "performance"),
    NavSlot("laporan", QT_TRANSLATE_NOOP("Navigation", "Reports"),
            "ui.pages.reports_page", "reports"),
    NavSlot("sinkronisasi", QT_TRANSLATE_NOOP("Navigation", "Synchronisation"),
            "ui.pages.sync_page", "sync"),
    NavSlot("referensi", QT_TRANSLATE_NOOP("Navigation", "Reference data"),
            "ui.pages.reference_page", "reference"),
    NavSlot("pengguna", QT_TRANSLATE_NOOP("Navigation", "Users && Audit"),
            "ui.pages.users_audit_page", "users"),
    NavSlot("pengaturan", QT_TRANSLATE_NOOP("Navigation", "Settings"),
            "ui.pages.settings_page", "settings"),
)
_SLOTS = {slot.key: slot for slot in NAV_SLOTS}
_registered: dict[str, type[Page]] = {}


def register_page(key: str):
    """Class decorator: ``cls`` is the page of navigation slot ``key``."""
    if key not in _SLOTS:
        raise KeyError(f"no navigation slot {key!r}; slots: {', '.join(_SLOTS)}")

    def decorate(cls: type[Page]) -> type[Page]:
        if not issubclass(cls, Page):
            raise TypeError(f"{cls.__name__} must subclass ui.pages.base.Page")
        cls.nav_key = key
        _registered[key] = cls
        return cls

    return decorate


def unregister_page(key: str) -> None:
    """Take a page out of the navigation (tests)."""
    _registered.pop(key, None)


def load_pages() -> list[tuple[NavSlot, type[Page]]]:
    """Import every page module that exists; the registered pages in navigation order."""
    for slot in NAV_SLOTS:
        if slot.key not in _registered and importlib.util.find_spec(slot.module) is not None:
            importlib.import_module(slot.module)
    return registered_pages()


def available_slots() -> list[NavSlot]:
    """The slots that have a page — registered, or a module to import when first shown —
    found without importing any page module (a quick start: each page's imports are paid
    when the clerk first opens it)."""
    return [s for s in NAV_SLOTS
            if s.key in _registered or importlib.util.find_spec(s.module) is not None]


def page_class(key: str) -> type[Page]:
    """The page class of slot ``key``, importing its module on first use."""
    if key not in _registered:
        importlib.import_module(_SLOTS[key].module)
    return _registered[key]


def registered_pages() -> list[tuple[NavSlot, type[Page]]]:
    return [(slot, _registered[slot.key]) for slot in NAV_SLOTS if slot.key in _registered]


def slot(key: str) -> NavSlot:
    return _SLOTS[key]
