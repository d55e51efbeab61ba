"""The review list: refused rows as the file had them, with what is wrong — to fix and
import again.

:func:`export_review` writes an ``.xlsx`` with the file's own columns (the cells exactly as
read), then "Baris asal" (the row number in the original file) and "Masalah" (every problem,
column by column). Importing the fixed workbook uses the original layout's mapping: the two
extra columns are ignored and left out of the layout signature.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import message
from app.intake.dto import IntakePreview, Issue, RowPlan
from app.intake.fields import field_label
from app.reports.output import RenderResult, export_rows_xlsx


def issue_place(issue: Issue, lang: str | None = None) -> str:
    """Where the problem is: the column as headed in the file, or the field it concerns."""
    if issue.column:
        return issue.column
    if not issue.field:
        return message("intake.file_level", lang)
    label = field_label(issue.field, lang)
    if issue.origin in ("stored", "nip"):
        return message(f"intake.origin_{issue.origin}", lang, field=label)
    return label


def problems_text(plan: RowPlan, lang: str | None = None) -> str:
    return "; ".join(f"{issue_place(i, lang)}: {i.text(lang)}" for i in plan.errors)


def review_rows(preview: IntakePreview, lang: str | None = None
                ) -> tuple[list[str], list[list[object]]]:
    headers = [*preview.headers, message("intake.review_row", lang),
               message("intake.review_problems", lang)]
    width = len(preview.headers)
    rows: list[list[object]] = []
    for plan in preview.bad_rows:
        cells = list(preview.raw_cells.get(plan.row, ()))[:width]
        cells += [None] * (width - len(cells))
        rows.append([*cells, plan.row, problems_text(plan, lang)])
    return headers, rows


def export_review(preview: IntakePreview, path: str | Path, *, office_name: str | None = None,
                  lang: str | None = None) -> RenderResult:
    """Write the refused rows of ``preview`` to ``path`` (``.xlsx``)."""
    headers, rows = review_rows(preview, lang)
    return export_rows_xlsx(
        path, headers, rows, message("intake.review_title", lang), office_name=office_name,
        subtitle=[message("intake.review_subtitle", lang, source=preview.source)], lang=lang)
