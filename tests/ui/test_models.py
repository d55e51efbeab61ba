"""Table models: Qt's model tester, paging, sorting on raw values, translated headers."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView

from app.services.audit import AuditRow
from app.services.auth import list_users
from tests.ui.conftest import add_user
from ui import i18n
from ui.models.audit_table_model import PAGE_SIZE, AuditTableModel
from ui.models.sort_proxy import SortProxy
from ui.models.user_table_model import UserTableModel


def _audit_rows(n: int) -> list[AuditRow]:
    return [AuditRow(seq, datetime(2025, 3, 1, 8, 0, seq % 60), "admin", "15.02",
                     "login.ok" if seq % 2 else "update", "employee", f"pk-{seq}",
                     ("nama",), "") for seq in range(n, 0, -1)]


def test_user_table_model_passes_the_model_tester(qtmodeltester, admin_ctx):
    add_user(admin_ctx, "budi", "operator")
    model = UserTableModel()
    model.set_rows(admin_ctx.read(list_users))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(1, UserTableModel.Col.ROLE).data() == "Operator"
    assert model.index(1, 0).data(UserTableModel.RowRole).username == "budi"
    assert model.headerData(UserTableModel.Col.LAST_LOGIN, Qt.Orientation.Horizontal) == (
        "Terakhir masuk")


def test_audit_model_fetches_page_by_page(qtmodeltester):
    rows = _audit_rows(PAGE_SIZE * 2 + 17)
    calls: list[tuple[int, int]] = []

    def fetch(offset, limit):
        calls.append((offset, limit))
        return rows[offset:offset + limit]

    model = AuditTableModel()
    model.set_source(fetch)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(rows)
    assert calls[:3] == [(0, PAGE_SIZE), (PAGE_SIZE, PAGE_SIZE), (2 * PAGE_SIZE, PAGE_SIZE)]
    assert model.index(0, AuditTableModel.Col.ACTION).data() == "Masuk"
    assert model.index(1, AuditTableModel.Col.ACTION).data() == "Data diubah"
    model.set_source(None)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_unknown_audit_action_shows_its_code():
    model = AuditTableModel()
    row = AuditRow(1, datetime(2025, 1, 1), "admin", "15.02", "keys.rotate", None, None, (), "")
    model.set_source(lambda offset, _limit: [row] if offset == 0 else [])
    assert model.index(0, AuditTableModel.Col.ACTION).data() == "keys.rotate"


def test_sorting_uses_raw_values_not_display_text(qtbot):
    rows = [r for r in _audit_rows(1000) if r.seq in (999, 1000, 5, 80)]
    model = AuditTableModel()
    model.set_source(lambda offset, _l: rows if offset == 0 else [])
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(AuditTableModel.Col.SEQ, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert shown == ["5", "80", "999", "1000"]  # as text "1000" < "5" < "80" < "999"


def test_headers_follow_the_language(qtbot):
    model = AuditTableModel()
    changed = []
    model.headerDataChanged.connect(lambda *a: changed.append(a))
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Waktu"
    i18n.set_language("en")
    model.retranslate()
    assert changed and model.headerData(1, Qt.Orientation.Horizontal) == "Time"
