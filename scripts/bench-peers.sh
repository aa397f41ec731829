#!/usr/bin/env bash
# make bench: the peers it measures sa01-migrate against, installed when missing (idempotent). Alembic
# and asyncpg from Debian's packages, as upstream somaAgent01's port was run (../shared/upstream-alembic/);
# /usr/bin/python3: Debian's, whose packages these are (a python3 earlier on PATH may be another). Flyway comes from Maven Central as a dependency of bench/.
set -euo pipefail
if /usr/bin/python3 -c 'import alembic, asyncpg' 2>/dev/null; then exit 0; fi
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -q >/dev/null
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q python3-alembic python3-asyncpg >/dev/null
/usr/bin/python3 -c 'import alembic, asyncpg'
