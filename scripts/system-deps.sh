#!/usr/bin/env bash
# Installs what dossier needs outside Python: Debian's WordNet (wordnet-base: the lexicon that
# attribution and event coreference consult; without it they fall back to their own word lists)
# and, for the test suite, Chromium (browser tests) and PostgreSQL (the store tests on a real
# server). `system-deps.sh wordnet` installs WordNet only (what `make demo` needs). Needs root and
# apt; otherwise it says what is missing and carries on.
set -u
need=()
[ -f /usr/share/wordnet/data.verb ] || need+=(wordnet-base)
if [ "${1:-all}" != "wordnet" ]; then
  command -v chromium >/dev/null 2>&1 || need+=(chromium)
  [ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
fi
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; browser/PostgreSQL/WordNet tests will be skipped"
else
  echo "note: ${need[*]} missing and not root; browser/PostgreSQL/WordNet tests will be skipped"
fi
