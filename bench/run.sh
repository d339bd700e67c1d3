#!/usr/bin/env bash
# Benchmark of the gateway: builds what is missing, starts a fresh gateway on free loopback ports with a
# temporary data dir, runs the load generator, stops the gateway and removes the data dir (also on failure).
#
#   bench/run.sh [N] [--compare-journal [--rounds R]] [load generator options...]
#       e.g. bench/run.sh 20000 --producers 4 --commit-every 1
#
# --compare-journal: two gateways one after the other, each fresh, measured the same way: first with
# the message journal off (ijw.journaal.actief=false), then with it on; then both results and their ratio.
# --rounds R: R such pairs one after the other (off, on, off, on, ...), each pair's ratio, the median
# of the ratios and the ratio of the totals: runs of one command differ by up to 20% on a small shared machine.
#
# Environment: GATEWAY_JAVA_OPTS (JVM options of the gateway), GATEWAY_ARGS (extra gateway settings, e.g.
# "--ijw.intake.concurrent-consumers=8"), BENCH_JAVA_OPTS (of the load generator), KEEP_LOG=1 (copy the
# gateway log(s) to bench/target/).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
N=${1:-5000}
[[ $# -gt 0 ]] && shift
[[ $N =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [N] [--compare-journal [--rounds R]] [load generator options]" >&2; exit 2; }

COMPARE_JOURNAL=0
ROUNDS=1
LOAD_OPTIONS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --compare-journal) COMPARE_JOURNAL=1 ;;
    --rounds) ROUNDS=${2:-}; shift ;;
    --rounds=*) ROUNDS=${1#--rounds=} ;;
    *) LOAD_OPTIONS+=("$1") ;;
  esac
  shift
done
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "--rounds needs a whole number of at least 1" >&2; exit 2; }

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
# A copy of the jar, so a rebuild of target/ during the run cannot pull it away from under the gateway.
cp "$GATEWAY_JAR" "$WORK/ijw-gateway.jar"

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
  if [[ ${KEEP_LOG:-0} == 1 ]]; then
    for log in "$WORK"/gateway*.log; do
      [[ -f $log ]] && cp "$log" "$BENCH_DIR/target/"
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Runs one fresh gateway through the load generator. $1: name of this measurement (data dir and log),
# further arguments: extra gateway settings. The load generator's output goes to stdout and $WORK/$1.out.
measure() {
  local name=${1:-run} log=$WORK/gateway${1:+-$1}.log data=$WORK/data${1:+-$1}
  shift
  local http_port tcp_port
  read -r http_port tcp_port < <(java -cp "$BENCH_JAR" nl.ijw.gateway.bench.FreePorts 2 | paste -sd' ')
  echo "starting the gateway ($name): http 127.0.0.1:$http_port, broker tcp://127.0.0.1:$tcp_port, data dir $data"
  # The working directory is the repository root, like a normal start; exec keeps the pid the java pid.
  # Broker sign-in is off: the load generator plays both parties on one connection and the raw
  # yardstick uses a queue of its own (bench.raw), which no party may use.
  # shellcheck disable=SC2086
  (cd "$ROOT" && exec java ${GATEWAY_JAVA_OPTS:-} -jar "$WORK/ijw-gateway.jar" \
      --ijw.data-dir="$data" --server.address=127.0.0.1 --server.port="$http_port" \
      --ijw.broker.host=127.0.0.1 --ijw.broker.port="$tcp_port" \
      --ijw.broker.beveiliging=false ${GATEWAY_ARGS:-} "$@" >"$log" 2>&1) &
  GATEWAY_PID=$!

  local health_url=http://127.0.0.1:$http_port/actuator/health started
  started=$(date +%s)
  until curl -sf --max-time 2 "$health_url" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$GATEWAY_PID" 2>/dev/null; then
      echo "gateway exited during start; last log lines:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    if (( $(date +%s) - started > HEALTH_TIMEOUT )); then
      echo "gateway not UP within ${HEALTH_TIMEOUT}s; last log lines:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "gateway UP after $(( $(date +%s) - started )) s (pid $GATEWAY_PID)"

  local rc=0 before after
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "load average before: $before (other processes on this machine skew the numbers)"
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" --url "tcp://127.0.0.1:$tcp_port" --messages "$N" \
      --samples "$ROOT/src/test/resources/berichten" --xsd "$ROOT/xsd/ijw-3.2" --gateway-pid "$GATEWAY_PID" ${LOAD_OPTIONS[@]+"${LOAD_OPTIONS[@]}"} \
      | tee "$WORK/$name.out" || rc=$?
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "load average after: $after"
  echo "load average before / after: $before / $after" >>"$WORK/$name.out"
  local journal_type
  journal_type=$(grep -o -m1 'Using [A-Z]* Journal' "$log" || echo 'journal type unknown')
  echo "gateway journal: $(du -sh "$data/artemis/journal" 2>/dev/null | cut -f1), ${journal_type#Using }"
  echo "gateway log: $(grep -c -E ' (WARN|ERROR) ' "$log" || true) WARN/ERROR lines"
  stop_gateway
  return "$rc"
}

if [[ $COMPARE_JOURNAL == 0 ]]; then
  rc=0
  measure "" || rc=$?
  exit "$rc"
fi

rc=0
for ((round = 1; round <= ROUNDS && rc == 0; round++)); do
  measure "journaal-uit-$round" --ijw.journaal.actief=false || rc=$?
  (( rc == 0 )) && { measure "journaal-aan-$round" --ijw.journaal.actief=true || rc=$?; }
done

# "gateway: 20000 msgs, 812 msg/s, p50 ..." -> 812
rate() { sed -n 's/^gateway: .*, \([0-9][0-9]*\) msg\/s,.*/\1/p' "$WORK/$1.out" 2>/dev/null; }
line() { grep -E "^$2" "$WORK/$1.out" | head -n1 | sed -E "s|^$2 *||"; }
echo
echo "============ journal off / on, same run, $N messages${LOAD_OPTIONS[*]+ (${LOAD_OPTIONS[*]})}, $ROUNDS round(s) ============"
ratios=()
total_off=0
total_on=0
for ((round = 1; round <= ROUNDS; round++)); do
  for name in "journaal-uit-$round" "journaal-aan-$round"; do
    [[ -f $WORK/$name.out ]] || continue
    echo "$name: $(line "$name" 'gateway:')"
    echo "    cpu $(line "$name" '  cpu')"
    echo "    load average before / after: $(line "$name" 'load average before / after:')"
    echo "    $(line "$name" 'RESULT:')"
  done
  off=$(rate "journaal-uit-$round" || true)
  on=$(rate "journaal-aan-$round" || true)
  if [[ -n $off && -n $on ]]; then
    ratio=$(awk -v on="$on" -v off="$off" 'BEGIN { printf "%.2f", on / off }')
    ratios+=("$ratio")
    total_off=$((total_off + off))
    total_on=$((total_on + on))
    echo "round $round: journal on / off: $on / $off msg/s = $ratio"
  else
    echo "round $round: no ratio (a measurement failed)"
  fi
done
if (( ${#ratios[@]} == ROUNDS )); then
  # The median: the middle one, or the mean of the middle two.
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }')
  echo "journal on / off, median of $ROUNDS round(s): $median (target: at least 0.70)"
  # Less swayed by one slow run of a pair than the median of few pairs.
  echo "journal on / off, ratio of the totals: $total_on / $total_off msg/s = $(awk -v on="$total_on" -v off="$total_off" 'BEGIN { printf "%.2f", on / off }')"
else
  echo "journal on / off: no median (a measurement failed)"
fi
echo "=============================================================================="
exit "$rc"
