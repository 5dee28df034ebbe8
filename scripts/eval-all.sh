#!/usr/bin/env bash
# Runs every benchmark in full against ../shared and writes eval-results.json (one object per benchmark).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
BIN=${DOSSIER_BIN:-.venv-test/bin}  # the test environment (see the Makefile)
out=eval-results.json
echo "{" > "$out"
first=1
run() {
  name=$1; path=$2
  if [ ! -e "$path" ]; then echo "skip $name: $path absent"; return; fi
  echo "== $name"
  result=$($BIN/dossier eval "$name" "$path" --json)
  echo "$result"
  [ $first -eq 1 ] || echo "," >> "$out"
  first=0
  printf '"%s": %s\n' "$name" "$result" >> "$out"
}
run istanbul "$SHARED/gold/istanbul-2025.json"
run tempeval3 "$SHARED/benchmarks/tempeval3/TBAQ-cleaned"
run polnear "$SHARED/benchmarks/polnear/dev"
run ecbplus "$SHARED/benchmarks/ecbplus"
run plover "$SHARED/benchmarks/plover/plover_gsr.json"
run t17 "$SHARED/benchmarks/t17"
run stories "$SHARED/benchmarks/ecbplus"
run ecbplus-build "$SHARED/benchmarks/ecbplus"
run ecbplus-entities "$SHARED/benchmarks/ecbplus"
echo "}" >> "$out"
echo "wrote $out"
