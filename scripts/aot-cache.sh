#!/usr/bin/env bash
# Makes the JVM's ahead-of-time cache for a production node (JDK 25+, JEP 483/514/515): classes read,
# parsed and linked, and method profiles, recorded in a training run of the extracted production jar,
# so that a node started with the cache is ready for traffic in a fraction of the time.
#
#   scripts/aot-cache.sh [DIR]    DIR: where the production jar is extracted (target/extracted)
#
# Builds the production jar if there is none and extracts it into DIR if DIR holds no extraction of
# the current jar. Then it starts the extracted jar once with -XX:AOTCacheOutput: on a throwaway H2
# database under a temporary folder (Flyway migrates it, the demo programme is loaded into it), waits
# until the node is ready, asks it for the sign-in page, the start page and the idea board as a
# browser would, stops it gracefully, and the JVM writes DIR/app.aot as it exits. Nothing of a real
# installation (its database, data/ballot-secret.key) is read or changed.
#
# RADA_AOT_TRAINING=refresh instead exits as soon as the application context is refreshed
# (-Dspring.context.exit=onRefresh, Spring Boot's own training mode): quicker, but the web server,
# the demo loaders and the first pages are never run, so fewer classes land in the cache.
#
# The cache only works with the same JDK (the same build of it) and the same class path: the same
# extracted files, unchanged, in DIR. Make it again after every build or JDK update, and on each
# server after extracting there (or copy DIR with the cache, keeping file times: cp -a, rsync -a).
# A node started with a cache that does not fit starts as it would without one, more slowly.
#
# Settings (environment): JAVA_HOME (a JDK 25 or later; the production nodes must run the same one),
# RADA_AOT_TRAINING (serve, or refresh), RADA_AOT_PORT (18089, the training run's port).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR="${1:-target/extracted}"
MODE="${RADA_AOT_TRAINING:-serve}"
PORT="${RADA_AOT_PORT:-18089}"

log() { printf '== %s\n' "$*"; }

java_home() {
  local major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "${candidate}" ] && [ -x "${candidate}/bin/java" ] || continue
    major="$("${candidate}/bin/java" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -n 1)"
    if [ "${major:-0}" -ge 25 ]; then echo "${candidate}"; return; fi
  done
  echo "No JDK 25+ found (the AOT cache with -XX:AOTCacheOutput needs Java 25)" >&2
  exit 1
}

JAVA_HOME="$(java_home)"
export JAVA_HOME
JAVA="${JAVA_HOME}/bin/java"

JAR="$(ls target/rada-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
if [ -z "${JAR}" ]; then
  log "building the production jar"
  ./mvnw -B -q -ntp -Pproduction package -DskipTests
  JAR="$(ls target/rada-*.jar | grep -v original | head -n 1)"
fi
APP_JAR="$(basename "${JAR}")"

if [ ! -f "${DIR}/${APP_JAR}" ] || [ "${JAR}" -nt "${DIR}/${APP_JAR}" ]; then
  log "extracting ${JAR} into ${DIR}"
  "${JAVA}" -Djarmode=tools -jar "${JAR}" extract --force --destination "${DIR}" > /dev/null
  rm -f "${DIR}/app.aot"
fi
DIR="$(cd "${DIR}" && pwd)"

WORK="$(mktemp -d /tmp/rada-aot.XXXXXX)"
trap 'rm -rf "${WORK}"' EXIT

# the throwaway installation of the training run
TRAINING_ARGS=(
  "--server.port=${PORT}"
  "--spring.datasource.url=jdbc:h2:file:${WORK}/db/rada;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  "--spring.datasource.username=sa" "--spring.datasource.password="
  "--rada.ballots.key-file=${WORK}/ballot-secret.key"
  "--rada.demo.enabled=true"
)

rm -f "${DIR}/app.aot"
cd "${DIR}"
started=$(date +%s)
case "${MODE}" in
  refresh)
    log "training run: the application exits once its context is refreshed"
    "${JAVA}" -XX:AOTCacheOutput=app.aot -Dspring.context.exit=onRefresh -jar "${APP_JAR}" \
      "${TRAINING_ARGS[@]}" > "${WORK}/training.log" 2>&1 || true
    ;;
  serve)
    log "training run: start, the first pages, graceful stop (port ${PORT})"
    "${JAVA}" -XX:AOTCacheOutput=app.aot -jar "${APP_JAR}" "${TRAINING_ARGS[@]}" > "${WORK}/training.log" 2>&1 &
    pid=$!
    base="http://127.0.0.1:${PORT}"
    ready=false
    for _ in $(seq 1 600); do
      if curl -fsS -o /dev/null "${base}/actuator/health/readiness" 2>/dev/null; then ready=true; break; fi
      kill -0 "${pid}" 2>/dev/null || break
      sleep 0.5
    done
    if [ "${ready}" != true ]; then
      kill "${pid}" 2>/dev/null || true
      tail -n 40 "${WORK}/training.log" >&2
      echo "The training run did not become ready" >&2
      exit 1
    fi
    # what a browser asks for first: the pages (a visitor who is not signed in is shown the sign-in
    # page) and the scripts and styles they load, twice, so the second answers run warm code paths
    for _ in 1 2; do
      for path in / /login /ideas /actuator/health; do
        page="$(curl -fsSL -c "${WORK}/cookies" -b "${WORK}/cookies" "${base}${path}" 2>/dev/null || true)"
        for asset in $(printf '%s' "${page}" | grep -oE '(src|href)="[^"]*VAADIN/[^"]+"' | sed -E 's/^[a-z]+="//; s/"$//' | sort -u); do
          curl -fsS -o /dev/null -b "${WORK}/cookies" "${base}/${asset#/}" 2>/dev/null || true
        done
      done
    done
    # SIGTERM: Spring shuts down gracefully, the JVM exits normally and writes the cache on the way out
    kill -TERM "${pid}"
    wait "${pid}" || true
    ;;
  *) echo "RADA_AOT_TRAINING must be serve or refresh" >&2; exit 2 ;;
esac

if [ ! -s app.aot ]; then
  tail -n 40 "${WORK}/training.log" >&2
  echo "No AOT cache was written" >&2
  exit 1
fi
log "AOT cache ${DIR}/app.aot ($(du -h app.aot | cut -f1)) written in $(( $(date +%s) - started )) s"
cat <<EOF

Start a node with it, from ${DIR}, with the same JDK (${JAVA}):

  cd ${DIR}
  ${JAVA} -XX:AOTCache=app.aot -jar ${APP_JAR}

(add -Xmx and the production environment as README.md says). The cache fits only this JDK and these
extracted files: make it again after a new build, a new extraction or a JDK update. With a cache
that does not fit, the node starts without it (the JVM logs a warning).
EOF
