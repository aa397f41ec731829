#!/usr/bin/env bash
# Entrypoint of the migrator image (and of the init container): validate the configuration, wait
# for the database, run `sa01-migrate upgrade head` (or the verb and arguments given), log every
# line with a UTC timestamp, never print the password, and exit non-zero on any failure so that
# nothing depending on it starts.
set -uo pipefail

CLASSPATH_="${SA01_MIGRATE_CLASSPATH:-/app/sa01-migrate.jar}"   # the image's jar; extra revision sets may be appended
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export SA01_DB_CONNECT_TIMEOUT="${SA01_DB_CONNECT_TIMEOUT:-60}"

log() { printf '%s migrate-entrypoint: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$*"; }
stamp() { while IFS= read -r line; do printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)" "$line"; done; }

if [ -z "${SA01_DB_DSN+set}" ] && [ -z "${SA01_MIGRATIONS_CONFIG:-}" ]; then
  log "error: SA01_DB_DSN is not set: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE (from a secret)"
  exit 2
fi
if [ "${SA01_DB_DSN+set}" = set ] && [ -z "${SA01_DB_DSN//[[:space:]]/}" ]; then
  log "error: SA01_DB_DSN is empty: set it to postgresql://USER:PASSWORD@HOST:PORT/DATABASE (from a secret)"
  exit 2
fi
case "$SA01_DB_CONNECT_TIMEOUT" in
  ''|*[!0-9a-z]*) log "error: SA01_DB_CONNECT_TIMEOUT='$SA01_DB_CONNECT_TIMEOUT' is not a duration such as 60 or 2min"; exit 2 ;;
esac

[ "$#" -gt 0 ] || set -- upgrade head
log "running sa01-migrate $* (waits up to ${SA01_DB_CONNECT_TIMEOUT} for the database)"
start=$(date +%s%N)
# Short-run start-up flags; the image's CDS archive only matches the image's own class path.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ "$CLASSPATH_" = /app/sa01-migrate.jar ] && [ -f /app/sa01-migrate.jsa ]; then
  jvm+=(-XX:SharedArchiveFile=/app/sa01-migrate.jsa -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
"$JAVA_BIN" "${jvm[@]}" ${SA01_JAVA_OPTS:-} -cp "$CLASSPATH_" org.somaagent.sa01.cli.Main "$@" 2>&1 | stamp
code=${PIPESTATUS[0]}
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$code" -eq 0 ]; then
  log "sa01-migrate $1 finished in ${ms} ms"
else
  log "sa01-migrate $1 failed with exit code $code after ${ms} ms: dependent services must not start"
fi
exit "$code"
