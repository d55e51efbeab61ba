"""UI state in QSettings: its own file, splitters, column widths, filters, language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView

from ui.models.user_table_model import UserTableModel
from ui.settings import UiSettings


def test_settings_live_in_the_isolated_home(_isolated_home):
    assert UiSettings().file_name.startswith(str(_isolated_home))


def test_language_defaults_to_indonesian_and_refuses_others():
    s = UiSettings()
    assert s.language == "id"
    s.language = "en"
    assert UiSettings().language == "en"
    with pytest.raises(ValueError):
        s.language = "fr"


def test_splitter_and_column_widths_survive_a_restart(qtbot):
    splitter = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter)
    splitter.addWidget(QLabel("kiri"))
    splitter.addWidget(QLabel("kanan"))
    splitter.resize(600, 200)
    splitter.show()
    splitter.setSizes([150, 450])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(UserTableModel(table))
    table.setColumnWidth(1, 333)
    UiSettings().save_splitter("personel", splitter)
    UiSettings().save_header("users.table", table.horizontalHeader())

    splitter2 = QSplitter(Qt.Orientation.Horizontal)
    qtbot.addWidget(splitter2)
    splitter2.addWidget(QLabel("kiri"))
    splitter2.addWidget(QLabel("kanan"))
    splitter2.resize(600, 200)
    splitter2.show()
    assert UiSettings().restore_splitter("personel", splitter2)
    assert splitter2.sizes() == splitter.sizes()
    table2 = QTableView()
    qtbot.addWidget(table2)
    table2.setModel(UserTableModel(table2))
    assert UiSettings().restore_header("users.table", table2.horizontalHeader())
    assert table2.columnWidth(1) == 333


def test_nothing_saved_means_nothing_restored(qtbot):
    splitter = QSplitter()
    qtbot.addWidget(splitter)
    assert not UiSettings().restore_splitter("tidak-ada", splitter)


def test_filters_are_kept_per_page():
    UiSettings().set_filters("audit", {"user": "admin", "action": "login.ok"})
    UiSettings().set_filters("pegawai", {"cari": "siti"})
    UiSettings().set_filters("audit", {"user": "budi"})  # replaces, not merges
    assert UiSettings().filters("audit") == {"user": "budi"}
    assert UiSettings().filters("pegawai") == {"cari": "siti"}
