# sa01-schema: every command the README documents. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# The legacy init scripts the tests and the bench read, wherever this checkout was cloned to.
SA01_LEGACY_DIR ?= $(shell scripts/legacy-dir.sh 2>/dev/null)
LEGACY := $(if $(SA01_LEGACY_DIR),-Dsa01.legacy.dir=$(SA01_LEGACY_DIR))
MVN := ./mvnw -q -B $(LEGACY)
CLI := bin/sa01-migrate
JAR := cli/target/sa01-migrate.jar
SOURCES := $(shell find pom.xml engine/pom.xml engine/src/main schema-model/pom.xml schema-model/src/main migrations/pom.xml migrations/src/main tooling/pom.xml tooling/src/main cli/pom.xml cli/src/main -type f 2>/dev/null)
REV ?= -1
# Scratch databases (make codegen, make snapshots, make db-migrate) need a superuser: SA01_ADMIN_DSN, else the
# local postgres role (AdminDsn, the one rule; pgvector is not a trusted extension).

# A JDK >= 21, found by scripts/java-home.sh ($JAVA_HOME when new enough, else the newest in /usr/lib/jvm).
JAVA_HOME := $(shell scripts/java-home.sh 2>/dev/null)
export JAVA_HOME

.PHONY: help java dev-db build test codegen snapshots db-migrate aot-cache bench bench-online db-upgrade db-downgrade db-history db-current db-check docker-build docker-up docker-test clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

java:
	@[ -n "$(JAVA_HOME)" ] || { scripts/java-home.sh >/dev/null; exit 1; }

dev-db: ## local PostgreSQL + pgvector, role soma, database somaagent01 (idempotent)
	@bash scripts/dev-db.sh

$(JAR): $(SOURCES) | java
	$(MVN) -DskipTests -pl cli -am install

build: java ## compile and package the sa01-migrate jar
	$(MVN) -DskipTests install

test: java dev-db ## all tests: unit tests and integration tests against the real server
	./mvnw -B $(LEGACY) verify

bench: java dev-db ## measure the runner against psql, Alembic, Flyway and itself; writes docs/benchmarks.md; exit 1 on a missed target
	@bash scripts/bench-peers.sh
	$(MVN) -DskipTests install
	$(MVN) -pl bench exec:exec $(if $(ONLY),-Dsa01.bench.only=$(ONLY))

bench-online: java dev-db ## revisions made of the online helpers under a pgbench write workload vs the same workload alone; writes docs/benchmarks.md's online block; exit 1 on a missed target
	$(MVN) -DskipTests -pl bench -am install
	$(MVN) -pl bench exec:exec@online

aot-cache: $(JAR) dev-db ## train the JDK's AOT cache for bin/sa01-migrate (JDK 25+; faster start-up)
	@bash scripts/aot-cache.sh

codegen: java dev-db ## regenerate the typed jOOQ classes from a scratch database migrated to head
	$(MVN) -DskipTests -pl tooling -am install
	$(MVN) -pl tooling exec:java

snapshots: java dev-db ## regenerate the schema snapshot of every revision (migrations/.../snapshots/rNNNN) from a scratch database
	$(MVN) -DskipTests -pl tooling -am install
	$(MVN) -pl tooling exec:java@snapshots

# With no DSN configured (SA01_DB_DSN unset), the target is the local database: set it up first.
db-upgrade: $(JAR) ## bring the database to head (adopts a legacy database)
	@[ -n "$${SA01_DB_DSN:-}" ] || bash scripts/dev-db.sh
	$(CLI) upgrade head

db-migrate: $(JAR) ## write the next revision from the model's differences with head: MSG="what it does"
	@if [ -z "$(MSG)" ]; then echo 'usage: make db-migrate MSG="what the revision does" (autogenerates it from the model; review it before committing)' >&2; exit 2; fi
	$(CLI) revision -m "$(MSG)" --autogenerate

db-downgrade: $(JAR) ## revert to REV (default -1); ALLOW_DATA_LOSS=1 to drop tables holding rows
	$(CLI) downgrade $(REV) $(if $(ALLOW_DATA_LOSS),--allow-data-loss)

db-history: $(JAR) ## list revisions and their state
	$(CLI) history

db-current: $(JAR) ## print the revision the database is at
	$(CLI) current

db-check: $(JAR) ## compare the database with head; exit 3 on drift
	$(CLI) check

docker-build: ## build the migrator image sa01-migrate:latest (needs a Docker engine)
	docker build -f docker/Dockerfile -t sa01-migrate:latest .

docker-up: ## postgres, the migrate init container, then the app (docker/compose.yaml)
	@[ -f docker/sa01.env ] || { cp docker/sa01.env.example docker/sa01.env; echo "created docker/sa01.env from the example: change its password"; }
	docker compose -p somaagent01 -f docker/compose.yaml up -d --wait app

docker-test: java ## build the image and run it and the compose stack for real (root; starts a private engine if none runs)
	@bash scripts/docker-test.sh

clean: ## remove build output
	$(MVN) clean
