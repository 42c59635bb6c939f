#!/usr/bin/env bash
# The whole test suite: set-up, build, then every test through ctest
# (C++ unit tests, golden conformance tests, Python tool tests, the golden
# regeneration check). `ci/test.sh asan` runs it under ASan and UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
bash ci/setup.sh
bash ci/build.sh "$preset"
ctest --preset "$preset"
