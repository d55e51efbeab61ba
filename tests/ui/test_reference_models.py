"""The Referensi models: the OPD tree (structure, counts, inactive units, the search filter)
and the tables of the jabatan catalogue, the reference lists and BerAKHLAK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from app.services.org import OrgUnitNode
from app.services.org_admin import BerakhlakRow, Choice, OrgTreeRow, ReferenceChoices
from app.services.reference import JabatanRow, RefRow
from ui.models.org_labels import FormChoices
from ui.models.org_tree_model import OrgTreeFilter, OrgTreeModel
from ui.models.reference_table_models import (
    LIST_COLUMNS,
    BerakhlakTableModel,
    JabatanTableModel,
    RefListTableModel,
)

# (id, parent, name, kind, eselon, active, on duty here, recorded here)
UNITS = (
    ("dik", None, "Dinas Pendidikan", "dinas", "II.b", True, 1, 1),
    ("sek", "dik", "Sekretariat", "sekretariat", "III.a", True, 4, 5),
    ("sub", "sek", "Subbagian Umum", "subbagian", "IV.a", True, 3, 3),
    ("sd", "dik", "Bidang Pembinaan SD", "bidang", "III.b", False, 0, 2),
    ("bkd", None, "BKPSDM", "badan", "II.b", True, 7, 7),
)


def tree_rows() -> list[OrgTreeRow]:
    by_id = {u[0]: u for u in UNITS}

    def path(uid):
        u = by_id[uid]
        return (*path(u[1]), u[2]) if u[1] else (u[2],)

    def total(uid):
        return by_id[uid][6] + sum(total(u[0]) for u in UNITS if u[1] == uid)

    out = []
    for uid, parent, name, kind, eselon, active, here, recorded in UNITS:
        node = OrgUnitNode(uid, parent, name, None, kind, eselon, 0, active, "15.02",
                           len(path(uid)) - 1, path(uid), recorded)
        out.append(OrgTreeRow(node, here, total(uid), recorded,
                              sum(1 for u in UNITS if u[1] == uid), None))
    return out


@pytest.fixture
def tree():
    model = OrgTreeModel()
    model.set_rows(tree_rows())
    return model


def test_tree_model_passes_the_model_tester(qtmodeltester, tree):
    qtmodeltester.check(tree)
    proxy = OrgTreeFilter()
    proxy.setSourceModel(tree)
    qtmodeltester.check(proxy)
    proxy.set_text("umum")
    qtmodeltester.check(proxy)


def test_tree_model_nests_units_and_adds_up_the_counts(tree):
    assert tree.rowCount() == 2
    dik = tree.index(0, 0)
    assert [tree.index(r, 0, dik).data() for r in range(tree.rowCount(dik))] == [
        "Sekretariat", "Bidang Pembinaan SD (nonaktif)"]
    sek = tree.index(0, 0, dik)
    assert tree.parent(tree.index(0, 0, sek)) == sek
    assert [tree.index(0, c).data() for c in range(5)] == [
        "Dinas Pendidikan", "Dinas", "II.b", "1", "8"]
    assert tree.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "1 pegawai dalam dinas di unit ini, 8 termasuk sub-unitnya.")
    sd = tree.index(1, 3, dik)
    assert sd.data() == ""  # nobody on duty
    assert sd.data(Qt.ItemDataRole.ToolTipRole).endswith(
        "2 data pegawai lain di sini sudah tidak dalam dinas (pensiun, pindah keluar…).")
    assert tree.index(1, 0, dik).data(Qt.ItemDataRole.FontRole).italic()
    assert tree.index(0, 0, dik).data(Qt.ItemDataRole.FontRole) is None
    assert tree.index(0, 0, sek).data(Qt.ItemDataRole.ToolTipRole) == (
        "Dinas Pendidikan › Sekretariat › Subbagian Umum")
    assert tree.index(0, 3).data(OrgTreeModel.SortRole) == 1
    assert tree.find("sub").data(OrgTreeModel.RowRole).name == "Subbagian Umum"
    assert not tree.find("nope").isValid()


def test_filter_keeps_matches_with_their_parents_and_what_is_below(tree):
    proxy = OrgTreeFilter()
    proxy.setSourceModel(tree)

    def names(parent=QModelIndex()):
        out = []
        for r in range(proxy.rowCount(parent)):
            index = proxy.index(r, 0, parent)
            out.append(proxy.row_of(index).name)
            out += names(index)
        return out

    proxy.set_text("SEKRETARIAT")
    assert names() == ["Dinas Pendidikan", "Sekretariat", "Subbagian Umum"]
    proxy.set_text("bidang sd")  # every word, in any order
    assert names() == ["Dinas Pendidikan", "Bidang Pembinaan SD"]
    proxy.set_text("")
    proxy.set_show_inactive(False)
    assert names() == ["Dinas Pendidikan", "Sekretariat", "Subbagian Umum", "BKPSDM"]


CHOICES = ReferenceChoices(
    unit_kinds=("dinas", "bidang"),
    jabatan_kinds=(Choice("pelaksana", "Pelaksana"),
                   Choice("fungsional_keahlian", "Fungsional Keahlian")),
    jenjang=(Choice("ahli_madya", "Ahli Madya", "fungsional_keahlian"),),
    eselon=(Choice("II.b", "Eselon II.b"),),
    pelaksana_categories=("klerek",),
    default_bup={("pelaksana", ""): 58, ("fungsional_keahlian", "ahli_madya"): 60},
)


def jabatan(name, kind, jenjang=None, bup=None, office="15", active=True) -> JabatanRow:
    return JabatanRow(name.lower(), None, name, kind, jenjang, None, bup, None, None, active,
                      office)


def test_jabatan_model_shows_the_bup_that_applies(qtmodeltester):
    model = JabatanTableModel()
    model.set_choices(FormChoices(CHOICES))
    model.set_rows([jabatan("Pengadministrasi Umum", "pelaksana", office="15.02"),
                    jabatan("Guru Ahli Madya", "fungsional_keahlian", "ahli_madya", bup=60),
                    jabatan("Analis Ahli Madya", "fungsional_keahlian", "ahli_madya"),
                    jabatan("Analis", "fungsional_keahlian", active=False)])
    qtmodeltester.check(model)
    assert [model.index(r, 4).data() for r in range(4)] == ["58", "60", "60", ""]
    assert model.index(0, 4).data(Qt.ItemDataRole.ForegroundRole) is not None  # by rule: grey
    assert model.index(1, 4).data(Qt.ItemDataRole.ForegroundRole) is None  # its own
    assert model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole).startswith("Ditetapkan khusus")
    assert model.index(3, 4).data(Qt.ItemDataRole.ToolTipRole) == (
        "Isi jenjangnya agar BUP diketahui.")
    assert [model.index(0, c).data() for c in (1, 7, 8)] == ["Pelaksana", "Kantor ini", "Aktif"]
    assert [model.index(1, c).data() for c in (2, 7)] == ["Ahli Madya", "Provinsi"]
    assert model.index(3, 8).data() == "Nonaktif"


def test_every_reference_list_passes_the_model_tester(qtmodeltester):
    model = RefListTableModel()
    rows = [RefRow("1", "III/a", "Penata Muda (III/a)", 9, True,
                   {"kind": "PNS", "ordinal": 9, "pangkat": "Penata Muda",
                    "group_name": "Penata", "pns_equivalent": None}),
            RefRow("2", "e_learning", "E-learning", 2, False,
                   {"kind": "nonklasikal", "ordinal": 2, "jabatan_kind": "pengawas"})]
    for key in LIST_COLUMNS:
        model.show_list(key, rows)
        qtmodeltester.check(model)
    model.show_list("golongan_pns", rows[:1])
    assert [model.index(0, c).data() for c in range(4)] == ["III/a", "Penata Muda", "Penata", "9"]
    model.show_list("training_type", rows[1:])
    assert [model.index(0, c).data() for c in range(5)] == [
        "e_learning", "E-learning", "Nonklasikal", "2", "Nonaktif"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_berakhlak_model_numbers_the_behaviours(qtmodeltester):
    model = BerakhlakTableModel()
    model.set_rows([BerakhlakRow("akuntabel", "Akuntabel", "Bertanggung jawab",
                                 ("Jujur", "Cermat", "Disiplin"))])
    qtmodeltester.check(model)
    assert model.index(0, 2).data() == "1. Jujur\n2. Cermat\n3. Disiplin"
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Panduan perilaku"
