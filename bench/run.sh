#!/usr/bin/env bash
# Benchmark of the gateway: builds what is missing, starts a fresh gateway on free loopback ports with a
# temporary data dir, runs the load generator, stops what it started and removes the data dir (also on failure).
#
#   bench/run.sh [N] [--instances K] [--compare-journal | --compare-instances] [--rounds R] [load generator options...]
#       e.g. bench/run.sh 20000 --producers 4 --commit-every 1
#
# Without --instances: one gateway with its embedded broker and its embedded (H2) journal.
# --instances K: the production shape on this one machine: a standalone Artemis broker, a PostgreSQL
# server and K gateway instances sharing both (competing consumers of ijw.in, one journal).
# --compare-journal: two gateways one after the other, each fresh, measured the same way: first with
# the message journal off (ijw.journaal.actief=false), then with it on; then both results and their ratio.
# --compare-instances: the production shape twice, each fresh: one instance (48 consumers), then two
# (24 consumers each); then the ratio.
# --rounds R: R such pairs one after the other (a, b, a, b, ...), each pair's ratio, the median
# of the ratios and the ratio of the totals: runs of one command differ by up to 20% on a small shared machine.
#
# Environment: GATEWAY_JAVA_OPTS (JVM options of the gateway, after those of src/main/jvm/jvm.options), GATEWAY_ARGS (extra gateway settings, e.g.
# "--ijw.intake.concurrent-consumers=8"), BENCH_JAVA_OPTS (of the load generator), KEEP_LOG=1 (copy the
# logs to bench/target/), GATEWAY_JAR (another build of the gateway, e.g. to compare two).
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
N=${1:-5000}
[[ $# -gt 0 ]] && shift
[[ $N =~ ^[1-9][0-9]*$ ]] || {
  echo "usage: $0 [N] [--instances K] [--compare-journal | --compare-instances] [--rounds R] [load generator options]" >&2
  exit 2
}

COMPARE=
INSTANCES=0
ROUNDS=1
LOAD_OPTIONS=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --compare-journal) COMPARE=journal ;;
    --compare-instances) COMPARE=instances ;;
    --instances) INSTANCES=${2:-}; shift ;;
    --instances=*) INSTANCES=${1#--instances=} ;;
    --rounds) ROUNDS=${2:-}; shift ;;
    --rounds=*) ROUNDS=${1#--rounds=} ;;
    *) LOAD_OPTIONS+=("$1") ;;
  esac
  shift
done
[[ $ROUNDS =~ ^[1-9][0-9]*$ ]] || { echo "--rounds needs a whole number of at least 1" >&2; exit 2; }
[[ $INSTANCES =~ ^[0-9]$ ]] || { echo "--instances needs a number of gateway instances, 1 to 9" >&2; exit 2; }

GATEWAY_JAR=${GATEWAY_JAR:-$ROOT/target/ijw-gateway.jar}
BENCH_JAR=$BENCH_DIR/target/ijw-gateway-bench.jar
ARTEMIS_HOME=$BENCH_DIR/target/artemis/apache-artemis-2.40.0
HEALTH_TIMEOUT=90   # seconds
STOP_TIMEOUT=30     # seconds

if [[ ! -f $GATEWAY_JAR ]]; then
  echo "building the gateway (mvn package -DskipTests) ..."
  (cd "$ROOT" && mvn -q -B package -DskipTests)
fi
echo "building the load generator ..."
(cd "$BENCH_DIR" && mvn -q -B package)

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ijw-bench.XXXXXX")
# What this script started and must stop, gateways first, then the broker, then the database.
GATEWAY_PIDS=()
BROKER_PID=
DATABASE_PID=
# A copy of the jar, so a rebuild of target/ during the run cannot pull it away from under the gateway.
cp "$GATEWAY_JAR" "$WORK/ijw-gateway.jar"

# A gateway's data dir takes up to some 35 KB per message of a run (its journal, during a burst) until
# the run ends, and the broker stops taking messages at 90% disk use: say so before, not halfway.
free_gb=$(( $(df --output=avail -k "$WORK" | tail -1) / 1024 / 1024 ))
if (( free_gb < 10 )); then
  echo "warning: only $free_gb GB free under $WORK; a run of 80,000 messages with the journal on needs about 3 GB," \
       "and the broker blocks its senders when the disk is 90% full" >&2
fi

# Stops one process by its id: SIGTERM, then SIGKILL after STOP_TIMEOUT. $1: pid, $2: what it is.
stop_process() {
  local pid=$1
  [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$2 did not stop within ${STOP_TIMEOUT}s: kill -9" >&2
    kill -9 "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

stop_all() {
  local pid
  for pid in "${GATEWAY_PIDS[@]}"; do
    stop_process "$pid" gateway
  done
  GATEWAY_PIDS=()
  stop_process "$BROKER_PID" broker
  BROKER_PID=
  # SIGTERM lets the database helper stop its PostgreSQL server (a child process) before it exits.
  stop_process "$DATABASE_PID" database
  DATABASE_PID=
}

cleanup() {
  stop_all
  if [[ ${KEEP_LOG:-0} == 1 ]]; then
    for log in "$WORK"/*.log; do
      [[ -f $log ]] && cp "$log" "$BENCH_DIR/target/"
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Waits until $2 prints the line $3 into log $1, or fails when process $4 ended or after $5 seconds.
wait_for_line() {
  local log=$1 what=$2 line=$3 pid=$4 timeout=$5 started
  started=$(date +%s)
  until grep -q -- "$line" "$log" 2>/dev/null; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) - started > timeout )); then
      echo "$what did not start; last log lines:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.5
  done
}

# Starts one gateway and waits until it is healthy. $1: name (data dir and log), further arguments:
# its settings. The working directory is the repository root, like a normal start.
start_gateway() {
  local name=$1 http_port
  shift
  http_port=$(java -cp "$BENCH_JAR" nl.ijw.gateway.bench.FreePorts 1)
  echo "starting gateway $name: http 127.0.0.1:$http_port, data dir $WORK/data-$name"
  # exec keeps the pid the java pid.
  # shellcheck disable=SC2086
  (cd "$ROOT" && exec java @"$ROOT/src/main/jvm/jvm.options" ${GATEWAY_JAVA_OPTS:-} -jar "$WORK/ijw-gateway.jar" \
      --ijw.data-dir="$WORK/data-$name" --server.address=127.0.0.1 --server.port="$http_port" \
      ${GATEWAY_ARGS:-} "$@" >"$WORK/gateway-$name.log" 2>&1) &
  local pid=$! started
  GATEWAY_PIDS+=("$pid")
  started=$(date +%s)
  until curl -sf --max-time 2 "http://127.0.0.1:$http_port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null || (( $(date +%s) - started > HEALTH_TIMEOUT )); then
      echo "gateway $name did not come UP; last log lines:" >&2
      tail -n 30 "$WORK/gateway-$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "gateway $name UP after $(( $(date +%s) - started )) s (pid $pid)"
}

# The production shape's shared parts: a PostgreSQL server and a standalone Artemis broker, each
# fresh. Sets BROKER_URL and JDBC_URL. $1: name of this measurement.
start_shared() {
  local name=$1
  java -cp "$BENCH_JAR" nl.ijw.gateway.bench.Database "$WORK/database-$name" >"$WORK/database-$name.log" 2>&1 &
  DATABASE_PID=$!
  wait_for_line "$WORK/database-$name.log" PostgreSQL '^JDBC ' "$DATABASE_PID" 60
  JDBC_URL=$(sed -n 's/^JDBC //p' "$WORK/database-$name.log" | head -n1)
  # The server runs detached from its starter: its CPU is its main process's and that one's children's.
  POSTMASTER_PID=$(head -n1 "$WORK/database-$name/pgdata/postmaster.pid")
  echo "PostgreSQL: $JDBC_URL (server pid $POSTMASTER_PID)"

  local port
  port=$(java -cp "$BENCH_JAR" nl.ijw.gateway.bench.FreePorts 1)
  # Anonymous connections get the broker's full role: a closed set-up on loopback, like the
  # embedded broker's runs without sign-in. The journal settings are what artemis create tunes here.
  bash "$ARTEMIS_HOME/bin/artemis" create --silent --force --user bench --password bench --role amq \
      --allow-anonymous --host 127.0.0.1 --default-port "$port" --no-web --no-amqp-acceptor \
      --no-stomp-acceptor --no-hornetq-acceptor --no-mqtt-acceptor "$WORK/broker-$name" >"$WORK/broker-$name-create.log" 2>&1
  # As the gateway's broker.properties for a standalone broker says: freed journal files are not reused
  # (compacting reused files stalled the broker for seconds, README "Latency").
  echo "journalPoolFiles=2" >"$WORK/broker-$name/etc/broker.properties"
  (exec bash "$WORK/broker-$name/bin/artemis" run >"$WORK/broker-$name.log" 2>&1) &
  BROKER_PID=$!
  wait_for_line "$WORK/broker-$name.log" broker AMQ221007 "$BROKER_PID" 90
  BROKER_URL=tcp://127.0.0.1:$port
  echo "Artemis broker: $BROKER_URL (pid $BROKER_PID), journal-buffer-timeout $(sed -n \
      's:.*<journal-buffer-timeout>\([0-9]*\)</journal-buffer-timeout>.*:\1:p' "$WORK/broker-$name/etc/broker.xml" | head -n1) ns"
}

# Measures one fresh set-up through the load generator. $1: name of this measurement, $2: gateway
# instances (0: one gateway with its embedded broker and journal), further arguments: extra gateway
# settings. The load generator's output goes to stdout and $WORK/$1.out.
measure() {
  local name=$1 instances=$2
  shift 2
  local url others=()
  if (( instances == 0 )); then
    local tcp_port
    tcp_port=$(java -cp "$BENCH_JAR" nl.ijw.gateway.bench.FreePorts 1)
    # Broker sign-in is off: the load generator plays both parties on one connection and the raw
    # yardstick uses a queue of its own (bench.raw), which no party may use.
    start_gateway "$name" --ijw.broker.host=127.0.0.1 --ijw.broker.port="$tcp_port" --ijw.broker.beveiliging=false "$@"
    url=tcp://127.0.0.1:$tcp_port
  else
    start_shared "$name"
    # One journal: the same keys for the BSN hashes and the payloads on every instance.
    local key i
    key=$(head -c 32 /dev/urandom | base64)
    for ((i = 1; i <= instances; i++)); do
      start_gateway "$name-$i" --spring.artemis.mode=native --spring.artemis.broker-url="$BROKER_URL" \
          --spring.datasource.url="$JDBC_URL" --spring.datasource.username=postgres \
          --spring.datasource.password=postgres --ijw.journaal.bsn-sleutel="$key" \
          --ijw.journaal.payload-sleutel="$key" "$@"
    done
    url=$BROKER_URL
    others=(--other-pid "broker=$BROKER_PID,database=$POSTMASTER_PID")
  fi

  # --warmup counts per gateway instance: with K instances the load generator sends K times as many
  # (the last --warmup wins), so each instance is as warm as a single one would be.
  if (( instances > 1 )); then
    local warmup=2000 i
    for ((i = 0; i < ${#LOAD_OPTIONS[@]}; i++)); do
      case ${LOAD_OPTIONS[i]} in
        --warmup) warmup=${LOAD_OPTIONS[i + 1]:-$warmup} ;;
        --warmup=*) warmup=${LOAD_OPTIONS[i]#--warmup=} ;;
      esac
    done
    others+=(--warmup "$((warmup * instances))")
  fi

  local rc=0 before after pids
  pids=$(IFS=,; echo "${GATEWAY_PIDS[*]}")
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "load average before: $before (other processes on this machine skew the numbers)"
  # shellcheck disable=SC2086
  java ${BENCH_JAVA_OPTS:-} -jar "$BENCH_JAR" --url "$url" --messages "$N" \
      --samples "$ROOT/src/test/resources/berichten" --xsd "$ROOT/xsd/ijw-3.2" --gateway-pid "$pids" \
      ${LOAD_OPTIONS[@]+"${LOAD_OPTIONS[@]}"} ${others[@]+"${others[@]}"} \
      | tee "$WORK/$name.out" || rc=$?
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "load average after: $after"
  echo "load average before / after: $before / $after" >>"$WORK/$name.out"
  if (( instances == 0 )); then
    local journal_type
    journal_type=$(grep -o -m1 'Using [A-Z]* Journal' "$WORK/gateway-$name.log" || echo 'journal type unknown')
    echo "gateway journal: $(du -sh "$WORK/data-$name/artemis/journal" 2>/dev/null | cut -f1), ${journal_type#Using }"
  fi
  local log
  for log in "$WORK"/gateway-"$name"*.log; do
    echo "$(basename "$log" .log): $(grep -c -E ' (WARN|ERROR) ' "$log" || true) WARN/ERROR lines"
  done
  stop_all
  return "$rc"
}

if [[ -z $COMPARE ]]; then
  rc=0
  measure run "$INSTANCES" || rc=$?
  exit "$rc"
fi

# Two variants a and b, measured in turn; the ratio is b / a.
if [[ $COMPARE == journal ]]; then
  A=journaal-uit; B=journaal-aan; A_ARGS=(--ijw.journaal.actief=false); B_ARGS=(--ijw.journaal.actief=true)
  A_INSTANCES=$INSTANCES; B_INSTANCES=$INSTANCES; LABEL="journal on / off"; TARGET=0.70
else
  # The two instances share this machine's cores and one database: each gets half of the consumers,
  # so both set-ups have as many messages in progress.
  A=een-instantie; B=twee-instanties; A_ARGS=(); B_ARGS=(--ijw.intake.concurrent-consumers=24)
  A_INSTANCES=1; B_INSTANCES=2; LABEL="two instances / one"; TARGET=0.90
fi

rc=0
for ((round = 1; round <= ROUNDS && rc == 0; round++)); do
  measure "$A-$round" "$A_INSTANCES" ${A_ARGS[@]+"${A_ARGS[@]}"} || rc=$?
  (( rc == 0 )) && { measure "$B-$round" "$B_INSTANCES" ${B_ARGS[@]+"${B_ARGS[@]}"} || rc=$?; }
done

# "gateway: 20000 msgs, 812 msg/s, p50 ..." -> 812
rate() { sed -n 's/^gateway: .*, \([0-9][0-9]*\) msg\/s,.*/\1/p' "$WORK/$1.out" 2>/dev/null; }
line() { grep -E "^$2" "$WORK/$1.out" | head -n1 | sed -E "s|^$2 *||"; }
echo
echo "============ $LABEL, same run, $N messages${LOAD_OPTIONS[*]+ (${LOAD_OPTIONS[*]})}, $ROUNDS round(s) ============"
ratios=()
total_a=0
total_b=0
for ((round = 1; round <= ROUNDS; round++)); do
  for name in "$A-$round" "$B-$round"; do
    [[ -f $WORK/$name.out ]] || continue
    echo "$name: $(line "$name" 'gateway:')"
    echo "    cpu $(line "$name" '  cpu')"
    echo "    load average before / after: $(line "$name" 'load average before / after:')"
    echo "    $(line "$name" 'RESULT:')"
  done
  a=$(rate "$A-$round" || true)
  b=$(rate "$B-$round" || true)
  if [[ -n $a && -n $b ]]; then
    ratio=$(awk -v b="$b" -v a="$a" 'BEGIN { printf "%.2f", b / a }')
    ratios+=("$ratio")
    total_a=$((total_a + a))
    total_b=$((total_b + b))
    echo "round $round: $LABEL: $b / $a msg/s = $ratio"
  else
    echo "round $round: no ratio (a measurement failed)"
  fi
done
if (( ${#ratios[@]} == ROUNDS )); then
  # The median: the middle one, or the mean of the middle two.
  median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.2f", m }')
  echo "$LABEL, median of $ROUNDS round(s): $median (target: at least $TARGET)"
  # Less swayed by one slow run of a pair than the median of few pairs.
  echo "$LABEL, ratio of the totals: $total_b / $total_a msg/s = $(awk -v b="$total_b" -v a="$total_a" 'BEGIN { printf "%.2f", b / a }')"
else
  echo "$LABEL: no median (a measurement failed)"
fi
echo "=============================================================================="
exit "$rc"
