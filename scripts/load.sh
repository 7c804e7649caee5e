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
#
# Settings (environment): RADA_LOAD_STEPS ("100,300,500,600"), RADA_LOAD_RAMP (45 s), RADA_LOAD_HOLD
# (90 s), RADA_LOAD_THINK ("5000-15000" ms), RADA_NODE_HEAP (2g for these runs); the cluster's own
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
  *)
    echo "usage: $0 one|two|fault|latency|heap" >&2
    exit 2
    ;;
esac
