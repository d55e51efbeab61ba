"""Discover, run and report benchmark modules (see :mod:`bench`)."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
DEFAULT_OUTPUT = REPO_ROOT / "bench-results.json"
PREFIX = "bench_"


@dataclass
class BenchResult:
    """One measured figure.

    ``ratio`` — cost relative to ``baseline`` measured in the same run (> 1: slower);
    ``target`` — the figure DESIGN.md §6 asks for, in the same unit as ``ratio`` or ``value``
    (say which in ``note``).
    """

    name: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    target: float | None = None
    note: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "value": self.value, "unit": self.unit}
        for key in ("baseline", "ratio", "target"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.note:
            out["note"] = self.note
        return out


def discover(directory: Path = BENCH_DIR) -> list[Path]:
    """The ``bench_*.py`` files of a directory, sorted by name."""
    return sorted(p for p in directory.glob(f"{PREFIX}*.py") if p.is_file())


def module_name(path: Path) -> str:
    return path.stem[len(PREFIX) :]


def load_module(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench._loaded_{path.stem}", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def best_of(func: Callable[[], object], repeat: int = 3) -> float:
    """The shortest wall time in seconds of ``repeat`` calls of ``func``."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - start)
    return best


def _fmt(value: float | None) -> str:
    if value is None:
        return ""
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def format_table(results: Sequence[BenchResult]) -> str:
    """An aligned plain-text table of the results."""
    header = ("benchmark", "value", "unit", "baseline", "ratio", "target", "note")
    rows = [header] + [
        (r.name, _fmt(r.value), r.unit, _fmt(r.baseline), _fmt(r.ratio), _fmt(r.target), r.note)
        for r in results
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    right = {1, 3, 4, 5}
    lines = []
    for n, row in enumerate(rows):
        cells = [
            row[i].rjust(widths[i]) if i in right else row[i].ljust(widths[i])
            for i in range(len(widths))
        ]
        lines.append("  ".join(cells + [row[-1]]).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def write_json(results: Sequence[BenchResult], path: Path, *, merge: bool = False) -> None:
    """Write the results as a JSON list; ``merge`` keeps entries of other benchmarks that are
    already in the file (a partial ``--only`` run replaces only what it measured)."""
    entries = [r.to_json() for r in results]
    if merge and path.exists():
        try:
            old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = []
        names = {e["name"] for e in entries}
        entries = [e for e in old if isinstance(e, dict) and e.get("name") not in names] + entries
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(entries, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", metavar="SUBSTRING", help="run modules whose name contains it")
    parser.add_argument("--list", action="store_true", help="list the benchmark modules and exit")
    parser.add_argument("--dir", type=Path, default=BENCH_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT,
                        help=f"results file (default: {DEFAULT_OUTPUT.name} at the repo root)")
    args = parser.parse_args(argv)

    paths = discover(args.dir)
    if args.only:
        paths = [p for p in paths if args.only in module_name(p)]
    if args.list:
        for p in paths:
            print(module_name(p))
        return 0
    if not paths:
        print("no benchmark modules matched", file=sys.stderr)
        return 1

    results: list[BenchResult] = []
    failed = 0
    for path in paths:
        print(f"running {module_name(path)} …", file=sys.stderr, flush=True)
        try:
            found = load_module(path).run()
        except Exception:  # a broken benchmark must not hide the others
            failed += 1
            print(f"benchmark {module_name(path)} failed:", file=sys.stderr)
            traceback.print_exc()
            continue
        results.extend(found)
    print(format_table(results))
    write_json(results, args.output, merge=bool(args.only))
    print(f"\nwritten: {args.output}", file=sys.stderr)
    return 1 if failed else 0
