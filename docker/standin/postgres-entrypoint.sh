#!/usr/bin/env bash
# Entrypoint of the local pgvector stand-in (pgvector.Dockerfile), after the official postgres
# image's: on first start initialise $PGDATA with POSTGRES_USER (superuser) and POSTGRES_PASSWORD,
# create POSTGRES_DB with a temporary socket-only server (so "ready to accept connections" is
# logged twice, which Testcontainers waits for), then run the server. The password is never printed.
set -euo pipefail
if [ "${1:-}" = postgres ] && [ ! -s "$PGDATA/PG_VERSION" ]; then
  : "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}"
  user="${POSTGRES_USER:-postgres}"
  db="${POSTGRES_DB:-$user}"
  initdb -D "$PGDATA" --username="$user" --pwfile=<(printf '%s\n' "$POSTGRES_PASSWORD") \
    --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
  echo "listen_addresses = '*'" >> "$PGDATA/postgresql.conf"
  pg_ctl -D "$PGDATA" -o "-c listen_addresses=''" -w start
  if [ "$db" != postgres ]; then
    psql -X -q -v ON_ERROR_STOP=1 -U "$user" -d postgres -c "create database \"$db\""
  fi
  pg_ctl -D "$PGDATA" -m fast -w stop
  echo "stand-in entrypoint: initialisation complete; starting PostgreSQL"
fi
exec "$@"
