"""The parameters of the chosen report on the Laporan screen: only the fields that report takes
(:data:`app.reports.catalog.REPORTS` options), with sensible defaults each time a report is
chosen, turned into a :class:`~app.reports.catalog.ReportRequest` by :meth:`request`.

Fields: office (the province only), unit, employee (DRH: search by name or NIP), date, year,
month, KP period, golongan / jabatan kind / jenis pegawai filters and the columns (nominatif),
"include overdue" (KP), paper A4/F4.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.reports.catalog import REPORTS, ReportRequest
from app.reports.formatting import month_name
from app.reports.model import Paper
from app.services.employee_query import EmployeeRow
from app.services.report_screen import ReportScreenChoices
from ui.dialogs.appraisal_employee_picker import EmployeePickerDialog
from ui.i18n import current_language
from ui.models.employee_labels import fmt_date
from ui.text import plain
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.date_field import DateField
from ui.widgets.report_columns import ColumnChooser

if TYPE_CHECKING:
    from app.services.context import ServiceContext

FIELDS = ("office", "unit", "nip", "as_of", "year", "month", "period", "golongan", "jabatan",
          "jenis", "overdue", "columns", "paper")


class ParamsError(ValueError):
    """A field the clerk must correct first (the message names it)."""


class ReportParams(QWidget):
    office_changed = Signal(str)  # the province chose another office: reload its units

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reports.params")
        self.ctx = ctx
        self.report = ""
        self.choices: ReportScreenChoices | None = None
        self.employee: EmployeeRow | None = None
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.office = self._add("office", ChoiceCombo(self))
        self.office.edited.connect(lambda: self.office_changed.emit(self.office.code() or ""))
        self.unit = self._add("unit", ChoiceCombo(self))
        self.unit.setMinimumContentsLength(40)
        self.nip_field, self.nip_text, self.pick_button = self._employee_field()
        self.as_of = self._add("as_of", DateField(self))
        self.year = self._add("year", QSpinBox(self))
        self.year.setRange(1950, 2100)
        self.month = self._add("month", QComboBox(self))
        for m in range(1, 13):
            self.month.addItem("", m)
        self.period = self._add("period", QComboBox(self))
        self.golongan = self._add("golongan", ChoiceCombo(self))
        self.jabatan = self._add("jabatan", ChoiceCombo(self))
        self.jenis = self._add("jenis", ChoiceCombo(self))
        for combo in (self.golongan, self.jabatan, self.jenis, self.office):
            combo.setMinimumContentsLength(34)
        self.overdue = self._add("overdue", QCheckBox(self))
        self.columns = self._add("columns", ColumnChooser(self))
        self.paper = self._add("paper", QComboBox(self))
        for paper in Paper:
            self.paper.addItem(paper.value, paper.value)
        self.retranslate()

    def _add(self, key: str, widget):  # type: ignore[no-untyped-def]
        label = QLabel(self)
        label.setBuddy(widget)
        if key != "columns":
            widget.setObjectName(f"reports.{key}")
        self.labels[key] = label
        self.form.addRow(label, widget)
        return widget

    def _employee_field(self) -> tuple[QWidget, QLineEdit, QPushButton]:
        box = QWidget(self)
        text = QLineEdit(box)
        text.setObjectName("reports.nip")
        text.setReadOnly(True)
        button = QPushButton(box)
        button.setObjectName("reports.pick_employee")
        button.setAutoDefault(False)
        button.clicked.connect(self.pick_employee)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(text, 1)
        row.addWidget(button)
        label = QLabel(self)
        label.setBuddy(button)
        self.labels["nip"] = label
        self.form.addRow(label, box)
        return box, text, button

    def field_widget(self, key: str) -> QWidget:
        return self.nip_field if key == "nip" else getattr(self, key)

    # -- choices and defaults ----------------------------------------------------------------
    def set_choices(self, choices: ReportScreenChoices) -> None:
        self.choices = choices
        self.office.set_choices([(c.code, c.label) for c in choices.offices], empty=None)
        self.office.set_code(choices.office_code)
        self.unit.set_choices([(c.code, c.label, c.depth) for c in choices.units],
                              empty=self.tr("All units of the office"))
        self.golongan.set_choices([(c.code, c.label) for c in choices.golongan],
                                  empty=self.tr("All golongan"))
        self.jabatan.set_choices([(c.code, c.label) for c in choices.jabatan_kinds],
                                 empty=self.tr("All jabatan kinds"))
        self.jenis.set_choices([(j, j) for j in choices.jenis_pegawai],
                               empty=self.tr("PNS, CPNS and PPPK"))
        current = self.period.currentData()
        self.period.clear()
        for d in choices.kp_periods:
            self.period.addItem(fmt_date(d), d)
        if current is not None:
            self.period.setCurrentIndex(max(0, self.period.findData(current)))
        self.show_report(self.report)

    def show_report(self, name: str, today: date | None = None) -> None:
        """Show the fields of report ``name`` with its defaults."""
        self.report = name
        spec = REPORTS.get(name)
        options = spec.options if spec else frozenset()
        province = bool(self.choices and self.choices.offices)
        for key in FIELDS:
            visible = key in options and (key != "office" or province)
            self.field_widget(key).setVisible(visible)
            self.labels[key].setVisible(visible)
        if spec is not None:
            self._defaults(name, today or date.today())
            self.paper.setCurrentIndex(self.paper.findData(spec.paper.value))
        self._relabel()

    def _defaults(self, name: str, today: date) -> None:
        next_month = date(today.year + today.month // 12, today.month % 12 + 1, 1)
        years = {"kgb": next_month.year, "kp": today.year, "pensiun": today.year + 1,
                 "jp": today.year, "formasi": today.year + 1,
                 "predikat": self.choices.predikat_year if self.choices else today.year - 1}
        if name in years:
            self.year.setValue(years[name])
        self.month.setCurrentIndex(next_month.month - 1)
        self.as_of.set_value(today if name == "formasi" else date(today.year, 12, 31))
        if self.choices is not None:
            coming = [d for d in self.choices.kp_periods if d > today]
            if coming:
                self.period.setCurrentIndex(self.period.findData(coming[0]))

    # -- the DRH employee ----------------------------------------------------------------------
    def pick_employee(self) -> None:
        found = EmployeePickerDialog.ask(self.ctx, self.tr("Choose the employee"),
                                         parent=self.window())
        if found is not None:
            self.set_employee(found)

    def set_employee(self, row: EmployeeRow | None) -> None:
        self.employee = row
        self.nip_text.setText(f"{row.nama_lengkap} — {row.nip_display}" if row else "")

    # -- the request -------------------------------------------------------------------------
    def request(self) -> ReportRequest:
        """The request for the chosen report; :class:`ParamsError` for a field to correct."""
        spec = REPORTS[self.report]
        opts = spec.options

        def wanted(key: str) -> bool:
            return key in opts and self.field_widget(key).isVisible()

        if self.as_of.error() and wanted("as_of"):
            raise ParamsError(self.as_of.error())
        nip = None
        if wanted("nip"):
            if self.employee is None or not self.employee.nip:
                raise ParamsError(self.tr("Choose the employee first (Choose…)."))
            nip = self.employee.nip
        columns = self.columns.chosen() if wanted("columns") else ()
        if wanted("columns") and not columns:
            raise ParamsError(self.tr("Tick at least one column to print."))
        office = self.office.code() if wanted("office") else None
        by_period = wanted("period") and self.period.currentData() is not None
        return ReportRequest(
            name=self.report, unit=self.unit.code() if wanted("unit") else None, nip=nip,
            as_of=self.as_of.value() if wanted("as_of") else None,
            year=self.year.value() if wanted("year") and not by_period else None,
            month=int(self.month.currentData()) if wanted("month") else None,
            period=self.period.currentData() if by_period else None,
            paper=Paper(self.paper.currentData()), columns=columns,
            golongan=self.golongan.code() if wanted("golongan") else None,
            jabatan=self.jabatan.code() if wanted("jabatan") else None,
            jenis=self.jenis.code() if wanted("jenis") else None,
            overdue=self.overdue.isChecked() if wanted("overdue") else False,
            lang=current_language(),
            office=office if office and office != self.ctx.office_code else None)

    # -- texts -------------------------------------------------------------------------------
    def _relabel(self) -> None:
        year = {"predikat": self.tr("Appraisal &year:"), "formasi": self.tr("Formasi &year:"),
                "kgb": self.tr("&Year:"), "pensiun": self.tr("Retiring in &year:")}
        self.labels["year"].setText(year.get(self.report, self.tr("&Year:")))
        date_label = self.tr("Data as &of:") if self.report == "formasi" else self.tr("&As of:")
        self.labels["as_of"].setText(date_label)
        for key, label in self.labels.items():
            widget = self.field_widget(key)
            if key == "nip":
                self.nip_text.setAccessibleName(plain(label.text()).rstrip(":"))
            elif key == "columns":
                continue
            else:
                widget.setAccessibleName(plain(label.text()).rstrip(":"))

    def retranslate(self) -> None:
        texts = {"office": self.tr("O&ffice:"), "unit": self.tr("&Unit:"),
                 "nip": self.tr("&Employee:"), "month": self.tr("&Month:"),
                 "period": self.tr("KP &period:"), "golongan": self.tr("&Golongan:"),
                 "jabatan": self.tr("&Jabatan kind:"), "jenis": self.tr("Employee &kind:"),
                 "overdue": self.tr("Overdue:"), "columns": self.tr("&Columns:"),
                 "paper": self.tr("&Paper:")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.as_of.retranslate()
        self.pick_button.setText(self.tr("C&hoose…"))
        self.pick_button.setAccessibleName(self.tr("Choose the employee"))
        self.nip_text.setPlaceholderText(self.tr("search by name or NIP with Choose…"))
        self.overdue.setText(self.tr("Also list those whose period has passed"))
        self.overdue.setAccessibleName(plain(self.overdue.text()))
        for i in range(self.month.count()):
            self.month.setItemText(i, month_name(i + 1, current_language()))
        if self.choices is not None:
            self.unit.setItemText(0, self.tr("All units of the office"))
            self.golongan.setItemText(0, self.tr("All golongan"))
            self.jabatan.setItemText(0, self.tr("All jabatan kinds"))
            self.jenis.setItemText(0, self.tr("PNS, CPNS and PPPK"))
        self._relabel()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
