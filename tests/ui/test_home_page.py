"""Beranda: the attention items with their counts; a click opens exactly those employees."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from app.services.attention import attention_summary
from app.services.employee_input import EmployeeInput
from app.services.personnel import create_employee
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    EXTRA,
    PEOPLE,
    answer_unsaved,
    ctx_fixture,
    open_window,
    personnel_fixture,
    visible_names,
)

TOTAL = len(PEOPLE) + 1 + EXTRA


@pytest.fixture(autouse=True)
def unsaved_answers(monkeypatch):
    return answer_unsaved(monkeypatch)


def beranda(qtbot, window):
    page = window.show_page("beranda")
    qtbot.waitUntil(lambda: page.summary is not None and not page.loading, timeout=10_000)
    return page


def test_beranda_is_the_first_page_and_counts_in_the_background(qtbot, ctx):
    window = open_window(qtbot, ctx)
    assert window.current_page().objectName() == "page.beranda"
    page = beranda(qtbot, window)
    expected = {i.key: i.count for i in ctx.read(attention_summary)}
    shown = {key: int(card.count.text().replace(".", "")) for key, card in page.cards.items()}
    assert shown == expected
    card = page.cards["pensiun_12_months"]
    assert card.count.text() == "1"
    assert card.title.text().startswith("Pensiun dalam 12 bulan (sampai ")
    assert card.accessibleName().startswith("1 Pensiun dalam 12 bulan")
    assert page.status.text().startswith(f"{TOTAL} pegawai dalam dinas · dihitung pukul ")
    assert page.heading.text() == "Beranda"


def test_clicking_an_item_opens_exactly_those_employees(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = beranda(qtbot, window)
    qtbot.mouseClick(page.cards["pensiun_12_months"], Qt.MouseButton.LeftButton)
    pegawai = window.current_page()
    assert pegawai.objectName() == "page.pegawai"
    qtbot.waitUntil(lambda: not pegawai.list.loader.loading
                    and pegawai.list.loader.shown_query is not None, timeout=10_000)
    assert visible_names(pegawai) == ["Maryam"]
    banner = pegawai.list.banner_text.text()
    assert banner.startswith("Menampilkan: Pensiun dalam 12 bulan") and banner.endswith(
        "(1 pegawai)")
    assert not pegawai.list.filter_bar.unit.isEnabled()  # the item brings its own filter
    header = pegawai.list.table.horizontalHeader()
    assert header.sortIndicatorSection() == pegawai.list.model.column_of("tmt_pensiun")

    qtbot.mouseClick(pegawai.list.banner_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pegawai.list.model.total == TOTAL, timeout=10_000)
    assert pegawai.list.banner.isHidden() and pegawai.list.filter_bar.unit.isEnabled()


def test_counts_follow_changes_made_on_other_pages(qtbot, ctx):
    window = open_window(qtbot, ctx)
    page = beranda(qtbot, window)
    before = page.item("skp_unfinished").count
    ctx.write(create_employee, EmployeeInput(
        nip="199105052015031002", nama="Joko Widodo", tanggal_lahir=date(1991, 5, 5),
        jenis_kelamin="L", tmt_cpns=date(2015, 3, 1)))
    pegawai = window.show_page("pegawai")
    pegawai.data_changed.emit("employees")  # as after a save there
    window.show_page("beranda")
    qtbot.waitUntil(lambda: page.item("skp_unfinished").count == before + 1, timeout=10_000)
    assert page.cards["skp_unfinished"].count.text() == str(before + 1)
