#!/usr/bin/env bash
# Where do slow triages come from? Starts the bench build (target/bench-app, see bench/run.sh) on a fresh embedded
# PostgreSQL, sends closed-loop triage load (h2load, 8 connections) and logs every request's start and latency, the
# autovacuum workers (every 0.5 s) and the kernel's dirty and writeback memory (every 0.1 s); then prints, per 10 s,
# the rate, p50, p99 and worst request, the stalls (requests over 80 ms, grouped) with the dirty memory before each,
# and who wrote the table's pages (pg_stat_io). Sends traffic only to 127.0.0.1 and stops by itself.
#
# Knobs: PROBE_SECONDS (120), PROBE_PORT (18081), PROBE_SQL (statements run as the database superuser once the app
# is ready, separated by ';;', then the configuration is reloaded: e.g. "ALTER SYSTEM SET backend_flush_after=0").
# Output: target/stall-probe/.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_OF_LOAD=${PROBE_SECONDS:-120}
PORT=${PROBE_PORT:-18081}
OUT=$PWD/target/stall-probe
APP_DIR=$PWD/target/bench-app
[[ -f $APP_DIR/quarkus-run.jar ]] || { echo "build the bench app first (bash bench/run.sh builds it)" >&2; exit 1; }
missing=()
command -v h2load >/dev/null || missing+=(nghttp2-client)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v python3 >/dev/null || missing+=(python3)
command -v curl >/dev/null || missing+=(curl)
if ((${#missing[@]})); then apt-get update -qq && apt-get install -y -qq "${missing[@]}"; fi
rm -rf "$OUT" && mkdir -p "$OUT"

# The first golden case (lumbar radicular), as bench/run.sh's fixed-rate run sends it.
python3 bench/stats.py golden-bodies >"$OUT/bodies.jsonl"
head -n1 "$OUT/bodies.jsonl" | tr -d '\n' >"$OUT/body.json"

export SPINETRIAGE_EMBEDDED_POSTGRES_DATA_DIR=$OUT/pgdata
export SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE=$OUT/bootstrap-admin-key
export SPINETRIAGE_RATE_LIMIT_REQUESTS_PER_SECOND=1000000 SPINETRIAGE_RATE_LIMIT_BURST=1000000
cds=()
[[ -f $APP_DIR/app-cds.jsa ]] && cds=(-Xshare:auto -XX:SharedArchiveFile=app-cds.jsa)
(cd "$APP_DIR" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m "${cds[@]}" \
  -jar quarkus-run.jar) >"$OUT/app.log" 2>&1 &
APP_PID=$!
POLLERS=()
cleanup() {
  kill "${POLLERS[@]}" 2>/dev/null || true
  kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT
deadline=$((SECONDS + 120))
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app.log" >&2; exit 1; }
  ((SECONDS < deadline)) || { echo "app not ready in 120 s" >&2; exit 1; }
  sleep 0.1
done

PGPASSWORD=$(cat "$OUT/pgdata/spinetriage-postgres-password")
export PGPASSWORD
PSQL=(psql -h 127.0.0.1 -p "$(sed -n 4p "$OUT/pgdata/postmaster.pid")" -U postgres -d spinetriage -tAq)
if [[ -n ${PROBE_SQL:-} ]]; then
  while IFS= read -r statement; do
    [[ -n $statement ]] && { echo "sql: $statement"; "${PSQL[@]}" -c "$statement"; }
  done < <(sed 's/;;/\n/g' <<<"$PROBE_SQL")
  "${PSQL[@]}" -c "SELECT pg_reload_conf()" >/dev/null
fi

(while kill -0 "$APP_PID" 2>/dev/null; do
  echo "$(date +%s.%N) $("${PSQL[@]}" -c "SELECT string_agg(coalesce(wait_event, 'cpu') || ': ' || query, ' | ')
    FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'" 2>/dev/null || true)"
  sleep 0.5
done) >"$OUT/autovacuum.log" &
POLLERS+=($!)
(while kill -0 "$APP_PID" 2>/dev/null; do
  echo "$(date +%s.%N) $(awk '/^(Dirty|Writeback):/ {printf "%s ", $2}' /proc/meminfo)"
  sleep 0.1
done) >"$OUT/memory.log" &
POLLERS+=($!)

echo "== ${SECONDS_OF_LOAD}s of closed-loop triage load, 8 connections"
h2load --h1 -c8 -D "$SECONDS_OF_LOAD" -d "$OUT/body.json" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $(cat "$SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE")" --log-file="$OUT/requests.log" \
  "http://127.0.0.1:$PORT/api/v1/triage" >"$OUT/h2load.txt"
"${PSQL[@]}" -c "SELECT backend_type || ' ' || context || ': writes ' || writes || ', writebacks ' || writebacks
  || ', extends ' || coalesce(extends, 0) FROM pg_stat_io WHERE object = 'relation' AND (writes > 0 OR extends > 0)" \
  >"$OUT/io.txt"
python3 bench/stall_report.py "$OUT"
