#!/usr/bin/env bash
# The load runs of docs/benchmarks.md ("Several nodes under load"), against the local cluster of
# scripts/cluster.sh. Each run starts the cluster it needs from an empty database (with the demo
# programme), drives it, prints the report and stops the cluster again.
#
#   scripts/load.sh one       one node: steps of more and more members, straight at the node
#   scripts/load.sh two       two nodes behind HAProxy, the same steps through the balancer
#   scripts/load.sh fault     two nodes behind HAProxy; node 1 is killed in the middle of the run
#   scripts/load.sh latency   two nodes: an annotation on node 1 until it shows on a map open on node 2
#   scripts/load.sh heap      one node: heap per member as real Chromium sessions hold it, by page
#   scripts/load.sh full      one node on the full-size programme (10,000 members, 100,000 ideas, 1,000,000
#                             votes, two maps with 50,000 annotations, sessions, ballots, ledger): steps of
#                             more and more members, searching the whole vocabulary, staff on the triage page
#   scripts/load.sh peer      one node on the full-size programme: board (newest, most voted), search and vote
#                             with no pause at 1, 10 and 50 members, as other feedback portals are measured
#   scripts/load.sh actions   one node on the full-size programme: each kind of action on its own, a few
#                             members repeating it, for the node's CPU per round trip of each kind
#   scripts/load.sh seed      only seeds the full-size programme (as "full" does before its run)
#
# "full" and "peer" seed the full-size programme into the cluster's database before the node starts (a fresh
# database migrated and loaded with the demo by a first start of the node, then FullProgrammeSeed through
# JDBC: about 5 minutes); RADA_LOAD_KEEP_DATA=true keeps a database that was seeded by an earlier run.
#
# Settings (environment): RADA_LOAD_STEPS ("100,300,500,600"), RADA_LOAD_RAMP (45 s), RADA_LOAD_HOLD
# (90 s), RADA_LOAD_THINK ("5000-15000" ms), RADA_NODE_HEAP (2g for these runs), RADA_LOAD_FULL_STEPS
# ("100,300,500"), RADA_LOAD_STAFF (25 of the members are staff in "full"), RADA_LOAD_ACTIONS (the kinds
# "actions" runs, "board,search,idea,vote,map,annotate,triage,triage-search"), RADA_ACTIONS_MEMBERS (10),
# RADA_ACTIONS_HOLD (30 s), RADA_ACTIONS_THINK ("500-1000" ms), RADA_ACTIONS_WARMUP (90 s of the mix first), RADA_PEER_LEVELS ("1,10,50"),
# RADA_PEER_WARMUP (5 s), RADA_PEER_MEASURE (20 s); the cluster's own
# settings as in scripts/cluster.sh. Needs HAProxy and, for "latency", Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

export RADA_NODE_HEAP="${RADA_NODE_HEAP:-2g}"
STEPS="${RADA_LOAD_STEPS:-100,300,500,600}"
RAMP="${RADA_LOAD_RAMP:-45}"
HOLD="${RADA_LOAD_HOLD:-90}"
THINK="${RADA_LOAD_THINK:-5000-15000}"
DB="${RADA_CLUSTER_DB:-rada_cluster}"
REPORTS=target/load
mkdir -p "${REPORTS}"

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

driver() {
  ./mvnw -B -q -ntp -Pload test-compile exec:java -Drada.load.report="${REPORTS}/$1.md" \
    -Dexec.args="$2 db=jdbc:postgresql://127.0.0.1:5432/${DB} dbUser=${PGUSER:-postgres} dbPassword=${PGPASSWORD:-}"
}

pid() { cat ".cluster/node-$1.pid"; }

# full_size_data: the cluster's database with the full-size programme, seeded while no node runs
full_size_data() {
  RADA_NODE_PORTS="8081" scripts/cluster.sh stop
  local seeded=""
  if [ "${RADA_LOAD_KEEP_DATA:-false}" = true ]; then
    seeded="$(psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -tA -d "${DB}" \
      -c "select 1 from person where email = 'member0@benchmark.example'" 2>/dev/null || true)"
  fi
  if [ -n "${seeded}" ]; then
    echo "== ${DB} holds the full-size programme already"
    return
  fi
  # a first start migrates the empty database and loads the demo programme; then the node stops
  RADA_CLUSTER_FRESH=true RADA_NODE_PORTS="8081" scripts/cluster.sh start
  RADA_NODE_PORTS="8081" scripts/cluster.sh stop
  echo "== seeding the full-size programme into ${DB}"
  ./mvnw -B -q -ntp -Pbenchmark,postgres test -Dtest=FullProgrammeSeed -Dsurefire.failIfNoSpecifiedTests=false \
    -Drada.test.postgres.database="${DB}"
}

case "${1:-}" in
  one)
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    RADA_CLUSTER_FRESH=true RADA_NODE_PORTS="8081" scripts/cluster.sh start
    driver one "base=http://localhost:8081/ steps=${STEPS} ramp=${RAMP} hold=${HOLD} think=${THINK} pids=$(pid 8081)"
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    ;;
  two)
    scripts/cluster.sh stop
    RADA_CLUSTER_FRESH=true scripts/cluster.sh start
    driver two "base=http://localhost:8080/ steps=${STEPS} ramp=${RAMP} hold=${HOLD} think=${THINK} pids=$(pid 8081),$(pid 8082)"
    scripts/cluster.sh stop
    ;;
  fault)
    scripts/cluster.sh stop
    RADA_CLUSTER_FRESH=true scripts/cluster.sh start
    # the survivor's CPU and heap are measured; node 1 dies a minute into the last step
    driver fault "base=http://localhost:8080/ steps=${RADA_LOAD_FAULT_STEPS:-300} ramp=${RAMP} hold=${HOLD} think=${THINK} pids=$(pid 8082) killNode=1 faultAt=${RADA_LOAD_FAULT_AT:-45}"
    scripts/cluster.sh stop
    ;;
  latency)
    scripts/cluster.sh stop
    RADA_CLUSTER_FRESH=true scripts/cluster.sh start
    ./mvnw -B -q -ntp -Pload test-compile exec:java -Dexec.mainClass=app.rada.load.CrossNodeLatency \
      -Dexec.args="a=http://localhost:8081/ b=http://localhost:8082/ count=${RADA_LOAD_COUNT:-40}"
    scripts/cluster.sh stop
    ;;
  heap)
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    RADA_CLUSTER_FRESH=true RADA_NODE_PORTS="8081" scripts/cluster.sh start
    ./mvnw -B -q -ntp -Pload test-compile exec:java -Dexec.mainClass=app.rada.load.BrowserHeap \
      -Drada.load.report="${REPORTS}/heap.md" -Drada.load.histograms="${RADA_LOAD_HISTOGRAMS:-false}" -Drada.load.dumps="${RADA_LOAD_DUMPS:-false}" \
      -Dexec.args="base=http://localhost:8081/ pid=$(pid 8081) low=${RADA_HEAP_LOW:-20} high=${RADA_HEAP_HIGH:-80} pages=${RADA_HEAP_PAGES:-start,board,idea,map} browsers=${RADA_HEAP_BROWSERS:-4} db=jdbc:postgresql://127.0.0.1:5432/${DB} dbUser=${PGUSER:-postgres} dbPassword=${PGPASSWORD:-}"
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    ;;
  full)
    full_size_data
    RADA_NODE_PORTS="8081" scripts/cluster.sh start
    driver full "base=http://localhost:8081/ steps=${RADA_LOAD_FULL_STEPS:-100,300,500} ramp=${RAMP} hold=${HOLD} think=${THINK} pids=$(pid 8081) searches=full staff=${RADA_LOAD_STAFF:-25}"
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    ;;
  seed)
    full_size_data
    ;;
  actions)
    full_size_data
    RADA_NODE_PORTS="8081" scripts/cluster.sh start
    # the day's mix first, unmeasured, so that every kind is measured on compiled code
    driver action-warmup "base=http://localhost:8081/ steps=${RADA_ACTIONS_MEMBERS:-10} ramp=5 \
hold=${RADA_ACTIONS_WARMUP:-90} think=${RADA_ACTIONS_THINK:-500-1000} pids=$(pid 8081) searches=full staff=2"
    for kind in $(echo "${RADA_LOAD_ACTIONS:-board,search,idea,vote,map,annotate,triage,triage-search}" | tr ',' ' '); do
      driver "action-${kind}" "base=http://localhost:8081/ steps=${RADA_ACTIONS_MEMBERS:-10} ramp=5 \
hold=${RADA_ACTIONS_HOLD:-30} think=${RADA_ACTIONS_THINK:-500-1000} pids=$(pid 8081) searches=full only=${kind}"
    done
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    ;;
  peer)
    full_size_data
    RADA_NODE_PORTS="8081" scripts/cluster.sh start
    ./mvnw -B -q -ntp -Pload test-compile exec:java -Dexec.mainClass=app.rada.load.PeerRun -Drada.load.report="${REPORTS}/peer.md" \
      -Dexec.args="base=http://localhost:8081/ pids=$(pid 8081) levels=${RADA_PEER_LEVELS:-1,10,50} warmup=${RADA_PEER_WARMUP:-5} measure=${RADA_PEER_MEASURE:-20} db=jdbc:postgresql://127.0.0.1:5432/${DB} dbUser=${PGUSER:-postgres} dbPassword=${PGPASSWORD:-}"
    RADA_NODE_PORTS="8081" scripts/cluster.sh stop
    ;;
  *)
    echo "usage: $0 one|two|fault|latency|heap|full|peer|actions|seed" >&2
    exit 2
    ;;
esac
