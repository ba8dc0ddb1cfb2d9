#!/usr/bin/env bash
# Start automode's decision service for a team on this machine, without containers: a PostgreSQL cluster for the
# shared audit trail (created once with initdb in DIR, started on 127.0.0.1) and `automode serve --workers N` writing
# to it. The equivalent of deploy/compose.yaml for a host with PostgreSQL's server binaries (docs/teams.md).
#
#   bash scripts/team-up.sh --dir /var/lib/automode-team --token-file /etc/automode/tokens [--port 8765] [--workers 2]
#
# Prints one line `automode team: service http://127.0.0.1:PORT, audit trail postgresql://...` once both answer,
# then runs until Ctrl-C or SIGTERM, which stop the service and then the database. The database's data stays in
# DIR for the next start. Options:
#   --dir DIR          where the cluster lives (required)          --token-file FILE  the service's tokens (required
#   --host ADDR        the service's address (default 127.0.0.1)                      unless AUTOMODE_SERVE_TOKEN is set)
#   --port N           the service's port (default 8765)           --pg-port N        PostgreSQL's (default: a free one)
#   --workers N        service worker processes (default 2)        --policy FILE      the team policy to serve
# AUTOMODE_CMD names the automode command (default: `automode`, else `python3 -m automode`).
set -euo pipefail
DIR="" HOST=127.0.0.1 PORT=8765 PG_PORT="" WORKERS=2 TOKENS="" POLICY=""
usage() { sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; }
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) DIR=$2; shift 2 ;;
    --host) HOST=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --pg-port) PG_PORT=$2; shift 2 ;;
    --workers) WORKERS=$2; shift 2 ;;
    --token-file) TOKENS=$2; shift 2 ;;
    --policy) POLICY=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "team-up.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ -n "$DIR" ] || { echo "team-up.sh: --dir DIR is required" >&2; exit 2; }
[ -n "$TOKENS" ] || [ -n "${AUTOMODE_SERVE_TOKEN:-}" ] || { echo "team-up.sh: --token-file FILE (or AUTOMODE_SERVE_TOKEN) is required" >&2; exit 2; }

BINDIR=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
[ -n "$BINDIR" ] || BINDIR=$(dirname "$(command -v initdb 2>/dev/null || echo /nonexistent/initdb)")
[ -x "$BINDIR/initdb" ] || { echo "team-up.sh: PostgreSQL's server binaries (initdb, pg_ctl) not found; install postgresql" >&2; exit 1; }
if [ -n "${AUTOMODE_CMD:-}" ]; then read -r -a AUTOMODE <<<"$AUTOMODE_CMD"
elif command -v automode >/dev/null 2>&1; then AUTOMODE=(automode)
else AUTOMODE=(python3 -m automode); fi

# PostgreSQL refuses to run as root: as root, the cluster belongs to the `postgres` user.
AS=()
mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "team-up.sh: running as root needs a 'postgres' user to run the database" >&2; exit 1; }
  chown postgres: "$DIR"
  chmod 0700 "$DIR"
  AS=(runuser -u postgres --)
  "${AS[@]}" test -w "$DIR" || { echo "team-up.sh: the postgres user cannot reach $DIR (a parent directory is closed to it)" >&2; exit 1; }
fi
if [ -z "$PG_PORT" ]; then
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fi
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  echo "== creating the audit database cluster in $DIR/data" >&2
  "${AS[@]}" "$BINDIR/initdb" -D "$DIR/data" -A trust -U automode -E UTF8 >"$DIR/initdb.log" 2>&1 \
    || { cat "$DIR/initdb.log" >&2; exit 1; }
fi
echo "== starting PostgreSQL on 127.0.0.1:$PG_PORT" >&2
"${AS[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DIR -c max_connections=100" start >/dev/null
SERVE_PID=""
stop() {
  trap - INT TERM EXIT
  if [ -n "$SERVE_PID" ] && kill -0 "$SERVE_PID" 2>/dev/null; then
    kill -TERM "$SERVE_PID" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$SERVE_PID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$SERVE_PID" 2>/dev/null || true
  fi
  "${AS[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  echo "== automode team: stopped" >&2
}
trap stop INT TERM EXIT

AUDIT_URL="postgresql://automode@127.0.0.1:$PG_PORT/postgres"
ARGS=(serve --host "$HOST" --port "$PORT" --workers "$WORKERS")
[ -n "$TOKENS" ] && ARGS+=(--token-file "$TOKENS")
[ -n "$POLICY" ] && ARGS+=(--policy "$POLICY")
echo "== starting the decision service: ${AUTOMODE[*]} ${ARGS[*]}" >&2
AUTOMODE_AUDIT=on AUTOMODE_AUDIT_URL="$AUDIT_URL" "${AUTOMODE[@]}" "${ARGS[@]}" &
SERVE_PID=$!
for _ in $(seq 1 600); do
  kill -0 "$SERVE_PID" 2>/dev/null || { echo "team-up.sh: the service exited" >&2; exit 1; }
  if python3 -c "import urllib.request, sys; urllib.request.urlopen('http://$HOST:$PORT/healthz', timeout=1)" 2>/dev/null; then
    echo "automode team: service http://$HOST:$PORT, audit trail $AUDIT_URL"
    wait "$SERVE_PID" || true
    exit 0
  fi
  sleep 0.2
done
echo "team-up.sh: the service did not answer on http://$HOST:$PORT/healthz within 120 s" >&2
exit 1
