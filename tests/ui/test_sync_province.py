# ruff: noqa: F811 - the multi-site fixtures are imported by name
"""Sinkronisasi → Status kantor at the province: the eleven offices with their last bundle, lag
(warning colour when late), conflicts and bundles on hold; sortable; *Lihat pegawai* opens the
Pegawai list filtered to the office. A regency office has no such tab."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from app.services.province import LAG_WARNING_DAYS, OfficeSyncStatus
from tests.core.sync.conftest import _world_template, sync, world  # noqa: F401 - fixtures
from tests.ui.test_sync_page import _page
from tests.ui.test_translations import untranslated
from ui.models.employee_filters import AttentionRequest
from ui.models.province_models import LATE_BACKGROUND, ProvinceTableModel
from ui.pages.personnel_page import PersonnelPage


def _cells(tab, code: str) -> list[str]:
    proxy = tab.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == code)
    return [proxy.index(row, c).data() for c in range(proxy.columnCount())]


def _office(**kw) -> OfficeSyncStatus:
    base = OfficeSyncStatus("15.05", "BKPSDM Kabupaten Tebo", 120, 3, "b", "f.hrb",
                            datetime(2026, 1, 2, 3, 4), datetime(2026, 1, 3, 8, 0), 2, 0, 0,
                            0, 0, 3)
    return replace(base, **kw)


def test_province_sees_every_office_with_its_last_bundle(qtbot, qtmodeltester, world):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    world.kab.add_employee("Budi Santoso", "1502020101790003")
    assert sync(world.kab, world.prov).status == "applied"
    page = _page(qtbot, world.prov.ctx)
    tab = page.tabs.province
    assert tab is not None and page.tabs.indexOf(tab) == 0
    assert page.tabs.tabText(0) == "Status kantor"
    qtmodeltester.check(tab.model)
    assert tab.model.rowCount() == 11  # every regency/city of Jambi, synced or not
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.model.columnCount())]
    assert headers == ["Kantor", "Kode", "Bundel terakhir diterima", "No.", "Keterlambatan",
                       "Pegawai", "Konflik terbuka", "Bundel tertahan"]
    merangin = _cells(tab, "15.02")
    assert merangin[0] == "BKPSDM Kabupaten Merangin"
    assert merangin[3:] == ["1", "hari ini", "2", "0", "0"]
    assert _cells(tab, "15.04")[2:5] == ["–", "–", "belum pernah"]
    assert "1 dari 11 kantor" in tab.caption.text()
    assert tab.table.accessibleName() == "Status kantor"
    assert tab.employees.text() == "Lihat pegawai" == tab.employees.accessibleName()
    assert untranslated(page) == []

    # Sorting by lag puts the offices never heard from last; by code again restores order.
    tab.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert tab.table.model().index(0, 1).data() == "15.02"
    tab.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert tab.table.model().index(0, 1).data() == "15.72"  # Kota Sungai Penuh

    # The selection survives a refresh.
    assert not tab.employees.isEnabled() and tab.employees.toolTip()
    assert tab.select("15.02") and tab.employees.isEnabled()
    qtbot.mouseClick(page.refresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)
    assert tab.selected().office_code == "15.02"


def test_show_employees_opens_the_list_of_that_office(qtbot, world):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    world.kab2.add_employee("Rahmat Hidayat", "1503010101800001")
    world.prov.add_employee("Pegawai Provinsi", "1571010101800001")
    sync(world.kab, world.prov)
    sync(world.kab2, world.prov)
    page = _page(qtbot, world.prov.ctx)
    tab = page.tabs.province
    with qtbot.waitSignal(page.navigation_requested) as sent:
        tab.select("15.03")
        qtbot.mouseClick(tab.employees, Qt.MouseButton.LeftButton)
    key, request = sent.args
    assert key == "pegawai" and isinstance(request, AttentionRequest)
    assert request.query.office_code == "15.03"
    assert "BKPSDM Kabupaten Sarolangun" in request.title

    # A double-click does the same for the row clicked.
    proxy = tab.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 1).data() == "15.02")
    with qtbot.waitSignal(page.navigation_requested) as sent:
        tab.table.doubleClicked.emit(proxy.index(row, 0))
    assert sent.args[1].query.office_code == "15.02"

    # The Pegawai page shows that office's employees only, with the office in the banner.
    people = PersonnelPage(world.prov.ctx)
    qtbot.addWidget(people)
    people.resize(1366, 700)
    people.show()
    people.page_shown()
    people.handle_request(sent.args[1])
    qtbot.waitUntil(lambda: people.list.model.total == 1, timeout=10_000)
    assert people.list.model.row_at(0).nama == "Siti Aminah"
    assert "Merangin" in people.list.banner_text.text()


def test_late_offices_are_coloured_and_conflicts_stand_out(qtbot, qtmodeltester):
    model = ProvinceTableModel()
    late = _office(office_code="15.06", lag_days=LAG_WARNING_DAYS + 1, open_conflicts=2)
    on_time = _office(office_code="15.07", lag_days=LAG_WARNING_DAYS)
    never = _office(office_code="15.08", lag_days=None, last_bundle_id=None,
                    last_bundle_seq=None, last_bundle_applied_at=None)
    model.set_rows([late, on_time, never])
    qtmodeltester.check(model)
    lag = ProvinceTableModel.LAG_COLUMN
    brush = model.index(0, lag).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush) and brush.color() == LATE_BACKGROUND
    assert model.index(1, lag).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, lag).data() == "belum pernah"
    assert model.index(0, lag).data() == "31 hari"
    assert "minta kantor" in model.index(0, lag).data(Qt.ItemDataRole.ToolTipRole).lower()
    conflicts = model.index(0, 6)
    assert conflicts.data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 6).data(Qt.ItemDataRole.FontRole) is None


def test_a_regency_office_has_no_office_status_tab(qtbot, world):
    page = _page(qtbot, world.kab.ctx)
    assert page.tabs.province is None and page.tabs.count() == 4
    assert page.tabs.tabText(0) == "Kantor mitra"
