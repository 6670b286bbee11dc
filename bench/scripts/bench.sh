#!/usr/bin/env bash
# Runs the Reportage benchmarks. Builds nothing: run `./mvnw -q -pl bench -am package -DskipTests` (or
# `./mvnw verify`) first, which makes bench/target/benchmarks.jar.
#
#   bench/scripts/bench.sh smoke     # 1-2 min: generated feed only, 1 fork, 1 x 1 s warm-up, 2 x 1 s measured
#   bench/scripts/bench.sh short     # ~5 min on 2 cores: FLOOR, regex reference, structure and full parse on the
#                                    #   generated feed and the corpus (the targets' sources), scaling at 1 KB,
#                                    #   64 KB, 4 MB; 1 fork, 2 x 1 s measured; streaming 16 MB under -Xmx64m
#   bench/scripts/bench.sh full      # ~45 min: every benchmark (also the actor stage and concurrency), 3 forks,
#                                    #   5 x 2 s measured, scaling to 64 MB; streaming 1 GB
#
# Warm-up comes from each benchmark's @Warmup: 6 x 1 s for the FLOOR, the regex reference and structure alone;
# 6 x 5 s for the actor stage, the full parse, scaling and concurrency, whose code the JIT needs ~25 s to compile
# on 2 cores. Short and full measure the steady state; smoke shortens the warm-up to 1 x 1 s (it tracks changes).
# The short profile leaves out the actor stage and concurrency (35 s forks each) and the seed report (four more
# forks) to fit its 5 minutes; the full profile has them.
#   bench/scripts/bench.sh profile   # ~1 min: where the full parse spends its time (Java Flight Recorder),
#                                    #   corpus when present, else the generated feed
#
# Writes bench/target/jmh/<profile>/: results.json (JMH), summary.md, env.txt (machine), streaming.json,
# jmh.log, profile.txt (short, full, profile: where the full parse spends its time, from a JFR recording),
# output.json (short, full: the heap the parse's result holds per input byte). Extra arguments go to JMH (e.g. -jvmArgsAppend ...); see BENCH_* below for iteration counts. The
# seed and corpus sources are used when ../shared is present next to the repository.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
profile="${1:-short}"
shift || true
jar="bench/target/benchmarks.jar"
if [ ! -f "$jar" ]; then
  echo "missing $jar: run ./mvnw -q -pl bench -am package -DskipTests first" >&2
  exit 2
fi
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"
out="bench/target/jmh/$profile"
mkdir -p "$out"

sources="generated"
[ -f ../shared/seed/report-2-february.txt ] && sources="$sources,seed"
[ -f ../shared/corpus/polnear-dev.jsonl ] && sources="$sources,corpus"
# the sources the targets are judged on: the generated feed and the corpus (the seed report is 3 KB)
target_sources="generated"
[ -f ../shared/corpus/polnear-dev.jsonl ] && target_sources="$target_sources,corpus"

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "nproc: $(nproc)"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')"
  echo "memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null)"
  "$java_bin" -version 2>&1 | sed 's/^/java: /'
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
} > "$out/env.txt"

# Iteration settings per profile (wi/w empty: the benchmarks' own @Warmup); BENCH_FORKS, BENCH_WI, BENCH_W,
# BENCH_I, BENCH_R override them (JMH refuses an option given twice, so pass these instead of -f/-wi/-w/-i/-r).
stream_bytes=""
output_runs=3
benchmarks=(ParseBenchmark ScalingBenchmark ConcurrencyBenchmark)
params=(-p "source=$sources")
profilers=(-prof gc)
case "$profile" in
  smoke)
    params=(-p source=generated -p size=1KB,256KB)
    f=1 wi=1 w=1s i=2 r=1s
    ;;
  short)
    # every heavy fork warms up for 30 s, so the short profile keeps the benchmarks the targets are judged on:
    # the full parse on the generated feed and the corpus and scaling at three sizes 64x apart (one 64 MB
    # operation alone takes ~10 s)
    benchmarks=('ParseBenchmark\.(floor|regexReference|stage1Structure|stage3Full)$' ScalingBenchmark)
    params=(-p "source=$target_sources" -p size=1KB,64KB,4MB)
    f=1 wi= w= i=2 r=1s
    stream_bytes="${STREAM_BYTES:-16MB}" # 32 MB took 18 s and put the profile at 5 min 05 s
    output_runs=1
    ;;
  full)
    f=3 wi= w= i=5 r=2s
    stream_bytes="${STREAM_BYTES:-1GB}"
    ;;
  profile)
    ;;
  *)
    echo "unknown profile: $profile (smoke, short, full, profile)" >&2
    exit 2
    ;;
esac

# Where the full parse spends its time: a Java Flight Recorder profile of the full parse (bench tool Profile:
# stage shares, self-time methods, allocating lines) written as markdown to profile.txt; the summary quotes it
# next to the targets.
jfr_profile() {
  local src=generated
  case "$sources" in *corpus*) src=corpus ;; esac
  # DebugNonSafepoints: without it JFR credits samples to the nearest safepoint, often the wrong method
  "$java_bin" -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints -cp "$jar" org.reportage.bench.tools.Profile --source "$src" --warmup "${1}" --seconds "${2}" \
      --out "$out/profile.txt" > "$out/profile.log" 2>&1 || echo "profile failed: see $out/profile.log"
}

if [ "$profile" = profile ]; then
  echo "== profile of the full parse (JFR)"
  jfr_profile 25 30
  echo "== wrote $out/profile.txt"
  cat "$out/profile.txt"
  exit 0
fi

wi="${BENCH_WI:-$wi}" w="${BENCH_W:-$w}"
jmh=("${benchmarks[@]}" "${params[@]}" -f "${BENCH_FORKS:-$f}" ${wi:+-wi "$wi"} ${w:+-w "$w"}
     -i "${BENCH_I:-$i}" -r "${BENCH_R:-$r}" "${profilers[@]}")

overrides=""
for v in BENCH_FORKS BENCH_WI BENCH_W BENCH_I BENCH_R STREAM_BYTES; do
  [ -n "${!v:-}" ] && overrides="$overrides$v=${!v} "
done
command="${overrides}bench/scripts/bench.sh $profile${*:+ $*}"
echo "== JMH ($profile): ${jmh[*]} $*"
"$java_bin" -jar "$jar" "${jmh[@]}" "$@" -rf json -rff "$out/results.json" 2>&1 | tee "$out/jmh.log"

extra_args=()
case "$profile" in
  short)
    echo "== profile of the full parse (JFR)"
    jfr_profile 25 5
    extra_args+=(--profile "$out/profile.txt")
    ;;
  full)
    echo "== profile of the full parse (JFR)"
    jfr_profile 30 40
    extra_args+=(--profile "$out/profile.txt")
    ;;
esac

if [ -n "$stream_bytes" ]; then
  echo "== streaming $stream_bytes under -Xmx64m"
  # exit 3 = ran out of memory or failed: recorded in streaming.json and the summary, not fatal here
  "$java_bin" -Xmx64m -cp "$jar" org.reportage.bench.tools.StreamingRun --bytes "$stream_bytes" \
      --json "$out/streaming.json" || echo "streaming run failed (exit $?): see $out/streaming.json"
  extra_args+=(--streaming "$out/streaming.json")
fi

if [ "$profile" != smoke ]; then
  echo "== heap the parse's result holds per input byte (OutputSize)"
  "$java_bin" -cp "$jar" org.reportage.bench.tools.OutputSize --runs "$output_runs" --json "$out/output.json" \
      || echo "output size failed (exit $?)"
  extra_args+=(--output "$out/output.json")
fi

"$java_bin" -cp "$jar" org.reportage.bench.tools.Summary "$out/results.json" "${extra_args[@]}" \
    --env "$out/env.txt" --command "$command" --out "$out/summary.md" > /dev/null
echo "== wrote $out/results.json and $out/summary.md"
cat "$out/summary.md"
