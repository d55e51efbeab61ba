"""Bahasa Indonesia by default; English from Pengaturan, live, remembered, core messages too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTabWidget, QToolButton

import app.errors
from tests.ui.conftest import add_user
from ui import i18n
from ui.main_window import MainWindow
from ui.settings import UiSettings


def _texts(window: MainWindow) -> dict[str, str]:
    page = window.page("pengguna")
    tabs = page.findChild(QTabWidget, "users_audit.tabs")
    return {
        "nav": window.findChild(QToolButton, "nav.pengguna").text(),
        "menu": window.menuBar().actions()[0].text(),
        "status": window.findChild(QLabel, "status.last_sync").text(),
        "tab": tabs.tabText(1),
        "header": page.users.table.model().headerData(0, Qt.Orientation.Horizontal),
        "button": page.findChild(QPushButton, "users.add").text(),
    }


def _choose(window: MainWindow, lang: str) -> None:
    combo = window.show_page("pengaturan").findChild(QComboBox, "settings.language")
    combo.setCurrentIndex(combo.findData(lang))


def test_switching_language_retranslates_live_and_back(qtbot, admin_ctx):
    window = MainWindow(admin_ctx)
    qtbot.addWidget(window)
    window.show()
    indonesian = {
        "nav": "Pengguna && Audit", "menu": "&Berkas", "status": "Sinkronisasi terakhir: "
        "belum pernah", "tab": "Log audit", "header": "Nama pengguna",
        "button": "&Tambah pengguna…",
    }
    assert _texts(window) == indonesian
    _choose(window, "en")
    assert _texts(window) == {
        "nav": "Users && Audit", "menu": "&File", "status": "Last sync: never",
        "tab": "Audit log", "header": "User name", "button": "&Add user…",
    }
    assert app.errors.get_language() == "en" and i18n.current_language() == "en"
    assert UiSettings().language == "en"  # remembered for the next start
    _choose(window, "id")
    assert _texts(window) == indonesian
    assert UiSettings().language == "id"


def test_core_messages_follow_the_ui_language(qtbot, ctx):
    add_user(ctx, "budi", "operator")
    ctx.login("budi", "Sandi-operator-9")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.show_page("pengguna")
    add = page.findChild(QPushButton, "users.add")
    assert add.toolTip().startswith("Peran Operator tidak boleh mengelola pengguna.")
    _choose(window, "en")
    assert add.toolTip().startswith("The Operator role may not manage users.")
    assert page.findChild(QLabel, "users.notice").text() == add.toolTip()
