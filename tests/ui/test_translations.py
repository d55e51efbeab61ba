"""Every visible text is Indonesian: the catalog is complete and current, and a walk over every
registered page and every dialog in Indonesian finds no English source text on screen.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QTabWidget,
    QWidget,
)

import ui.dialogs
from app.services.auth import UserRow, list_users
from ui import i18n
from ui.dialogs.form_dialog import FormDialog
from ui.main_window import MainWindow
from ui.text import plain

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402

sys.path.remove(str(ROOT / "scripts"))


# -- (a) the catalogs ----------------------------------------------------------------------------

def test_catalog_has_every_string_of_the_code_translated():
    assert update_translations.problems(update_translations.CATALOG) == []


def test_qt_extra_catalog_is_fully_translated():
    path = ROOT / "resources" / "i18n" / "qt_extra_id.ts"
    assert [c for c, s, t, ok in update_translations.entries(path) if not ok] == []
    assert ET.parse(path).getroot().get("language") == "id"


# -- (b) what the clerk sees -------------------------------------------------------------------

def english_sources() -> set[str]:
    """Source texts whose Indonesian differs (texts equal in both, like "Status", are fine)."""
    out = set()
    for _c, source, translation, _ok in update_translations.entries(update_translations.CATALOG):
        if translation and plain(translation) != plain(source):
            out.add(plain(source))
    return out


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a user can read in ``root``: labels, buttons, titles,
    tabs, placeholders, combo items, table headers, menus, tooltips, accessible names."""
    found: list[tuple[str, str]] = [(f"{root.objectName()}:title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = w.objectName() or type(w).__name__
        found += [(f"{name}:tooltip", w.toolTip()), (f"{name}:accessible", w.accessibleName())]
        plain_label = isinstance(w, QLabel) and w.textFormat() != Qt.TextFormat.RichText
        if plain_label or isinstance(w, QAbstractButton):
            found.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            found.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            found.append((f"{name}:placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            found += [(f"{name}[{i}]", w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTabWidget):
            found += [(f"{name}:tab{i}", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QMenu):
            found += _menu_texts(w)
        if isinstance(w, QAbstractItemView) and not isinstance(w, QListView) \
                and w.model() is not None:  # a list has no header (nor a public columnCount)
            model = w.model()
            found += [(f"{name}:header{c}", str(model.headerData(c, Qt.Orientation.Horizontal)))
                      for c in range(model.columnCount())]
    menubar = getattr(root, "menuBar", None)
    if callable(menubar):
        for action in menubar().actions():
            found.append(("menubar", action.text()))
            if action.menu() is not None:
                found += _menu_texts(action.menu())
    return [(where, text) for where, text in found if text]


def _menu_texts(menu: QMenu) -> list[tuple[str, str]]:
    out = [(f"menu:{menu.objectName()}", menu.title())]
    for action in menu.actions():
        out += [(f"action:{action.objectName()}", action.text()),
                (f"action:{action.objectName()}:tip", action.toolTip())]
    return out


def untranslated(root: QWidget) -> list[tuple[str, str]]:
    english = english_sources()
    return [(where, text) for where, text in visible_texts(root) if plain(text) in english]


def test_the_walk_catches_an_english_text(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Audit log", widget).setObjectName("stray")
    assert untranslated(widget) == [("stray", "Audit log")]


def _main_window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for key in window.page_keys():
        page = window.show_page(key)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
    return window


def test_every_page_is_indonesian_when_built_in_indonesian(qtbot, admin_ctx):
    window = _main_window(qtbot, admin_ctx)
    assert untranslated(window) == []


def test_every_page_retranslates_live_from_english(qtbot, admin_ctx):
    i18n.set_language("en")
    window = _main_window(qtbot, admin_ctx)  # built in English
    assert len(untranslated(window)) > 20  # the walk sees English when English is on
    i18n.set_language("id")
    assert untranslated(window) == []  # every widget switched, nothing needs a restart


def _dialog_factories(ctx) -> dict[str, object]:
    user: UserRow = ctx.read(list_users)[0]
    from ui.dialogs.add_user_dialog import AddUserDialog
    from ui.dialogs.change_password_dialog import ChangePasswordDialog
    from ui.dialogs.first_admin_dialog import FirstAdminDialog
    from ui.dialogs.login_dialog import LoginDialog
    from ui.dialogs.new_office_dialog import NewOfficeDialog
    from ui.dialogs.reset_password_dialog import ResetPasswordDialog

    return {
        "AddUserDialog": lambda: AddUserDialog(ctx),
        "ChangePasswordDialog": lambda: ChangePasswordDialog(ctx, forced=True),
        "FirstAdminDialog": lambda: FirstAdminDialog(ctx),
        "LoginDialog": lambda: LoginDialog(ctx, demo=True),
        "NewOfficeDialog": lambda: NewOfficeDialog("/data/simpeg.db"),
        "ResetPasswordDialog": lambda: ResetPasswordDialog(ctx, user),
    }


def _all_subclasses(cls: type) -> set[type]:
    out = set()
    for sub in cls.__subclasses__():
        out |= {sub, *_all_subclasses(sub)}
    return out


def test_every_dialog_is_indonesian(qtbot, admin_ctx):
    for module in pkgutil.iter_modules(ui.dialogs.__path__):
        importlib.import_module(f"ui.dialogs.{module.name}")
    factories = _dialog_factories(admin_ctx)
    dialogs = {c.__name__ for c in _all_subclasses(FormDialog) if c.__module__.startswith("ui.")}
    assert dialogs == set(factories), "add the new dialog to _dialog_factories"
    for name, make in factories.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert untranslated(dialog) == [], name
        i18n.set_language("en")
        assert untranslated(dialog) != [], name
        i18n.set_language("id")
        assert untranslated(dialog) == [], name


def test_message_boxes_and_progress_are_indonesian(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from ui.dialogs import about_dialog, messages
    from ui.workers import run_with_progress

    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    messages.confirm(None, "Pengguna", "Nonaktifkan?", "Nonaktifkan")
    about_dialog.show_about(None)
    for box in shown:
        qtbot.addWidget(box)
        assert untranslated(box) == []
    assert [b.text() for b in shown[0].buttons()] == ["Nonaktifkan", "Batal"]
    assert shown[1].windowTitle() == "Tentang SIMPEG Luring"

    parent = QWidget()
    qtbot.addWidget(parent)
    runner = run_with_progress(parent, lambda p: p.step(1, 1), title="Ekspor")
    dialog = parent.findChild(QProgressDialog)
    assert untranslated(dialog) == []
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass


# -- (c) no literal text bypasses tr() -------------------------------------------------------

TEXT_SETTERS = {"setText", "setWindowTitle", "setTitle", "setToolTip", "setPlaceholderText",
                "addItem", "setTabText", "setLabelText", "setCancelButtonText", "addTab",
                "setAccessibleName", "setItemText", "addMenu", "setStatusTip",
                "setSpecialValueText"}
WIDGETS_WITH_TEXT = {"QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
                     "QAction", "QToolButton"}


def _literal_words(node: ast.AST) -> str:
    """Letters written literally in a str constant or f-string (placeholders excluded)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return ""


def _literal_texts(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in TEXT_SETTERS or name in WIDGETS_WITH_TEXT:
            words = _literal_words(node.args[0])
            if any(ch.isalpha() for ch in words):
                problems.append(f"{path.relative_to(ROOT)}:{node.lineno}: {words!r}")
    return problems


@pytest.mark.parametrize("path", sorted((ROOT / "ui").rglob("*.py")),
                         ids=lambda p: str(p.relative_to(ROOT)))
def test_no_literal_text_bypasses_translation(path):
    assert _literal_texts(path) == []
