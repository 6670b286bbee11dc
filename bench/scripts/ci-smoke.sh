#!/usr/bin/env bash
# CI performance tracking. Builds nothing (CI has already run ./mvnw verify, which makes
# bench/target/benchmarks.jar). Runs the smoke profile (1-2 minutes), then compares it with the committed
# smoke baseline (the same profile: its short warm-up reads the full parse slower than the short profile's
# steady state, so only like compares with like) in report-only mode, so noise never blocks a landing. Results
# stay in bench/target/jmh/smoke/ (results.json, summary.md, compare.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench/scripts/bench.sh smoke
baseline=bench/baseline/smoke.json
if [ ! -f "$baseline" ]; then
  echo "no committed baseline ($baseline): nothing to compare with" | tee bench/target/jmh/smoke/compare.md
  exit 0
fi
"$java_bin" -cp bench/target/benchmarks.jar org.reportage.bench.tools.Compare \
    "$baseline" bench/target/jmh/smoke/results.json --report-only \
    | tee bench/target/jmh/smoke/compare.md
