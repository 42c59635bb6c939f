#!/usr/bin/env bash
# The whole test suite: set-up, build, then every test through ctest
# (C++ unit tests, golden conformance tests, Python tool tests, the golden
# regeneration check). `ci/test.sh asan` runs the tests of the C++ code again
# under ASan and UBSan (the Python-only checks and the fuzz run are left to
# the first pass: a sanitizer sees nothing in them).
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
bash ci/setup.sh
bash ci/build.sh "$preset"
ctest --preset "$preset"
