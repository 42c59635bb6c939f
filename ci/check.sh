#!/usr/bin/env bash
# The main job: set-up, build, then the conformance check of every bundled
# implementation against the golden corpus, with a report in build/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/setup.sh
bash ci/build.sh default
build/harness/loopspec check --report build/report.md "$@"
