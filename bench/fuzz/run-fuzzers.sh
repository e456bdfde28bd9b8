#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ for SECONDS each (default 60) and prints its executions.
#   bench/fuzz/run-fuzzers.sh [SECONDS] [BUILD_DIR]      (BUILD_DIR default: build/fuzz, the `fuzz` preset)
# Corpus per target: a working copy in BUILD_DIR/fuzz-corpus/<target> (new inputs go there), the committed
# seeds in fuzz/corpus/<target> and, for the CRM targets, the API samples in ../shared/fixtures (read only,
# when present). Crash, leak, timeout and OOM inputs are saved in BUILD_DIR/fuzz-artifacts/.
# FUZZ_ONLY=REGEX runs only the targets whose name matches. Exits non-zero when any target found something
# (or did not run).
set -uo pipefail
cd "$(dirname "$0")/../.."
SECONDS_PER_TARGET="${1:-60}"
BUILD_DIR="${2:-build/fuzz}"
SAMPLES="${RETAILDESK_SAMPLES_DIR:-../shared/fixtures/retailcrm-api-samples}"

# target:max_len
TARGETS=(crm-envelope:65536 crm-entities:65536 crm-history:65536 profile-ini:4096 shop-json:4096 xml-text:4096)

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8

mkdir -p "$BUILD_DIR/fuzz-artifacts" "$BUILD_DIR/fuzz-logs"
failed=0
printf '%-14s %8s %12s %10s %8s  %s\n' target seconds executions exec/s corpus result
for entry in "${TARGETS[@]}"; do
  name="${entry%%:*}"
  max_len="${entry##*:}"
  if [ -n "${FUZZ_ONLY:-}" ] && ! [[ "$name" =~ $FUZZ_ONLY ]]; then continue; fi
  bin="$BUILD_DIR/bin/fuzz-$name"
  log="$BUILD_DIR/fuzz-logs/$name.log"
  if [ ! -x "$bin" ]; then
    echo "$name: $bin is missing (cmake --preset fuzz && cmake --build --preset fuzz)" >&2
    failed=1
    continue
  fi
  work="$BUILD_DIR/fuzz-corpus/$name"
  mkdir -p "$work"
  dirs=("$work" "fuzz/corpus/$name")
  if [[ "$name" == crm-* ]] && [ -d "$SAMPLES" ]; then dirs+=("$SAMPLES"); fi

  "$bin" -max_total_time="$SECONDS_PER_TARGET" -max_len="$max_len" -timeout=5 -rss_limit_mb=1024 \
    -print_final_stats=1 -artifact_prefix="$BUILD_DIR/fuzz-artifacts/$name-" "${dirs[@]}" >"$log" 2>&1
  rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  corpus=$(find "$work" -type f | wc -l)
  if [ "$rc" -eq 0 ]; then
    result=ok
  else
    result="FAILED (exit $rc): $(grep -m1 -E 'ERROR: |FUZZ_CHECK|runtime error|==ERROR' "$log" || echo "see $log")"
    failed=1
  fi
  printf '%-14s %8s %12s %10s %8s  %s\n' "$name" "$SECONDS_PER_TARGET" "${execs:-?}" "${rate:-?}" "$corpus" "$result"
done
if [ "$failed" -ne 0 ]; then
  echo "run-fuzzers: a target failed; logs in $BUILD_DIR/fuzz-logs, inputs in $BUILD_DIR/fuzz-artifacts" >&2
fi
exit "$failed"
