"""The personnel list's filter bar: search box, unit (with sub-units), golongan, jabatan kind,
employee type and status. ``text_edited`` fires per keystroke in the search box (the list
debounces it); ``changed`` fires when any other filter changes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from ui.models import employee_labels as lbl
from ui.models.employee_choices import EmployeeChoices
from ui.models.employee_filters import STATUS_CHOICES, ListFilters, golongan_range
from ui.text import plain
from ui.widgets.choice_combo import ChoiceCombo

PNS_GROUPS = (("I", "I/a", "I/d"), ("II", "II/a", "II/d"), ("III", "III/a", "III/d"),
              ("IV", "IV/a", "IV/e"))
FUNGSIONAL = "fungsional_keahlian,fungsional_keterampilan"
JPT = "jpt_utama,jpt_madya,jpt_pratama"


class EmployeeFilterBar(QWidget):
    text_edited = Signal(str)
    changed = Signal()
    return_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personnel.filters")
        self.choices = EmployeeChoices()
        self.search = QLineEdit(self)
        self.search.setObjectName("personnel.search")
        self.search.setClearButtonEnabled(True)
        self._clear = self.search.findChild(QToolButton)  # the line edit's own clear button
        if self._clear is not None:
            self._clear.setObjectName("personnel.search.clear")
        self.search.textEdited.connect(self.text_edited)
        self.search.returnPressed.connect(self.return_pressed)
        self.unit = self._combo("personnel.unit")
        self.unit.setMinimumContentsLength(28)
        self.subunits = QCheckBox(self)
        self.subunits.setObjectName("personnel.subunits")
        self.subunits.setChecked(True)
        self.subunits.toggled.connect(lambda _c: self.changed.emit())
        self.golongan = self._combo("personnel.golongan")
        self.jabatan_kind = self._combo("personnel.jabatan_kind")
        self.jenis = self._combo("personnel.jenis")
        self.status = self._combo("personnel.status")
        self.show_deleted = QCheckBox(self)
        self.show_deleted.setObjectName("personnel.show_deleted")
        self.show_deleted.toggled.connect(lambda _c: self.changed.emit())
        self.show_deleted.hide()  # only for a role that may delete (and so restore)
        # (placed by the list, next to its count: the grid above is full at 1366 px)
        self.reset_button = QPushButton(self)
        self.reset_button.setObjectName("personnel.reset_filters")
        self.reset_button.clicked.connect(self.reset)
        self._labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        self._place(grid, 0, 0, "search", self.search, 3)
        self._place(grid, 0, 4, "unit", self.unit, 3)
        grid.addWidget(self.subunits, 0, 8)
        self._place(grid, 1, 0, "golongan", self.golongan)
        self._place(grid, 1, 2, "jabatan_kind", self.jabatan_kind)
        self._place(grid, 1, 4, "jenis", self.jenis)
        self._place(grid, 1, 6, "status", self.status)
        grid.addWidget(self.reset_button, 1, 8)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        grid.setColumnStretch(7, 2)
        self.retranslate()

    def _combo(self, name: str) -> ChoiceCombo:
        combo = ChoiceCombo(self)
        combo.setObjectName(name)
        combo.edited.connect(self.changed)
        return combo

    def _place(self, grid: QGridLayout, row: int, col: int, key: str, widget: QWidget,
               span: int = 1) -> None:
        label = QLabel(self)
        label.setObjectName(f"personnel.{key}.label")
        label.setBuddy(widget)
        self._labels[key] = label
        grid.addWidget(label, row, col)
        grid.addWidget(widget, row, col + 1, 1, span)

    # -- state -------------------------------------------------------------------------------
    def filters(self) -> ListFilters:
        return ListFilters(
            text=self.search.text(), unit_id=self.unit.code() or "",
            include_subunits=self.subunits.isChecked(), golongan=self.golongan.code() or "",
            jabatan_kind=self.jabatan_kind.code() or "", jenis_pegawai=self.jenis.code() or "",
            status=self.status.code() or "active",
            deleted=self.show_deleted.isChecked() and self.show_deleted.isEnabled(),
        )

    def set_filters(self, filters: ListFilters) -> None:
        """Show ``filters`` without emitting ``changed``."""
        self.blockSignals(True)
        try:
            self.search.setText(filters.text)
            self.unit.set_code(filters.unit_id or None)
            self.subunits.setChecked(filters.include_subunits)
            self.golongan.set_code(filters.golongan or None)
            self.jabatan_kind.set_code(filters.jabatan_kind or None)
            self.jenis.set_code(filters.jenis_pegawai or None)
            self.status.set_code(filters.status)
            self.show_deleted.setChecked(filters.deleted)
        finally:
            self.blockSignals(False)

    def describe(self) -> str:
        """The filters in words (an export's subtitle): "Unit kerja: BKPSDM; Status: …"."""
        parts = [f"{self._labels[k].text().replace('&', '')} {w.currentText().strip()}"
                 for k, w in (("unit", self.unit), ("golongan", self.golongan),
                              ("jabatan_kind", self.jabatan_kind), ("jenis", self.jenis),
                              ("status", self.status)) if w.currentIndex() > 0 or k == "status"]
        if self.search.text().strip():
            parts.insert(0, f"{self._labels['search'].text().replace('&', '')} "
                            f"{self.search.text()}")
        return "; ".join(parts)

    def set_deleted_allowed(self, allowed: bool) -> None:
        """Offer "show deleted" only to a role that may restore (Permission.EMPLOYEE_DELETE)."""
        self.show_deleted.setVisible(allowed)
        self.show_deleted.setEnabled(allowed)
        if not allowed and self.show_deleted.isChecked():
            self.show_deleted.setChecked(False)

    def set_combos_enabled(self, enabled: bool) -> None:
        """Everything but the search box (a Beranda item brings its own filter)."""
        for widget in (self.unit, self.subunits, self.golongan, self.jabatan_kind, self.jenis,
                       self.status, self.reset_button):
            widget.setEnabled(enabled)
        self.show_deleted.setEnabled(enabled and not self.show_deleted.isHidden())

    def reset(self) -> None:
        self.set_filters(ListFilters(text=self.search.text()))
        self.changed.emit()

    def set_choices(self, choices: EmployeeChoices) -> None:
        self.choices = choices
        self._fill()

    def _fill(self) -> None:
        c = self.choices
        self.unit.set_choices(c.items("unit"), empty=self.tr("All units"))
        golongan: list[tuple[str, str]] = [
            (golongan_range(lo, hi), self.tr("Golongan %1 (all)").replace("%1", g))
            for g, lo, hi in PNS_GROUPS]
        golongan += [(code, f"{code} — {text}") for code, text, *_ in c.items("golongan_pns")]
        golongan.append((golongan_range("I", "XVII"), self.tr("PPPK (all)")))
        golongan += [(code, f"PPPK {code}") for code, _text, *_ in c.items("golongan_pppk")]
        self.golongan.set_choices(golongan, empty=self.tr("All golongan"))
        kinds = [(k[0], k[1]) for k in c.items("jabatan_kind")]
        kinds += [(JPT, self.tr("JPT (all levels)")), (FUNGSIONAL, self.tr("Functional (all)"))]
        self.jabatan_kind.set_choices(kinds, empty=self.tr("All kinds of position"))
        self.jenis.set_choices(c.items("jenis_pegawai"), empty=self.tr("All types"))
        statuses = [(s, lbl.label(lbl.STATUS_FILTERS, s)) for s in STATUS_CHOICES]
        statuses += list(c.items("status"))
        self.status.set_choices(statuses, empty=None)

    def retranslate(self) -> None:
        texts = {"search": self.tr("&Search:"), "unit": self.tr("&Unit:"),
                 "golongan": self.tr("&Golongan:"), "jabatan_kind": self.tr("Posi&tion:"),
                 "jenis": self.tr("T&ype:"), "status": self.tr("Stat&us:")}
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._labels[key].buddy().setAccessibleName(plain(text).rstrip(":"))
        self.search.setPlaceholderText(self.tr("Name, NIP or NIK — type to filter"))
        if self._clear is not None:
            self._clear.setAccessibleName(self.tr("Clear the search"))
        self.subunits.setText(self.tr("with sub-units"))
        self.subunits.setAccessibleName(self.tr("Include sub-units"))
        self.show_deleted.setText(self.tr("Show deleted"))
        self.show_deleted.setAccessibleName(self.tr("Show deleted employees"))
        self.show_deleted.setToolTip(self.tr(
            "List the deleted employees instead of the current ones, to restore one."))
        self.reset_button.setText(self.tr("&Reset filters"))
        self.reset_button.setAccessibleName(plain(self.reset_button.text()))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
