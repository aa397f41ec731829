#!/usr/bin/env bash
# make docker-test: the migrator image and the compose stack, built and run for real.
#  1. installs what it needs (Debian's docker.io, docker-compose 1.29, debootstrap) when missing;
#  2. uses the Docker engine that answers, else starts Debian's dockerd on a private socket with
#     no iptables rule, no NAT and no ip_forward change, and stops it at the end;
#  3. uses the real base images when they are present or can be pulled, else builds local
#     stand-ins once (debootstrap + Debian's OpenJDK 21 / PostgreSQL + pgvector) and keeps them;
#  4. builds sa01-migrate:latest, checks its size (<= 250 MB) and its non-root user;
#  5. runs DockerImageIT (docker run and compose against the real server on 127.0.0.1:5432, with
#     Compose v2 and Debian's docker-compose 1.29) and the static tests of the docker files;
#  6. runs the parity, adoption and runner tests with their PostgreSQL from Testcontainers.
# Everything it starts it stops, and it says so; it prints its duration.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started_at=$(date +%s)
built=""   # what this run had to make, for the closing line: a cold run names them

STATE="${SA01_DOCKER_STATE:-/var/lib/sa01-docker}"        # kept across runs: engine data, stand-ins, compose v2
RUN_DIR="${SA01_DOCKER_RUN_DIR:-/run/sa01-docker}"        # the private engine's socket, pid and log
SUITE="${SA01_STANDIN_SUITE:-trixie}"                      # Debian suite of the stand-ins (has OpenJDK 21 and pgvector)
MIRROR="${SA01_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
IMAGE="${SA01_MIGRATE_IMAGE:-sa01-migrate:latest}"
MAX_IMAGE_MB=250
BUILD_IMAGE="${SA01_BUILD_IMAGE:-maven:3.9-eclipse-temurin-21}"   # the defaults of docker/Dockerfile
RUNTIME_IMAGE="${SA01_RUNTIME_IMAGE:-debian:bookworm-slim}"
POSTGRES_IMAGE="${SA01_POSTGRES_IMAGE:-pgvector/pgvector:pg16}"    # the defaults of docker/compose.yaml
APP_IMAGE="${SA01_APP_IMAGE:-busybox:1.36}"
STANDIN_BASE="sa01-standin/debian:$SUITE"
# Tagged with their recipe's hash: an edited recipe builds a new stand-in, an unchanged one is reused.
recipe() { cat "docker/standin/$1" "${@:2}" | sha256sum | cut -c1-12; }
STANDIN_JDK="sa01-standin/jdk21:$SUITE-$(recipe jdk.Dockerfile)"
STANDIN_PG="sa01-standin/pgvector:pg17-$SUITE-$(recipe pgvector.Dockerfile docker/standin/postgres-entrypoint.sh)"

say() { printf 'docker-test: %s\n' "$*"; }
die() { printf 'docker-test: error: %s\n' "$*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || die "needs root: it installs packages and may start a Docker engine"

# --- 1. tools -------------------------------------------------------------------------------
missing=()
# docker.io only where no engine answers already (its client, dockerd, containerd, runc).
engine_answers() { command -v docker >/dev/null && docker info >/dev/null 2>&1; }
engine_answers || command -v dockerd >/dev/null || missing+=(docker.io)
command -v docker-compose >/dev/null || missing+=(docker-compose)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v iptables-save >/dev/null || missing+=(iptables)
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing ${missing[*]}"
  built+=" packages"
  apt-get update -qq >/dev/null
  # policy-rc.d: the package scripts must not start the system's dockerd; this script starts its own.
  had_policy=""; [ -e /usr/sbin/policy-rc.d ] && had_policy=1
  [ -n "$had_policy" ] || { printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod 0755 /usr/sbin/policy-rc.d; }
  mkdir -p "$RUN_DIR"
  installed=0
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" > "$RUN_DIR/apt.log" 2>&1 || installed=$?
  [ -n "$had_policy" ] || rm -f /usr/sbin/policy-rc.d
  [ "$installed" = 0 ] || { tail -20 "$RUN_DIR/apt.log" >&2; die "apt-get install ${missing[*]} failed"; }
fi
mkdir -p "$STATE" "$RUN_DIR"

# --- 2. engine ------------------------------------------------------------------------------
# The rules, without comments and packet counters: compared before and after.
firewall() { { iptables-save; ip6tables-save; } 2>/dev/null | sed -e '/^#/d' -e 's/\[[0-9]*:[0-9]*\]//' || true; }
ip_forward_before=$(cat /proc/sys/net/ipv4/ip_forward)
firewall_before=$(firewall)
docker0_before=""; ip link show docker0 >/dev/null 2>&1 && docker0_before=1
dockerd_pid=""

cleanup() {
  local code=$?
  set +e
  # Testcontainers' containers (its reaper is off: its image cannot be pulled everywhere).
  local left; left=$(docker ps -aq --filter label=org.testcontainers=true 2>/dev/null)
  [ -z "$left" ] || docker rm -f -v $left >/dev/null 2>&1
  if [ -n "$dockerd_pid" ]; then
    # Superseded builds of the image (the engine's data is kept): only those, by their label, so the
    # untagged build-stage images, which are the build cache, stay.
    docker image prune -f --filter label=org.opencontainers.image.title=sa01-migrate >/dev/null 2>&1
    say "stopping the Docker engine this run started (pid $dockerd_pid)"
    kill "$dockerd_pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$dockerd_pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$dockerd_pid" 2>/dev/null && { say "dockerd did not stop: killing it"; kill -9 "$dockerd_pid"; }
    # dockerd leaves its default bridge behind: remove it when this run made it.
    [ -n "$docker0_before" ] || ip link delete docker0 2>/dev/null
    # dockerd leaves its host network namespace handle (exec-root/netns/default) mounted: release it.
    grep -oE " $RUN_DIR/[^ ]+" /proc/mounts | sort -r | xargs -r -n1 umount 2>/dev/null
    rm -f "$RUN_DIR/docker.sock" "$RUN_DIR/dockerd.pid"
    grep -q " $RUN_DIR/" /proc/mounts && { say "error: mounts left under $RUN_DIR"; code=1; }
    pgrep -f -- "$RUN_DIR/" >/dev/null && { say "error: processes of the engine left running: $(pgrep -f -- "$RUN_DIR/" | xargs)"; code=1; }
  fi
  [ "$(cat /proc/sys/net/ipv4/ip_forward)" = "$ip_forward_before" ] || { say "error: ip_forward changed"; code=1; }
  [ "$(firewall)" = "$firewall_before" ] || { say "error: the firewall rules changed"; diff <(echo "$firewall_before") <(firewall) >&2; code=1; }
  [ -n "$dockerd_pid" ] && say "left behind: no daemon, no network rule, ip_forward=$ip_forward_before as before"
  say "$( [ "$code" = 0 ] && echo passed || echo FAILED ) in $(( $(date +%s) - started_at )) s${built:+ (built this run:$built)}"
  exit "$code"
}
trap cleanup EXIT

if engine_answers; then
  say "using the Docker engine that answers at ${DOCKER_HOST:-the default socket}"
else
  export DOCKER_HOST="unix://$RUN_DIR/docker.sock"
  say "starting Debian's dockerd on $DOCKER_HOST (data in $STATE/engine; no iptables, NAT or ip_forward)"
  # --iptables/--ip-masq/--ip-forward off: containers use the host's network (--network host,
  # compose.host-network.yaml) and published ports go through docker-proxy, so nothing needs a rule.
  dockerd --data-root "$STATE/engine" --exec-root "$RUN_DIR/exec" -H "$DOCKER_HOST" \
    --pidfile "$RUN_DIR/dockerd.pid" --iptables=false --ip6tables=false --ip-masq=false --ip-forward=false \
    > "$RUN_DIR/dockerd.log" 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { tail -20 "$RUN_DIR/dockerd.log" >&2; die "dockerd did not answer within 30 s"; }
fi

# Compose v2: the CLI plugin when the engine's CLI has it, else Debian trixie's package, unpacked
# into $STATE (the machine's own packages are not touched).
if ! docker compose version >/dev/null 2>&1; then
  export DOCKER_CONFIG="$STATE/docker-config"
  plugin="$DOCKER_CONFIG/cli-plugins/docker-compose"
  if [ ! -x "$plugin" ]; then
    say "fetching Compose v2 (Debian trixie's docker-compose package) into $DOCKER_CONFIG"
    apt_dir="$STATE/apt-trixie"
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/deb" "$DOCKER_CONFIG/cli-plugins"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR trixie main" > "$apt_dir/sources.list"
    apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=-"
              -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o "APT::Sandbox::User=root")
    apt-get "${apt_opts[@]}" update -qq >/dev/null
    (cd "$apt_dir/deb" && rm -f ./*.deb && apt-get "${apt_opts[@]}" download -qq docker-compose >/dev/null)
    dpkg-deb --fsys-tarfile "$apt_dir"/deb/docker-compose_*.deb \
      | tar -xO ./usr/libexec/docker/cli-plugins/docker-compose > "$plugin.tmp"
    chmod 0755 "$plugin.tmp" && mv "$plugin.tmp" "$plugin"
  fi
  docker compose version >/dev/null || die "Compose v2 did not install"
fi
say "compose: $(docker compose version --short 2>/dev/null || docker compose version) and $(docker-compose version --short 2>/dev/null)"

# --- 3. base images ---------------------------------------------------------------------------
have() { docker image inspect "$1" >/dev/null 2>&1; }
# A real image: present, or pulled within the limit. Docker Hub unreachable answers at once (DNS).
real() { have "$1" || timeout 300 docker pull -q "$1" >/dev/null 2>&1; }

# Earlier builds of a stand-in whose recipe has changed since.
drop_older() { docker image ls --format '{{.Repository}}:{{.Tag}}' "${1%%:*}" | grep -vxF "$1" | xargs -r docker rmi >/dev/null 2>&1 || true; }

standin_base() {
  have "$STANDIN_BASE" && return
  local fs="$STATE/rootfs-$SUITE"
  say "building $STANDIN_BASE: debootstrap --variant=minbase $SUITE"
  built+=" $STANDIN_BASE"
  rm -rf "$fs"
  debootstrap --variant=minbase "$SUITE" "$fs" "$MIRROR" > "$STATE/debootstrap.log" 2>&1 \
    || { tail -20 "$STATE/debootstrap.log" >&2; die "debootstrap $SUITE failed (log: $STATE/debootstrap.log)"; }
  # apt's lists and caches, documentation and translations: nothing an image runs needs them.
  tar -C "$fs" --numeric-owner --exclude='./var/lib/apt/lists/*' --exclude='./var/cache/apt/*' \
      --exclude='./usr/share/doc/*' --exclude='./usr/share/man/*' --exclude='./usr/share/info/*' \
      --exclude='./usr/share/locale/*' --exclude='./proc/*' --exclude='./sys/*' --exclude='./dev/*' -c . \
    | docker import -c 'CMD ["bash"]' - "$STANDIN_BASE" >/dev/null
  rm -rf "$fs"
}

standin_jdk() {
  have "$STANDIN_JDK" && return
  standin_base
  say "building $STANDIN_JDK: Debian's OpenJDK 21 and the machine's Java trust store"
  built+=" $STANDIN_JDK"
  local ctx; ctx=$(mktemp -d)
  local java_home; java_home="${JAVA_HOME:-$(scripts/java-home.sh)}"
  cp -L "$java_home/lib/security/cacerts" "$ctx/cacerts"
  docker build -q --network host --build-arg "BASE=$STANDIN_BASE" -t "$STANDIN_JDK" \
    -f docker/standin/jdk.Dockerfile "$ctx" > "$STATE/standin-jdk.log" 2>&1 \
    || { tail -20 "$STATE/standin-jdk.log" >&2; die "the JDK stand-in did not build"; }
  rm -rf "$ctx"
  drop_older "$STANDIN_JDK"
}

standin_pg() {
  have "$STANDIN_PG" && return
  standin_base
  say "building $STANDIN_PG: Debian's PostgreSQL 17 and pgvector"
  docker build -q --network host --build-arg "BASE=$STANDIN_BASE" -t "$STANDIN_PG" \
    -f docker/standin/pgvector.Dockerfile docker/standin > "$STATE/standin-pgvector.log" 2>&1 \
    || { tail -20 "$STATE/standin-pgvector.log" >&2; die "the pgvector stand-in did not build"; }
  drop_older "$STANDIN_PG"
}

real "$BUILD_IMAGE"    || { say "$BUILD_IMAGE cannot be pulled: using a local stand-in"; standin_jdk; BUILD_IMAGE=$STANDIN_JDK; }
real "$RUNTIME_IMAGE"  || { say "$RUNTIME_IMAGE cannot be pulled: using a local stand-in"; standin_base; RUNTIME_IMAGE=$STANDIN_BASE; }
# The PostgreSQL stand-in is needed only from step 5 on: it builds while the image does.
pg_job=""
if ! real "$POSTGRES_IMAGE"; then
  say "$POSTGRES_IMAGE cannot be pulled: using a local stand-in"
  standin_base
  POSTGRES_IMAGE=$STANDIN_PG
  if ! have "$STANDIN_PG"; then built+=" $STANDIN_PG"; standin_pg & pg_job=$!; fi
fi
real "$APP_IMAGE"      || { standin_base; APP_IMAGE=$STANDIN_BASE; }
say "base images: build $BUILD_IMAGE, runtime $RUNTIME_IMAGE, postgres $POSTGRES_IMAGE, app $APP_IMAGE ($(( $(date +%s) - started_at )) s so far)"

# --- 4. the image ---------------------------------------------------------------------------------
t=$(date +%s)
docker build --network host -f docker/Dockerfile -t "$IMAGE" \
  --build-arg "BUILD_IMAGE=$BUILD_IMAGE" --build-arg "RUNTIME_IMAGE=$RUNTIME_IMAGE" . > "$RUN_DIR/build.log" 2>&1 \
  || { tail -40 "$RUN_DIR/build.log" >&2; die "docker build failed (log: $RUN_DIR/build.log)"; }
bytes=$(docker image inspect -f '{{.Size}}' "$IMAGE")
user=$(docker image inspect -f '{{.Config.User}}' "$IMAGE")
uid=$(docker run --rm --network none --entrypoint id "$IMAGE" -u)
say "built $IMAGE in $(( $(date +%s) - t )) s: $(( bytes / 1000000 )) MB, user $user (uid $uid)"
docker image ls "${IMAGE%%:*}"
[ "$bytes" -le $(( MAX_IMAGE_MB * 1000 * 1000 )) ] || die "$IMAGE is $(( bytes / 1000000 )) MB, over $MAX_IMAGE_MB MB"
[ "$uid" != 0 ] && [ -n "$user" ] && [ "${user%%:*}" != root ] && [ "${user%%:*}" != 0 ] || die "$IMAGE runs as root by default"

# --- 5. the image and the compose stack against the real server --------------------------------
[ -z "$pg_job" ] || wait "$pg_job" || die "the pgvector stand-in did not build"
bash scripts/dev-db.sh > "$RUN_DIR/dev-db.log" 2>&1 || { cat "$RUN_DIR/dev-db.log" >&2; die "make dev-db failed"; }
java_home="${JAVA_HOME:-$(scripts/java-home.sh)}"
legacy="$(scripts/legacy-dir.sh 2>/dev/null || true)"
mvn_test() {
  # *Test classes are Surefire's, *IT classes Failsafe's: each gets its own part of the list (or none).
  local unit its
  unit=$(tr ',' '\n' <<<"$1" | { grep 'Test$' || true; } | paste -sd, -)
  its=$(tr ',' '\n' <<<"$1" | { grep 'IT$' || true; } | paste -sd, -)
  JAVA_HOME="$java_home" ./mvnw -B -ntp ${legacy:+-Dsa01.legacy.dir=$legacy} -pl cli -am \
    -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
    -Dtest="${unit:-NoSuchTest}" -Dit.test="${its:-NoSuchIT}" verify > "$RUN_DIR/$2.log" 2>&1 \
    || { grep -E 'Tests run|FAIL|ERROR' "$RUN_DIR/$2.log" | head -60 >&2; die "$2 failed (log: $RUN_DIR/$2.log)"; }
  grep -E '^\[(INFO|WARNING)\] Tests run: [0-9]+, .* -- in ' "$RUN_DIR/$2.log" | sed -e 's/^\[[A-Z]*\] //' -e "s/^/docker-test: $2: /"
}
export SA01_MIGRATE_IMAGE="$IMAGE" SA01_POSTGRES_IMAGE="$POSTGRES_IMAGE" SA01_APP_IMAGE="$APP_IMAGE"
export SA01_COMPOSE_COMMANDS="docker compose|docker-compose"   # both must work: DockerImageIT fails otherwise
t=$(date +%s)
mvn_test 'DockerImageIT,DockerfileTest,ComposeFileTest,KubernetesManifestTest' image-and-compose
say "image and compose tests took $(( $(date +%s) - t )) s"
unset SA01_COMPOSE_COMMANDS

# --- 6. the Testcontainers path: nothing listens on port 1, so FreshDatabase starts a container --
# Ryuk, Testcontainers' reaper, is off (its image is on Docker Hub): its JVM hook removes the
# container, and cleanup() removes any left by a killed run. The mapped port is reached on loopback.
t=$(date +%s)
SA01_TEST_ADMIN_DSN="postgresql://postgres@127.0.0.1:1/postgres" SA01_TEST_POSTGRES_IMAGE="$POSTGRES_IMAGE" \
  TESTCONTAINERS_RYUK_DISABLED=true TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1 mvn_test 'ParityIT,AdoptionIT,RunnerIT' testcontainers
grep -q "Container $POSTGRES_IMAGE started" "$RUN_DIR/testcontainers.log" \
  || die "the database tests did not get their PostgreSQL from Testcontainers (log: $RUN_DIR/testcontainers.log)"
say "Testcontainers path: a container of $POSTGRES_IMAGE served the tests ($(( $(date +%s) - t )) s)"
