"""The intake as the desktop app and the command line run it, on a ServiceContext.

:func:`preview_table` is a read; :func:`apply_preview` takes a backup of a SQLite database
(``before-intake``, rotated with the other "before" backups) and then applies in one write unit
of work — a refusal, a crash or a cancel leaves the database as it was. Both take a
:class:`~app.jobs.Progress`, so the UI runs them in a worker with a Cancel button.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from app.errors import SimpegError
from app.intake.applying import apply
from app.intake.dto import IntakeOptions, IntakePreview, IntakeResult
from app.intake.mapping import Mapping
from app.intake.memory import mapping_for
from app.intake.previewing import preview
from app.intake.table import RawTable
from app.jobs import NO_PROGRESS, Progress

if TYPE_CHECKING:
    from app.services.context import ServiceContext


def suggested_mapping(ctx: ServiceContext, table: RawTable) -> Mapping:
    """The remembered mapping of the table's layout, else the suggestion from its headers."""
    return ctx.read(mapping_for, table)


def preview_table(ctx: ServiceContext, table: RawTable, mapping: Mapping | None = None,
                  options: IntakeOptions | None = None,
                  progress: Progress = NO_PROGRESS) -> IntakePreview:
    return ctx.read(preview, table, mapping, options=options, progress=progress)


def apply_preview(ctx: ServiceContext, plan: IntakePreview, progress: Progress = NO_PROGRESS,
                  *, backup: bool = True) -> IntakeResult:
    """Back up (SQLite) and apply ``plan``'s good rows; raises when there is nothing to do."""
    if not plan.can_apply:
        if plan.blocked:
            raise SimpegError("intake.cannot_apply")
        counts = plan.counts
        raise SimpegError("intake.nothing_to_apply", bad=counts["bad"],
                          unchanged=counts["unchanged"])
    backup_path = None
    if backup and ctx.is_sqlite:
        from app.services.backup import backup_now

        backup_path = str(backup_now(ctx.url, "before-intake").path)
    result = ctx.write(apply, plan, progress)
    return replace(result, backup_path=backup_path)
