#!/usr/bin/env bash
# Benchmark of the gateway: builds what is missing, starts a fresh gateway on free loopback ports with a
# temporary data dir, runs the load generator, stops the gateway and removes the data dir (also on failure).
#
#   bench/run.sh [N] [load generator options...]      e.g. bench/run.sh 20000 --producers 4 --commit-every 1
#
# Environment: GATEWAY_JAVA_OPTS (JVM options of the gateway), BENCH_JAVA_OPTS (of the load generator),
# KEEP_LOG=1 (copy the gateway log to bench/target/gateway.log).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
N=${1:-5000}
[[ $# -gt 0 ]] && shift
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N] [load generator options]" >&2; exit 2; }

GATEWAY_JAR=$ROOT/target/ijw-gateway.jar
BENCH_JAR=$BENCH_DIR/target/ijw-gateway-bench.jar
HEALTH_TIMEOUT=90   # seconds
STOP_TIMEOUT=30     # seconds

if [[ ! -f $GATEWAY_JAR ]]; then
  echo "building the gateway (mvn package -DskipTests) ..."
  (cd "$ROOT" && mvn -q -B package -DskipTests)
fi
echo "building the load generator ..."
(cd "$BENCH_DIR" && mvn -q -B package)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ijw-bench.XXXXXX")
GATEWAY_PID=

stop_gateway() {
  if [[ -n $GATEWAY_PID ]] && kill -0 "$GATEWAY_PID" 2>/dev/null; then
    kill "$GATEWAY_PID" 2>/dev/null || true
    for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
      kill -0 "$GATEWAY_PID" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$GATEWAY_PID" 2>/dev/null; then
      echo "gateway did not stop within ${STOP_TIMEOUT}s: kill -9" >&2
      kill -9 "$GATEWAY_PID" 2>/dev/null || true
    fi
    wait "$GATEWAY_PID" 2>/dev/null || true
  fi
  GATEWAY_PID=
}

cleanup() {
  stop_gateway
  if [[ ${KEEP_LOG:-0} == 1 && -f $WORK/gateway.log ]]; then
    cp "$WORK/gateway.log" "$BENCH_DIR/target/gateway.log"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

read -r HTTP_PORT TCP_PORT < <(java -cp "$BENCH_JAR" nl.ijw.gateway.bench.FreePorts 2 | paste -sd' ')
echo "starting the gateway: http 127.0.0.1:$HTTP_PORT, broker tcp://127.0.0.1:$TCP_PORT, data dir $WORK/data"
# A copy of the jar, so a rebuild of target/ during the run cannot pull it away from under the gateway.
# The working directory is the repository root, like a normal start; exec keeps the pid the java pid.
cp "$GATEWAY_JAR" "$WORK/ijw-gateway.jar"
# shellcheck disable=SC2086
(cd "$ROOT" && exec java ${GATEWAY_JAVA_OPTS:-} -jar "$WORK/ijw-gateway.jar" \
    --ijw.data-dir="$WORK/data" --server.address=127.0.0.1 --server.port="$HTTP_PORT" \
    --ijw.broker.host=127.0.0.1 --ijw.broker.port="$TCP_PORT" >"$WORK/gateway.log" 2>&1) &
GATEWAY_PID=$!

HEALTH_URL=http://127.0.0.1:$HTTP_PORT/actuator/health
started=$(date +%s)
until curl -sf --max-time 2 "$HEALTH_URL" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$GATEWAY_PID" 2>/dev/null; then
    echo "gateway exited during start; last log lines:" >&2
    tail -n 30 "$WORK/gateway.log" >&2
    exit 1
  fi
  if (( $(date +%s) - started > HEALTH_TIMEOUT )); then
    echo "gateway not UP within ${HEALTH_TIMEOUT}s; last log lines:" >&2
    tail -n 30 "$WORK/gateway.log" >&2
    exit 1
  fi
  sleep 0.5
done
echo "gateway UP after $(( $(date +%s) - started )) s (pid $GATEWAY_PID)"

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) (other processes on this machine skew the numbers)"
rc=0
# shellcheck disable=SC2086
java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" --url "tcp://127.0.0.1:$TCP_PORT" --messages "$N" \
    --samples "$ROOT/src/test/resources/berichten" --gateway-pid "$GATEWAY_PID" "$@" || rc=$?
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
journal_type=$(grep -o -m1 'Using [A-Z]* Journal' "$WORK/gateway.log" || echo 'journal type unknown')
echo "gateway journal: $(du -sh "$WORK/data/artemis/journal" 2>/dev/null | cut -f1), ${journal_type#Using }"
echo "gateway log: $(grep -c -E ' (WARN|ERROR) ' "$WORK/gateway.log" || true) WARN/ERROR lines"
exit "$rc"
