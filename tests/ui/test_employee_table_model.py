"""The personnel list's lazy model and the employee record's table models."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableView

from app.services.employee_query import EmployeeQuery, list_employees
from app.services.ui_support import employee_view, personnel_choices
from tests.ui.personnel_support import (  # noqa: F401 - fixtures
    EXTRA,
    PEOPLE,
    ctx_fixture,
    personnel_fixture,
)
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_history_specs import HISTORY_SPECS, SPEC_BY_KEY
from ui.models.employee_history_table_model import (
    HistoryTableModel,
    SkpTableModel,
    TrainingRecordTableModel,
)
from ui.models.employee_list_loader import EmployeeListLoader
from ui.models.employee_table_model import PAGE_SIZE, EmployeeTableModel

TOTAL = len(PEOPLE) + 1 + EXTRA  # and Maryam


@pytest.fixture
def owner(ctx):
    """Parent of the models and loaders: jobs still running at the end are waited for, then
    everything is deleted the way a closing page deletes it."""
    parent = QObject()
    yield parent
    for loader in parent.findChildren(EmployeeListLoader):
        loader.shutdown()
    parent.deleteLater()


def _loaded(qtbot, owner, ctx, query: EmployeeQuery | None = None, exact: bool = False):
    model = EmployeeTableModel(owner)
    loader = EmployeeListLoader(ctx, model, owner)
    with qtbot.waitSignal(loader.loaded, timeout=10_000):
        loader.load(query or EmployeeQuery())
    if exact:
        qtbot.waitUntil(lambda: model.exact, timeout=10_000)
    return model, loader


def test_lazy_model_knows_the_total_but_holds_only_the_first_page(qtbot, owner, ctx):
    model, loader = _loaded(qtbot, owner, ctx)
    if not model.exact:  # the first answer counts to 200 ("200+"); the exact count follows
        assert model.rowCount() == PAGE_SIZE
        with qtbot.waitSignal(loader.counted, timeout=10_000):
            pass
    assert model.exact
    assert model.rowCount() == TOTAL > PAGE_SIZE
    assert model.loaded_pages() == [0]
    assert model.index(0, EmployeeTableModel.Col.NAMA).data() == "Andi Saputra"
    assert model.row_at(PAGE_SIZE) is None  # not asked for yet
    assert model.index(PAGE_SIZE + 5, 0).data() is None  # asking starts a fetch
    qtbot.waitUntil(lambda: 1 in model.loaded_pages(), timeout=10_000)
    expected = ctx.read(list_employees, EmployeeQuery(offset=PAGE_SIZE + 5, limit=1)).rows[0]
    assert model.index(PAGE_SIZE + 5, EmployeeTableModel.Col.NIP).data() == expected.nip_display
    assert model.index(PAGE_SIZE + 5, 0).data(EmployeeTableModel.RowRole) == expected


def test_lazy_model_passes_the_model_tester_while_pages_arrive(qtbot, qtmodeltester,
                                                               owner, ctx):
    model, _loader = _loaded(qtbot, owner, ctx, exact=True)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 500)
    view.show()
    view.scrollToBottom()  # the last page is fetched in the background
    qtbot.waitUntil(lambda: (TOTAL - 1) // PAGE_SIZE in model.loaded_pages(), timeout=10_000)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)
    assert view.model().index(TOTAL - 1, EmployeeTableModel.Col.NAMA).data()


def test_raw_values_sort_not_the_display_strings(qtbot, owner, ctx):
    model, _loader = _loaded(qtbot, owner, ctx, EmployeeQuery(text="siti"))
    index = model.index(0, EmployeeTableModel.Col.TANGGAL_LAHIR)
    assert index.data() == "15-03-1985"
    assert index.data(EmployeeTableModel.SortRole) == date(1985, 3, 15)


def test_a_late_page_of_an_older_query_is_dropped(qtbot, owner, ctx):
    model, _loader = _loaded(qtbot, owner, ctx, exact=True)
    old = model.generation
    siti = ctx.read(list_employees, EmployeeQuery(text="siti"))
    model.reset(siti.total, True, siti.rows)
    model.put_page(old, 0, ctx.read(list_employees, EmployeeQuery(limit=PAGE_SIZE)).rows)
    assert model.rowCount() == 1
    assert model.index(0, EmployeeTableModel.Col.NAMA).data() == "Siti Aminah"


def test_memory_stays_bounded_by_evicting_old_pages(qtbot, qtmodeltester, monkeypatch):
    import ui.models.employee_table_model as module

    monkeypatch.setattr(module, "PAGE_SIZE", 10)
    monkeypatch.setattr(module, "MAX_PAGES", 3)
    model = EmployeeTableModel()
    rows = [_row(i) for i in range(10)]
    generation = model.reset(10 * 8, True, rows)
    for page in range(1, 8):
        model.put_page(generation, page, [replace(r, id=f"{page}-{r.id}") for r in rows])
    assert model.loaded_pages() == [5, 6, 7]  # the least recently used went first
    assert model.row_at(75).id == "7-5" and model.row_at(5) is None
    qtmodeltester.check(model, force_py=True)


def test_exact_count_grows_the_rows(qtbot, qtmodeltester):
    model = EmployeeTableModel()
    generation = model.reset(3, False, [_row(i) for i in range(3)])
    with qtbot.waitSignal(model.rowsInserted):
        model.set_total(generation, 5)
    assert model.rowCount() == 5 and model.exact
    model.set_total(generation - 1, 2)  # a stale count changes nothing
    assert model.rowCount() == 5
    qtmodeltester.check(model, force_py=True)


def _row(i: int):
    from app.services.employee_query import EmployeeRow

    return EmployeeRow(
        id=str(i), nip=None, nip_display="", nik=None, nama=f"Nama {i}", nama_lengkap=f"Nama {i}",
        jenis_kelamin="L", tanggal_lahir=date(1980, 1, 1), golongan="III/a",
        pangkat="Penata Muda (III/a)", tmt_golongan=None, jabatan=None, jabatan_kind=None,
        eselon=None, unit_id=None, unit_name=None, jenis_pegawai="PNS", status="aktif",
        pendidikan=None, bup=58, tmt_pensiun=None, office_code="15.02")


def test_record_table_models_pass_the_model_tester(qtbot, qtmodeltester, personnel, ctx):
    office = personnel[1]
    view = ctx.read(employee_view, office.people["siti"])
    choices = EmployeeChoices(ctx.read(personnel_choices), "PNS")
    for spec in HISTORY_SPECS:
        model = HistoryTableModel(spec, choices)
        model.set_rows(list(view.detail.history(spec.key)))
        qtmodeltester.check(model)
    pangkat = HistoryTableModel(SPEC_BY_KEY["pangkat"], choices)
    rows = list(view.detail.history("pangkat"))
    pangkat.set_rows(rows + [replace(rows[0], values=replace(rows[0].values,
                                                             golongan_code="IV/a"))])
    assert pangkat.rowCount() == 2
    assert pangkat.index(0, 0).data() == "III/b"
    assert pangkat.index(0, 1).data() == "01-01-2010"
    assert pangkat.index(0, 1).data(pangkat.SortRole) == date(2010, 1, 1)
    ranks = [pangkat.index(r, 0).data(pangkat.SortRole) for r in range(2)]
    assert ranks[0] < ranks[1]  # III/b before IV/a by rank, whatever the text says
    jabatan = HistoryTableModel(SPEC_BY_KEY["jabatan"], choices)
    jabatan.set_rows(list(view.detail.history("jabatan")))
    assert jabatan.index(0, 1).data() == "Pelaksana"  # a choice shows its label
    for model in (TrainingRecordTableModel(), SkpTableModel()):
        model.set_rows([])
        qtmodeltester.check(model)
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Tahun"


def test_pages_scrolled_past_are_not_all_fetched(qtbot, owner, ctx, monkeypatch):
    """Dragging the scroll bar through the list queues only the last few pages wanted; a
    page forgotten that way is fetched when the view asks for it again."""
    from ui.models import employee_list_loader, employee_table_model

    monkeypatch.setattr(employee_table_model, "PAGE_SIZE", 10)
    monkeypatch.setattr(employee_list_loader, "PAGE_SIZE", 10)
    fetched: list[int] = []
    real_read = employee_list_loader._read

    def spy(ctx_, name, query):
        if name == "list_employees" and query.offset:
            fetched.append(query.offset // 10)
        return real_read(ctx_, name, query)

    monkeypatch.setattr(employee_list_loader, "_read", spy)
    model, loader = _loaded(qtbot, owner, ctx, exact=True)
    pages = list(range(1, TOTAL // 10))
    assert len(pages) > 3 * employee_list_loader.MAX_QUEUED
    for page in pages:  # one event-loop turn: a single pages_wanted with all of them
        model.index(page * 10, 0).data()
    qtbot.waitUntil(lambda: pages[-1] in model.loaded_pages(), timeout=10_000)
    qtbot.wait(200)  # whatever is still queued is fetched meanwhile
    assert len(fetched) <= employee_list_loader.MAX_QUEUED + employee_list_loader.PAGES_PER_JOB
    assert pages[1] not in fetched
    assert model.index(pages[1] * 10, 0).data() is None  # asked again: fetched now
    qtbot.waitUntil(lambda: pages[1] in model.loaded_pages(), timeout=10_000)
