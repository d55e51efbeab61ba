"""Tables of the Referensi screen: the jabatan catalogue, one reference list (its columns depend
on the list: golongan PNS with pangkat, PPPK with the PNS equivalent, training types with their
kind…), and the BerAKHLAK values with their panduan perilaku.

All are read-only :class:`~ui.models.row_table_model.RowTableModel` over service DTOs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from app.services.org_admin import BerakhlakRow
from app.services.reference import JabatanRow, RefRow
from ui.models import org_labels as lbl
from ui.models.org_tree_model import _GREY
from ui.models.row_table_model import Column, Index, RowTableModel

_CTX = "ReferenceTables"


# --- the jabatan catalogue --------------------------------------------------------------------

class JabatanTableModel(RowTableModel[JabatanRow]):
    CONTEXT = _CTX

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.choices = lbl.FormChoices()
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Jabatan"), lambda r: r.name,
                   lambda r: r.name.lower()),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Kind"),
                   lambda r: lbl.jabatan_kind_label(self.choices.data, r.kind)),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Level"),
                   lambda r: lbl.jenjang_label(r.jenjang)),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Eselon"), lambda r: r.eselon or ""),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "BUP"), self._bup_text,
                   lambda r: self.bup(r) or 0, align_right=True, tooltip=self._bup_tip),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Class"),
                   lambda r: str(r.kelas_jabatan) if r.kelas_jabatan else "",
                   lambda r: r.kelas_jabatan or 0, align_right=True),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Category"),
                   lambda r: lbl.label(lbl.PELAKSANA_CATEGORY, r.pelaksana_category)),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Catalogue"), self._source,
                   tooltip=self._source_tip),
            Column(QT_TRANSLATE_NOOP("ReferenceTables", "Status"),
                   lambda r: lbl.label(lbl.ACTIVE, r.active)),
        )

    def set_choices(self, choices: lbl.FormChoices) -> None:
        self.choices = choices
        self.retranslate()

    def bup(self, r: JabatanRow) -> int | None:
        """The BUP that applies: the entry's own, else the one PP 11/2017 gives its kind."""
        return r.bup if r.bup is not None else self.choices.bup_of(r.kind, r.jenjang)

    def _bup_text(self, r: JabatanRow) -> str:
        value = self.bup(r)
        return "" if value is None else str(value)

    def _bup_tip(self, r: JabatanRow) -> str:
        if r.bup is not None:
            return QCoreApplication.translate(
                "ReferenceTables", "Set for this jabatan (e.g. by the law of its profession).")
        if self.bup(r) is None:
            return QCoreApplication.translate("ReferenceTables",
                                              "Fill in the level to know the BUP.")
        return QCoreApplication.translate(
            "ReferenceTables", "By the rule for its kind (PP 11/2017 Article 239).")

    @staticmethod
    def _source(r: JabatanRow) -> str:
        if r.shared:
            return QCoreApplication.translate("ReferenceTables", "Province")
        return QCoreApplication.translate("ReferenceTables", "This office")

    @staticmethod
    def _source_tip(r: JabatanRow) -> str:
        if r.shared:
            return QCoreApplication.translate(
                "ReferenceTables", "The province's shared nomenclature; only the provincial "
                "data steward changes it.")
        return QCoreApplication.translate(
            "ReferenceTables", "An entry of office %1 for a local post.").replace(
            "%1", r.office_code)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._rows):
            r = self._rows[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole and (
                    not r.active or (index.column() == 4 and r.bup is None)):
                return _GREY
        return super().data(index, role)

    def find(self, jabatan_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == jabatan_id), -1)


# --- one reference list -----------------------------------------------------------------------

def _extra(name: str) -> Callable[[RefRow], Any]:
    return lambda r: r.extra.get(name)


def _text(get: Callable[[RefRow], Any]) -> Callable[[RefRow], str]:
    return lambda r: "" if get(r) is None else str(get(r))


_CODE = Column(QT_TRANSLATE_NOOP("ReferenceTables", "Code"), lambda r: r.code)
_NAME = Column(QT_TRANSLATE_NOOP("ReferenceTables", "Name"), lambda r: r.name,
               lambda r: r.name.lower())
_ORDER = Column(QT_TRANSLATE_NOOP("ReferenceTables", "Order"), lambda r: str(r.sort_order),
                lambda r: r.sort_order, align_right=True)
_STATUS = Column(QT_TRANSLATE_NOOP("ReferenceTables", "Status"),
                 lambda r: lbl.label(lbl.ACTIVE, r.active))
_RANK = Column(QT_TRANSLATE_NOOP("ReferenceTables", "Rank"), _text(_extra("ordinal")),
               _extra("ordinal"), align_right=True)

LIST_COLUMNS: dict[str, tuple[Column[RefRow], ...]] = {
    "golongan_pns": (
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Golongan/ruang"), lambda r: r.code,
               _extra("ordinal")),
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Pangkat"), _text(_extra("pangkat"))),
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Group"), _text(_extra("group_name"))),
        _RANK,
    ),
    "golongan_pppk": (
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "PPPK golongan"), lambda r: r.code,
               _extra("ordinal")),
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Paid like PNS golongan"),
               _text(_extra("pns_equivalent"))),
        _RANK,
    ),
    "eselon": (
        _CODE, _NAME,
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Usual jabatan"),
               lambda r: str(r.extra.get("jabatan_kind") or "").replace("_", " ").title()),
        _RANK, _STATUS,
    ),
    "education_level": (_CODE, _NAME, _RANK, _STATUS),
    "religion": (_CODE, _NAME, _ORDER, _STATUS),
    "marital_status": (_CODE, _NAME, _ORDER, _STATUS),
    "training_type": (
        _CODE, _NAME,
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Kind"),
               lambda r: lbl.label(lbl.TRAINING_KIND, r.extra.get("kind"))),
        _ORDER, _STATUS,
    ),
}


class RefListTableModel(RowTableModel[RefRow]):
    """One reference list; :meth:`show_list` swaps the columns and the rows together."""

    CONTEXT = _CTX

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.key = "religion"
        self.COLUMNS = LIST_COLUMNS[self.key]

    def show_list(self, key: str, rows: Sequence[RefRow]) -> None:
        self.beginResetModel()
        self.key = key
        self.COLUMNS = LIST_COLUMNS[key]
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.ForegroundRole and index.isValid()
                and 0 <= index.row() < len(self._rows) and not self._rows[index.row()].active):
            return _GREY
        return super().data(index, role)

    def find(self, row_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)


# --- BerAKHLAK --------------------------------------------------------------------------------

def _behaviours(r: BerakhlakRow) -> str:
    return "\n".join(f"{n}. {text}" for n, text in enumerate(r.behaviours, 1))


class BerakhlakTableModel(RowTableModel[BerakhlakRow]):
    CONTEXT = _CTX
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Core value"), lambda r: r.name),
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Meaning"), lambda r: r.meaning),
        Column(QT_TRANSLATE_NOOP("ReferenceTables", "Behaviour guide"), _behaviours),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() > 0:
            return super().data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return super().data(index, role)
