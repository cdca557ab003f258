#!/usr/bin/env bash
# Start time and memory of the JVM service: JDK 17 and JDK 25, each with and without a class cache
# (AppCDS on 17, the JEP 483 AOT cache on 25), trained by one run that starts and serves a few requests.
#   bench/startup.sh            5 starts per variant, then RSS after 15 s of ingestion load
#   bench/startup.sh --smoke    1 start of JDK 17 only
# Prints: variant, median ms from launch to ready, median RSS after start, RSS after load (MiB).
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=false
[ "${1:-}" = "--smoke" ] && SMOKE=true
JDK17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
JDK25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
SCHEMA=${BENCH_SCHEMA:-versioner_startup}
PORT=${BENCH_PORT:-18090}
BASE=http://127.0.0.1:$PORT
export BENCH_KEY=sk_bench_admin_key_only_for_local_benchmarks_00
APP=target/quarkus-app
WORK=target/startup-bench
RUNS=5
$SMOKE && RUNS=1
[ -f "$APP/quarkus-run.jar" ] || mvn -B -q package -DskipTests
mkdir -p "$WORK"
export PGOPTIONS="-c client_min_messages=warning"
psql -h 127.0.0.1 -U postgres -X -q -c "drop schema if exists $SCHEMA cascade"

PID=
stop() { if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; PID=; fi; }
trap stop EXIT

launch() { # java_home extra_opts... ; sets PID and START_MS
  local java=$1/bin/java; shift
  local t0; t0=$(date +%s%N)
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
      VERSIONER_DB_SCHEMA="$SCHEMA" VERSIONER_ADMIN_KEY="$BENCH_KEY" QUARKUS_HTTP_PORT="$PORT" QUARKUS_LOG_LEVEL=WARN \
      "$java" "$@" -jar "$APP/quarkus-run.jar" > "$WORK/service.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 3000); do
    if curl -fs --max-time 1 -o /dev/null "$BASE/q/health/ready"; then
      START_MS=$(( ($(date +%s%N) - t0) / 1000000 )); return 0
    fi
    sleep 0.01
  done
  echo "not ready"; tail -20 "$WORK/service.log"; exit 1
}

rss_mib() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$PID/status"; }

exercise() { # a few requests of each kind, for training runs
  for i in $(seq 1 20); do
    curl -fs -o /dev/null -X POST "$BASE/deployment-events/" -H "Authorization: Bearer $BENCH_KEY" \
      -H "Content-Type: application/json" -d "{\"product_name\":\"train-$i\",\"version\":\"1.$i\",\"environment_name\":\"prod\",\"status\":\"success\"}"
    curl -fs -o /dev/null "$BASE/deployments/" -H "Authorization: Bearer $BENCH_KEY"
    curl -fs -o /dev/null "$BASE/environment-state/" -H "Authorization: Bearer $BENCH_KEY"
  done
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

measure() { # label java_home opts...
  local label=$1; shift
  local starts="" rss=""
  for _ in $(seq 1 "$RUNS"); do
    launch "$@"; starts="$starts $START_MS"; rss="$rss $(rss_mib)"; stop
  done
  local loaded="-"
  if ! $SMOKE; then
    launch "$@"
    BENCH_PRODUCTS=100 wrk -t2 -c16 -d15s -s bench/deploy.lua "$BASE/deployment-events/" > /dev/null
    loaded=$(rss_mib); stop
  fi
  printf "%-22s start_ms=%s rss_start_mib=%s rss_after_load_mib=%s (starts:%s)\n" "$label" \
    "$(echo $starts | tr ' ' '\n' | median)" "$(echo $rss | tr ' ' '\n' | median)" "$loaded" "$starts"
}

# first start migrates the schema, so that no variant pays for it
launch "$JDK17"; stop

measure "jdk17" "$JDK17"
$SMOKE && exit 0

launch "$JDK17" -XX:ArchiveClassesAtExit="$WORK/app-17.jsa"; exercise; stop
measure "jdk17+appcds" "$JDK17" -XX:SharedArchiveFile="$WORK/app-17.jsa"

measure "jdk25" "$JDK25"
launch "$JDK25" -XX:AOTCacheOutput="$WORK/app-25.aot"; exercise; stop
measure "jdk25+aot-cache" "$JDK25" -XX:AOTCache="$WORK/app-25.aot"

# what a 512 MiB container would give the heap (MaxRAMPercentage of 512 MiB), as fixed sizes on this host
for heap in 256m 128m; do
  measure "jdk25+aot -Xmx$heap" "$JDK25" -XX:AOTCache="$WORK/app-25.aot" -Xmx$heap
done
