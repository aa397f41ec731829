#!/usr/bin/env bash
# Entrypoint of the migrator image (and of the init container): validate the configuration, wait
# for the database, run `sa01-migrate upgrade head` (or the verb and arguments given), log every
# line with a UTC timestamp, never print the password, and exit non-zero on any failure so that
# nothing depending on it starts.
set -uo pipefail

CLASSPATH_="${SA01_MIGRATE_CLASSPATH:-/app/sa01-migrate.jar}"   # the image's jar; extra revision sets may be appended
JAVA_BIN="${JAVA_HOME:+$JAVA_HOME/bin/}java"
MAIN_CLASS="${SA01_MAIN_CLASS:-}"   # set once, by the image (docker/Dockerfile ARG MAIN_CLASS)
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

if [ -z "$MAIN_CLASS" ]; then
  log "error: SA01_MAIN_CLASS is not set: the image sets it; outside the image, set it to sa01-migrate's main class"
  exit 2
fi

[ "$#" -gt 0 ] || set -- upgrade head
log "running sa01-migrate $* (waits up to ${SA01_DB_CONNECT_TIMEOUT} for the database)"
start=$(date +%s%N)
# Short-run start-up flags. The image's CDS archive was made with the image's jar as the class path; the JVM
# takes it for any class path that starts with that jar, so a deployment's revision jars appended after it keep it.
jvm=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
case "$CLASSPATH_" in
  /app/sa01-migrate.jar|/app/sa01-migrate.jar:*)
    [ ! -f /app/sa01-migrate.jsa ] || jvm+=(-XX:SharedArchiveFile=/app/sa01-migrate.jsa -Xlog:cds=off -Xlog:cds+dynamic=off) ;;
esac
"$JAVA_BIN" "${jvm[@]}" ${SA01_JAVA_OPTS:-} -cp "$CLASSPATH_" "$MAIN_CLASS" "$@" 2>&1 | stamp
code=${PIPESTATUS[0]}
ms=$(( ($(date +%s%N) - start) / 1000000 ))
if [ "$code" -eq 0 ]; then
  log "sa01-migrate $1 finished in ${ms} ms"
else
  log "sa01-migrate $1 failed with exit code $code after ${ms} ms: dependent services must not start"
fi
exit "$code"
