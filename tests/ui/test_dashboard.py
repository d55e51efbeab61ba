"""Laporan page, Dasbor tab: the charts show the office's figures and a click on a bar opens
the Pegawai list with exactly the employees behind it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from app.services.dashboard import dashboard
from app.services.employee_input import EmployeeInput
from app.services.personnel import create_employee
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    EXTRA,
    PEOPLE,
    ctx_fixture,
    open_window,
    personnel_fixture,
    visible_names,
)
from tests.ui.test_translations import untranslated
from ui import i18n

ON_DUTY = len(PEOPLE) + 1 + EXTRA


def dasbor(qtbot, window):
    page = window.show_page("laporan")
    tab = page.show_dashboard()
    qtbot.waitUntil(lambda: tab.data is not None and not tab.loading, timeout=15_000)
    return tab


def click_segment(qtbot, panel, label: str, series: int = 0) -> None:
    """A real mouse click in the middle of the drawn segment."""
    index = next(i for i, b in enumerate(panel.chart_data.bars) if b.label == label)
    seen: list = []

    def laid_out() -> bool:  # QtCharts lays out lazily: wait until the bar stays put
        seen.append(panel.position_of(index, series).toPoint())
        return len(seen) > 2 and seen[-1] == seen[-2] == seen[-3]
    qtbot.waitUntil(laid_out, timeout=5_000)
    point = seen[-1]
    assert panel.view.viewport().rect().contains(point)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def listed(qtbot, window):
    page = window.current_page()
    assert page.objectName() == "page.pegawai"
    qtbot.waitUntil(lambda: not page.list.loader.loading
                    and page.list.loader.shown_query is not None, timeout=10_000)
    return page


def test_the_charts_show_the_office(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = dasbor(qtbot, window)
    assert tab.data.active == ON_DUTY
    assert tab.status.text().startswith(f"{ON_DUTY} pegawai aktif · dihitung pukul ")
    golongan = {b.label: b.values[0] for b in tab.golongan.chart_data.bars if b.values[0]}
    assert golongan == {"II/c": EXTRA, "III/a": 1, "III/b": 1, "III/d": 2, "PPPK": 1}
    assert tab.golongan.title.text() == "Pegawai per golongan"
    assert tab.age.series_labels == ["Laki-laki", "Perempuan"]
    assert tab.unit_panels["unit"].chart_data.bars[0].label == "BKPSDM"
    assert tab.units.tabText(1) == "20 JP"
    assert not tab.office.isVisible()  # a regency sees its own office only
    assert untranslated(tab) == []


def test_a_golongan_bar_opens_exactly_its_employees(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = dasbor(qtbot, window)
    click_segment(qtbot, tab.golongan, "II/c")  # a tall bar: a real click lands on it
    pegawai = listed(qtbot, window)
    qtbot.waitUntil(lambda: pegawai.list.model.total == EXTRA, timeout=10_000)  # counted
    assert pegawai.list.banner_text.text() == f"Menampilkan: Golongan II/c ({EXTRA} pegawai)"
    window.show_page("laporan")
    bars = tab.golongan.chart_data.bars
    tab.open_segment("golongan", next(i for i, b in enumerate(bars) if b.label == "III/b"), 0)
    assert visible_names(listed(qtbot, window)) == ["Siti Aminah"]


def test_a_unit_segment_and_an_age_band_open_their_people(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = dasbor(qtbot, window)
    panel = tab.focus_bar("unit")
    qtbot.waitUntil(lambda: panel.view.isVisible(), timeout=5_000)
    dinas = next(b for b in panel.chart_data.bars if b.label == "Dinas Pendidikan")
    assert dinas.values == (2, 0, 1)  # Siti and Maryam (PNS), Rina (PPPK)
    click_segment(qtbot, panel, "Dinas Pendidikan", 2)
    assert visible_names(listed(qtbot, window)) == ["Rina Marlina"]
    window.show_page("laporan")
    women = [(b.label, b.values[1]) for b in tab.age.chart_data.bars if b.values[1]]
    label, count = women[0]
    click_segment(qtbot, tab.age, label, 1)
    page = listed(qtbot, window)
    assert len(visible_names(page)) == count
    assert page.list.banner_text.text() == f"Menampilkan: Usia {label}, Perempuan " \
        f"({count} pegawai)"


def test_retirement_bar_and_jp_segment(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = dasbor(qtbot, window)
    retiring = [b for b in tab.pensiun.chart_data.bars if b.values[0]]
    assert retiring, "Maryam retires within the year"
    tab.open_segment("pensiun", tab.pensiun.chart_data.bars.index(retiring[0]), 0)
    assert "Maryam" in visible_names(listed(qtbot, window))
    assert tab.last_request.title.startswith("Pensiun tahun ")
    jp = tab.chart_for("jp")
    bkpsdm = next(i for i, b in enumerate(jp.bars) if b.label == "BKPSDM")
    tab.open_segment("jp", bkpsdm, 1)
    page = listed(qtbot, window)
    qtbot.waitUntil(lambda: page.list.model.total == jp.bars[bkpsdm].values[1],
                    timeout=10_000)
    assert tab.last_request.title.startswith("BKPSDM: di bawah target 20 JP tahun ")


def test_counts_follow_changes_elsewhere_and_the_language(qtbot, ctx):
    window = open_window(qtbot, ctx)
    tab = dasbor(qtbot, window)
    ctx.write(create_employee, EmployeeInput(
        nip="199105052015031002", nama="Joko", tanggal_lahir=date(1991, 5, 5),
        jenis_kelamin="L", tmt_cpns=date(2015, 3, 1)))
    window.show_page("pegawai").data_changed.emit("employees")  # as after a save there
    window.show_page("laporan")
    qtbot.waitUntil(lambda: tab.data.active == ON_DUTY + 1, timeout=15_000)
    assert ctx.read(dashboard).active == ON_DUTY + 1
    i18n.set_language("en")
    assert tab.golongan.title.text() == "Employees by golongan"
    assert tab.age.sets[1].label() == "Women"
    i18n.set_language("id")
    assert tab.age.sets[1].label() == "Perempuan"
