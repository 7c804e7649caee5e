#!/usr/bin/env bash
# How long a production node takes to start, with and without the AOT cache of scripts/aot-cache.sh.
#
#   scripts/start-time.sh [N]     N restarts with and N without the cache, alternating (3)
#
# Runs the extracted production jar in RADA_START_DIR (target/extracted; run scripts/aot-cache.sh
# first, it builds, extracts and writes app.aot there) on throwaway H2 databases under a temporary
# folder. Two cases:
#
# - first start: an empty database, so Flyway creates the schema and the demo programme is loaded;
#   once without and once with the cache. The database of the first one is then kept as prepared.
# - restart: a copy of that prepared database for every run, as a node that fails over or is
#   restarted finds it: the schema is current and the data is there. This is the case that counts.
#
# For every start it prints the load average when it began, the time from launching the JVM until
# /actuator/health/readiness answers 200 (open to anyone, as a load balancer asks), and the
# "Started ... in X seconds" of the log (Spring Boot's own figure, from JVM start to a refreshed
# context with a running web server). Lines of the JVM's "aot" log that warn are shown: a cache that
# does not fit the JDK or the class path is ignored with a warning.
#
# Settings (environment): JAVA_HOME (the JDK the cache was made with), RADA_START_DIR,
# RADA_START_PORT (18090), RADA_START_FIRST=false (skip the first starts), RADA_START_JAVA_OPTS
# (more JVM options for every start, e.g. -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-3}"
DIR="$(cd "${RADA_START_DIR:-target/extracted}" && pwd)"
PORT="${RADA_START_PORT:-18090}"
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
read -r -a EXTRA <<< "${RADA_START_JAVA_OPTS:-}"

APP_JAR="$(cd "${DIR}" && ls rada-*.jar 2>/dev/null | head -n 1 || true)"
[ -n "${APP_JAR}" ] || { echo "No extracted jar in ${DIR}: run scripts/aot-cache.sh first" >&2; exit 1; }
[ -s "${DIR}/app.aot" ] || { echo "No ${DIR}/app.aot: run scripts/aot-cache.sh first" >&2; exit 1; }

WORK="$(mktemp -d /tmp/rada-start.XXXXXX)"
pid=""
cleanup() {
  if [ -n "${pid}" ]; then kill "${pid}" 2>/dev/null || true; wait "${pid}" 2>/dev/null || true; fi
  rm -rf "${WORK}"
}
trap cleanup EXIT

# start_once LABEL CACHE(yes|no) INSTALLATION: one start, one line of figures, then a graceful stop
start_once() {
  local label=$1 cache=$2 inst=$3 load t0 t1 ready=false started warnings
  local flags=("${EXTRA[@]}")
  [ "${cache}" = yes ] && flags+=("-XX:AOTCache=app.aot")
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  t0=$(date +%s%N)
  (cd "${DIR}" && exec "${JAVA}" "${flags[@]}" -Xlog:aot=warning -jar "${APP_JAR}" \
      "--server.port=${PORT}" \
      "--spring.datasource.url=jdbc:h2:file:${inst}/db/rada;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
      "--spring.datasource.username=sa" "--spring.datasource.password=" \
      "--rada.ballots.key-file=${inst}/ballot-secret.key" \
      "--rada.demo.enabled=true") > "${inst}/node.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    if curl -fsS -o /dev/null "http://127.0.0.1:${PORT}/actuator/health/readiness" 2>/dev/null; then ready=true; break; fi
    kill -0 "${pid}" 2>/dev/null || break
    sleep 0.1
  done
  t1=$(date +%s%N)
  started="$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "${inst}/node.log" | grep -oE '[0-9.]+' | head -n 1 || true)"
  # JDK 25.0.3 warns about a few method adapters whose signatures share a hash (JDK-8364929, fixed in
  # later JDKs): those few are generated as without a cache, the rest of the cache is used
  warnings="$(grep -iE '\[(warning|error) *\]\[aot' "${inst}/node.log" \
    | grep -vE "Saved blob's name|Failed to link AdapterHandlerEntry" | head -n 3 || true)"
  if [ "${ready}" = true ]; then
    printf '| %s | %s | %s | %.1f s | %s s |\n' "${label}" "${cache}" "${load}" \
      "$(awk -v a="${t0}" -v b="${t1}" 'BEGIN { print (b - a) / 1e9 }')" "${started:-?}"
  else
    printf '| %s | %s | %s | not ready | - |\n' "${label}" "${cache}" "${load}"
    tail -n 20 "${inst}/node.log" >&2
  fi
  [ -z "${warnings}" ] || printf '%s\n' "${warnings}" >&2
  kill -TERM "${pid}" 2>/dev/null || true
  wait "${pid}" 2>/dev/null || true
  pid=""
}

echo "JDK: $("${JAVA}" -version 2>&1 | sed -n 2p); ${DIR}/${APP_JAR}; $(nproc) cores"
echo
echo "| start | AOT cache | load average (1, 5, 15 min) | until ready | Started in |"
echo "| --- | --- | --- | --- | --- |"
PREPARED="${WORK}/prepared"
mkdir -p "${PREPARED}"
if [ "${RADA_START_FIRST:-true}" = true ]; then
  start_once "first (empty database)" no "${PREPARED}"
  mkdir -p "${WORK}/first-cache"
  start_once "first (empty database)" yes "${WORK}/first-cache"
else
  # prepare the database without measuring: migrated, demo loaded
  start_once "preparing the database" no "${PREPARED}" > /dev/null
fi
for i in $(seq 1 "${RUNS}"); do
  for cache in no yes; do
    inst="${WORK}/restart-${i}-${cache}"
    mkdir -p "${inst}/db"
    cp "${PREPARED}"/db/* "${inst}/db/"
    cp "${PREPARED}/ballot-secret.key" "${inst}/" 2>/dev/null || true
    start_once "restart ${i}" "${cache}" "${inst}"
  done
done
