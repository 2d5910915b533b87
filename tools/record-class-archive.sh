#!/usr/bin/env bash
# Records an AppCDS class archive (app-cds.jsa) for a packaged application by a training run: starts it from its
# folder with -XX:ArchiveClassesAtExit on a throw-away embedded PostgreSQL, sends it the golden example cases and a few
# other requests, and stops it; the JVM writes the archive as it exits. Then start the application with
#   cd target/quarkus-app && java -XX:SharedArchiveFile=app-cds.jsa -jar quarkus-run.jar
#
# Why not Quarkus's own archive (-Dquarkus.package.jar.appcds.enabled=true): it is recorded with the application
# stopped before its runtime start, so the classes of the database work (Flyway, Hibernate, the driver) and of serving
# requests are still read from the jars on every start. Measured here: Quarkus's archive served 6,189 of the ~14,700
# classes a start loads, a trained one 10,735 (bench/HISTORY.md).
#
# Usage: tools/record-class-archive.sh [app folder, default target/quarkus-app]
# Record it on the machine and JDK build that will run the application: the JVM ignores an archive made by another
# JDK build, or for jars at other paths (-Xshare:on turns that into an error). Sends traffic only to 127.0.0.1, to a
# free port of its own, and stops by itself. Needs curl.
set -euo pipefail
cd "$(dirname "$0")/.."
APP_DIR=$(cd "${1:-target/quarkus-app}" && pwd)
[[ -f $APP_DIR/quarkus-run.jar ]] || { echo "no quarkus-run.jar in $APP_DIR: run ./mvnw package first" >&2; exit 1; }

WORK=$(mktemp -d)
APP_PID=
cleanup() {
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then kill -9 "$APP_PID"; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

rm -f "$APP_DIR/app-cds.jsa.new"
# Always a throw-away embedded PostgreSQL, whatever database this shell is configured for.
(cd "$APP_DIR" && exec env -u QUARKUS_DATASOURCE_JDBC_URL -u QUARKUS_DATASOURCE_USERNAME -u QUARKUS_DATASOURCE_PASSWORD \
  QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=0 \
  SPINETRIAGE_EMBEDDED_POSTGRES_DATA_DIR="$WORK/postgres" SPINETRIAGE_SECURITY_BOOTSTRAP_KEY_FILE="$WORK/admin-key" \
  java -Xmx256m -XX:ArchiveClassesAtExit=app-cds.jsa.new -jar quarkus-run.jar) >"$WORK/app.log" 2>&1 &
APP_PID=$!

deadline=$((SECONDS + 120))
BASE=
# Port 0: the system picks a free port, and the start-up log names it.
until [[ -n $BASE ]] && curl -sf -o /dev/null "$BASE/q/health/ready"; do
  BASE=$(grep -o 'Listening on: http://127.0.0.1:[0-9]*' "$WORK/app.log" | head -n1 | sed 's/Listening on: //' || true)
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 30 "$WORK/app.log" >&2; echo "the application died" >&2; exit 1; }
  ((SECONDS < deadline)) || { echo "not ready in 120 s" >&2; exit 1; }
  sleep 0.1
done

KEY=$(cat "$WORK/admin-key")
call() { # method path [body] [extra curl args...]: prints the status; any answer will do, it is the classes we want
  local method=$1 path=$2 body=${3:-}
  shift 3 || shift $#
  local args=(-s -o "$WORK/last" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $KEY" "$@")
  [[ -n $body ]] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
  curl "${args[@]}" "$BASE$path"
}
# Each of the first golden cases (V6) a few times (the request paths are then interpreted, profiled and partly
# compiled, as in service). Their requests are the lines of V6 that hold one JSON object, quoted, as ::jsonb.
cases=$(sed -n "s/^ '\({\"patient\".*}\)'::jsonb,\$/\1/p" db/migration/V6__initial_golden_cases.sql | sed "s/''/'/g")
[[ -n $cases ]] || { echo "no requests found in db/migration/V6__initial_golden_cases.sql" >&2; exit 1; }
for round in 1 2 3; do
  while IFS= read -r body; do call POST /api/v1/triage "$body" >/dev/null; done <<<"$cases"
done
first=$(head -n1 <<<"$cases")
status=$(call POST /api/v1/triage "$first" -H "Idempotency-Key: training-$$")
# A training run whose requests fail would record an archive of the error paths: stop instead.
[[ $status == 201 ]] || { cat "$WORK/last" >&2; echo "a training triage answered $status, not 201" >&2; exit 1; }
id=$(grep -o '"triageId":"[^"]*"' "$WORK/last" | cut -d'"' -f4)
call GET "/api/v1/triage/$id" >/dev/null
call POST /api/v1/triage '{"patient": {"ageYears": -1}, "unknown": 1}' >/dev/null
for path in /api/v1/info /api/v1/rulesets /api/v1/therapies /api/v1/vocabulary /api/v1/admin/rulesets /q/openapi \
  /q/health /q/metrics; do call GET "$path" >/dev/null; done

kill "$APP_PID"
wait "$APP_PID" || true
APP_PID=
[[ -s $APP_DIR/app-cds.jsa.new ]] || { tail -n 30 "$WORK/app.log" >&2; echo "no archive was written" >&2; exit 1; }
mv -f "$APP_DIR/app-cds.jsa.new" "$APP_DIR/app-cds.jsa"
echo "recorded $APP_DIR/app-cds.jsa ($(du -m "$APP_DIR/app-cds.jsa" | cut -f1) MiB)"
