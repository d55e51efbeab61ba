"""The demo generator: how fast a realistic office is made, with every row change-tracked.

* **demo generation**: :func:`app.demo.create_demo_database` for 10,000 employees
  (``SIMPEG_BENCH_DEMO_EMPLOYEES``) on a fresh SQLite file — employees/s and history rows/s,
  every row through :func:`app.db.tracking.bulk_insert` (stamps, change_log, audit).
* **baseline**: the same rows of the first 2,000 employees inserted with bare ``sqlite3``
  ``executemany`` (no change log, no audit, no ORM) into a fresh schema; ``ratio`` = cost of
  the tracked write per row over the bare insert per row (generation excluded on both sides).
* **stream only**: the generator without any database (:func:`app.demo.stream.iter_batches`).
* **100,000 employees** once, opt-in (``SIMPEG_BENCH_DEMO_100K=1``): it takes minutes.

Target (the brief of the demo): 100,000 employees in a few minutes on 2 cores.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from app.db.base import Base
from app.db.schema import create_schema
from app.demo import create_demo_database
from app.demo.stream import Batch, DemoSpec, iter_batches
from app.demo.tracks import catalogue_rows
from app.services.passwords import HashParams, set_hash_params
from app.services.seed import stable_id
from bench.harness import BenchResult

TODAY = date(2026, 3, 16)
EMPLOYEES = int(os.environ.get("SIMPEG_BENCH_DEMO_EMPLOYEES", "10000"))
BASELINE_EMPLOYEES = 2000
BIG = 100_000


def _spec(employees: int) -> DemoSpec:
    catalogue = {str(r["code"]): stable_id("jabatan", str(r["code"])) for r in catalogue_rows()}
    return DemoSpec("15.02", 1, TODAY, employees, "BKPSDM Kabupaten Merangin", catalogue)


def _sql_value(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _bare_insert(folder: Path, batches: list[Batch]) -> tuple[float, int]:
    """Seconds and rows of inserting the batches' rows with bare executemany."""
    path = folder / "bare.db"
    create_schema(f"sqlite:///{path}")
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    now = datetime(2026, 3, 16).isoformat(sep=" ")
    rows_done = 0
    start = time.perf_counter()
    for batch in batches:
        conn.execute("BEGIN")
        for table, rows in batch.rows.items():
            if not rows:
                continue
            cols = [c.name for c in Base.metadata.tables[table].columns]
            extra = {"stamps": "{}", "updated_at": now}
            values = [tuple(_sql_value(r.get(c, extra.get(c))) for c in cols) for r in rows]
            conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                             f"({', '.join('?' for _ in cols)})", values)
            rows_done += len(rows)
        conn.execute("COMMIT")
    seconds = time.perf_counter() - start
    conn.close()
    return seconds, rows_done


def _generate(folder: Path, employees: int) -> tuple[float, int, int, float, float]:
    """(seconds, employees, rows, CPU seconds of this process, CPU seconds of the generator
    process) of a tracked demo of ``employees``. CPU time says what an idle machine would
    take when the wall clock is inflated by other load."""
    cpu, child = time.process_time(), _children_cpu()
    summary = create_demo_database(folder / f"demo-{employees}.db", employees=employees,
                                   seed=1, today=TODAY)
    return (summary.seconds, summary.employees, summary.history_rows + summary.employees,
            time.process_time() - cpu, _children_cpu() - child)


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows: no second process there anyway
        return 0.0
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run() -> list[BenchResult]:
    previous = set_hash_params(HashParams(memory_kib=64, iterations=1, lanes=1))
    try:
        return _run()
    finally:
        set_hash_params(previous)


def _run() -> list[BenchResult]:
    results: list[BenchResult] = []
    with tempfile.TemporaryDirectory(prefix="simpeg-bench-demo-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        sample = [b for b in iter_batches(_spec(BASELINE_EMPLOYEES)) if isinstance(b, Batch)]
        stream_seconds = time.perf_counter() - start
        sample_rows = sum(len(r) for b in sample for r in b.rows.values())
        bare_seconds, bare_rows = _bare_insert(folder, sample)
        seconds, employees, rows, cpu, _child = _generate(folder, EMPLOYEES)
        gen_share = stream_seconds / BASELINE_EMPLOYEES * employees
        tracked_per_row = max(seconds - gen_share, 1e-9) / rows
        bare_per_row = bare_seconds / bare_rows
        results += [
            BenchResult("demo: employees per second", round(employees / seconds, 1),
                        "employees/s", note=f"{employees:,} employees in {seconds:.1f} s"),
            BenchResult("demo: CPU time per 1,000 employees", round(cpu / employees * 1000, 2),
                        "s", note="generation and tracked writing, one process"),
            BenchResult("demo: rows per second (tracked)", round(rows / seconds),
                        "rows/s", note=f"{rows:,} rows (employees + histories), generation "
                                       "included"),
            BenchResult("demo: tracked write per row", round(tracked_per_row * 1e6, 1), "µs",
                        baseline=round(bare_per_row * 1e6, 1),
                        ratio=round(tracked_per_row / bare_per_row, 2),
                        note="baseline: bare sqlite3 executemany of the same rows"),
            BenchResult("demo: generation only", round(sample_rows / stream_seconds),
                        "rows/s", note=f"{BASELINE_EMPLOYEES:,} employees, no database"),
            BenchResult("demo: peak resident memory", round(_peak_rss_mb(), 1), "MB",
                        note="whole bench process"),
        ]
        if os.environ.get("SIMPEG_BENCH_DEMO_100K"):
            seconds, employees, rows, cpu, child = _generate(folder, BIG)
            results.append(BenchResult(
                "demo: 100,000 employees", round(seconds, 1), "s", target=180.0,
                note=f"{rows:,} rows; {employees / seconds:.0f} employees/s; CPU: writer "
                     f"{cpu:.0f} s, generator process {child:.0f} s; target: a few minutes"))
    return results


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
