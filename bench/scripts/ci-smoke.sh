#!/usr/bin/env bash
# CI performance tracking. Builds nothing (CI has already run ./mvnw verify, which makes
# bench/target/benchmarks.jar). Runs the smoke profile (1-2 minutes), then compares it with the committed
# baseline in report-only mode, so noise never blocks a landing. Results stay in bench/target/jmh/smoke/
# (results.json, summary.md, compare.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
bench/scripts/bench.sh smoke
if [ ! -f bench/baseline/short.json ]; then
  echo "no committed baseline (bench/baseline/short.json): nothing to compare with" | tee bench/target/jmh/smoke/compare.md
  exit 0
fi
"$java_bin" -cp bench/target/benchmarks.jar org.reportage.bench.tools.Compare \
    bench/baseline/short.json bench/target/jmh/smoke/results.json --report-only \
    | tee bench/target/jmh/smoke/compare.md
