#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests: initdb + pg_ctl in DIR, listening on a
# Unix socket in DIR only (no TCP port), trusting whoever can reach that socket. Its superuser
# is named after the account that runs the script, so libpq's defaults connect as it. Built
# for speed, not safety (fsync off): it holds nothing worth keeping.
#
#   scripts/pg-test-cluster.sh start DIR   prints the cluster's URI (postgresql:///...)
#   scripts/pg-test-cluster.sh stop DIR    stops it and removes DIR
#   scripts/pg-test-cluster.sh uri DIR     the URI again
#
# As root, the server runs as the `postgres` account (PostgreSQL refuses to run as root).
# Exits non-zero with the reason (and the server's log) when the cluster cannot start.
set -euo pipefail

usage() {
  echo "usage: $0 start|stop|uri DIR" >&2
  exit 2
}
[ $# -eq 2 ] || usage
action="$1"
dir="$2"
case "$dir" in
  /*) ;;
  *) dir="$(pwd)/$dir" ;;
esac
data="$dir/data"
role="$(id -un)"

uri() {
  # The socket folder as the host, percent-encoded as a URI's host must be.
  local host
  host="$(printf '%s' "$dir" | sed 's|%|%25|g; s|/|%2F|g')"
  echo "postgresql://$host/postgres"
}

find_bindir() {
  if [ -n "${NEWSROOM_PG_BINDIR:-}" ]; then
    echo "$NEWSROOM_PG_BINDIR"
    return
  fi
  for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$candidate/initdb" ]; then
      echo "$candidate"
      return
    fi
  done
  local initdb
  initdb="$(command -v initdb || true)"
  if [ -n "$initdb" ]; then
    dirname "$initdb"
    return
  fi
  echo "pg-test-cluster: no PostgreSQL server binaries (initdb, pg_ctl) found; install" \
    "postgresql-15 (scripts/install-deps.sh) or set NEWSROOM_PG_BINDIR." >&2
  exit 1
}

# Runs a server binary as the account that owns the cluster.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  local bindir
  bindir="$(find_bindir)"
  if [ -f "$data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
}

start_cluster() {
  local bindir
  bindir="$(find_bindir)"
  stop_cluster # a cluster left behind by an interrupted run
  rm -rf "$dir"
  mkdir -p "$dir"
  chmod 700 "$dir"
  if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
      echo "pg-test-cluster: running as root, but there is no postgres account to run the" \
        "server as (it comes with the postgresql-15 package)." >&2
      exit 1
    fi
    chown postgres:postgres "$dir"
  fi
  if ! as_owner "$bindir/initdb" -D "$data" -U "$role" -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync --no-instructions >"$dir/initdb.log" 2>&1; then
    echo "pg-test-cluster: initdb failed in $data:" >&2
    cat "$dir/initdb.log" >&2
    exit 1
  fi
  cat >>"$data/postgresql.conf" <<EOF

# pg-test-cluster.sh: a Unix socket only, and speed over durability.
listen_addresses = ''
unix_socket_directories = '$dir'
unix_socket_permissions = 0777
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 64MB
EOF
  if ! as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 start \
    >"$dir/pg_ctl.log" 2>&1; then
    echo "pg-test-cluster: the server did not start in $data:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
    exit 1
  fi
  uri
}

case "$action" in
  start) start_cluster ;;
  stop)
    stop_cluster
    rm -rf "$dir"
    ;;
  uri) uri ;;
  *) usage ;;
esac
