#!/usr/bin/env bash
# The whole test suite: set-up, build, then every test through ctest
# (C++ unit tests, golden conformance tests, Python tool tests, the golden
# regeneration check). `ci/test.sh asan` runs the unit, golden and CLI tests
# again under ASan and UBSan (debug info as line tables only, -g1, which is
# all a sanitizer report needs); the Python-only checks, the fuzz run, the
# property tests (random programs by the thousand: 13 of a CI run's minutes
# under the sanitizers), the timer-heap parity run and the packaging test
# run in the first pass only. `ci/test.sh tsan` runs the tests of the
# virtual world's threads and of signals (the model's unit tests, the libuv
# loop's thread tests, the threads and signals goldens on both built-in
# loops) under ThreadSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
bash ci/setup.sh
bash ci/build.sh "$preset"
ctest --preset "$preset"
