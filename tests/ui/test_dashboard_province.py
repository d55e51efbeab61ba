# ruff: noqa: F811 - the multi-site fixtures are imported by name
"""Laporan → Dasbor at the province: the charts count every office's employees held there,
the office box narrows them to one office, and across offices the unit charts have one bar
per office."""

from __future__ import annotations

from tests.core.sync.conftest import _world_template, sync, world  # noqa: F401 - fixtures
from tests.ui.personnel_support import open_window
from tests.ui.test_dashboard import dasbor


def test_province_dashboard_counts_every_office_and_filters_one(qtbot, world):
    world.kab.add_employee("Siti Aminah", "1502014506850001")
    world.kab.add_employee("Budi Santoso", "1502020101790003")
    world.kab2.add_employee("Rahmat Hidayat", "1503010101800001")
    world.prov.add_employee("Pegawai Provinsi", "1571010101800001")
    sync(world.kab, world.prov)
    sync(world.kab2, world.prov)
    window = open_window(qtbot, world.prov.ctx)
    tab = dasbor(qtbot, window)
    assert tab.office.isVisible() and tab.office.currentText() == "Semua kantor"
    assert tab.data.office_code is None and tab.data.active == 4
    assert tab.by_office
    codes = [tab.office.itemData(i) for i in range(1, tab.office.count())]
    assert {"15", "15.02", "15.03"} <= set(codes) and len(codes) == 12
    bars = {b.label: sum(b.values) for b in tab.chart_for("unit").bars}
    assert sum(bars.values()) == 4 and len([v for v in bars.values() if v]) == 3

    tab.office.setCurrentIndex(tab.office.findData("15.02"))
    tab.office.activated.emit(tab.office.currentIndex())
    qtbot.waitUntil(lambda: not tab.loading and tab.data.office_code == "15.02",
                    timeout=15_000)
    assert tab.data.active == 2 and not tab.by_office
    assert "Merangin" in tab.office.currentText()
