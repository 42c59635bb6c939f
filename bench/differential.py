#!/usr/bin/env python3
"""The property tests' differential throughput: generated programs per second
that `property/<impl>/differential` checks (each program run on the
implementation and on the reference model, and the two traces compared).

    bench/differential.py [--impl reference,libuv] [--programs 2000] [--reps 5] [--seed 1]
    bench/differential.py --binary OLD/properties/loopspec_property_tests --binary NEW/...

Each repetition runs the property binary once per implementation on the same
--programs programs (RC_PARAMS seed and max_success: one chunk, as ctest's
test runs it), timed on the wall clock, generation, shrinking (none when it
passes) and the process's start included. A failing property is an error:
its time would measure shrinking. With several --binary, the repetitions
take turns binary by binary, so drift in the machine's load falls on all of
them alike, and the ratios divide each binary's median by the first one's.
A binary's programs are those its own generator makes from the seed: two
builds with different generators run different programs (bench/README.md,
"Differential throughput").

Without --binary the script builds and runs build-bench's
loopspec_property_tests (Release), as bench/run.py builds its programs.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from run import REPO, build  # bench/run.py: build-bench is configured one way for both
FILTER = "Chunks/Conformance.Differential/*"


def seconds_of_one_run(binary, impl, programs, seed):
    env = dict(os.environ, RC_PARAMS=f"seed={seed} max_success={programs}")
    started = time.perf_counter()
    done = subprocess.run([str(binary), f"--impl={impl}", f"--gtest_filter={FILTER}"], env=env,
                          capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"{binary} --impl={impl}: the differential property failed (exit {done.returncode}); "
                 f"its time would not be a throughput:\n{done.stdout[-2000:]}")
    return elapsed


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", type=Path, action="append", help="a loopspec_property_tests to time (repeatable)")
    p.add_argument("--impl", default="reference,libuv", help="comma-separated implementations")
    p.add_argument("--programs", type=int, default=2000)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--build-dir", type=Path, default=REPO / "build-bench")
    args = p.parse_args()
    binaries = args.binary
    if not binaries:
        build(args.build_dir, ["loopspec_property_tests"])
        binaries = [args.build_dir / "properties" / "loopspec_property_tests"]
    impls = args.impl.split(",")
    rates = {(b, i): [] for b in binaries for i in impls}
    load0 = os.getloadavg()[0]
    for rep in range(args.reps):
        for impl in impls:
            for b in binaries:
                rates[(b, impl)].append(args.programs / seconds_of_one_run(b, impl, args.programs, args.seed))
        print(f"repetition {rep + 1} of {args.reps} done", file=sys.stderr, flush=True)
    print(f"{time.strftime('%Y-%m-%d %H:%M %Z')}, {args.reps} repetitions of {args.programs} programs (seed "
          f"{args.seed}), load average {load0:.2f} before and {os.getloadavg()[0]:.2f} after.\n")
    print("| binary | implementation | programs per second (median) | spread | / the first binary |")
    print("|---|---|---|---|---|")
    for impl in impls:
        first = statistics.median(rates[(binaries[0], impl)])
        for b in binaries:
            r = rates[(b, impl)]
            median = statistics.median(r)
            print(f"| `{b}` | {impl} | {median:.0f} | {max(r) / min(r):.2f} | {median / first:.2f}x |")


if __name__ == "__main__":
    main()
