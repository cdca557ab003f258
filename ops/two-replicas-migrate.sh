#!/usr/bin/env bash
# Two replicas started at once on one EMPTY database (what a Deployment of 2 does on its first rollout) must
# both become ready, with every migration applied exactly once (Flyway's lock) and, as no admin key is
# configured, exactly one bootstrap admin key, logged exactly once (API.md, Auth). The instances run the
# packaged app in the prod profile, so this also checks prod logging: every stdout line is a JSON object, and a
# logged error carries, in its "mdc", the request_id of the answer it produced.
#
# Needs: target/quarkus-app (mvn package or verify), the local PostgreSQL the tests use (trust auth),
# java, psql, curl, jq, python3. Creates a database of its own and drops it at the end, whatever happens.
# Usage: bash ops/two-replicas-migrate.sh
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=target/quarkus-app/quarkus-run.jar
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB="versioner_two_replicas_$$_${RANDOM}"
WORK="$(mktemp -d)"
PIDS=()

cleanup() {
  # Only the two JVMs this script started, by their pid.
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  psql -X -q -d postgres -c "drop database if exists \"$DB\" with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
# KEEP_LOGS=dir copies the instances' output there before cleaning up (to look at what prod logs).
[[ -z "${KEEP_LOGS:-}" ]] || trap 'cp "$WORK"/app* "$KEEP_LOGS"/ 2>/dev/null; cleanup' EXIT

fail() {
  echo "two-replicas-migrate: FAIL: $*" >&2
  for i in 1 2; do
    if [[ -f "$WORK/app$i.out" ]]; then
      echo "--- instance $i, last lines of stdout and stderr" >&2
      tail -n 30 "$WORK/app$i.out" "$WORK/app$i.err" >&2 || true
    fi
  done
  exit 1
}
ok() { echo "two-replicas-migrate: ok: $*"; }
sql() { psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$DB" -c "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

[[ -f "$JAR" ]] || fail "$JAR is missing: run mvn package first"
psql -X -q -d postgres -c "create database \"$DB\"" >/dev/null

PORTS=("$(free_port)" "$(free_port)")
[[ "${PORTS[0]}" != "${PORTS[1]}" ]] || PORTS[1]="$(free_port)"

# Both launched back to back; the prod profile, configured only by the environment as in a container.
# Variables a developer or CI may have set are removed so that nothing but this configuration counts.
for i in 1 2; do
  env -u VERSIONER_ADMIN_KEY -u VERSIONER_DB_SCHEMA -u QUARKUS_PROFILE -u QUARKUS_DATASOURCE_PASSWORD \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
    QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
    QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="${PORTS[$((i - 1))]}" \
    java -Xmx256m -jar "$JAR" >"$WORK/app$i.out" 2>"$WORK/app$i.err" &
  PIDS+=("$!")
done

# Both ready within 2 minutes (the startup probe's budget in deploy/kubernetes/deployment.yaml).
for i in 1 2; do
  port="${PORTS[$((i - 1))]}"
  for _ in $(seq 1 240); do
    kill -0 "${PIDS[$((i - 1))]}" 2>/dev/null || fail "instance $i exited before it was ready"
    curl -fs -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" && break
    sleep 0.5
  done
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/ready" || fail "instance $i not ready after 120 s"
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/started" || fail "instance $i: /q/health/started"
  curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$port/q/health/live" || fail "instance $i: /q/health/live"
done
ok "both instances ready (ports ${PORTS[*]})"

# Every migration exactly once, all successful, and as many as there are migration files.
files=$(find src/main/resources/db/migration -name 'V*__*.sql' | wc -l)
applied=$(sql "select count(distinct version) from flyway_schema_history where version is not null and success") \
  || fail "no readable flyway_schema_history"
dupes=$(sql "select coalesce(string_agg(version, ','), '') from (select version from flyway_schema_history
             where version is not null group by version having count(*) <> 1) d") || fail "flyway_schema_history query"
failed=$(sql "select count(*) from flyway_schema_history where not success") || fail "flyway_schema_history query"
[[ -z "$dupes" ]] || fail "migrations applied more than once: $dupes"
[[ "$failed" == 0 ]] || fail "$failed failed migration rows"
[[ "$applied" == "$files" ]] || fail "$applied migrations applied, $files migration files"
ok "each of the $files migrations applied exactly once"
for i in 1 2; do
  grep -q 'Successfully applied\|is up to date' "$WORK/app$i.out" || fail "instance $i logged no Flyway outcome"
done

# One bootstrap admin key in the database, announced once in all the logs together, and usable on both.
keys=$(sql "select count(*) from api_key") || fail "no readable api_key table"
[[ "$keys" == 1 ]] || fail "$keys API keys after two first starts, expected the one bootstrap key"
announced=$(cat "$WORK/app1.out" "$WORK/app2.out" | grep -c 'created admin key' || true)
[[ "$announced" == 1 ]] || fail "the bootstrap key was logged $announced times"
key=$(cat "$WORK/app1.out" "$WORK/app2.out" | jq -r -R 'fromjson? | .message | select(contains("created admin key"))' \
  | grep -o 'sk_[A-Za-z0-9_-]*' | head -n 1 || true)
[[ -n "$key" ]] || fail "no key in the bootstrap log line"
for port in "${PORTS[@]}"; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api-keys" || true)
  [[ "$code" == 200 ]] || fail "the logged bootstrap key gets $code on port $port"
done
ok "one bootstrap admin key, logged once, accepted by both instances"

# Prod logs: one JSON object per stdout line, with a level and a message.
python3 - "$WORK/app1.out" "$WORK/app2.out" <<'EOF' || fail "a prod log line is not JSON (above)"
import json, sys
for path in sys.argv[1:]:
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except ValueError:
            sys.exit(f"{path}:{n}: not JSON: {line[:200]}")
        if not isinstance(o, dict) or "level" not in o or "message" not in o:
            sys.exit(f"{path}:{n}: not a log record: {line[:200]}")
EOF
ok "prod log lines are JSON objects"

# A logged error carries its request_id. Cutting the instances' database connections makes the next request
# fail with 503 (logged as a warning); the pool then replaces the dead connections by itself.
port="${PORTS[0]}"
rid=""
for _ in 1 2 3 4 5; do
  sql "select count(pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database()
       and pid <> pg_backend_pid()" >/dev/null
  body=$(curl -s --max-time 10 -D "$WORK/headers" -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api-keys" || true)
  if grep -q '^HTTP/[0-9.]* 503' "$WORK/headers"; then
    rid=$(jq -r '.request_id // empty' <<<"$body" 2>/dev/null || true)
    break
  fi
done
[[ -n "$rid" ]] || fail "no 503 with a request_id after the database connections were cut"
header=$(tr -d '\r' <"$WORK/headers" | awk -F': ' 'tolower($1) == "x-request-id" {print $2}' || true)
[[ "$header" == "$rid" ]] || fail "X-Request-Id '$header' differs from the body's request_id '$rid'"
found=""
for _ in $(seq 1 20); do
  found=$(jq -c -R --arg id "$rid" \
    'fromjson? | select(.mdc.request_id == $id and .loggerName == "io.versioner.common.ErrorMapper")' "$WORK/app1.out" || true)
  [[ -n "$found" ]] && break
  sleep 0.2
done
[[ -n "$found" ]] || fail "no JSON log line of ErrorMapper with mdc.request_id $rid"
ok "the 503's JSON log line carries its request_id: $(jq -r '.level + " " + .message' <<<"$found" | head -n 1)"
for _ in $(seq 1 20); do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api-keys" || true)
  [[ "$code" == 200 ]] && break
  sleep 0.5
done
[[ "$code" == 200 ]] || fail "still $code after the database came back"
ok "service recovered from the cut connections"
echo "two-replicas-migrate: all checks passed"
