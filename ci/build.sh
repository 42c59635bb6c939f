#!/usr/bin/env bash
# Configures and builds one CMake preset (default: "default"; also "asan",
# and "tsan", which builds only what its tests run: the thread and signal
# tests, see CMakePresets.json).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
cmake --preset "$preset" >/dev/null
targets=()
if [ "$preset" = tsan ]; then
  targets=(--target model_tests loopspec_libuv_tests loopspec_golden_reference loopspec_golden_libuv)
fi
cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
