#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/, the clang preset `fuzz` in build-fuzz/)
# and runs each on the seeds from the golden corpus for a while:
#
#   ci/fuzz.sh                  # 15 s a target (ctest's fuzz/short)
#   ci/fuzz.sh --seconds 3600   # a long run
#
# What a run finds stays in build-fuzz/fuzz/corpus/ and seeds the next one;
# a crashing input is written to build-fuzz/fuzz/artifacts/ and the script
# fails, naming it.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=15
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "usage: ci/fuzz.sh [--seconds N]" >&2; exit 2 ;;
  esac
done
command -v clang++ >/dev/null || { echo "fuzz: clang++ is missing (ci/setup.sh installs clang)" >&2; exit 2; }

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
out=build-fuzz/fuzz
mkdir -p "$out/artifacts"
for pair in ir_loader:ir trace_reader:trace; do
  target="${pair%%:*}" seeds="${pair##*:}"
  mkdir -p "$out/corpus/$target"
  echo "fuzz: loopspec_fuzz_$target for ${seconds} s"
  "$out/loopspec_fuzz_$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$out/artifacts/$target-" -print_final_stats=1 \
    "$out/corpus/$target" "$out/seeds/$seeds" 2>&1 | grep -E "^#[0-9]+ *DONE|^stat::number_of_executed_units|ERROR|SUMMARY|artifact|Test unit written" || true
  status=${PIPESTATUS[0]}
  if ((status != 0)); then
    echo "fuzz: loopspec_fuzz_$target failed (exit $status); the input is in $out/artifacts/" >&2
    exit 1
  fi
done
echo "fuzz: no crash, hang or leak in ${seconds} s a target"
