"""Benchmarks of SIMPEG Luring (``python -m bench``; ``make bench``).

Each module ``bench/bench_*.py`` exposes ``run() -> list[BenchResult]``. Benchmarks measure and
report (a readable table and ``bench-results.json`` at the repository root); they never assert
on time. Where a baseline is measured in the same run, ``ratio`` says how many times the
baseline's cost the measured thing costs (> 1 = slower than the baseline).
"""
