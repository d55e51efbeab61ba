"""Province consolidation: eleven office bundles imported into a PostgreSQL province database.

* **offices** — the eleven regency/city offices of Jambi, each a demo office
  (:func:`app.demo.generate`) of ``SIMPEG_BENCH_PROVINCE_EMPLOYEES`` employees (default 2,000;
  the issue's full figure is 10,000: set the variable to ``10000``) with their histories. The
  office databases are kept under ``SIMPEG_BENCH_DIR`` (default ``/tmp/simpeg-bench-province``)
  and reused while the schema and size match; ``SIMPEG_BENCH_PROVINCE_OFFICES`` takes fewer.
* **export** — each office's full bundle for the province (the offices' work, not timed here).
* **import** — a fresh province database on PostgreSQL (``SIMPEG_BENCH_PG_URL``, else
  ``SIMPEG_TEST_PG_URL``, else skipped: ``bash scripts/pg-test.sh start`` prints one) imports
  all the bundles one after another in one child process: total wall time, the slowest bundle,
  peak RSS of the child (``ru_maxrss``); then :func:`app.services.province.province_status`
  must show every office with its employees.
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
from contextlib import closing
from pathlib import Path

from bench.harness import REPO_ROOT, BenchResult

EMPLOYEES = int(os.environ.get("SIMPEG_BENCH_PROVINCE_EMPLOYEES", "2000"))
OFFICES = int(os.environ.get("SIMPEG_BENCH_PROVINCE_OFFICES", "11"))
FOLDER = Path(os.environ.get("SIMPEG_BENCH_DIR", "/tmp/simpeg-bench-province"))
TODAY = "date(2026, 3, 16)"

_CHILD = """
import json, resource, sys
from bench.bench_province import child_import_all
out = child_import_all(sys.argv[1], sys.argv[2:])
out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def _codes() -> list[str]:
    from app.domain import wilayah

    return [o.code for o in wilayah.offices() if o.code != "15"][:OFFICES]


def _fingerprint() -> str:
    import app.db.models  # noqa: F401
    from app.db.base import Base

    text = ";".join(f"{t.name}:{','.join(c.name for c in t.columns)}"
                    for t in sorted(Base.metadata.tables.values(), key=lambda t: t.name))
    return hashlib.sha256(f"{text}|{EMPLOYEES}".encode()).hexdigest()[:12]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SIMPEG_HOME"] = str(home)
    env["PYTHONPATH"] = str(REPO_ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def office_database(code: str, seed: int) -> Path:
    """A demo office ``code`` of :data:`EMPLOYEES`, made once (in a child) and kept; its key
    files stay in the folder's own ``home`` (the database records their paths)."""
    folder = FOLDER / f"offices-{EMPLOYEES}-{_fingerprint()}"
    home = folder / "home"
    db = folder / f"{code}.db"
    if (folder / f"{code}.ready").exists():
        return db
    folder.mkdir(parents=True, exist_ok=True)
    db.unlink(missing_ok=True)
    script = ("from datetime import date; from app.services.office import init_office; "
              "from app.demo import generate; "
              f"init_office({str(db)!r}, {code!r}); "
              f"generate({str(db)!r}, employees={EMPLOYEES}, seed={seed}, "
              f"office_code={code!r}, today={TODAY})")
    subprocess.run([sys.executable, "-c", script], env=_env(home), check=True, cwd=REPO_ROOT)
    (folder / f"{code}.ready").write_text("ok")
    return db


def _context(db: str | Path):  # type: ignore[no-untyped-def]
    from app.services.context import ServiceContext

    return ServiceContext.open(db).as_system()


def _link(a: str, b: str) -> None:
    from app.sync.cards import identity_card, parse_identity_card
    from app.sync.trust import load_own_keys, trust_card

    for here, there in ((a, b), (b, a)):
        with _context(there) as ctx, ctx.read_session() as s:
            card = parse_identity_card(identity_card(load_own_keys(s), "Kantor"))
        with _context(here) as ctx, ctx.write_session() as s:
            trust_card(s, card, by="bench")


def _fresh_pg(server_url: str, name: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def _server_cpu(ctx) -> dict[int, float] | None:  # type: ignore[no-untyped-def]
    """CPU seconds of each PostgreSQL backend connected to ``ctx``'s database, when the
    server runs on this machine (``/proc``); ``None`` otherwise."""
    from sqlalchemy import text

    with ctx.read_session() as s:
        pids = s.scalars(text("SELECT pid FROM pg_stat_activity "
                              "WHERE datname = current_database()")).all()
    out = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            return None
        out[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return out


def child_import_all(province: str, bundles: list[str]) -> dict:
    from app.jobs import Progress
    from app.services.province import province_status
    from app.services.sync_service import import_job

    seconds: list[float] = []
    rows = 0
    with _context(province) as ctx:
        server_before = _server_cpu(ctx)
        cpu_before = time.process_time()
        for bundle in bundles:
            started = time.perf_counter()
            result = import_job(ctx, Path(bundle))(Progress())
            seconds.append(time.perf_counter() - started)
            if result.status != "applied":
                raise RuntimeError(f"{bundle}: {result.status}")
            rows += result.rows_new
        cpu = time.process_time() - cpu_before
        server_after = _server_cpu(ctx)
        status = ctx.read(province_status)
    server = None
    if server_before is not None and server_after is not None:
        server = sum(v - server_before.get(pid, 0.0) for pid, v in server_after.items())
    return {"seconds": seconds, "rows": rows, "cpu": cpu, "server_cpu": server,
            "load": os.getloadavg()[0],
            "employees": {o.office_code: o.employees for o in status.offices}}


def measure(server_url: str) -> dict[str, float]:
    from app.jobs import Progress
    from app.services.office import init_office
    from app.services.sync_service import export_job

    work = FOLDER / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    home = work / "home"
    os.environ["SIMPEG_HOME"] = str(home)
    province = _fresh_pg(server_url, "simpeg_bench_province")
    init_office(province, "15")  # with the shared jabatan catalogue the offices use
    bundles, size, expected = [], 0, {}
    for seed, code in enumerate(_codes(), start=1):
        office = work / f"{code}.db"
        shutil.copyfile(office_database(code, seed), office)
        with closing(sqlite3.connect(office)) as conn:
            expected[code] = conn.execute(
                "SELECT count(*) FROM employee WHERE deleted = 0").fetchone()[0]
        _link(f"sqlite:///{office}", province)
        bundle = work / f"{code}-to-15.hrb"
        with _context(office) as ctx:
            size += export_job(ctx, "15", bundle)(Progress()).size
        bundles.append(str(bundle))
    done = subprocess.run([sys.executable, "-c", _CHILD, province, *bundles], env=_env(home),
                          cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"province import failed: {done.stderr[-2000:]}")
    out = json.loads(done.stdout.strip().splitlines()[-1])
    missing = [c for c, n in expected.items() if out["employees"].get(c) != n]
    if missing:
        raise RuntimeError(f"province status misses employees of {missing}: {out['employees']}")
    return {"total": sum(out["seconds"]), "slowest": max(out["seconds"]), "rss": out["rss_mb"],
            "rows": out["rows"], "bundle_mb": size / 1e6, "cpu": out["cpu"],
            "server_cpu": out["server_cpu"], "load": out["load"], "seconds": out["seconds"]}


def run() -> list[BenchResult]:
    server = os.environ.get("SIMPEG_BENCH_PG_URL") or os.environ.get("SIMPEG_TEST_PG_URL")
    if not server:
        print("bench_province: no PostgreSQL (set SIMPEG_BENCH_PG_URL or SIMPEG_TEST_PG_URL)")
        return []
    before = os.environ.get("SIMPEG_HOME")
    try:
        m = measure(server)
    finally:
        if before is None:
            os.environ.pop("SIMPEG_HOME", None)
        else:
            os.environ["SIMPEG_HOME"] = before
    tag = f"{OFFICES}x{EMPLOYEES // 1000}k" if EMPLOYEES >= 1000 else f"{OFFICES}x{EMPLOYEES}"
    note = (f"{m['rows']:,.0f} rows, bundles {m['bundle_mb']:.1f} MB, PostgreSQL; "
            f"load average {m['load']:.1f} at the end")
    per_bundle = ", ".join(f"{x:.0f}" for x in m["seconds"])
    out = [
        BenchResult(f"province import {tag}", m["total"], "s", note=note),
        BenchResult(f"province slowest bundle {tag}", m["slowest"], "s",
                    note=f"per bundle: {per_bundle} s"),
        BenchResult(f"province import client CPU {tag}", m["cpu"], "s",
                    note="user+system of the importing process"),
        BenchResult(f"province import peak RSS {tag}", m["rss"], "MB", target=300.0),
    ]
    if m["server_cpu"] is not None:
        out.append(BenchResult(f"province import server CPU {tag}", m["server_cpu"], "s",
                               note="the PostgreSQL backend of the import (local server)"))
    return out


if __name__ == "__main__":
    for r in run():
        print(json.dumps(r.to_json()))
