#!/usr/bin/env bash
# Installs what the test suite needs outside Python: Debian's Chromium (browser tests) and
# PostgreSQL (the same store tests on a real server). Needs root and apt; otherwise it says which
# tests will be skipped and carries on.
set -u
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -x /usr/lib/postgresql/15/bin/initdb ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing system packages: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
    || echo "warning: could not install ${need[*]}; browser/PostgreSQL tests will be skipped"
else
  echo "note: ${need[*]} missing and not root; browser/PostgreSQL tests will be skipped"
fi
