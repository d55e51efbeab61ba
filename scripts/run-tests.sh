#!/usr/bin/env bash
# Runs the whole test suite the way CI does. A run that collects no test is a failure here:
# pytest's exit 5 ("no tests ran") must never look like success.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SIMPEG_TEST_PG_URL:-}" ]; then
  SIMPEG_TEST_PG_URL=$(bash scripts/pg-test.sh start) || { echo "run-tests: could not start PostgreSQL" >&2; exit 1; }
  export SIMPEG_TEST_PG_URL
fi
if [ -n "$SIMPEG_TEST_PG_URL" ]; then echo "run-tests: PostgreSQL at $SIMPEG_TEST_PG_URL"; else echo "run-tests: PostgreSQL not installed; its tests are skipped"; fi
# One pytest worker per core (at most 4): the suite is CPU-bound and its tests are independent
# (own SIMPEG_HOME, own database). SIMPEG_TEST_WORKERS=0 runs everything in one process.
workers=${SIMPEG_TEST_WORKERS:-$(nproc 2>/dev/null || echo 2)}
[ "$workers" -gt 4 ] && workers=4
if [ "$workers" -gt 1 ]; then set -- -n "$workers" "$@"; fi
.venv/bin/python -m pytest "$@"
rc=$?
if [ $rc -eq 5 ]; then echo "run-tests: pytest collected no tests — that is a failure" >&2; exit 1; fi
exit $rc
