#!/usr/bin/env bash
# The whole test suite: set-up, build, then every test through ctest
# (C++ unit tests, golden conformance tests, property tests, Python tool
# tests, the golden regeneration check); the fuzz targets have their own
# script, ci/fuzz.sh. `ci/test.sh asan` builds and runs the model's and the
# libuv loop's unit tests under ASan and UBSan (debug info as line tables
# only, -g1, which is all a sanitizer report needs), `ci/test.sh tsan` their
# thread tests under ThreadSanitizer; `ci/test.sh asan-full` runs every C++
# unit, golden and CLI test under ASan and UBSan, which takes a build of its
# own and most of an hour on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
bash ci/setup.sh
bash ci/build.sh "$preset"
ctest --preset "$preset"
