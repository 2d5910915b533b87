#!/usr/bin/env bash
# Runs the test suite against the machine's PostgreSQL on 127.0.0.1:5432 (trust auth), in a database of its own.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pg_isready >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq postgresql
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | tail -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

db="spinetriage_ci_$$"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $db"
trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true' EXIT

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=unused \
  ./mvnw -B test

rows=$(psql -h 127.0.0.1 -U postgres -d "$db" -Atc "SELECT count(*) FROM triage_record")
echo "external PostgreSQL holds $rows triage records written by the tests"
[ "$rows" -gt 0 ]
