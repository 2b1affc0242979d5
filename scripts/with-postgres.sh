#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL on a loopback port; it is stopped and deleted afterwards.
# The command sees its URL in MINDHAVEN_TEST_POSTGRES_URL.
set -euo pipefail
pg_bin=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" | sort -V | tail -1)")
work=$(mktemp -d /tmp/mindhaven-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
as_pg() {
  # initdb refuses to run as root
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres "$work"
stop() {
  as_pg "$pg_bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT
as_pg "$pg_bin/initdb" -D "$work/data" -A trust -U postgres -E UTF8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
  -o "-p $port -k $work -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$port" -U postgres mindhaven_test
echo "==> Throwaway PostgreSQL on 127.0.0.1:$port"
export MINDHAVEN_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/mindhaven_test"
"$@"
