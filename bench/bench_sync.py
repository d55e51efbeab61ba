"""Sync: full export and import of a whole office, an incremental bundle, memory (DESIGN.md §6).

* **source** — a demo office (:func:`app.demo.create_demo_database`, every row change-tracked)
  of 10,000 employees with their histories (``SIMPEG_BENCH_SYNC_EMPLOYEES``); 100,000 with
  ``SIMPEG_BENCH_SYNC_100K=1`` (generation takes minutes; the database is kept under
  ``SIMPEG_BENCH_DIR``, default ``/tmp/simpeg-bench-sync``, and reused while the schema and
  size match).
* **full export** of that office for the province, and its **full import** into a new province
  database, each in a fresh subprocess: wall time and peak RSS (``ru_maxrss`` of the child);
  bundle size.
* **baseline** — the same rows (every synced table, same columns) copied with bare
  ``sqlite3`` ``executemany`` into a fresh schema in the same run; ``ratio`` = export or import
  time over the baseline. Targets ≤ 4× (DESIGN.md §6).
* **incremental** — 100 changes made after the full sync (and the province's acknowledgement),
  then export (and import) of the delta bundle: O(changes), target ≤ 1 s for the export; the
  import's time is mostly the backup of the whole database it takes first.
* **RSS 10k vs 100k** when both sizes ran (the 100k figures only with the opt-in).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.harness import REPO_ROOT, BenchResult

EMPLOYEES = int(os.environ.get("SIMPEG_BENCH_SYNC_EMPLOYEES", "10000"))
BIG = 100_000
FOLDER = Path(os.environ.get("SIMPEG_BENCH_DIR", "/tmp/simpeg-bench-sync"))
SEED = 7
INCREMENTAL = 100

_CHILD = """
import json, resource, sys, time
from pathlib import Path
from bench.bench_sync import child_export, child_import
started = time.perf_counter()
out = {"export": child_export, "import": child_import}[sys.argv[1]](*sys.argv[2:])
out["seconds"] = time.perf_counter() - started
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def _fingerprint(employees: int) -> str:
    import app.db.models  # noqa: F401
    from app.db.base import Base

    text = ";".join(f"{t.name}:{','.join(c.name for c in t.columns)}"
                    for t in sorted(Base.metadata.tables.values(), key=lambda t: t.name))
    return hashlib.sha256(f"{text}|{employees}|{SEED}".encode()).hexdigest()[:12]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SIMPEG_HOME"] = str(home)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def source_office(employees: int) -> tuple[Path, Path]:
    """(database, SIMPEG_HOME) of a demo office of ``employees``, made once and kept."""
    folder = FOLDER / f"source-{employees}-{_fingerprint(employees)}"
    db, home = folder / "kab.db", folder / "home"
    if (folder / "ready").exists():
        return db, home
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    code = ("from app.demo import create_demo_database; from datetime import date; "
            f"create_demo_database({str(db)!r}, employees={employees}, seed={SEED}, "
            "today=date(2026, 3, 16))")
    subprocess.run([sys.executable, "-c", code], env=_env(home), check=True, cwd=REPO_ROOT)
    (folder / "ready").write_text("ok")
    return db, home


def _context(db: Path):  # type: ignore[no-untyped-def]
    from app.services.context import ServiceContext

    return ServiceContext.open(db).as_system()


def _link(a: Path, b: Path) -> None:
    from app.sync.cards import identity_card, parse_identity_card
    from app.sync.trust import load_own_keys, trust_card

    for here, there in ((a, b), (b, a)):
        with _context(there) as ctx, ctx.read_session() as s:
            card = parse_identity_card(identity_card(load_own_keys(s), "Kantor"))
        with _context(here) as ctx, ctx.write_session() as s:
            trust_card(s, card, by="bench")


def child_export(db: str, to: str, out: str) -> dict:
    from app.jobs import Progress
    from app.services.sync_service import export_job

    with _context(Path(db)) as ctx:
        result = export_job(ctx, to, Path(out))(Progress())
    return {"size": result.size, "changes": result.changes}


def child_import(db: str, bundle: str) -> dict:
    from app.jobs import Progress
    from app.services.sync_service import import_job

    with _context(Path(db)) as ctx:
        result = import_job(ctx, Path(bundle))(Progress())
    return {"status": result.status, "rows_new": result.rows_new,
            "changes": result.new_changes}


def _child(home: Path, *argv: str) -> dict:
    done = subprocess.run([sys.executable, "-c", _CHILD, *argv], env=_env(home), cwd=REPO_ROOT,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"child {argv[0]} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _synced_tables(conn: sqlite3.Connection) -> list[str]:
    from app.sync.scope import table_infos

    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return sorted(t for t in table_infos() if t in names)


def baseline_copy(source: Path, target: Path, *, with_log: bool = False) -> tuple[float, int]:
    """Bare ``executemany`` of every synced row (and, ``with_log``, the change log too: what
    the province stores for an office) into a fresh schema: (seconds, rows)."""
    from app.db.schema import create_schema

    target.unlink(missing_ok=True)
    create_schema(f"sqlite:///{target}")
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA journal_mode=WAL")
    dst.execute("PRAGMA foreign_keys=OFF")
    rows = 0
    started = time.perf_counter()
    with dst:
        for table in _synced_tables(src) + (["change_log"] if with_log else []):
            cols = [r[1] for r in src.execute(f'PRAGMA table_info("{table}")')]
            sql = (f'INSERT OR IGNORE INTO "{table}" ({",".join(cols)}) '
                   f'VALUES ({",".join("?" * len(cols))})')
            cur = src.execute(f'SELECT {",".join(cols)} FROM "{table}"')
            while batch := cur.fetchmany(10_000):
                dst.executemany(sql, batch)
                rows += len(batch)
    seconds = time.perf_counter() - started
    src.close()
    dst.close()
    return seconds, rows


def _province_catalogue(db: Path) -> None:
    """The province holds the national jabatan catalogue the demo office refers to (the demo
    seeds it locally as the province's version-zero rows)."""
    from app.demo.setup import seed_catalogue

    with _context(db) as ctx, ctx.write_session() as s:
        seed_catalogue(s)


def _acknowledge(prov: Path, kab: Path, path: Path) -> None:
    from app.jobs import Progress
    from app.services.sync_service import export_job, import_job

    with _context(prov) as ctx:
        export_job(ctx, "15.02", path)(Progress())
    with _context(kab) as ctx:
        import_job(ctx, path)(Progress())


def _make_changes(db: Path, count: int) -> None:
    from sqlalchemy import select

    from app.db.personnel import Employee

    with _context(db) as ctx, ctx.write_session() as s:
        for i, e in enumerate(s.scalars(select(Employee).limit(count))):
            e.alamat = f"Jl. Bench {i}"


def measure(employees: int, work: Path) -> dict[str, float]:
    from app.services.office import init_office

    source, _ = source_office(employees)
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    home = work / "home"  # backups and the province's keys; the office's are in the source
    kab, prov = work / "kab.db", work / "prov.db"
    shutil.copyfile(source, kab)
    os.environ["SIMPEG_HOME"] = str(home)
    init_office(prov, "15")
    _province_catalogue(prov)
    _link(kab, prov)
    bundle = work / "full.hrb"
    exported = _child(home, "export", str(kab), "15", str(bundle))
    imported = _child(home, "import", str(prov), str(bundle))
    base_seconds, rows = baseline_copy(source, work / "baseline.db")
    log_seconds, _ = baseline_copy(source, work / "baseline.db", with_log=True)
    _acknowledge(prov, kab, work / "ack.hrb")  # the province's bundle tells kab what it has
    _make_changes(kab, INCREMENTAL)
    delta = work / "delta.hrb"
    with _context(kab) as ctx:
        from app.jobs import Progress
        from app.services.sync_service import export_job, import_job

        started = time.perf_counter()
        small = export_job(ctx, "15", delta)(Progress())
        inc_export = time.perf_counter() - started
    with _context(prov) as ctx:
        started = time.perf_counter()
        import_job(ctx, delta)(Progress())
        inc_import = time.perf_counter() - started
    shutil.rmtree(work, ignore_errors=True)  # several GB at 100,000 employees
    return {
        "rows": rows, "baseline": base_seconds, "baseline_log": log_seconds,
        "export": exported["seconds"],
        "export_rss": exported["rss_mb"], "import": imported["seconds"],
        "import_rss": imported["rss_mb"], "bundle_mb": exported["size"] / 1e6,
        "changes": exported["changes"], "inc_export": inc_export, "inc_import": inc_import,
        "inc_changes": small.changes, "inc_kb": small.size / 1e3,
    }


def _results(n: int, m: dict[str, float]) -> list[BenchResult]:
    tag = f"{n // 1000}k"
    note = f"{m['rows']:,.0f} rows, {m['changes']:,.0f} changes"
    return [
        BenchResult(f"sync full export {tag}", m["export"], "s", m["baseline"],
                    m["export"] / m["baseline"], 4.0, f"ratio vs bare executemany; {note}"),
        BenchResult(f"sync full import {tag}", m["import"], "s", m["baseline"],
                    m["import"] / m["baseline"], 4.0, f"ratio vs bare executemany; {note}"),
        BenchResult(f"sync full import {tag} vs rows+log", m["import"], "s",
                    m["baseline_log"], m["import"] / m["baseline_log"], 4.0,
                    "baseline also inserts the change log rows the province keeps"),
        BenchResult(f"sync export peak RSS {tag}", m["export_rss"], "MB", target=300.0),
        BenchResult(f"sync import peak RSS {tag}", m["import_rss"], "MB", target=300.0),
        BenchResult(f"sync full bundle size {tag}", m["bundle_mb"], "MB"),
        BenchResult(f"sync incremental export {tag}", m["inc_export"], "s", target=1.0,
                    note=f"{m['inc_changes']:.0f} changes, {m['inc_kb']:.1f} KB"),
        BenchResult(f"sync incremental import {tag}", m["inc_import"], "s", target=1.0),
    ]


def run() -> list[BenchResult]:
    sizes = [EMPLOYEES]
    if os.environ.get("SIMPEG_BENCH_SYNC_100K") and BIG not in sizes:
        sizes.append(BIG)
    before = os.environ.get("SIMPEG_HOME")
    measured: dict[int, dict[str, float]] = {}
    try:
        for n in sizes:
            measured[n] = measure(n, FOLDER / f"work-{n}")
    finally:
        if before is None:
            os.environ.pop("SIMPEG_HOME", None)
        else:
            os.environ["SIMPEG_HOME"] = before
    results = [r for n, m in measured.items() for r in _results(n, m)]
    if len(measured) > 1:
        small, big = measured[min(measured)], measured[max(measured)]
        results.append(BenchResult(
            "sync import RSS 100k/10k", big["import_rss"] / small["import_rss"], "x",
            note=f"{small['import_rss']:.0f} MB vs {big['import_rss']:.0f} MB"))
    return results
