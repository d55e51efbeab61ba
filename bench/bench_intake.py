"""Spreadsheet intake of a SIASN export: 10,000 rows (``SIMPEG_BENCH_INTAKE_ROWS``) into a new
office, dry run and apply.

* **read**: the export as CSV and as XLSX (:func:`app.intake.read_table`), rows/s.
* **dry run**: :func:`app.intake.preview` on the new office (every row new: units, positions
  and golongan records planned). Baseline: the employee rules alone
  (:func:`app.services.employee_input.check_input`) on the same rows — the part of a preview
  that is the form's own validation; ``ratio`` = preview per row / rules per row.
* **apply**: backup, then every row through the services (``create_employee`` and three
  ``add_history``), one transaction. Baseline: on the same (now full) database, 500 further
  employees through the same service calls made directly, against 500 others through the
  intake; ``ratio`` = intake per employee / bare service calls per employee (the intake's own
  overhead, at the same database size).
* **second dry run**: the same file again — every row unchanged (what makes a re-run safe).
* peak resident memory of the process.

No target in DESIGN.md §6 for intake; the figures say what a clerk waits for.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from app.intake import IntakePreview, RawTable, RowStatus, preview_table, read_table
from app.intake.jobs import apply_preview
from app.services.context import ServiceContext
from app.services.passwords import HashParams, set_hash_params
from bench.harness import REPO_ROOT, BenchResult

ROWS = int(os.environ.get("SIMPEG_BENCH_INTAKE_ROWS", "10000"))
SAMPLE = min(500, ROWS)
PASSWORD = "Bench-intake-1"


def _office(folder: Path, name: str) -> ServiceContext:
    from app.services.office import AdminSpec, init_office

    db = folder / f"{name}.db"
    init_office(str(db), "15.02", admin=AdminSpec("admin", PASSWORD, "Admin"))
    ctx = ServiceContext.open(str(db))
    ctx.login("admin", PASSWORD)
    return ctx


def _files(folder: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(REPO_ROOT))
    from tests.core.intake.fixtures.sheets import (
        SIASN_HEADERS,
        siasn_people,
        write_csv,
        write_xlsx,
    )

    people = siasn_people(ROWS, seed=2026)
    return (write_csv(folder / "export.csv", SIASN_HEADERS, people),
            write_xlsx(folder / "export.xlsx", SIASN_HEADERS, people))


def _timed(fn):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def _rules_only(ctx: ServiceContext, plan: IntakePreview) -> float:
    """Seconds of ``check_input`` alone on the rows the preview planned as new."""
    from app.services.employee_input import EmployeeInput, check_input

    inputs = [EmployeeInput(**r.values) for r in plan.rows if r.status is RowStatus.NEW]

    def check(session, actor):  # type: ignore[no-untyped-def]
        for data in inputs:
            check_input(session, data, actor.office_code)

    return _timed(lambda: ctx.read(check))[1] / max(len(inputs), 1)


def _services_only(ctx: ServiceContext, plan: IntakePreview) -> float:
    """Seconds per employee of the same service calls as the apply, without the intake."""
    from app.services.employee_input import EmployeeInput
    from app.services.histories import add_history
    from app.services.personnel import create_employee

    rows = [r for r in plan.rows if r.status is RowStatus.NEW]

    def write(session, actor):  # type: ignore[no-untyped-def]
        for r in rows:
            emp = create_employee(session, actor, EmployeeInput(**r.values)).id
            for h in r.histories:
                data = h.data  # no new units or catalogue entries in this sample
                if h.kind == "jabatan":
                    data = replace(data, unit_id=None, jabatan_id=None)
                add_history(session, actor, emp, data)

    return _timed(lambda: ctx.write(write))[1] / max(len(rows), 1)


def _sample(folder: Path, name: str, first: int) -> RawTable:
    from tests.core.intake.fixtures.sheets import SIASN_HEADERS, siasn_people, write_csv

    people = siasn_people(SAMPLE, seed=first, first_sequence=first)
    return read_table(write_csv(folder / f"{name}.csv", SIASN_HEADERS, people))


def run() -> list[BenchResult]:
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    old_home = os.environ.get("SIMPEG_HOME")
    try:
        with tempfile.TemporaryDirectory(prefix="simpeg-bench-intake-") as tmp:
            os.environ["SIMPEG_HOME"] = tmp  # the backups go to the temporary folder
            return _run(Path(tmp))
    finally:
        set_hash_params(previous)
        if old_home is None:
            os.environ.pop("SIMPEG_HOME", None)
        else:
            os.environ["SIMPEG_HOME"] = old_home


def _run(folder: Path) -> list[BenchResult]:
    csv_path, xlsx_path = _files(folder)
    table, csv_s = _timed(lambda: read_table(csv_path))
    _, xlsx_s = _timed(lambda: read_table(xlsx_path))
    ctx = _office(folder, "office")
    try:
        plan, dry_s = _timed(lambda: preview_table(ctx, table))
        rules = _rules_only(ctx, plan)
        result, apply_s = _timed(lambda: apply_preview(ctx, plan))
        again, again_s = _timed(lambda: preview_table(ctx, table))
        # the intake's own overhead, both sides on the same full database
        bare = _services_only(ctx, preview_table(ctx, _sample(folder, "bare", 7001)))
        extra = preview_table(ctx, _sample(folder, "extra", 8001))
        _, extra_s = _timed(lambda: apply_preview(ctx, extra, backup=False))
        via_intake = extra_s / max(len(extra.to_apply), 1)
    finally:
        ctx.close()
    rows, applied = len(table.rows), len(plan.to_apply)
    assert again.to_apply == (), "a second run of the same file must change nothing"
    return [
        BenchResult("intake: read CSV", round(rows / csv_s), "rows/s",
                    note=f"{rows:,} rows × {len(table.headers)} columns in {csv_s:.2f} s"),
        BenchResult("intake: read XLSX", round(rows / xlsx_s), "rows/s",
                    note=f"{rows:,} rows in {xlsx_s:.2f} s (openpyxl read-only)"),
        BenchResult("intake: dry run", round(dry_s, 1), "s",
                    baseline=round(rules * rows, 1), ratio=round(dry_s / (rules * rows), 2),
                    note=f"{rows:,} rows, {dry_s / rows * 1000:.2f} ms/row; "
                         f"{len(plan.new_units)} units, {len(plan.new_jabatan)} positions "
                         "planned; baseline: the employee rules alone on the same rows"),
        BenchResult("intake: apply", round(apply_s, 1), "s",
                    note=f"{applied:,} employees + {result.histories_added:,} history rows, "
                         f"{apply_s / applied * 1000:.1f} ms/employee, backup included"),
        BenchResult("intake: apply per employee", round(via_intake * 1000, 1), "ms",
                    baseline=round(bare * 1000, 1), ratio=round(via_intake / bare, 2),
                    note=f"{SAMPLE} more employees on the full database; baseline: the same "
                         "service calls without the intake, another "
                         f"{SAMPLE} employees"),
        BenchResult("intake: second dry run (nothing new)", round(again_s, 1), "s",
                    note=f"{again.counts['unchanged']:,} rows unchanged"),
        BenchResult("intake: peak resident memory", round(_peak_rss_mb(), 1), "MB",
                    note="whole bench process"),
    ]


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
