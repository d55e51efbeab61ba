"""Cetak laporan (a tab of the Laporan page): the standard reports on the left, the chosen
report's parameters on the right, and *Pratinjau* (an in-app preview, built in the background
with a progress window and *Batal*), *Simpan PDF…* and *Ekspor Excel…*.

Printing needs Permission.REPORT_PRINT (the buttons say why when it is missing). For the
Formasi report, *Peta jabatan…* opens the planned positions of the chosen unit.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.reports.catalog import report_choices
from app.services.auth import Permission
from app.services.report_screen import ReportScreenChoices
from ui.dialogs.formasi_dialog import PetaJabatanDialog
from ui.i18n import current_language
from ui.models.report_jobs import (
    PreviewResult,
    ReportOrder,
    load_screen_choices,
    report_file,
    report_preview,
)
from ui.pages.reports_params import ParamsError, ReportParams
from ui.settings import UiSettings
from ui.text import plain
from ui.widgets import pdf_preview
from ui.workers import JobRunner

if TYPE_CHECKING:
    from ui.pages.base import Page

NAME_ROLE = Qt.ItemDataRole.UserRole
SETTING = "reports/last"
DESCRIPTIONS = {
    "duk": QT_TRANSLATE_NOOP("ReportsTab", "The PNS in rank order (PP 15/1979) as of a date, "
                                           "for the office or one unit."),
    "drh": QT_TRANSLATE_NOOP("ReportsTab", "The curriculum vitae of one employee with photo, "
                                           "histories and family."),
    "nominatif": QT_TRANSLATE_NOOP("ReportsTab", "A list of employees by unit, golongan or "
                                                 "jabatan kind with the columns you choose."),
    "kgb": QT_TRANSLATE_NOOP("ReportsTab", "Employees whose periodic pay rise (KGB) falls due "
                                           "in a month."),
    "kp": QT_TRANSLATE_NOOP("ReportsTab", "PNS due a regular promotion (KP) in a period."),
    "pensiun": QT_TRANSLATE_NOOP("ReportsTab", "Employees reaching their retirement age (BUP) "
                                               "in a year."),
    "rekap": QT_TRANSLATE_NOOP("ReportsTab", "Headcount per unit by golongan, sex and "
                                             "education."),
    "jp": QT_TRANSLATE_NOOP("ReportsTab", "Training hours (JP) per unit in a year against the "
                                          "20-JP target."),
    "predikat": QT_TRANSLATE_NOOP("ReportsTab", "Performance ratings (predikat) of a year's "
                                                "SKPs per unit."),
    "formasi": QT_TRANSLATE_NOOP("ReportsTab", "Planned positions (peta jabatan) against those "
                                               "filled and the retirements ahead: what to ask "
                                               "for in the next recruitment round."),
}


def file_name(text: str) -> str:
    return re.sub(r"[^\w\- ]+", "", text).strip().replace(" ", "_")[:80] or "laporan"


def ask_export_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to write the Excel file; ``None`` when the clerk cancelled (tests replace it)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


class ReportsTab(QWidget):
    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.setObjectName("reports")
        self.page = page
        self.ctx = page.ctx
        self.settings = UiSettings()
        self.choices: ReportScreenChoices | None = None
        self.last_preview: pdf_preview.PdfPreviewDialog | None = None
        self.last_result: object = None
        self._loader: JobRunner | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("reports.list")
        self.list.setMaximumWidth(300)
        self.list.currentItemChanged.connect(lambda _c, _p: self._on_report_chosen())
        self.heading = QLabel(self)
        self.heading.setObjectName("reports.heading")
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.description = QLabel(self)
        self.description.setObjectName("reports.description")
        self.description.setWordWrap(True)
        self.params = ReportParams(self.ctx, self)
        self.params.office_changed.connect(self.load_choices)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.params)
        self.status = QLabel(self)
        self.status.setObjectName("reports.status")
        self.status.setWordWrap(True)
        self.preview_button = self._button("reports.preview", self.preview)
        self.pdf_button = self._button("reports.save_pdf", self.save_pdf)
        self.excel_button = self._button("reports.export_excel", self.export_excel)
        self.peta_button = self._button("reports.peta_jabatan", self.edit_peta)
        self.preview_button.setDefault(True)
        buttons = QHBoxLayout()
        for b in (self.preview_button, self.pdf_button, self.excel_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.peta_button)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.description)
        right.addWidget(scroll, 1)
        right.addWidget(self.status)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)
        self._fill_list()
        self.retranslate()

    def _button(self, name: str, slot) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _fill_list(self) -> None:
        wanted = self.current_report() or self.settings.text(SETTING, "duk")
        self.list.blockSignals(True)
        self.list.clear()
        for name, title in report_choices(current_language()):
            item = QListWidgetItem(title)
            item.setData(NAME_ROLE, name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.choose(wanted)

    def choose(self, name: str) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(NAME_ROLE) == name:
                self.list.setCurrentRow(i)
                return
        self.list.setCurrentRow(0)

    def current_report(self) -> str:
        item = self.list.currentItem()
        return str(item.data(NAME_ROLE)) if item is not None else ""

    # -- loading -----------------------------------------------------------------------------
    def load_choices(self, office_code: str | None = None) -> None:
        if self.page.denied(Permission.REPORT_PRINT) or self._loader is not None:
            return
        ctx = self.ctx
        runner = JobRunner(lambda _p: load_screen_choices(ctx, office_code or None), self)
        self._loader = runner
        runner.succeeded.connect(self._on_choices)
        runner.failed.connect(self._show_error)
        runner.finished.connect(self._on_loader_finished)
        runner.finished.connect(runner.deleteLater)
        runner.start()

    def _on_loader_finished(self) -> None:
        self._loader = None

    @property
    def loading(self) -> bool:
        return self._loader is not None

    def _on_choices(self, choices: ReportScreenChoices) -> None:
        self.choices = choices
        self.params.set_choices(choices)
        self._update_buttons()

    def _on_report_chosen(self) -> None:
        name = self.current_report()
        if name:
            self.settings.set_value(SETTING, name)
        self.params.show_report(name)
        self.status.clear()
        self._show_texts()
        self._update_buttons()

    # -- actions -----------------------------------------------------------------------------
    def _order(self) -> ReportOrder | None:
        try:
            request = self.params.request()
        except ParamsError as exc:
            self._show_error(str(exc))
            return None
        self.status.clear()
        self.status.setStyleSheet("")
        return ReportOrder(request, self.tr("Gathering the data…"),
                           self.tr("Laying out page %1…"))

    def preview(self) -> None:
        order = self._order()
        if order is None or self.page.denied(Permission.REPORT_PRINT):
            return
        ctx = self.ctx
        self.page.run_job(lambda progress: report_preview(ctx, order, progress),
                          title=self.tr("Preview"), on_success=self._show_preview,
                          on_failure=self._show_error)

    def _show_preview(self, result: PreviewResult) -> None:
        self.last_result = result
        self.status.setStyleSheet("")
        self.status.setText(self.tr("%1: %2 page(s).").replace("%1", result.title)
                            .replace("%2", str(result.pages)))
        self.last_preview = pdf_preview.show_pdf(self.window(), result.data, result.title,
                                                 file_name(result.title) + ".pdf")

    def save_pdf(self) -> None:
        title = self.heading.text()
        path = pdf_preview.ask_save_path(self, self.tr("Save the report as PDF"),
                                         Path.home() / (file_name(title) + ".pdf"))
        if path is not None:
            self._write(path, self.tr("Save as PDF"))

    def export_excel(self) -> None:
        title = self.heading.text()
        path = ask_export_path(self, self.tr("Export the report to Excel"),
                               Path.home() / (file_name(title) + ".xlsx"))
        if path is not None:
            self._write(path, self.tr("Export to Excel"))

    def _write(self, path: Path, title: str) -> None:
        order = self._order()
        if order is None or self.page.denied(Permission.REPORT_PRINT):
            return
        ctx = self.ctx
        self.page.run_job(lambda progress: report_file(ctx, order, path, progress),
                          title=title, on_success=self._written, on_failure=self._show_error)

    def _written(self, result) -> None:  # type: ignore[no-untyped-def]
        self.last_result = result
        self.status.setStyleSheet("color: #1d6b35;")
        self.status.setText(self.tr("Written to %1 (%2 rows).").replace("%1", str(result.path))
                            .replace("%2", str(result.rows)))

    def _show_error(self, text: str) -> None:
        self.status.setStyleSheet("color: #b3261e;")
        self.status.setText(text)

    def edit_peta(self) -> None:
        unit = self.params.unit.code()
        if self.choices is None:
            return
        PetaJabatanDialog.ask(self.ctx, self.choices.units, unit, self.window(),
                              kinds=self.choices.kinds)

    # -- state and texts ---------------------------------------------------------------------
    def _update_buttons(self) -> None:
        reason = self.page.denied(Permission.REPORT_PRINT)
        ready = reason is None and self.choices is not None and bool(self.current_report())
        for button in (self.preview_button, self.pdf_button, self.excel_button):
            button.setEnabled(ready)
            button.setToolTip(reason or "")
        self.peta_button.setVisible(self.current_report() == "formasi")
        self.peta_button.setEnabled(self.choices is not None)

    def _show_texts(self) -> None:
        item = self.list.currentItem()
        self.heading.setText(item.text() if item is not None else "")
        name = self.current_report()
        self.description.setText(QCoreApplication.translate("ReportsTab", DESCRIPTIONS[name])
                                 if name in DESCRIPTIONS else "")

    def retranslate(self) -> None:
        titles = dict(report_choices(current_language()))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setText(titles.get(item.data(NAME_ROLE), item.text()))
        self.list.setAccessibleName(self.tr("Reports"))
        for button, text in ((self.preview_button, self.tr("Pre&view")),
                             (self.pdf_button, self.tr("Save &PDF…")),
                             (self.excel_button, self.tr("Export to E&xcel…")),
                             (self.peta_button, self.tr("Peta &jabatan…"))):
            button.setText(text)
            button.setAccessibleName(plain(text).rstrip("…"))
        self._show_texts()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
