#!/usr/bin/env bash
# A local cluster for trying and testing several nodes: the local PostgreSQL server, two Rada nodes
# on their own ports, and HAProxy in front with sticky sessions and readiness checks.
#
#   scripts/cluster.sh start     builds the production jar if needed, starts everything
#   scripts/cluster.sh stop      stops the balancer and both nodes (gracefully)
#   scripts/cluster.sh status    shows what runs and each node's readiness
#   scripts/cluster.sh kill N    kills node N (1 or 2) at once, as a crash would
#
# Settings (environment): RADA_CLUSTER_PORT (balancer, 8080), RADA_NODE_PORTS ("8081 8082"),
# RADA_CLUSTER_DB (rada_cluster), RADA_NODE_HEAP (768m), PGUSER (postgres), PGPASSWORD, RADA_CLUSTER_FRESH=true (drop the
# database first), RADA_CLUSTER_AOT=true (make the nodes' AOT cache with scripts/aot-cache.sh when there is none;
# a cache in .cluster/app/app.aot is used whenever it is there). The demo programme is loaded into an empty
# database by the first node.
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=.cluster
BALANCER_PORT="${RADA_CLUSTER_PORT:-8080}"
read -r -a NODE_PORTS <<< "${RADA_NODE_PORTS:-8081 8082}"
DB="${RADA_CLUSTER_DB:-rada_cluster}"
export PGUSER="${PGUSER:-postgres}"
export PGHOST="${PGHOST:-127.0.0.1}"

log() { printf '== %s\n' "$*"; }

java_home() {
  local major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "${candidate}" ] && [ -x "${candidate}/bin/java" ] || continue
    major="$("${candidate}/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1)"
    if [ "${major:-0}" -ge 21 ]; then echo "${candidate}"; return; fi
  done
  echo "No JDK 21+ found" >&2
  exit 1
}

ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness" 2>/dev/null; }

wait_ready() {
  local port=$1
  for _ in $(seq 1 180); do
    if ready "${port}"; then return 0; fi
    sleep 1
  done
  echo "Node on port ${port} did not become ready; see ${DIR}/node-${port}.log" >&2
  return 1
}

start_node() {
  local port=$1
  if [ -f "${DIR}/node-${port}.pid" ] && kill -0 "$(cat "${DIR}/node-${port}.pid")" 2>/dev/null; then
    log "node on port ${port} already runs"
    return
  fi
  # with the AOT cache of scripts/aot-cache.sh when there is one (made for these extracted files); the
  # JVM starts in the folder of the extracted jar and names it as the training run did. A JDK that does
  # not know the flag (before 24) starts without it.
  local aot=()
  if [ -f "${DIR}/app/app.aot" ] && "$(java_home)/bin/java" -XX:AOTCache=app.aot -XX:AOTMode=off -version > /dev/null 2>&1; then
    aot=(-XX:AOTCache=app.aot)
  fi
  log "starting node on port ${port}${aot:+ with the AOT cache}"
  (
    cd "${DIR}/app"
    SPRING_PROFILES_ACTIVE=postgres \
    DB_URL="jdbc:postgresql://${PGHOST}:5432/${DB}" DB_USER="${PGUSER}" DB_PASSWORD="${PGPASSWORD:-}" \
    PORT="${port}" RADA_DEMO=true RADA_BASE_URL="http://localhost:${BALANCER_PORT}" \
    RADA_BALLOTS_SECRET_KEY="$(cat ../ballot.key)" \
    RADA_SECURITY_TOKEN_SECRET="$(cat ../token.key)" \
      exec nohup "$(java_home)/bin/java" -Xmx"${RADA_NODE_HEAP:-768m}" "${aot[@]}" -jar "$(basename "${JAR}")"
  ) > "${DIR}/node-${port}.log" 2>&1 &
  echo $! > "${DIR}/node-${port}.pid"
}

write_balancer_config() {
  {
    echo "global"
    echo "    maxconn 4096"
    echo "defaults"
    echo "    mode http"
    echo "    timeout connect 5s"
    echo "    timeout client 60s"
    echo "    timeout server 60s"
    echo "    timeout tunnel 1h"
    echo "    option forwardfor"
    echo "frontend rada"
    echo "    bind 127.0.0.1:${BALANCER_PORT}"
    echo "    default_backend nodes"
    echo "backend nodes"
    echo "    balance roundrobin"
    echo "    cookie RADA_NODE insert indirect nocache httponly"
    echo "    option httpchk GET /actuator/health/readiness"
    echo "    http-check expect status 200"
    local n=1
    for port in "${NODE_PORTS[@]}"; do
      echo "    server node${n} 127.0.0.1:${port} check inter 2s fall 2 rise 2 cookie node${n}"
      n=$((n + 1))
    done
  } > "${DIR}/haproxy.cfg"
}

start() {
  mkdir -p "${DIR}"
  command -v haproxy >/dev/null || { echo "HAProxy is missing: apt-get install haproxy" >&2; exit 1; }
  if ! pg_isready -h "${PGHOST}" -p 5432 -q; then
    log "starting PostgreSQL"
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
    for _ in $(seq 1 30); do pg_isready -h "${PGHOST}" -p 5432 -q && break; sleep 1; done
  fi
  if [ "${RADA_CLUSTER_FRESH:-false}" = true ]; then
    log "dropping database ${DB}"
    psql -q -d postgres -c "DROP DATABASE IF EXISTS ${DB} WITH (FORCE)"
  fi
  if [ -z "$(psql -tA -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '${DB}'")" ]; then
    log "creating database ${DB}"
    psql -q -d postgres -c "CREATE DATABASE ${DB}"
  fi
  # the nodes share the keys: secret ballots and links in mail work on either node
  [ -f "${DIR}/ballot.key" ] || head -c 32 /dev/urandom | base64 > "${DIR}/ballot.key"
  [ -f "${DIR}/token.key" ] || head -c 32 /dev/urandom | base64 > "${DIR}/token.key"
  chmod 600 "${DIR}/ballot.key" "${DIR}/token.key"
  JAR="$(ls target/rada-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
  if [ -z "${JAR}" ]; then
    log "building the production jar"
    JAVA_HOME="$(java_home)" ./mvnw -B -q -ntp -Pproduction package -DskipTests
    JAR="$(ls target/rada-*.jar | grep -v original | head -n 1)"
  fi
  # the nodes run the jar extracted into plain jars, as the README's production section advises: class
  # and resource lookups then read ordinary files instead of jars nested in one jar. A jar extracted
  # before is kept as it is, so that an AOT cache made for those files still fits them.
  if [ ! -f "${DIR}/app/$(basename "${JAR}")" ] || [ "${JAR}" -nt "${DIR}/app/$(basename "${JAR}")" ]; then
    "$(java_home)/bin/java" -Djarmode=tools -jar "${JAR}" extract --force --destination "${DIR}/app" > /dev/null
    rm -f "${DIR}/app/app.aot"
  fi
  if [ "${RADA_CLUSTER_AOT:-false}" = true ] && [ ! -f "${DIR}/app/app.aot" ]; then
    log "making the AOT cache of the nodes (a training run of a few minutes)"
    JAVA_HOME="$(java_home)" scripts/aot-cache.sh "${DIR}/app" > /dev/null
  fi
  # the first node migrates the database and loads the demo programme; the others start after it
  start_node "${NODE_PORTS[0]}"
  wait_ready "${NODE_PORTS[0]}"
  for port in "${NODE_PORTS[@]:1}"; do
    start_node "${port}"
  done
  for port in "${NODE_PORTS[@]:1}"; do
    wait_ready "${port}"
  done
  write_balancer_config
  if [ -f "${DIR}/haproxy.pid" ] && kill -0 "$(cat "${DIR}/haproxy.pid")" 2>/dev/null; then
    kill "$(cat "${DIR}/haproxy.pid")"
  fi
  haproxy -D -f "${DIR}/haproxy.cfg" -p "${DIR}/haproxy.pid"
  log "Rada runs at http://localhost:${BALANCER_PORT} (nodes on ports ${NODE_PORTS[*]})"
}

stop() {
  if [ -f "${DIR}/haproxy.pid" ]; then
    kill "$(cat "${DIR}/haproxy.pid")" 2>/dev/null || true
    rm -f "${DIR}/haproxy.pid"
  fi
  for port in "${NODE_PORTS[@]}"; do
    if [ -f "${DIR}/node-${port}.pid" ]; then
      local pid
      pid="$(cat "${DIR}/node-${port}.pid")"
      # SIGTERM: the node finishes requests in flight and releases its locks before it exits
      kill "${pid}" 2>/dev/null || true
      for _ in $(seq 1 40); do kill -0 "${pid}" 2>/dev/null || break; sleep 0.5; done
      rm -f "${DIR}/node-${port}.pid"
      log "node on port ${port} stopped"
    fi
  done
}

status() {
  for port in "${NODE_PORTS[@]}"; do
    if ready "${port}" 2>/dev/null; then log "node ${port}: ready"; else log "node ${port}: not ready"; fi
  done
  if ready "${BALANCER_PORT}" 2>/dev/null; then log "balancer ${BALANCER_PORT}: serving"; else log "balancer ${BALANCER_PORT}: down"; fi
}

kill_node() {
  local port="${NODE_PORTS[$(( $1 - 1 ))]}"
  kill -9 "$(cat "${DIR}/node-${port}.pid")"
  rm -f "${DIR}/node-${port}.pid"
  log "node ${1} (port ${port}) killed"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  kill) kill_node "${2:?which node, 1 or 2}" ;;
  *) echo "usage: $0 start|stop|status|kill N" >&2; exit 2 ;;
esac
