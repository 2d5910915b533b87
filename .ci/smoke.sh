#!/usr/bin/env bash
# Runs the README's three curl calls and the walk-throughs of docs/ against the packaged jar, started as a new user
# would start it: from a fresh folder, so its defaults (embedded PostgreSQL in data/postgres, the first admin key in
# data/bootstrap-admin-key) land there. Then restarts the jar the way docs/cds-hooks.md says (with the development JWT
# issuer allowed), checks that the triage recorded before the restart, and the admin key, remain, and runs the CDS
# walk-through. Last, docs/operations.md's faster start: a class archive recorded by tools/record-class-archive.sh,
# used with -Xshare:on. The fresh folder looks like the repository to the docs' commands: target/, tools/ and src/
# link to this one's.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
log=$(mktemp)
out=$(mktemp)
pid=""
stop() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true; pid=""; }
trap 'stop; rm -rf "$work" "$out" "$out.sh" "$log"' EXIT

ln -s "$PWD/target" "$PWD/tools" "$PWD/src" "$work/"

# $1: the command that starts the service, exactly as the README gives it, run in the fresh folder.
start() {
  (cd "$work" && exec bash -c "exec $1") >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do
    curl -sf http://localhost:8080/q/health/ready >/dev/null && return 0
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "service did not become ready; log:"; tail -50 "$log"; exit 1
}

# A fenced block between <!-- name --> and <!-- /name --> in a Markdown file; empty when the file lacks it.
doc_block() { sed -n "/<!-- $2 -->/,/<!-- \/$2 -->/p" "$1" | sed '1,2d;$d' | sed '$d'; }
# $1: file, $2: block name. Runs the block in the fresh folder; its output goes to $out. A missing block fails.
run_block() {
  doc_block "$1" "$2" > "$out.sh"
  [ -s "$out.sh" ] || { echo "$1 lacks the block $2"; exit 1; }
  (cd "$work" && bash -euo pipefail "$out.sh") > "$out"
}
# $1: what is checked; the other arguments: strings its output must hold.
expect() {
  local what=$1; shift
  for expected in "$@"; do
    grep -qF -- "$expected" "$out" || { echo "$what output lacks $expected"; head -c 4000 "$out"; exit 1; }
  done
  echo "$what: every command answered as documented"
}

# The run command at the top of the README, and the CDS section's (from its java line: the package step is done).
run_command=$(sed -n '/^```bash$/,/^```$/p' README.md | grep -m1 -o 'java -jar target/quarkus-app/quarkus-run.jar')
cds_command=$(doc_block docs/cds-hooks.md cds-start | sed -n '/^java /,$p')
[ -n "$run_command" ] && [ -n "$cds_command" ] \
  || { echo "README lacks the run command or docs/cds-hooks.md the CDS start command"; exit 1; }

start "$run_command"
grep -E 'started in|Embedded PostgreSQL started' "$log" | sed 's/^/  /'
[ "$(stat -c %a "$work/data/bootstrap-admin-key")" = 600 ] || { echo "bootstrap key file is not owner-only"; exit 1; }
run_block README.md readme-curl
expect "README curl calls" '"disposition":"INTERVENTIONAL_CANDIDATE"' '"disposition":"EMERGENCY"' '"SYMPTOM":'

run_block docs/api.md walkthrough
expect "docs/api.md walk-through" '"roles":["triage"]' '"disposition":"INTERVENTIONAL_CANDIDATE"' \
                '"disposition":"EMERGENCY"' '"SYMPTOM":' '"code":"RADIOFREQUENCY_ABLATION"' '"version":"2026.12.1"' \
                '"field":"symptoms[0]"' \
                'Idempotent-Replayed: true' '"type":"https://spinetriage.dev/problems/idempotency-key-reused"' \
                '"field":"durationWeeks","change":"SET","value":"4","status":"CANDIDATE"' '"apiVersion":"1.0.0"' \
                '"type":"https://spinetriage.dev/problems/unauthorized"' \
                '"type":"https://spinetriage.dev/problems/forbidden"'

run_block docs/administration.md admin-walkthrough
expect "docs/administration.md walk-through" '"status":"DRAFT"' \
                '"type":"https://spinetriage.dev/problems/unprocessable"' \
                '"field":"goldenCases/ex-01-lumbar-radicular"' '"field":"goldenCases/ex-10-cervical-radicular"' \
                '"valid":true' '"status":"PUBLISHED"' '"changedFields":["condition","message","rationale"]' \
                '"dispositionAfter":"CONSERVATIVE_CARE_FIRST"' '"action":"PUBLISH_RULESET"' \
                '"version":"2026.12.1","status":"PUBLISHED","active":true'

auth="Authorization: Bearer $(cat "$work/data/bootstrap-admin-key")"
id=$(curl -s -X POST http://localhost:8080/api/v1/triage -H "$auth" -H 'Content-Type: application/json' \
  -d '{"patient": {"ageYears": 50}, "symptoms": ["AXIAL_PAIN"], "painLocations": ["LOWER_BACK"]}' \
  | grep -o '"triageId":"[^"]*"' | cut -d'"' -f4)
stop
start "$cds_command"
curl -sf "http://localhost:8080/api/v1/triage/$id" -H "$auth" | grep -q "\"triageId\":\"$id\"" \
  || { echo "triage $id lost across a restart"; exit 1; }
[ "$(grep -c 'It is shown only this once' "$log")" = 1 ] \
  || { echo "the first admin key must be created and shown exactly once"; exit 1; }
echo "restart kept triage $id and the first admin key (folder $work)"

run_block docs/cds-hooks.md cds-walkthrough
expect "docs/cds-hooks.md walk-through" '"id":"back-pain-injection-triage"' '"hook":"patient-view"' \
                'Epidural steroid injection' \
                '"indicator":"critical"' '"overrideReasons":{"patient-declined":1}' \
                '"type":"https://spinetriage.dev/problems/cds-client-unauthorized"'
# curl -s prints no newline after a body, so the feedback's status follows the previous answer on its line.
grep -qE '(^|\})200$' "$out" || { echo "CDS feedback was not accepted with 200"; head -c 6000 "$out"; exit 1; }
[ "$(grep -oF '"type":"https://spinetriage.dev/problems/cds-client-unauthorized"' "$out" | wc -l)" = 2 ] \
  || { echo "a CDS call without a JWT and one with an API key must both be refused"; exit 1; }

# docs/operations.md's faster start: record the class archive by a training run, then start from the app's folder
# with it.
# -Xshare:on turns an archive the JVM cannot use into an error, so a stale or misplaced archive fails here.
stop
tools/record-class-archive.sh target/quarkus-app
start "bash -c 'cd $PWD/target/quarkus-app && exec java -Xshare:on -XX:SharedArchiveFile=app-cds.jsa \
  -Dspinetriage.embedded-postgres.data-dir=$work/data/postgres \
  -Dspinetriage.security.bootstrap-key-file=$work/data/bootstrap-admin-key -jar quarkus-run.jar'"
curl -sf "http://localhost:8080/api/v1/triage/$id" -H "$auth" | grep -q "\"triageId\":\"$id\"" \
  || { echo "triage $id not served when started with the class archive"; exit 1; }
echo "docs/operations.md faster start: the trained class archive is used (-Xshare:on) and the service answers"
