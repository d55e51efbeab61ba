"""Table models of the Pelatihan screen (qtmodeltester), raw-value sorting, labels."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from app.services.training import (
    EmployeeJp,
    ExternalTrainingRow,
    ParticipantRow,
    ProgramRow,
    SessionRow,
    TrainingNeed,
    TrainingRecordRow,
    UnitJp,
)
from ui.models import training_labels as lbl
from ui.models.sort_proxy import SortProxy
from ui.models.training_jp_models import EmployeeJpTableModel, NeedTableModel, UnitJpTableModel
from ui.models.training_table_models import (
    ExternalTableModel,
    ParticipantTableModel,
    ProgramTableModel,
    SessionTableModel,
    TrainingRecordTableModel,
)

PROGRAM = ProgramRow("p1", "BT-SKP", "Bimtek SKP", "klasikal", "teknis", None, 16, "BKPSDM",
                     None, None, True, 3)
SESSION = SessionRow("s1", "p1", "Bimtek SKP", "klasikal", "teknis", "Bimtek SKP", "I",
                     date(2025, 3, 10), date(2025, 3, 12), "Aula", "BKPSDM", 16, 30, "open",
                     None, 12, 4)
PARTICIPANT = ParticipantRow("x1", "s1", "e1", "Siti Aminah", "198503152010012003", "BKPSDM",
                             "partial", True, 12, True, "800/1", date(2025, 3, 12),
                             "JP diakui 12 dari 16: hadir dua hari")
EXTERNAL = ExternalTrainingRow("r1", "e1", "Seminar", "klasikal", "seminar", 8,
                               date(2025, 6, 1), date(2025, 6, 1), 2025, None, "LAN", None,
                               None, None, None, "local", None)
RECORD = TrainingRecordRow("session", "x1", "Bimtek SKP", "teknis", "klasikal",
                           date(2025, 3, 10), date(2025, 3, 12), 2025, 16, None, None)
UNIT = UnitJp("u1", "BKPSDM", None, 0, 4, 4, 3, 32.0)
SUB = UnitJp("u2", "Bidang Mutasi", "u1", 1, 2, 2, 1, 20.0)
PEOPLE = [EmployeeJp(f"e{n}", name, None, "PNS", "u1", "BKPSDM", jp, 20.0,
                     max(20.0 - jp, 0.0), jp < 20, False)
          for n, (name, jp) in enumerate((("Budi", 100.0), ("Andi", 8.0), ("Citra", 24.0)))]
NEED = TrainingNeed("e1", "Andi", None, "BKPSDM", "jp_gap", "training.suggest.jp_gap",
                    {"year": 2025, "jp": 8.0, "target": 20.0, "remaining": 12.0})


def test_every_training_model_passes_the_model_tester(qtmodeltester):
    for model, row in ((ProgramTableModel(), PROGRAM), (SessionTableModel(), SESSION),
                       (ParticipantTableModel(), PARTICIPANT), (ExternalTableModel(), EXTERNAL),
                       (TrainingRecordTableModel(), RECORD), (UnitJpTableModel(), UNIT),
                       (EmployeeJpTableModel(), PEOPLE[0]), (NeedTableModel(), NEED)):
        model.set_rows([row, row])
        qtmodeltester.check(model)


def test_labels_and_formats_read_as_the_clerk_writes():
    assert lbl.label(lbl.ATTENDANCE, "partial") == "Hadir sebagian"
    assert lbl.label(lbl.CATEGORY, "pka") == "PKA (kepemimpinan administrator)"
    assert lbl.label(lbl.KIND, "daring") == "daring"  # unknown codes as stored
    assert (lbl.fmt_jp(24.0), lbl.fmt_jp(7.5), lbl.fmt_jp(116656), lbl.fmt_jp(None)) == (
        "24", "7,5", "116.656", "")
    assert lbl.fmt_period(date(2025, 3, 10), date(2025, 3, 12)) == "10-03-2025 – 12-03-2025"
    assert lbl.fmt_period(date(2025, 3, 10), None) == "10-03-2025"


def test_participant_row_shows_an_overridden_credit_with_its_reason():
    model = ParticipantTableModel()
    model.set_rows([PARTICIPANT])
    jp = model.index(0, 5)
    assert model.data(jp) == "12 *"
    assert model.data(jp, Qt.ItemDataRole.ToolTipRole) == "JP diakui 12 dari 16: hadir dua hari"
    assert model.data(model.index(0, 3)) == "Hadir sebagian"


def test_jp_sorts_on_numbers_not_text(qtbot):
    model = EmployeeJpTableModel()
    model.set_rows(PEOPLE)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, 4)) for r in range(3)] == ["8", "24", "100"]


def test_unit_rows_are_indented_and_need_texts_tidy_their_numbers():
    units = UnitJpTableModel()
    units.set_rows([UNIT, SUB])
    assert units.data(units.index(1, 0)) == "    Bidang Mutasi"
    assert units.data(units.index(0, 5)) == "25%"  # 1 of 4 met
    needs = NeedTableModel()
    needs.set_rows([NEED])
    assert needs.data(needs.index(0, 3)) == "JP tahun 2025 baru 8 dari target 20 JP."
    assert needs.data(needs.index(0, 4)) == \
        "Ikutkan pelatihan sedikitnya 12 JP lagi pada tahun 2025."
