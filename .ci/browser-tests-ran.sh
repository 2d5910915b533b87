#!/usr/bin/env bash
# Fails unless every browser test (*InBrowserResourceTest) ran in the last ./mvnw verify: at least one test in each
# report, none skipped, none failed. A browser test skips itself where Chromium is missing; CI must not.
set -euo pipefail
cd "$(dirname "$0")/.."

shopt -s nullglob
reports=(target/surefire-reports/TEST-*InBrowserResourceTest.xml)
[ ${#reports[@]} -gt 0 ] || { echo "no browser test report in target/surefire-reports"; exit 1; }
for report in "${reports[@]}"; do
  suite=$(grep -m1 -o '<testsuite [^>]*>' "$report")
  count() { echo "$suite" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  tests=$(count tests); skipped=$(count skipped); failed=$(( $(count failures) + $(count errors) ))
  if [ "$tests" -lt 1 ] || [ "$skipped" -ne 0 ] || [ "$failed" -ne 0 ]; then
    echo "browser test $(basename "$report"): $tests run, $skipped skipped, $failed failed"; exit 1
  fi
  echo "browser test $(basename "$report" .xml | sed 's/^TEST-//'): $tests run in Chromium, none skipped"
done
