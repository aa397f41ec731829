#!/usr/bin/env bash
# make aot-cache: trains the JDK's AOT cache (JDK 25+) for bin/sa01-migrate with one real run,
# `upgrade` of an empty scratch database (connect, lock, adoption, DDL, version table), and keys
# it by the class path (bin/sa01-migrate: the jar, plus a deployment's revision jar in
# SA01_MIGRATE_CLASSPATH), so a rebuilt jar simply goes without until the next training.
# SA01_AOT_TRAINING_DSN (optional; only its user, password, host and port are used): the role the
# training run connects as, owner of the scratch database. Give the role the runs use, with its
# password: where the server asks it for scram-sha-256, the cache then holds pgjdbc's scram classes
# too (about 30 ms of each run, README "Performance"). Default: the admin DSN's role.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-$("$root/scripts/java-home.sh")}"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
if [ "${major:-0}" -lt 25 ]; then
  echo "aot-cache: JDK $major has no AOT cache (JDK 25+); bin/sa01-migrate uses an AppCDS archive instead"; exit 0
fi
admin="${SA01_ADMIN_DSN:-postgresql://postgres@127.0.0.1:5432/postgres}"
training="${SA01_AOT_TRAINING_DSN:-$admin}"
userinfo="${training#*://}"; userinfo="${userinfo%%/*}"
case "$userinfo" in
  *@*) owner="${userinfo%@*}"; owner="${owner%%:*}" ;;
  *) echo "aot-cache: error: SA01_AOT_TRAINING_DSN (or SA01_ADMIN_DSN) names no user: write postgresql://USER:PASSWORD@HOST:PORT/DATABASE" >&2; exit 2 ;;
esac
db="sa01_aot_training_$$"
started="$(mktemp)"   # a failed run's cache is the .aot file newer than this
psql -X -q "$admin" -c "create database $db owner \"$owner\""
trap 'rm -f "$started"; psql -X -q "$admin" -c "drop database if exists $db with (force)"' EXIT
psql -X -q "${admin%/*}/$db" -c "create extension vector"
# bin/sa01-migrate names the cache (keyed by its class path, SA01_MIGRATE_CLASSPATH included) and trains it
# with this run: the revision set SA01_MIGRATIONS_CONFIG names, if set, else somaAgent01's. The DSN travels
# in the environment, so the training role's password is on no command line.
if ! out=$(SA01_AOT_TRAINING=1 SA01_DB_DSN="${training%/*}/$db" "$root/bin/sa01-migrate" --quiet upgrade head 2>&1); then
  # the JVM writes the cache at exit whatever the exit code: a failed run's cache would hold half the classes
  find "$root/cli/target" -maxdepth 1 -name 'sa01-migrate-*.aot' -newer "$started" -delete
  echo "aot-cache: error: the training run failed, no cache was written: $(grep -m1 'sa01-migrate: error' <<<"$out" || tail -n1 <<<"$out")" >&2
  exit 1
fi
echo "aot-cache: trained the cache for ${SA01_MIGRATE_CLASSPATH:-cli/target/sa01-migrate.jar}"
