"""The 20-JP view on a province-sized database: 100,000 employees with five years of training.

Measures :func:`app.services.training.employee_jp` (every employee on duty with their JP of a
year — the whole office), :func:`~app.services.training.jp_summary` (per unit, rolled up) and
:func:`~app.services.training.employees_below_threshold`, each against the bare SQL
aggregate that answers the same question with ``sqlite3`` directly (the baseline; ``ratio`` =
times the baseline's cost). The Pelatihan screen's own path adds two figures: the drill-down
of the Rekap 20 JP tab (the employees below target of the largest OPD with its sub-units) and
the Kebutuhan pengembangan tab (:func:`~app.services.training.training_needs` of the whole
office), both against the bare JP-gap query they are built on.

The database is built once under ``/tmp/simpeg-bench-jp`` with plain ``executemany`` (no
change tracking: this is about reading) and reused while its schema fingerprint matches:
300 units, 100,000 employees, 2,500 sessions over 2021–2025 with 1,000,000 enrolments
(stored session by session, as the app enrols them) and 500,000 external training records.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import time
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

from app.db.base import Base
from app.db.engine import make_session_factory
from app.db.schema import create_schema
from app.services.roles import SYSTEM_USER
from app.services.training import (
    employee_jp,
    employees_below_threshold,
    jp_summary,
    training_needs,
)
from bench.harness import BenchResult, best_of

EMPLOYEES = 100_000
YEARS = range(2021, 2026)
SESSIONS_PER_YEAR = 500
ENROLMENTS_PER_EMPLOYEE_YEAR = 2
EXTERNAL_PER_EMPLOYEE_YEAR = 1
YEAR = 2024
OFFICE = "15"
FOLDER = Path(os.environ.get("SIMPEG_BENCH_DIR", "/tmp/simpeg-bench-jp"))
TABLES = ("org_unit", "employee", "training_program", "training_session",
          "training_participant", "external_training")


def _fingerprint() -> str:
    """Changes when a table the benchmark fills changes shape (then the DB is rebuilt)."""
    text = ";".join(f"{t}:{','.join(c.name for c in Base.metadata.tables[t].columns)}"
                    for t in TABLES)
    counts = f"v3/{EMPLOYEES}/{len(YEARS)}/{SESSIONS_PER_YEAR}/{ENROLMENTS_PER_EMPLOYEE_YEAR}"
    return hashlib.sha256(f"{text}|{counts}".encode()).hexdigest()[:16]


def _synced(now: str) -> dict[str, object]:
    return {"office_code": OFFICE, "stamps": "{}", "deleted": 0, "updated_at": now}


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict[str, object]]) -> None:
    if not rows:
        return
    cols = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
    conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])


def _build(path: Path) -> None:
    rng = random.Random(20240601)
    now = datetime(2025, 6, 1).isoformat(sep=" ")
    base = _synced(now)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    uid = lambda: str(uuid.uuid4())  # noqa: E731

    opds = [{"id": uid(), "parent_id": None, "name": f"OPD {n:02d}", "kind": "dinas",
             "sort_order": n, "active": 1, **base} for n in range(40)]
    subs = [{"id": uid(), "parent_id": rng.choice(opds)["id"], "name": f"Bidang {n:03d}",
             "kind": "bidang", "sort_order": n, "active": 1, **base} for n in range(260)]
    units = [u["id"] for u in opds + subs]
    _insert(conn, "org_unit", opds)
    _insert(conn, "org_unit", subs)

    employees = []
    for n in range(EMPLOYEES):
        jenis = rng.choices(["PNS", "PPPK", "CPNS"], [85, 10, 5])[0]
        nama = f"Pegawai {n:06d}"
        employees.append({
            "id": uid(), "nip": f"{n:018d}",
            "nama": nama, "nama_search": nama.lower(), "jenis_pegawai": jenis,
            "status": "aktif" if rng.random() < 0.97 else "pensiun",
            "current_unit_id": rng.choice(units), **base,
        })
    _insert(conn, "employee", employees)
    emp_ids = [e["id"] for e in employees]

    programs = [{"id": uid(), "name": f"Pelatihan {n:02d}", "kind": "klasikal",
                 "category": "teknis", "active": 1, **base} for n in range(60)]
    _insert(conn, "training_program", programs)

    sessions, participants, external = [], [], []
    for year in YEARS:
        for n in range(SESSIONS_PER_YEAR):
            start = date(year, 1, 1) + timedelta(days=rng.randrange(0, 365))
            if n % 50 == 0:
                start = date(year, 12, 28)  # runs into the next year
            end = start + timedelta(days=rng.randrange(0, 6))
            sessions.append({"id": uid(), "program_id": rng.choice(programs)["id"],
                             "title": f"Angkatan {year}-{n}", "start_date": start.isoformat(),
                             "end_date": end.isoformat(), "jp": rng.randrange(8, 41),
                             "status": "finished", **base})
        year_sessions = sessions[-SESSIONS_PER_YEAR:]
        enrolled: list[tuple[int, str]] = []
        for emp in emp_ids:
            picks = rng.sample(range(SESSIONS_PER_YEAR), ENROLMENTS_PER_EMPLOYEE_YEAR)
            enrolled += [(n, emp) for n in picks]
        enrolled.sort()  # the app enrols people session by session: rows cluster by session
        for n, emp in enrolled:
            s = year_sessions[n]
            done = rng.random() < 0.9
            participants.append({
                "id": uid(), "session_id": s["id"], "employee_id": emp,
                "attendance": "present" if done else "absent", "completed": int(done),
                "jp_credited": s["jp"] if done else None, **base})
        for emp in emp_ids:
            for _ in range(EXTERNAL_PER_EMPLOYEE_YEAR):
                end = date(year, 1, 1) + timedelta(days=rng.randrange(0, 365))
                no_end = rng.random() < 0.05
                external.append({
                    "id": uid(), "employee_id": emp, "source": "local", "name": "Kursus",
                    "kind": "nonklasikal", "category": "lainnya", "jp": rng.randrange(2, 31),
                    "start_date": end.isoformat(), "end_date": None if no_end else
                    end.isoformat(), "year": year, **base})
    _insert(conn, "training_session", sessions)
    for start in range(0, len(participants), 200_000):
        _insert(conn, "training_participant", participants[start:start + 200_000])
    for start in range(0, len(external), 200_000):
        _insert(conn, "external_training", external[start:start + 200_000])
    conn.commit()
    conn.execute("ANALYZE")
    conn.close()


def database() -> Path:
    """The benchmark database, built on first use (takes a minute or so)."""
    FOLDER.mkdir(parents=True, exist_ok=True)
    path = FOLDER / f"jp-{_fingerprint()}.db"
    if path.exists():
        return path
    for old in FOLDER.glob("jp-*.db*"):
        old.unlink()
    tmp = path.with_suffix(".building")
    tmp.unlink(missing_ok=True)
    started = time.perf_counter()
    create_schema(f"sqlite:///{tmp}")
    _build(tmp)
    tmp.replace(path)
    print(f"bench_jp: built {path} in {time.perf_counter() - started:.0f} s", flush=True)
    return path


_PER_EMPLOYEE = """
    SELECT employee_id, SUM(jp) AS jp FROM (
        SELECT p.employee_id, p.jp_credited AS jp
          FROM training_participant p JOIN training_session s ON s.id = p.session_id
         WHERE s.end_date BETWEEN :first AND :last AND s.deleted = 0
           AND s.status != 'cancelled' AND p.deleted = 0 AND p.completed = 1
           AND p.jp_credited IS NOT NULL
        UNION ALL
        SELECT employee_id, jp FROM external_training
         WHERE deleted = 0 AND (end_date BETWEEN :first AND :last
               OR (end_date IS NULL AND start_date BETWEEN :first AND :last)
               OR (end_date IS NULL AND start_date IS NULL AND year = :year))
    ) GROUP BY employee_id
"""
BARE_EMPLOYEES = f"""
    SELECT e.id, e.nama, e.nip, e.jenis_pegawai, e.current_unit_id, u.name,
           COALESCE(j.jp, 0)
      FROM employee e LEFT JOIN ({_PER_EMPLOYEE}) j ON j.employee_id = e.id
      LEFT JOIN org_unit u ON u.id = e.current_unit_id
     WHERE e.deleted = 0 AND e.status = 'aktif'
     ORDER BY e.nama_search, e.nip
"""
BARE_UNITS = f"""
    SELECT e.current_unit_id, COUNT(*), SUM(COALESCE(j.jp, 0)),
           SUM(CASE WHEN e.jenis_pegawai IN ('PNS', 'CPNS') AND COALESCE(j.jp, 0) < 20
                    THEN 1 ELSE 0 END)
      FROM employee e LEFT JOIN ({_PER_EMPLOYEE}) j ON j.employee_id = e.id
     WHERE e.deleted = 0 AND e.status = 'aktif'
     GROUP BY e.current_unit_id
"""
BARE_BELOW = f"""
    SELECT e.id, e.nama, e.nip, COALESCE(j.jp, 0)
      FROM employee e LEFT JOIN ({_PER_EMPLOYEE}) j ON j.employee_id = e.id
     WHERE e.deleted = 0 AND e.status = 'aktif' AND e.jenis_pegawai IN ('PNS', 'CPNS')
       AND COALESCE(j.jp, 0) < 20
     ORDER BY e.nama_search, e.nip
"""


def run() -> list[BenchResult]:
    path = database()
    params = {"first": f"{YEAR}-01-01", "last": f"{YEAR}-12-31", "year": YEAR}
    raw = sqlite3.connect(path)
    factory = make_session_factory(f"sqlite:///{path}")
    actor = SYSTEM_USER(OFFICE)
    results = []
    try:
        def bare(sql: str):  # type: ignore[no-untyped-def]
            return lambda: raw.execute(sql, params).fetchall()

        def service(fn):  # type: ignore[no-untyped-def]
            def call() -> object:
                with factory() as s:
                    return fn(s, actor, YEAR)
            return call

        rows = service(employee_jp)()
        below = service(employees_below_threshold)()
        units = service(jp_summary)()
        checks = (len(rows), len(bare(BARE_EMPLOYEES)()), len(below), len(bare(BARE_BELOW)()))
        if checks[0] != checks[1] or checks[2] != checks[3]:
            raise AssertionError(f"service and bare SQL disagree: {checks}")
        for name, fn, sql, what in (
            ("jp.employee_jp_100k", employee_jp, BARE_EMPLOYEES, f"{len(rows):,} employees"),
            ("jp.below_threshold_100k", employees_below_threshold, BARE_BELOW,
             f"{len(below):,} below 20 JP"),
            ("jp.summary_100k", jp_summary, BARE_UNITS, f"{len(units)} units rolled up"),
        ):
            measured = best_of(service(fn), repeat=5)
            baseline = best_of(bare(sql), repeat=5)
            results.append(BenchResult(
                name=name, value=round(measured * 1000, 1), unit="ms",
                baseline=round(baseline * 1000, 1), ratio=round(measured / baseline, 2),
                note=f"year {YEAR}, {what}; baseline: bare SQL aggregate via sqlite3",
            ))
        results += _screen_path(raw, factory, actor, params)
    finally:
        raw.close()
        factory.kw["bind"].dispose()
    return results


def _largest_opd(raw: sqlite3.Connection) -> tuple[str, list[str]]:
    """The OPD with the most employees in its subtree, and the ids of that subtree."""
    children: dict[str | None, list[str]] = {}
    for unit_id, parent_id in raw.execute("SELECT id, parent_id FROM org_unit"):
        children.setdefault(parent_id, []).append(unit_id)
    per_unit = dict(raw.execute("SELECT current_unit_id, COUNT(*) FROM employee "
                                "GROUP BY current_unit_id").fetchall())

    def subtree(root: str) -> list[str]:
        out, todo = [], [root]
        while todo:
            current = todo.pop()
            out.append(current)
            todo += children.get(current, [])
        return out

    best = max(children.get(None, []), key=lambda u: sum(per_unit.get(x, 0)
                                                          for x in subtree(u)))
    return best, subtree(best)


def _screen_path(raw: sqlite3.Connection, factory, actor, params) -> list[BenchResult]:  # type: ignore[no-untyped-def]
    """What the Pelatihan screen runs besides the summary: the drill-down and the needs."""
    opd, units = _largest_opd(raw)
    marks = ", ".join("?" * len(units))
    named = BARE_BELOW.replace(":first", "?").replace(":last", "?").replace(":year", "?")
    below_sql = named.replace("ORDER BY", f"AND e.current_unit_id IN ({marks}) ORDER BY")
    args = [params["first"], params["last"], params["first"], params["last"],
            params["first"], params["last"], params["year"], *units]

    def drill() -> object:
        with factory() as s:
            return employee_jp(s, actor, YEAR, opd, True, below_only=True)

    def needs() -> object:
        with factory() as s:
            return training_needs(s, actor, YEAR)

    found = drill()
    expected = raw.execute(below_sql, args).fetchall()
    if len(found) != len(expected):  # type: ignore[arg-type]
        raise AssertionError(f"drill-down and bare SQL disagree: {len(found)} != {len(expected)}")  # type: ignore[arg-type]
    out = []
    for name, fn, baseline_fn, what in (
        ("jp.ui_drilldown_largest_opd", drill,
         lambda: raw.execute(below_sql, args).fetchall(),
         f"{len(found):,} below target in the largest OPD ({len(units)} units)"),  # type: ignore[arg-type]
        ("jp.ui_training_needs_100k", needs,
         lambda: raw.execute(BARE_BELOW, params).fetchall(),
         f"{len(needs()):,} needs of the whole office"),  # type: ignore[arg-type]
    ):
        measured = best_of(fn, repeat=3)
        baseline = best_of(baseline_fn, repeat=3)
        out.append(BenchResult(
            name=name, value=round(measured * 1000, 1), unit="ms",
            baseline=round(baseline * 1000, 1), ratio=round(measured / baseline, 2),
            note=f"year {YEAR}, {what}; baseline: the bare below-20-JP query it builds on",
        ))
    return out


if __name__ == "__main__":
    from bench.harness import format_table

    print(format_table(run()))
