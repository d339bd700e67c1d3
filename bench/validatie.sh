#!/usr/bin/env bash
# Benchmark of validation: a JW301 of about 8 KB with every rule against the file checks and schema
# alone (see ValidatieBenchmark). In-process and single-threaded; takes about a minute with defaults.
#
#   bench/validatie.sh [rounds] [seconds per variant per round] [warm-up seconds]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-validatie.classpath -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench-validatie.classpath)" \
  nl.ijw.gateway.validation.ValidatieBenchmark "$@"
