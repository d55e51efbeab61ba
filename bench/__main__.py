"""``python -m bench``: run every ``bench/bench_*.py`` module and report."""

from bench.harness import main

raise SystemExit(main())
