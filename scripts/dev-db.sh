#!/usr/bin/env bash
# make dev-db: a local PostgreSQL (>= 15) with pgvector, role `soma` and database `somaagent01`.
# Idempotent: every step checks first and acts only when something is missing, so a second run
# is a handful of psql calls. Needs root (or sudo) only when it has to install or start something.
set -euo pipefail

PGHOST_="${SA01_DEV_DB_HOST:-127.0.0.1}"
PGPORT_="${SA01_DEV_DB_PORT:-5432}"
ADMIN_USER="${SA01_DEV_DB_ADMIN_USER:-postgres}"
APP_ROLE="${SA01_DEV_DB_ROLE:-soma}"
APP_PASSWORD="${SA01_DEV_DB_PASSWORD:-soma}"
APP_DB="${SA01_DEV_DB_NAME:-somaagent01}"
# pgvector is not in bookworm; its Debian source package is taken from this suite.
PGVECTOR_SUITE="${SA01_PGVECTOR_SUITE:-trixie}"
# Private apt state: the machine's own sources and lists are never touched.
APT_PRIVATE="${SA01_APT_PRIVATE_DIR:-/var/cache/sa01-pgvector}"

say() { printf 'dev-db: %s\n' "$*"; }
die() { printf 'dev-db: error: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root to run: $*"; fi; }
admin_psql() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$ADMIN_USER" -d postgres -tA "$@"; }

apt_updated=""
apt_install() {
  [ -n "$apt_updated" ] || { as_root apt-get update -qq >/dev/null; apt_updated=1; }
  say "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_server() {
  if pg_isready -q -h "$PGHOST_" -p "$PGPORT_" 2>/dev/null; then return; fi
  if ! command -v pg_lsclusters >/dev/null; then
    apt_install postgresql postgresql-contrib
  fi
  local version
  for version in $(ls /etc/postgresql 2>/dev/null); do
    say "starting PostgreSQL $version cluster 'main'"
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  done
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST_" -p "$PGPORT_" && return; sleep 0.5; done
  die "no PostgreSQL answers on $PGHOST_:$PGPORT_; start it, or set SA01_DEV_DB_HOST/SA01_DEV_DB_PORT"
}

check_version() {
  local num; num=$(admin_psql -c 'show server_version_num') \
    || die "cannot connect as superuser '$ADMIN_USER' on $PGHOST_:$PGPORT_ (trust auth expected); set SA01_DEV_DB_ADMIN_USER"
  [ "$num" -ge 150000 ] || die "PostgreSQL $num is older than 15; install postgresql >= 15"
  SERVER_MAJOR=$((num / 10000))
}

vector_available() {
  [ "$(admin_psql -c "select count(*) from pg_available_extensions where name = 'vector'")" = 1 ]
}

build_pgvector() {
  say "pgvector missing: building it from Debian's '$PGVECTOR_SUITE' source package"
  local pg_config="/usr/lib/postgresql/$SERVER_MAJOR/bin/pg_config"
  # pg_config alone ships with the server; the headers come with the -dev package.
  [ -f "/usr/include/postgresql/$SERVER_MAJOR/server/postgres.h" ] || apt_install "postgresql-server-dev-$SERVER_MAJOR"
  command -v dpkg-source >/dev/null || apt_install dpkg-dev
  command -v make >/dev/null && command -v gcc >/dev/null || apt_install build-essential
  as_root mkdir -p "$APT_PRIVATE/lists/partial" "$APT_PRIVATE/cache/archives/partial" "$APT_PRIVATE/src"
  as_root sh -c "printf 'deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian %s main\n' '$PGVECTOR_SUITE' > '$APT_PRIVATE/sources.list'"
  local apt_opts=(-o "Dir::Etc::SourceList=$APT_PRIVATE/sources.list" -o "Dir::Etc::SourceParts=-"
                  -o "Dir::State::Lists=$APT_PRIVATE/lists" -o "Dir::Cache=$APT_PRIVATE/cache"
                  -o "APT::Sandbox::User=root")
  as_root apt-get "${apt_opts[@]}" update -qq >/dev/null
  local src="$APT_PRIVATE/src"
  as_root rm -rf "$src" && as_root mkdir -p "$src"
  (cd "$src" && as_root apt-get "${apt_opts[@]}" source -qq pgvector >/dev/null 2>&1) \
    || die "could not fetch pgvector's source from Debian '$PGVECTOR_SUITE'; install postgresql-$SERVER_MAJOR-pgvector by hand"
  local dir; dir=$(find "$src" -maxdepth 1 -mindepth 1 -type d -name 'pgvector-*' | head -n 1)
  [ -n "$dir" ] || die "pgvector source did not unpack under $src"
  # OPTFLAGS empty: no -march=native, so the library also runs on another CPU of the same arch.
  as_root make -s -C "$dir" PG_CONFIG="$pg_config" OPTFLAGS="" >/dev/null
  as_root make -s -C "$dir" PG_CONFIG="$pg_config" install >/dev/null
  vector_available || die "pgvector was built but PostgreSQL does not list it; check $dir"
  say "pgvector $(basename "$dir") installed"
}

ensure_role_and_database() {
  if [ "$(admin_psql -c "select count(*) from pg_roles where rolname = '$APP_ROLE'")" = 0 ]; then
    say "creating role $APP_ROLE"
    admin_psql -c "create role \"$APP_ROLE\" login password '$APP_PASSWORD'"
  fi
  if [ "$(admin_psql -c "select count(*) from pg_database where datname = '$APP_DB'")" = 0 ]; then
    say "creating database $APP_DB owned by $APP_ROLE"
    admin_psql -c "create database \"$APP_DB\" owner \"$APP_ROLE\""
  fi
  psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST_" -p "$PGPORT_" -U "$ADMIN_USER" -d "$APP_DB" \
    -c 'create extension if not exists vector' >/dev/null
}

ensure_server
check_version
vector_available || build_pgvector
ensure_role_and_database
say "ready: postgresql://$APP_ROLE:****@$PGHOST_:$PGPORT_/$APP_DB (PostgreSQL $SERVER_MAJOR, pgvector)"
