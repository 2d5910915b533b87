#!/usr/bin/env bash
# Spine Triage benchmark: builds the app with the bench profile, starts it on 127.0.0.1 with -Xmx256m and a durable
# embedded PostgreSQL, warms up, then measures, alternating in one run, the baseline echo endpoint and
# POST /api/v1/triage (a mix of the golden example cases): wrk for throughput, h2load at a fixed rate of half that
# throughput for latency. Then the time to ready: fresh data folder, existing one, and an external PostgreSQL on
# 127.0.0.1:5432 when one answers. Sends traffic only to 127.0.0.1 and stops by itself.
#
# Figures land in target/bench/summary.md; bench/RESULTS.md is written from them by hand.
# Knobs: BENCH_RUNS (3), BENCH_DURATION seconds per measurement (10), BENCH_WARMUP seconds per endpoint (40; the JIT
# needs about a minute of load in all before a triage costs what it costs in steady state),
# BENCH_CONNECTIONS (8), BENCH_PORT (18080), BENCH_SKIP_BUILD=1, SPINETRIAGE_BENCH_KEY (Bearer key; default: the
# bootstrap admin key of the fresh start), BENCH_APPCDS=0 (start without the AppCDS class archive).
#
# The app runs as recommended for production (README, "Faster start-up in production"): from its folder, with the
# AppCDS archive a training run recorded (tools/record-class-archive.sh; -XX:SharedArchiveFile=app-cds.jsa). Time to ready is reported with the JVM's CPU
# seconds up to that moment, which a busy machine distorts far less than the wall clock.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
DURATION=${BENCH_DURATION:-10}
WARMUP=${BENCH_WARMUP:-40}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
PORT=${BENCH_PORT:-18080}
BASE=http://127.0.0.1:$PORT
OUT=target/bench
APP_DIR=$PWD/target/bench-app
APPCDS=${BENCH_APPCDS:-1}
EXTERNAL_DB=spinetriage_bench_$$

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v h2load >/dev/null || missing+=(nghttp2-client)
  command -v python3 >/dev/null || missing+=(python3)
  command -v curl >/dev/null || missing+=(curl)
  if ((${#missing[@]})); then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}"
  fi
}

auth_args() {
  if [[ -n "${SPINETRIAGE_BENCH_KEY:-}" ]]; then printf '%s\n' -H "Authorization: Bearer $SPINETRIAGE_BENCH_KEY"; fi
}

APP_PID=
start_app() { # $1: label; the environment says which database
  local started=$(date +%s%N) cds=()
  # The archive names the jar by the relative path it was recorded with: start from the app's folder.
  [[ $APPCDS == 1 ]] && cds=(-Xshare:on -XX:SharedArchiveFile=app-cds.jsa)
  (cd "$APP_DIR" && QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT exec java -Xmx256m "${cds[@]}" \
    -jar quarkus-run.jar) >"$OUT/app-$1.log" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + 120))
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died, see $OUT/app-$1.log" >&2; exit 1; }
    ((SECONDS < deadline)) || { echo "app not ready in 120 s, see $OUT/app-$1.log" >&2; exit 1; }
    sleep 0.02
  done
  READY_MS=$((($(date +%s%N) - started) / 1000000))
  READY_CPU=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$APP_PID/stat")
  echo "ready in $READY_MS ms, $READY_CPU s of JVM CPU ($1)"
}

stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=
}

cleanup() {
  stop_app
  if [[ -n "${EXTERNAL_READY:-}" ]]; then dropdb -h 127.0.0.1 -U postgres --if-exists "$EXTERNAL_DB" || true; fi
}
trap cleanup EXIT

warm() { # $1: path
  wrk -t1 -c"$CONNECTIONS" -d"${WARMUP}s" -s bench/requests.lua "$BASE" -- "$OUT/bodies.jsonl" "$1" >/dev/null
}

measure() { # $1: endpoint label, $2: path, $3: run number
  local before after requests rps rate
  before=$(python3 bench/stats.py cpu "$APP_PID" "$PG_PID")
  wrk -t1 -c"$CONNECTIONS" -d"${DURATION}s" -s bench/requests.lua "$BASE" -- "$OUT/bodies.jsonl" "$2" \
    >"$OUT/wrk-$1-$3.txt"
  after=$(python3 bench/stats.py cpu "$APP_PID" "$PG_PID")
  local wrk_line=$(grep '^WRK ' "$OUT/wrk-$1-$3.txt" | cut -d' ' -f2-)
  requests=$(sed 's/.*requests=\([0-9]*\).*/\1/' <<<"$wrk_line")
  rps=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$wrk_line")
  local cpu=$(python3 - "$before" "$after" "$requests" <<'PY'
import sys
(j0, p0), (j1, p1), n = map(float, sys.argv[1].split()), map(float, sys.argv[2].split()), int(sys.argv[3])
print(f"cpu_us_per_req={((j1 - j0) + (p1 - p0)) / n:.0f} jvm_cpu_us_per_req={(j1 - j0) / n:.0f} "
      f"pg_cpu_us_per_req={(p1 - p0) / n:.0f}")
PY
)
  # Latency at a fixed arrival rate of half the throughput just measured; h2load's --rps is per connection.
  rate=$((rps / 2 / CONNECTIONS))
  ((rate >= 1)) || rate=1
  mapfile -t auth < <(auth_args)
  rm -f "$OUT/h2load-$1-$3.log"
  h2load --h1 -c"$CONNECTIONS" --rps="$rate" -D "$DURATION" -d "$OUT/latency-body.json" \
    -H 'Content-Type: application/json' "${auth[@]}" --log-file="$OUT/h2load-$1-$3.log" "$BASE$2" \
    >"$OUT/h2load-$1-$3.txt"
  local fixed=$(python3 bench/stats.py h2load "$OUT/h2load-$1-$3.log" | cut -d' ' -f2- | sed 's/\([a-z0-9_]*\)=/fixed_\1=/g')
  local line="endpoint=$1 run=$3 $wrk_line $cpu rss_mib=$(python3 bench/stats.py rss "$APP_PID") $fixed fixed_rps=$(sed -n 's/^finished in .*s, \([0-9]*\).* req\/s.*/\1/p' "$OUT/h2load-$1-$3.txt")"
  echo "$line" | tee -a "$OUT/runs.txt"
}

install_tools
mkdir -p "$OUT"
rm -rf "$OUT/pgdata" "$OUT/runs.txt"

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  echo "== build (bench profile: adds the baseline endpoint POST /bench/echo)"
  ./mvnw -q -Dquarkus.profile=bench -Dquarkus.package.output-directory=bench-app package -DskipTests
  if [[ $APPCDS == 1 ]]; then
    echo "== record the AppCDS class archive by a training run (tools/record-class-archive.sh)"
    tools/record-class-archive.sh "$APP_DIR"
  fi
fi

# The request bodies: the twelve first golden cases (bench/stats.py golden-bodies); the first (lumbar radicular) for
# the fixed-rate run.
python3 bench/stats.py golden-bodies >"$OUT/bodies.jsonl"
[[ $(wc -l <"$OUT/bodies.jsonl") -eq 12 ]] || { echo "expected the 12 golden requests of V6" >&2; exit 1; }
head -n1 "$OUT/bodies.jsonl" | tr -d '\n' >"$OUT/latency-body.json"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet 2>/dev/null || echo ' (with local changes)')"
  echo "cpu: $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "memory: $(free -m | awk '/Mem:/ {print $2}') MiB; kernel $(uname -r)"
  echo "java: $(java -version 2>&1 | head -n1)"
  echo "tools: $(wrk -v 2>&1 | head -n1 | cut -d' ' -f1-2); $(h2load --version | head -n1)"
  echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "settings: runs=$RUNS duration=${DURATION}s warmup=${WARMUP}s connections=$CONNECTIONS wrk threads=1 -Xmx256m"
} >"$OUT/machine.txt"
cat "$OUT/machine.txt"

echo "== start with a fresh embedded PostgreSQL (initdb, migrations, rule compilation)"
export SPINETRIAGE_EMBEDDED_POSTGRES_DATA_DIR=$PWD/$OUT/pgdata
export SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE=$PWD/$OUT/bootstrap-admin-key
# The load comes from one key at thousands of requests a second: the per-key rate limit (default 10/s, burst 50)
# would turn most of it into 429s and measure the limiter instead of triage. A limit this high never throttles, while
# every request still goes through the limiter, so its cost stays in the figures.
export SPINETRIAGE_RATE_LIMIT_REQUESTS_PER_SECOND=${SPINETRIAGE_RATE_LIMIT_REQUESTS_PER_SECOND:-1000000}
export SPINETRIAGE_RATE_LIMIT_BURST=${SPINETRIAGE_RATE_LIMIT_BURST:-1000000}
rm -f "$SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE"
start_app fresh
# Both endpoints authenticate; without a key of its own, the run uses the admin key the first start created.
: "${SPINETRIAGE_BENCH_KEY:=$(cat "$SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE")}"
export SPINETRIAGE_BENCH_KEY
STARTUP_FRESH="$READY_MS ms, $READY_CPU s CPU"
PG_PID=$(head -n1 "$OUT/pgdata/postmaster.pid")
for path in /bench/echo /bench/echo/event-loop /api/v1/triage; do
  mapfile -t auth < <(auth_args)
  code=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' "${auth[@]}" \
    -d @"$OUT/latency-body.json" "$BASE$path")
  [[ $code == 2* ]] || { echo "POST $path answered $code" >&2; exit 1; }
done

echo "== warm-up: ${WARMUP}s each"
warm /bench/echo
warm /bench/echo/event-loop
warm /api/v1/triage

# The target's baseline is the echo on a worker thread (the stack's default for a JSON endpoint); the same echo on
# the event loop, where triage now parses and evaluates, is measured beside it as the framework's own limit.
echo "== measure: $RUNS runs, alternating the baselines and triage"
for run in $(seq 1 "$RUNS"); do
  if ((run % 2)); then
    measure baseline /bench/echo "$run"; measure triage /api/v1/triage "$run"
    measure baseline-el /bench/echo/event-loop "$run"
  else
    measure baseline-el /bench/echo/event-loop "$run"; measure triage /api/v1/triage "$run"
    measure baseline /bench/echo "$run"
  fi
done
RSS_AFTER=$(python3 bench/stats.py rss "$APP_PID")
stop_app

echo "== time to ready: existing embedded data folder"
restarts=()
cpus=()
for i in 1 2 3; do start_app "embedded-$i"; restarts+=("$READY_MS"); cpus+=("$READY_CPU"); stop_app; done
STARTUP_EMBEDDED=$(printf '%s\n' "${restarts[@]}" | sort -n | sed -n 2p)

STARTUP_EXTERNAL="not measured (no PostgreSQL answering on 127.0.0.1:5432 as postgres)"
if command -v createdb >/dev/null && psql -h 127.0.0.1 -U postgres -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  echo "== time to ready: external PostgreSQL on 127.0.0.1:5432 (database $EXTERNAL_DB, dropped after)"
  createdb -h 127.0.0.1 -U postgres "$EXTERNAL_DB" && EXTERNAL_READY=1
  unset SPINETRIAGE_EMBEDDED_POSTGRES_DATA_DIR
  external=() external_cpu=()
  for i in 1 2 3 4; do
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$EXTERNAL_DB QUARKUS_DATASOURCE_USERNAME=postgres \
      QUARKUS_DATASOURCE_PASSWORD=postgres start_app "external-$i"
    external+=("$READY_MS"); external_cpu+=("$READY_CPU"); stop_app
  done
  STARTUP_EXTERNAL="first (runs migrations) ${external[0]} ms; then median of 3: $(printf '%s\n' "${external[@]:1}" | sort -n | sed -n 2p) ms (${external[*]:1}; CPU s ${external_cpu[*]})"
fi

{
  echo "## Run of $(date -u +%Y-%m-%dT%H:%MZ)"
  echo '```'; cat "$OUT/machine.txt"; echo '```'
  python3 bench/stats.py summarize "$OUT/runs.txt"
  echo
  echo "- RSS of the JVM after all load: $RSS_AFTER MiB (-Xmx256m)"
  echo "- AppCDS archive: $([[ $APPCDS == 1 ]] && echo used || echo not used)"
  echo "- time to ready, fresh embedded PostgreSQL (initdb + migrations + rules): $STARTUP_FRESH"
  echo "- time to ready, existing embedded data folder (median of 3): $STARTUP_EMBEDDED ms (${restarts[*]}; CPU s ${cpus[*]})"
  echo "- time to ready, external PostgreSQL: $STARTUP_EXTERNAL"
} >"$OUT/summary.md"
echo
cat "$OUT/summary.md"
