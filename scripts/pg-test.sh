#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on 127.0.0.1 only.
# usage: scripts/pg-test.sh start|stop|url
# start prints the SQLAlchemy URL; it exits 0 with no output when PostgreSQL is not installed.
set -euo pipefail
dir=${SIMPEG_PG_DIR:-/tmp/simpeg-pgtest}
port=${SIMPEG_PG_PORT:-54329}
url="postgresql+psycopg://simpeg@127.0.0.1:$port/postgres"

bindir=""
for d in /usr/lib/postgresql/*/bin; do [ -x "$d/initdb" ] && bindir=$d; done
if [ -z "$bindir" ] && command -v initdb >/dev/null 2>&1; then bindir=$(dirname "$(command -v initdb)"); fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-start}" in
  start)
    [ -n "$bindir" ] || exit 0
    if as_owner "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then echo "$url"; exit 0; fi
    if [ ! -f "$dir/data/PG_VERSION" ]; then
      rm -rf "$dir"; mkdir -p "$dir"
      [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$dir"
      as_owner "$bindir/initdb" -D "$dir/data" -U simpeg --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || as_owner "$bindir/initdb" -D "$dir/data" -U simpeg --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1
    fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      start >/dev/null
    echo "$url"
    ;;
  stop)
    [ -n "$bindir" ] && as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  url) echo "$url" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
