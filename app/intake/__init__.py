"""Spreadsheet intake: header mapping, preview (dry run), apply through the services.

The flow (DESIGN.md §5, §7):

1. :func:`read_table` — an ``.xlsx`` or ``.csv`` (SIASN "Export Data ASN" included) as a
   :class:`RawTable`: the header row found below any title rows, cells as the file typed them.
2. :func:`suggest_mapping` / :func:`mapping_for` — which column feeds which field, by header
   name; a layout's confirmed mapping is remembered in the office settings.
3. :func:`preview` — the dry run (reads only): new employees, changed fields, new units,
   positions and golongan records, and every refused row with its row number, column and
   reason (:func:`export_review` writes those to a workbook to fix and import again).
4. :func:`apply` — the good rows through the personnel, history, org and reference services,
   all or nothing; :func:`apply_preview` adds the backup for a ServiceContext.
"""

from app.intake import messages as _messages
from app.intake.applying import IntakeApplyError, apply
from app.intake.dto import (
    FieldChange,
    IntakeOptions,
    IntakePreview,
    IntakeResult,
    Issue,
    NewGolongan,
    NewJabatan,
    NewUnit,
    PlannedHistory,
    RowPlan,
    RowStatus,
    Severity,
)
from app.intake.fields import FIELDS, IntakeField, field_label
from app.intake.jobs import apply_preview, preview_table, suggested_mapping
from app.intake.mapping import (
    ColumnMatch,
    Mapping,
    apply_overrides,
    load_overrides,
    suggest_mapping,
)
from app.intake.memory import mapping_for, remember_mapping, remembered_mapping
from app.intake.previewing import preview
from app.intake.review import export_review, issue_place, problems_text, review_rows
from app.intake.table import RawRow, RawTable, build_table, read_table

_ = _messages

__all__ = [
    "FIELDS", "ColumnMatch", "FieldChange", "IntakeApplyError", "IntakeField", "IntakeOptions",
    "IntakePreview", "IntakeResult", "Issue", "Mapping", "NewGolongan", "NewJabatan", "NewUnit",
    "PlannedHistory", "RawRow", "RawTable", "RowPlan", "RowStatus", "Severity", "apply",
    "apply_overrides", "apply_preview", "build_table", "export_review", "field_label",
    "issue_place", "load_overrides", "mapping_for", "preview", "preview_table",
    "problems_text", "read_table", "remember_mapping", "remembered_mapping", "review_rows",
    "suggest_mapping", "suggested_mapping",
]
