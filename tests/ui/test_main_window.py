"""The shell: navigation from the page registry, shortcuts into the page protocol, status bar."""

from __future__ import annotations

import importlib.util

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from ui.main_window import MainWindow
from ui.pages import registry
from ui.pages.base import Page
from ui.settings import UiSettings


@pytest.fixture
def isolated_registry(monkeypatch):
    registry.load_pages()
    monkeypatch.setattr(registry, "_registered", dict(registry._registered))
    return registry


class _ReportsStub(Page):
    """A page implementing part of the protocol, to watch the shell call it."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.calls: list[str] = []
        self.blocked_new: str | None = None
        self.label = QLabel("Laporan", self)

    def search_focus(self):
        self.calls.append("search_focus")

    def data_changed_elsewhere(self, what):
        self.calls.append(f"reload:{what}")

    def new_record(self):
        self.calls.append("new_record")

    def command_blocked(self, command):
        return self.blocked_new if command == "new_record" else None


def _qt_part(widget: QWidget) -> bool:
    """A piece Qt builds inside a compound widget (combo popup list, spin-box line edit…)."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)) or parent.objectName().startswith(
                "qt_") or type(parent).__name__.startswith("QComboBoxPrivate"):
            return True
        parent = parent.parentWidget()
    return False


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_the_screen_is_the_clerks_1366x768(qapp):
    assert qapp.primaryScreen().size().toTuple() == (1366, 768)


def test_navigation_shows_only_registered_pages(qtbot, admin_ctx, isolated_registry,
                                                monkeypatch):
    # Every slot has its page today: make one missing, as in a build without that module.
    absent = "laporan"
    find_spec = importlib.util.find_spec
    missing = registry.slot(absent).module
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == missing else find_spec(name, *a))
    registry.unregister_page(absent)
    present = [s.key for s in registry.NAV_SLOTS if importlib.util.find_spec(s.module)]
    assert absent not in present
    window = _window(qtbot, admin_ctx)
    assert window.page_keys() == present
    assert {"pengguna", "pengaturan"} <= set(present)
    assert window.findChild(QToolButton, f"nav.{absent}") is None  # no page: not shown at all
    assert window.findChild(QToolButton, "nav.pengguna").text() == "Pengguna && Audit"

    registry.register_page(absent)(_ReportsStub)
    second = _window(qtbot, admin_ctx)
    keys = second.page_keys()
    assert absent in keys
    order = [s.key for s in registry.NAV_SLOTS]
    assert keys == sorted(keys, key=order.index)  # in the fixed navigation order


def test_register_page_refuses_unknown_slots_and_non_pages(isolated_registry):
    with pytest.raises(KeyError):
        registry.register_page("beranda-baru")
    with pytest.raises(TypeError):
        registry.register_page("laporan")(QLabel)


def test_shortcuts_reach_the_current_page(qtbot, admin_ctx, isolated_registry):
    registry.register_page("laporan")(_ReportsStub)
    window = _window(qtbot, admin_ctx)
    page = window.show_page("laporan")
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert actions["action.new_record"].isEnabled()
    assert not actions["action.save"].isEnabled()  # the page has no save()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.calls == ["new_record", "search_focus"]

    page.blocked_new = "Peran Auditor tidak boleh mengubah data."
    page.commands_changed.emit()
    assert not actions["action.new_record"].isEnabled()
    assert actions["action.new_record"].toolTip() == "Peran Auditor tidak boleh mengubah data."
    assert window.run_command("new_record") is False
    assert page.calls == ["new_record", "search_focus"]


def test_status_bar_names_office_user_database_and_sync(qtbot, admin_ctx, office_db):
    window = _window(qtbot, admin_ctx)
    texts = {n: window.findChild(QLabel, f"status.{n}").text()
             for n in ("office", "user", "database", "last_sync")}
    assert texts == {
        "office": "Kantor: BKPSDM Kabupaten Merangin (15.02)",
        "user": "Pengguna: Admin Kantor (Admin)",
        "database": "Basis data: merangin.db",
        "last_sync": "Sinkronisasi terakhir: belum pernah",
    }
    assert window.findChild(QLabel, "status.database").toolTip() == str(office_db)
    assert window.windowTitle() == "SIMPEG Luring — BKPSDM Kabupaten Merangin"


def test_menus_are_indonesian(qtbot, admin_ctx):
    window = _window(qtbot, admin_ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Berkas", "&Edit", "&Tampilan", "Ba&ntuan"]
    about = next(a for a in window.findChildren(QAction) if a.objectName() == "action.about")
    assert about.text() == "&Tentang SIMPEG Luring"


def _nameless(root: QWidget) -> list[tuple[str, str, str]]:
    """Interactive widgets without an objectName or without an accessible name (or text)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    nameless = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, kinds) or isinstance(widget, QHeaderView) or _qt_part(widget):
            continue
        name = widget.objectName()
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not name or not (widget.accessibleName() or text):
            nameless.append((type(widget).__name__, name, text))
    return nameless


def test_every_interactive_widget_has_object_and_accessible_name(qtbot, admin_ctx):
    window = _window(qtbot, admin_ctx)
    for key in window.page_keys():
        window.show_page(key)
    assert _nameless(window) == []


def test_every_dialog_widget_has_object_and_accessible_name(qtbot, admin_ctx):
    from tests.ui.test_translations import _dialog_factories

    for name, make in _dialog_factories(admin_ctx).items():
        dialog = make()
        qtbot.addWidget(dialog)
        assert _nameless(dialog) == [], name


def test_window_size_and_last_page_are_remembered(qtbot, admin_ctx):
    window = _window(qtbot, admin_ctx)
    window.show_page("pengaturan")
    window.resize(1100, 640)
    window.close()
    assert UiSettings().last_page == "pengaturan"
    again = _window(qtbot, admin_ctx)
    assert (again.width(), again.height()) == (1100, 640)
    assert again.current_page().nav_key == "pengaturan"


def test_logout_asks_for_a_new_login(qtbot, admin_ctx):
    window = _window(qtbot, admin_ctx)
    logout = next(a for a in window.findChildren(QAction) if a.objectName() == "action.logout")
    with qtbot.waitSignal(window.logout_requested):
        logout.trigger()
    assert window.logging_out and not window.isVisible()


def test_a_write_on_one_page_reaches_the_other_pages(qtbot, admin_ctx, isolated_registry):
    registry.register_page("laporan")(_ReportsStub)
    window = _window(qtbot, admin_ctx)
    reports = window.page("laporan")
    users = window.show_page("pengguna")
    users.data_changed.emit("users")
    assert reports.calls == ["reload:users"]


def test_the_long_lived_heap_is_frozen_while_the_window_lives(qtbot, admin_ctx):
    """The full collection after each finished job (ui.workers) must not walk the libraries'
    objects — that cost the clerk 180–360 ms per keystroke of the search."""
    import gc

    window = _window(qtbot, admin_ctx)
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the imported modules and the shell
    window.show()
    window.show_page("pengaturan")  # a page built later joins them
    assert gc.get_freeze_count() > frozen
    window.close()
    assert gc.get_freeze_count() == 0  # a closed window's cycles are collectable again
