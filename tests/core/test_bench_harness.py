"""The benchmark harness writes a readable table and valid JSON (never times anything here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.harness import BenchResult, format_table, main

REPO = Path(__file__).resolve().parents[2]

FAKE = '''
from bench.harness import BenchResult

def run():
    return [
        BenchResult("fake.speed", 1234.5, "per s", baseline=2469.0, ratio=2.0, target=4.0,
                    note="made up"),
        BenchResult("fake.size", 12.0, "MB"),
    ]
'''
OTHER = '''
from bench.harness import BenchResult

def run():
    return [BenchResult("other.count", 7, "rows")]
'''
BROKEN = '''
def run():
    raise RuntimeError("boom")
'''


def _bench_dir(tmp_path: Path, **modules: str) -> Path:
    folder = tmp_path / "benches"
    folder.mkdir()
    for name, text in modules.items():
        (folder / f"bench_{name}.py").write_text(text, encoding="utf-8")
    (folder / "helper.py").write_text("raise SystemExit('not a benchmark')", encoding="utf-8")
    return folder


def test_harness_writes_valid_json(tmp_path, capsys):
    folder = _bench_dir(tmp_path, fake=FAKE, other=OTHER)
    out = tmp_path / "results.json"
    assert main(["--dir", str(folder), "--output", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data == [
        {"name": "fake.speed", "value": 1234.5, "unit": "per s", "baseline": 2469.0,
         "ratio": 2.0, "target": 4.0, "note": "made up"},
        {"name": "fake.size", "value": 12.0, "unit": "MB"},
        {"name": "other.count", "value": 7, "unit": "rows"},
    ]
    table = capsys.readouterr().out
    assert "fake.speed" in table and "1,234" in table and "made up" in table


def test_only_runs_matching_modules_and_keeps_other_results(tmp_path):
    folder = _bench_dir(tmp_path, fake=FAKE, other=OTHER)
    out = tmp_path / "results.json"
    assert main(["--dir", str(folder), "--output", str(out)]) == 0
    assert main(["--dir", str(folder), "--output", str(out), "--only", "oth"]) == 0
    names = [e["name"] for e in json.loads(out.read_text(encoding="utf-8"))]
    assert sorted(names) == ["fake.size", "fake.speed", "other.count"]
    assert main(["--dir", str(folder), "--output", str(out), "--only", "nothing"]) == 1


def test_list_does_not_run(tmp_path, capsys):
    folder = _bench_dir(tmp_path, broken=BROKEN, fake=FAKE)
    out = tmp_path / "results.json"
    assert main(["--dir", str(folder), "--output", str(out), "--list"]) == 0
    assert capsys.readouterr().out.split() == ["broken", "fake"]
    assert not out.exists()


def test_broken_module_is_reported_and_others_still_written(tmp_path, capsys):
    folder = _bench_dir(tmp_path, broken=BROKEN, fake=FAKE)
    out = tmp_path / "results.json"
    assert main(["--dir", str(folder), "--output", str(out)]) == 1
    assert [e["name"] for e in json.loads(out.read_text(encoding="utf-8"))] == [
        "fake.speed", "fake.size"
    ]
    assert "boom" in capsys.readouterr().err


def test_python_dash_m_bench_entry_point(tmp_path):
    folder = _bench_dir(tmp_path, fake=FAKE)
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--dir", str(folder), "--output", str(out)],
        cwd=REPO, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(out.read_text(encoding="utf-8"))[0]["name"] == "fake.speed"
    assert "fake.size" in proc.stdout


def test_real_modules_are_discovered():
    proc = subprocess.run(
        [sys.executable, "-m", "bench", "--list"], cwd=REPO, capture_output=True, text=True,
        timeout=60,
    )
    assert "identity" in proc.stdout.split()


def test_format_table_aligns_columns():
    table = format_table([BenchResult("a", 1.0, "s"), BenchResult("long.name", 12345.0, "s")])
    lines = table.splitlines()
    assert lines[0].startswith("benchmark")
    assert set(lines[1]) <= {"-", " "}
    assert lines[2].index("1") == lines[3].index("12,345") + len("12,345") - 1
