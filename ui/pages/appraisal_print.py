"""Printing from the Kinerja screen: ask which form and paper, gather and draw in the background
(progress per SKP, *Batal* stops it), then show the PDF in the in-app preview (print or save
from there). One SKP, the chosen ones, or every final SKP of the unit in one PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.errors import get_language
from app.reports.appraisal_catalog import AppraisalPrintRequest, PdfResult
from ui.dialogs.appraisal_unit_dialogs import PrintDialog
from ui.models import appraisal_labels as lbl
from ui.models.appraisal_jobs import print_job
from ui.widgets import pdf_preview

if TYPE_CHECKING:
    from ui.pages.appraisal_tab import AppraisalPart

FILE_NAMES = {"evaluasi": "dokumen-evaluasi", "lembar-evaluasi": "lembar-evaluasi",
              "skp": "skp"}


def print_skps(part: AppraisalPart, skp_ids: Sequence[str], name: str, intro: str,
               form: str | None = None) -> None:
    """Ask for form and paper (unless ``form`` is given), then preview the PDF of the SKPs."""
    if not skp_ids:
        return
    paper = None
    if form is None:
        choice = PrintDialog.ask(part.ctx, intro, parent=part)
        if choice is None:
            return
        form, paper = choice.form, choice.paper
    request = AppraisalPrintRequest(form, skp_ids=tuple(skp_ids), lang=get_language(),
                                    **({"paper": paper} if paper is not None else {}))
    ctx = part.ctx
    title = QCoreApplication.translate("AppraisalPrint", "Printing %1").replace(
        "%1", lbl.label(lbl.FORM, form))
    file_name = f"{FILE_NAMES[form]}-{name}.pdf"

    def show(result: PdfResult) -> None:
        part.last_pdf = result  # type: ignore[attr-defined]
        pdf_preview.show_pdf(part, result.data, lbl.label(lbl.FORM, result.form), file_name)

    part.page.run_job(lambda p: print_job(ctx, request, p), title=title, on_success=show)
