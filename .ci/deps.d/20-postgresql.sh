#!/usr/bin/env bash
# PostgreSQL server binaries for the audit store's PostgreSQL tests (tests/audit/test_postgres.py). The tests start
# their own throwaway cluster on 127.0.0.1 (initdb + pg_ctl as the `postgres` user when run as root); nothing is
# started here. Idempotent; needs root. Without it those tests skip and say so.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "20-postgresql.sh: not root; install Debian's postgresql by hand" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql >/dev/null
# Debian creates and starts a default cluster; the tests don't use it.
ls /usr/lib/postgresql/*/bin/initdb
