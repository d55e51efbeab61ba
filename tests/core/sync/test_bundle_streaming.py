"""Memory stays flat in the bundle size: write, read back, open and iterate in a subprocess and
compare peak RSS for 20,000 and 200,000 rows (sync.md §4.10: stream, never load it all)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

resource = pytest.importorskip("resource")

ROOT = Path(__file__).resolve().parents[3]

PROBE = r"""
import os, resource, sys
from pathlib import Path
from app.sync import BundleWriter, generate_office_keys, open_bundle, trusted_self
from tests.core.sync.corpus import SCHEMA, header

n, folder = int(sys.argv[1]), Path(sys.argv[2])
kab, prov = generate_office_keys("15.02"), generate_office_keys("15")

def rows():
    for i in range(n):
        yield {"id": f"15.02/7f3e/{i}", "pk": f"0193c1c2-{i * 7919 % 65536:04x}-7abc-8def-{i:012d}",
               "unit": "contact", "values": {"alamat": f"Jl. Sultan Thaha No. {i * 31 % 997}",
                                             "hp": f"0812{i * 104729 % 10**8:08d}"}}

path = folder / "big.hrb"
with BundleWriter(path, kab, trusted_self(prov), header()) as writer:   # includes read-back
    writer.add_rows("employee", rows())
count = 0
with open_bundle(path, prov, {"15.02": trusted_self(kab)}, schema=SCHEMA) as opened:
    for row in opened.iter_rows("employee"):
        count += 1
assert count == n, count
scale = 1 if sys.platform == "darwin" else 1024
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale
print(peak, writer.result.manifest.files[0].size)
"""


def _peak_rss(rows: int, folder: Path) -> tuple[int, int]:
    env = {**os.environ, "SIMPEG_HOME": str(folder), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", PROBE, str(rows), str(folder)], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    rss, jsonl_size = done.stdout.split()
    return int(rss), int(jsonl_size)


def test_peak_memory_does_not_grow_with_the_bundle(tmp_path):
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small, _ = _peak_rss(20_000, tmp_path / "small")
    large, jsonl_size = _peak_rss(200_000, tmp_path / "large")
    assert jsonl_size > 25 * 1024 * 1024  # the large bundle really carries ~30 MB of rows
    # Holding the rows (or the JSONL) in memory would add well over 30 MB; allow 12 MB noise.
    assert large - small < 12 * 1024 * 1024, (small, large)
