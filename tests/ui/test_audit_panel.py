"""Log audit: filters over the log, and the chain check that finds a tampered entry."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QPushButton

from ui.pages.audit_panel import AuditPanel
from ui.settings import UiSettings


def _panel(qtbot, ctx) -> AuditPanel:
    panel = AuditPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    return panel


def _verify(qtbot, panel) -> str:
    label = panel.findChild(QLabel, "audit.verify_result")
    label.clear()
    qtbot.mouseClick(panel.findChild(QPushButton, "audit.verify"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(label.text()), timeout=10_000)
    return label.text()


def test_verify_shows_ok_then_detects_a_tampered_entry(qtbot, admin_ctx, office_db):
    panel = _panel(qtbot, admin_ctx)
    count = panel.model.rows()[0].seq
    assert _verify(qtbot, panel) == f"Log audit utuh ({count} entri)."
    with sqlite3.connect(office_db) as db:  # someone edits the file behind our back
        db.execute("UPDATE audit_log SET detail = 'dihapus' WHERE seq = 3")
    assert _verify(qtbot, panel) == "Log audit rusak: entri nomor 3 telah diubah."
    assert panel.last_check is not None and not panel.last_check.ok


def test_filter_by_action_and_user(qtbot, admin_ctx):
    panel = _panel(qtbot, admin_ctx)
    everything = panel.model.rowCount()
    action = panel.findChild(QComboBox, "audit.action")
    assert action.itemText(0) == "(semua aksi)"
    action.setCurrentIndex(action.findData("login.ok"))
    qtbot.mouseClick(panel.findChild(QPushButton, "audit.apply"), Qt.MouseButton.LeftButton)
    rows = panel.model.rows()
    assert 0 < len(rows) < everything
    assert {r.action for r in rows} == {"login.ok"}
    assert panel.model.index(0, panel.model.Col.ACTION).data() == "Masuk"
    user = panel.findChild(QComboBox, "audit.user")
    user.setCurrentIndex(user.findData("system"))
    qtbot.mouseClick(panel.findChild(QPushButton, "audit.apply"), Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0  # the system user never logs in


def test_date_filter_excludes_other_days_and_is_remembered(qtbot, admin_ctx):
    panel = _panel(qtbot, admin_ctx)
    panel.findChild(QCheckBox, "audit.use_date_to").setChecked(True)
    panel.findChild(QDateEdit, "audit.date_to").setDate(
        QDate(date.today() - timedelta(days=1)))
    qtbot.mouseClick(panel.findChild(QPushButton, "audit.apply"), Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 0  # everything happened today
    saved = UiSettings().filters("audit")
    assert saved["date_to"] == (date.today() - timedelta(days=1)).isoformat()

    again = _panel(qtbot, admin_ctx)  # a new session shows the same filters
    assert again.findChild(QCheckBox, "audit.use_date_to").isChecked()
    assert again.filters().date_to == date.today() - timedelta(days=1)
    assert again.model.rowCount() == 0
    qtbot.mouseClick(again.findChild(QPushButton, "audit.clear"), Qt.MouseButton.LeftButton)
    assert again.model.rowCount() > 0


def test_operator_cannot_read_the_audit_log(qtbot, operator_ctx):
    panel = _panel(qtbot, operator_ctx)
    assert panel.model.rowCount() == 0
    notice = panel.findChild(QLabel, "audit.notice")
    assert notice.isVisibleTo(panel)
    assert notice.text().startswith("Peran Operator tidak boleh melihat log audit.")
