#!/usr/bin/env bash
# Runs the whole test suite. Starts a throwaway PostgreSQL cluster when the server binaries are
# there, so the store tests also run against PostgreSQL, and stops it afterwards.
set -u
cd "$(dirname "$0")/.."
BIN=${DOSSIER_BIN:-.venv-test/bin}  # the test environment (see the Makefile)
pg_dir=""
initdb=$(ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
if [ -n "$initdb" ] && [ -z "${DOSSIER_TEST_POSTGRES_URL:-}" ]; then
  pg_bin=$(dirname "$initdb")
  pg_dir=$(mktemp -d /tmp/dossier-pg.XXXXXX)
  chmod 755 "$pg_dir"
  run_as=()
  if [ "$(id -u)" = "0" ]; then chown postgres "$pg_dir"; run_as=(runuser -u postgres --); fi
  port=55432
  if "${run_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U dossier --auth=trust >/dev/null 2>&1 \
     && "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1" -l "$pg_dir/log" -w start >/dev/null 2>&1; then
    "$pg_bin/createdb" -h 127.0.0.1 -p $port -U dossier dossier_test >/dev/null 2>&1
    export DOSSIER_TEST_POSTGRES_URL="postgresql+psycopg://dossier@127.0.0.1:$port/dossier_test"
    echo "PostgreSQL test server on port $port"
  else
    echo "warning: could not start PostgreSQL; its tests will be skipped"
  fi
fi
status=0
$BIN/pytest -q "$@" || status=$?
if [ -n "$pg_dir" ] && [ -f "$pg_dir/data/postmaster.pid" ]; then
  "${run_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1
fi
exit $status
