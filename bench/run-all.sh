#!/usr/bin/env bash
# Runs every benchmark executable of a build (bench_* in BUILD/bin) one after the other and prints
# their figures. Usage: bench/run-all.sh [BUILD_DIR]   (make bench uses the release preset)
set -uo pipefail
build=${1:-build/release}
status=0
for b in "$build"/bin/bench_*; do
  [ -x "$b" ] || continue
  echo "=== $(basename "$b")"
  "$b" || { echo "!!! $(basename "$b") failed"; status=1; }
done
exit $status
