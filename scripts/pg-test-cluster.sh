#!/usr/bin/env bash
# A throw-away PostgreSQL 15 cluster for the tests: initdb + pg_ctl in DIR, listening on a
# Unix socket in DIR only (no TCP port), trusting whoever can reach that socket. Its superuser
# is named after the account that runs the script, so libpq's defaults connect as it. Built
# for speed, not safety (fsync off): it holds nothing worth keeping.
#
#   scripts/pg-test-cluster.sh start DIR [--tls]   prints the cluster's URI (postgresql:///...)
#   scripts/pg-test-cluster.sh stop DIR            stops it and removes DIR
#   scripts/pg-test-cluster.sh uri DIR             the URI again
#   scripts/pg-test-cluster.sh halt DIR            stops the server, keeping DIR (a server gone)
#   scripts/pg-test-cluster.sh resume DIR          starts the halted server again, data intact
#
# With --tls the cluster also listens on 127.0.0.1, on a free port (in DIR/port), with
# ssl=on, as a newsroom's server does: a CA and a server certificate for 127.0.0.1 and
# localhost are made with openssl (DIR/tls/root.crt is the CA, for sslrootcert= and
# sslmode=verify-full), and TCP sign-ins need TLS and a SCRAM-SHA-256 password (no plain
# TCP at all). The socket stays as it is: trusted, for the tests' own setup.
# NEWSROOM_PG_SETTINGS (lines of postgresql.conf) is appended last, e.g. for a benchmark
# that wants fsync on and more shared_buffers.
#
# As root, the server runs as the `postgres` account (PostgreSQL refuses to run as root).
# Exits non-zero with the reason (and the server's log) when the cluster cannot start.
set -euo pipefail

usage() {
  echo "usage: $0 start DIR [--tls] | stop DIR | uri DIR | halt DIR | resume DIR" >&2
  exit 2
}
[ $# -eq 2 ] || [ $# -eq 3 ] || usage
action="$1"
dir="$2"
tls=no
if [ $# -eq 3 ]; then
  [ "$action" = start ] && [ "$3" = --tls ] || usage
  tls=yes
fi
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
  if [ -f "$dir/port" ]; then
    echo "postgresql://$host:$(cat "$dir/port")/postgres"
  else
    echo "postgresql://$host/postgres"
  fi
}

# A TCP port nobody listens on (a connection to it is refused).
free_port() {
  local port
  for port in $(shuf -i 20000-60999 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "pg-test-cluster: no free TCP port found on 127.0.0.1" >&2
  exit 1
}

# A throw-away CA, and a server certificate it signed for 127.0.0.1 and localhost.
make_certificates() {
  local tlsdir="$dir/tls"
  mkdir -p "$tlsdir"
  if ! {
    openssl req -new -x509 -nodes -days 2 -newkey rsa:2048 -subj "/CN=Newsroom test CA" \
      -keyout "$tlsdir/root.key" -out "$tlsdir/root.crt" &&
      openssl req -new -nodes -newkey rsa:2048 -subj "/CN=localhost" \
        -keyout "$tlsdir/server.key" -out "$tlsdir/server.csr" &&
      printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$tlsdir/san.ext" &&
      openssl x509 -req -in "$tlsdir/server.csr" -CA "$tlsdir/root.crt" \
        -CAkey "$tlsdir/root.key" -CAcreateserial -days 2 -extfile "$tlsdir/san.ext" \
        -out "$tlsdir/server.crt"
  } >"$dir/openssl.log" 2>&1; then
    echo "pg-test-cluster: openssl could not make the test certificates:" >&2
    cat "$dir/openssl.log" >&2
    exit 1
  fi
  chmod 600 "$tlsdir/server.key" "$tlsdir/root.key"
  chmod 644 "$tlsdir/root.crt"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres:postgres "$tlsdir"
  fi
}

tls_settings() {
  local port="$1"
  cat >>"$data/postgresql.conf" <<EOF

# pg-test-cluster.sh --tls: also TCP on 127.0.0.1, TLS and SCRAM only.
listen_addresses = '127.0.0.1'
port = $port
ssl = on
ssl_cert_file = '$dir/tls/server.crt'
ssl_key_file = '$dir/tls/server.key'
password_encryption = 'scram-sha-256'
EOF
  cat >"$data/pg_hba.conf" <<EOF
# pg-test-cluster.sh --tls: the socket trusted (the tests' setup), TCP only with TLS and
# a SCRAM-SHA-256 password.
local   all all                trust
hostssl all all 127.0.0.1/32   scram-sha-256
EOF
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
  if [ "$tls" = yes ]; then
    make_certificates
    local port
    port="$(free_port)"
    tls_settings "$port"
    echo "$port" >"$dir/port"
  fi
  if [ -n "${NEWSROOM_PG_SETTINGS:-}" ]; then
    printf '\n# NEWSROOM_PG_SETTINGS\n%s\n' "$NEWSROOM_PG_SETTINGS" >>"$data/postgresql.conf"
  fi
  if ! as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 start \
    >"$dir/pg_ctl.log" 2>&1; then
    echo "pg-test-cluster: the server did not start in $data:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
    exit 1
  fi
  uri
}

# The same cluster again after halt, its archives as they were (a server that went away).
resume_cluster() {
  local bindir
  bindir="$(find_bindir)"
  if ! as_owner "$bindir/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 30 start \
    >"$dir/pg_ctl.log" 2>&1; then
    echo "pg-test-cluster: the server did not start again in $data:" >&2
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 2>/dev/null || true
    exit 1
  fi
}

case "$action" in
  start) start_cluster ;;
  stop)
    stop_cluster
    rm -rf "$dir"
    ;;
  halt)
    # A clean shutdown: with synchronous_commit off an immediate one would lose the last commits.
    as_owner "$(find_bindir)/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null
    ;;
  resume) resume_cluster ;;
  uri) uri ;;
  *) usage ;;
esac
