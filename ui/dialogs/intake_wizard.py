"""Import employees from Excel or SIASN: a wizard of four steps.

1. choose the file (and whether new units / positions may be added);
2. match the columns (suggested from the headers, remembered per layout, changeable);
3. preview — counts, new employees, changes, new units/positions/golongan, rows with problems
   (exportable to fix and import again) — whose button is *Apply*;
4. apply in a worker with progress and Batal, then the result.

The wizard holds only plain data (the read table, the mapping, the preview DTO) and reaches the
database through ``ctx.read``/``ctx.write`` in workers (:mod:`app.intake.jobs`).
:meth:`IntakeWizard.ask` opens it and returns the result of an applied import (tests replace
it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.intake import IntakeOptions, IntakePreview, IntakeResult, Mapping, RawTable
from app.intake import suggested_mapping as _suggested
from ui.dialogs.intake_apply_page import IntakeApplyPage
from ui.dialogs.intake_file_page import IntakeFilePage
from ui.dialogs.intake_mapping_page import IntakeMappingPage
from ui.dialogs.intake_preview_page import IntakePreviewPage
from ui.text import plain

if TYPE_CHECKING:
    from app.services.context import ServiceContext

WIDTH, HEIGHT = 1120, 680


class IntakeWizard(QWizard):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intake")
        self.ctx = ctx
        self.table: RawTable | None = None
        self.mapping: Mapping | None = None
        self.preview: IntakePreview | None = None
        self.applied: IntakeResult | None = None
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = IntakeFilePage(self)
        self.mapping_page = IntakeMappingPage(self)
        self.preview_page = IntakePreviewPage(self)
        self.apply_page = IntakeApplyPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.apply_page):
            self.addPage(page)
        self.resize(WIDTH, HEIGHT)
        self.retranslate()

    @classmethod
    def ask(cls, ctx: ServiceContext, parent: QWidget | None = None) -> IntakeResult | None:
        """Run the wizard; the result when an import was applied, else None."""
        wizard = cls(ctx, parent)
        wizard.exec()
        result = wizard.applied
        wizard.deleteLater()
        return result

    # -- shared state --------------------------------------------------------------------------
    def set_table(self, table: RawTable | None) -> None:
        """A new file: its mapping and preview start over."""
        self.table = table
        self.mapping = None
        self.preview = None

    def set_mapping(self, mapping: Mapping) -> None:
        self.mapping = mapping
        self.preview = None

    def suggested_mapping(self) -> Mapping:
        assert self.table is not None
        return _suggested(self.ctx, self.table)

    def options(self) -> IntakeOptions:
        return IntakeOptions(create_units=self.file_page.create_units.isChecked(),
                             create_jabatan=self.file_page.create_jabatan.isChecked())

    def step_title(self, step: int, text: str) -> str:
        """``Langkah 2 dari 4: Cocokkan kolom``."""
        return self.tr("Step %1 of %2: %3").replace("%1", str(step)).replace(
            "%2", "4").replace("%3", text)

    @property
    def busy(self) -> bool:
        return self.apply_page.running

    # -- closing -------------------------------------------------------------------------------
    def reject(self) -> None:
        if self.busy:  # Batal on the apply page cancels; the window waits for it
            self.apply_page.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.busy:
            self.apply_page.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import employees from Excel or SIASN"))
        self.setAccessibleName(self.windowTitle())
        B = QWizard.WizardButton  # noqa: N806 - a Qt enum
        for which, text in ((B.BackButton, self.tr("< &Back")),
                            (B.NextButton, self.tr("&Next >")),
                            (B.FinishButton, self.tr("&Close")),
                            (B.CancelButton, self.tr("Cancel")),
                            (B.CommitButton, self.tr("&Apply"))):
            self.setButtonText(which, text)
            button = self.button(which)
            button.setAccessibleName(plain(text))
            button.setObjectName(f"intake.button.{which.name}")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
