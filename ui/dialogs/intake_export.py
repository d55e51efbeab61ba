"""Export the intake's rows with problems to a workbook (from the preview or the result)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.errors import get_language
from app.intake import IntakePreview, export_review
from ui.dialogs.messages import inform
from ui.models.employee_labels import fmt_count
from ui.workers import JobRunner, run_with_progress


def ask_save_path(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to write the workbook (tests replace this function)."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), "Excel (*.xlsx)")
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")


def export_bad_rows(parent: QWidget, preview: IntakePreview | None, office: str | None
                    ) -> JobRunner | None:
    """Ask where, then write the rows with problems in a worker; says where they went."""
    if preview is None or not preview.bad_rows:
        return None
    title = QCoreApplication.translate("IntakeExport", "Export rows with problems")
    suffix = QCoreApplication.translate("IntakeExport", "to fix")
    suggested = Path.home() / f"{Path(preview.source).stem} - {suffix}.xlsx"
    path = ask_save_path(parent, title, suggested)
    if path is None:
        return None
    lang = get_language()
    done = QCoreApplication.translate(
        "IntakeExport", "%1 rows written to %2. Fix them there and import that file again.")
    return run_with_progress(
        parent, lambda _p: export_review(preview, path, office_name=office, lang=lang),
        title=title, on_success=lambda r: inform(
            parent, title, done.replace("%1", fmt_count(r.rows)).replace("%2", str(r.path))))
