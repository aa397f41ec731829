#!/usr/bin/env bash
# make aot-cache: trains the JDK's AOT cache (JDK 25+) for bin/sa01-migrate with one real run,
# `upgrade` of an empty scratch database (connect, lock, adoption, DDL, version table), and keys
# it by the class path (bin/sa01-migrate: the jar, plus a deployment's revision jar in
# SA01_MIGRATE_CLASSPATH), so a rebuilt jar simply goes without until the next training.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAVA_HOME="${JAVA_HOME:-$("$root/scripts/java-home.sh")}"
major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$JAVA_HOME/release")
if [ "${major:-0}" -lt 25 ]; then
  echo "aot-cache: JDK $major has no AOT cache (JDK 25+); bin/sa01-migrate uses an AppCDS archive instead"; exit 0
fi
admin="${SA01_ADMIN_DSN:-postgresql://postgres@127.0.0.1:5432/postgres}"
db="sa01_aot_training_$$"
psql -X -q "$admin" -c "create database $db"
trap 'psql -X -q "$admin" -c "drop database if exists $db with (force)"' EXIT
psql -X -q "${admin%/*}/$db" -c "create extension vector"
# bin/sa01-migrate names the cache (keyed by its class path, SA01_MIGRATE_CLASSPATH included) and trains it
# with this run: the revision set SA01_MIGRATIONS_CONFIG names, if set, else somaAgent01's.
SA01_AOT_TRAINING=1 "$root/bin/sa01-migrate" --quiet --dsn "${admin%/*}/$db" upgrade head >/dev/null 2>&1
echo "aot-cache: trained the cache for ${SA01_MIGRATE_CLASSPATH:-cli/target/sa01-migrate.jar}"
