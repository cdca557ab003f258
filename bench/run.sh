#!/usr/bin/env bash
# Versioner benchmark: ingestion against the database's own limit, reads as history grows.
#   bench/run.sh            full run (about 20 minutes on 2 cores; prints the figures of BENCHMARKS.md)
#   bench/run.sh --smoke    seconds and tiny data: proves the script still works (CI runs this)
# Needs: a built jar (mvn package), PostgreSQL on 127.0.0.1:5432 (trust), wrk and pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=full
[ "${1:-}" = "--smoke" ] && MODE=smoke
SCHEMA=${BENCH_SCHEMA:-versioner_bench}
PORT=${BENCH_PORT:-18080}
export BENCH_KEY=sk_bench_admin_key_only_for_local_benchmarks_00
BASE=http://127.0.0.1:$PORT
export PGOPTIONS="-c client_min_messages=warning"
PSQL=(psql -h 127.0.0.1 -U postgres -d postgres -X -q -v ON_ERROR_STOP=1)
JAR=target/quarkus-app/quarkus-run.jar
JAVA_BIN=${BENCH_JAVA:-java}

if [ "$MODE" = smoke ]; then
  DURATION=3; PRODUCTS=20; SCALES="1"; HIST_PRODUCTS=10; HIST_ENVS=5; HIST_VPP=10; HIST_DPV=2
else
  DURATION=20; PRODUCTS=1000; SCALES="10 1"; HIST_PRODUCTS=1000; HIST_ENVS=50; HIST_VPP=100; HIST_DPV=20
fi

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f "$JAR" ] || mvn -B -q package -DskipTests

SERVICE_PID=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then kill "$SERVICE_PID"; wait "$SERVICE_PID" || true; fi
  SERVICE_PID=
}
trap stop_service EXIT

start_service() {
  if curl -s -o /dev/null --max-time 2 "$BASE/q/health/live"; then
    echo "port $PORT is already taken: stop what runs there or set BENCH_PORT"; exit 1
  fi
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$SCHEMA" \
      VERSIONER_DB_SCHEMA="$SCHEMA" VERSIONER_ADMIN_KEY="$BENCH_KEY" QUARKUS_HTTP_PORT="$PORT" \
      QUARKUS_LOG_LEVEL=WARN "$JAVA_BIN" ${BENCH_JAVA_OPTS:-} -jar "$JAR" > "target/bench-service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 120); do
    curl -fs --max-time 2 "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "service did not become ready"; tail -30 target/bench-service.log; exit 1
}

fresh_schema() {
  stop_service
  "${PSQL[@]}" -c "drop schema if exists $SCHEMA cascade"
  start_service
}

post() { curl -fsS -X POST "$BASE$1" -H "Authorization: Bearer $BENCH_KEY" -H "Content-Type: application/json" -d "$2"; }

result_field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" | head -1; }

echo "== Versioner benchmark ($MODE) — $(date -u +%FT%TZ), $(nproc) cores, $("$JAVA_BIN" -version 2>&1 | head -1)"

# ---------------------------------------------------------------- 1. ingestion
fresh_schema
"${PSQL[@]}" <<SQL
set search_path = $SCHEMA;
insert into product (id, name) select gen_random_uuid(), 'bench-p' || g from generate_series(1, $PRODUCTS) g;
insert into environment (id, name, type) values
  (gen_random_uuid(), 'dev', 'dev'), (gen_random_uuid(), 'test', 'test'), (gen_random_uuid(), 'staging', 'staging'),
  (gen_random_uuid(), 'production', 'production'), (gen_random_uuid(), 'qa-eu', 'test'), (gen_random_uuid(), 'prod-eu', 'production');
SQL
# warm up the JIT and the pool before measuring: on 2 cores the JIT needs about a minute of load to settle
WARMUP=60; [ "$MODE" = smoke ] && WARMUP=2
BENCH_PRODUCTS=$PRODUCTS wrk -t2 -c32 -d${WARMUP}s -s bench/deploy.lua "$BASE/deployment-events/" >/dev/null
# what autovacuum does soon after tables grow from empty (plans chosen on empty tables are slow), and a
# checkpoint so that neither measurement pays for the other's dirty pages
"${PSQL[@]}" -c "analyze" -c "checkpoint"
PGB=$(PGOPTIONS="-c search_path=$SCHEMA -c client_min_messages=warning" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 32 -j 2 -T "$DURATION" \
      -D products="$PRODUCTS" -f bench/deployment-event.pgbench postgres 2>&1)
PGB_TPS=$(echo "$PGB" | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | head -1)
PGB_FAILED=$(echo "$PGB" | sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' | head -1)
"${PSQL[@]}" -c "checkpoint"
WRK=$(BENCH_PRODUCTS=$PRODUCTS wrk -t2 -c32 -d${DURATION}s --timeout 10s --latency -s bench/deploy.lua "$BASE/deployment-events/")
W_RPS=$(echo "$WRK" | grep RESULT | result_field rps)
echo "ingest  pgbench (SQL of one event, 32 clients): tps=$PGB_TPS failed=${PGB_FAILED:-0}"
echo "ingest  service (POST /deployment-events/, 32 conns): $(echo "$WRK" | grep RESULT | sed 's/RESULT //')"
echo "ingest  ratio service/pgbench = $(awk -v a="$W_RPS" -v b="$PGB_TPS" 'BEGIN { printf "%.2f", a / b }')"

# ---------------------------------------------------------------- 2. reads as history grows
measure() { # name path
  local out
  out=$(wrk -t2 -c8 -d${DURATION}s --timeout 10s --latency -s bench/get.lua "$BASE$2" | grep RESULT | sed 's/RESULT //')
  echo "read    [$SCALE_LABEL] $1: $out"
}

for DIV in $SCALES; do
  SCALE_LABEL="1/$DIV"
  [ "$DIV" = 1 ] && SCALE_LABEL="full"
  fresh_schema
  T0=$(date +%s)
  "${PSQL[@]}" -c "set search_path = $SCHEMA" \
    -v products=$(( HIST_PRODUCTS / DIV > 0 ? HIST_PRODUCTS / DIV : 1 )) -v envs=$HIST_ENVS \
    -v versions_per_product=$HIST_VPP -v deploys_per_version=$HIST_DPV -f bench/seed-history.sql
  COUNTS=$("${PSQL[@]}" -At -c "select (select count(*) from $SCHEMA.product), (select count(*) from $SCHEMA.environment), (select count(*) from $SCHEMA.version), (select count(*) from $SCHEMA.deployment)")
  echo "seed    [$SCALE_LABEL] products|envs|versions|deployments = $COUNTS in $(( $(date +%s) - T0 ))s"

  # a release of 50 versions (one per product) when the releases API exists
  RELEASE_ID=$(post /releases/ '{"name":"bench release"}' 2>/dev/null | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' || true)
  if [ -n "$RELEASE_ID" ]; then
    "${PSQL[@]}" -At -c "select v.id from $SCHEMA.version v join $SCHEMA.product p on p.id = v.product_id where v.version = '1.0.1' order by p.name limit 50" |
      while read -r VID; do post "/releases/$RELEASE_ID/versions" "{\"version_id\":\"$VID\"}" >/dev/null; done
    measure "release matrix (50 versions x $HIST_ENVS envs)" "/releases/$RELEASE_ID/deployments"
    measure "release list" "/releases/"
  fi
  measure "environment-state (all)" "/environment-state/"
  measure "deployments first page" "/deployments/"
  DEPTH=1000; [ "$MODE" = smoke ] && DEPTH=3
  CURSOR=$("${PSQL[@]}" -At -c "select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') || chr(31) || id
      from $SCHEMA.deployment order by created_at desc, id desc offset $(( DEPTH * 50 - 1 )) limit 1" | tr -d '\n' | base64 -w0 | tr '+/' '-_' | tr -d '=')
  measure "deployments page $DEPTH by cursor" "/deployments/?cursor=$CURSOR"
done
stop_service
echo "== done"
