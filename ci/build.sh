#!/usr/bin/env bash
# Configures and builds one CMake preset: "default"; "asan" and "tsan", which
# build only what their test presets run (the model's and the libuv loop's
# unit tests, see CMakePresets.json); "asan-full", the asan configuration
# with everything built, for the whole suite under ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
configure="${preset%-full}"
cmake --preset "$configure" >/dev/null
targets=()
if [ "$preset" = asan ] || [ "$preset" = tsan ]; then
  targets=(--target model_tests loopspec_libuv_tests)
fi
cmake --build --preset "$configure" -j "$(nproc)" "${targets[@]}"
