#!/usr/bin/env python3
"""Builds the benchmarks if needed, runs every program of bench/ in one go,
and writes the comparison table into bench/README.md.

    bench/run.py [--reps 5] [--build-dir build-bench] [--no-build] [--only W1,W3]

Programs, run one after another (never in parallel):
  - build-bench/bench/loopspec_bench: the C++ workloads on the reference loop
    and the libuv loop on both clocks (Google Benchmark; a repetition is
    as many runs as fit in --benchmark_min_time, its items/s their mean);
  - build-bench/bench/bench_c_*: the bare libuv C programs (W1-W3);
  - bench/python/w*.py under /usr/bin/python3: CPython asyncio and uvloop,
    each with the garbage collector on (the default) and off.
Every figure is the median over --reps repetitions of items per second of
wall-clock time; ratios divide medians from this same run.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
PYTHON = "/usr/bin/python3"  # has python3-uvloop; pyenv's python3 has not

WORKLOADS = [
    # (name, python file, bare C program or None, label in the table)
    ("W1_call_soon_chain", "w1_call_soon_chain.py", "bench_c_w1_call_soon_chain", "W1 call_soon chain (1M hops)"),
    ("W2_call_soon_fanout", "w2_call_soon_fanout.py", "bench_c_w2_call_soon_fanout", "W2 call_soon fan-out (1M)"),
    ("W3_timers", "w3_timers.py", "bench_c_w3_timers", "W3 timers (200k call_later)"),
    ("W3_timers_half_cancelled", "w3_timers.py", "bench_c_w3_timers", "W3 timers, every other cancelled"),
    ("W4_future_ping_pong", "w4_task_switches.py", None, "W4 future ping-pong (200k round trips)"),
    ("W4_sleep0", "w4_task_switches.py", None, "W4 sleep(0) (1M)"),
    ("W5_gather", "w5_gather.py", None, "W5 gather (100k coroutines)"),
    ("W6_create_task_await", "w6_create_task_await.py", None, "W6 create_task + await (200k)"),
]
C_TARGETS = sorted({w[2] for w in WORKLOADS if w[2]})
LOOPS = ["reference", "libuv", "libuv_real"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def build(build_dir):
    if not (build_dir / "build.ninja").exists():
        subprocess.run(["cmake", "-S", str(REPO), "-B", str(build_dir), "-G", "Ninja",
                        "-DCMAKE_BUILD_TYPE=Release", "-DLOOPSPEC_BUILD_BENCH=ON"], check=True)
    subprocess.run(["cmake", "--build", str(build_dir), "--target", "loopspec_bench", *C_TARGETS], check=True)


def run_cpp(build_dir, reps, names):
    exe = build_dir / "bench" / "loopspec_bench"
    pattern = "^(" + "|".join(names) + ")/"
    log(f"C++: {exe.name} --benchmark_filter='{pattern}'")
    out = subprocess.run([str(exe), f"--benchmark_filter={pattern}", "--benchmark_format=json",
                          f"--benchmark_repetitions={reps}", "--benchmark_min_time=0.5"],
                         check=True, capture_output=True, text=True).stdout
    rates = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        workload, loop = b["run_name"].split("/")[:2]
        rates.setdefault((workload, loop), []).append(b["items_per_second"])
    return {k: statistics.median(v) for k, v in rates.items()}


def rates_from_lines(stdout):
    out = {}
    for line in stdout.splitlines():
        r = json.loads(line)
        out[r["workload"]] = statistics.median(r["items"] / s for s in r["seconds"])
    return out


def run_c(build_dir, reps, names):
    rates = {}
    for target in sorted({w[2] for w in WORKLOADS if w[2] and w[0] in names}):
        log(f"C: {target}")
        out = subprocess.run([str(build_dir / "bench" / target), str(reps)], check=True,
                             capture_output=True, text=True).stdout
        rates.update(rates_from_lines(out))
    return rates


def run_python(reps, names, loop, gc_on):
    rates = {}
    for script in sorted({w[1] for w in WORKLOADS if w[0] in names}):
        args = [PYTHON, str(BENCH / "python" / script), "--loop", loop, "--reps", str(reps)]
        if not gc_on:
            args.append("--no-gc")
        log(f"Python: {script} --loop {loop}{'' if gc_on else ' --no-gc'}")
        out = subprocess.run(args, check=True, capture_output=True, text=True, cwd=BENCH / "python").stdout
        rates.update(rates_from_lines(out))
    return rates


def fmt_rate(r):
    if r is None:
        return "-"
    if r >= 1e6:
        return f"{r / 1e6:.2f}M"
    return f"{r / 1e3:.0f}k"


def fmt_ratio(a, b):
    if a is None or b is None:
        return "-"
    return f"{a / b:.1f}x"


def check(label, got, need):
    ok = got is not None and got >= need
    return f"| {label} | {need:g}x | {'-' if got is None else f'{got:.1f}x'} | {'met' if ok else '**missed**'} |"


def render(results, reps, started, loads, names):
    def ratio(a, b):
        return None if a is None or b is None else a / b

    rates = ["| workload | reference | libuv (virtual) | libuv (real) | bare libuv C | CPython | CPython gc off "
             "| uvloop | uvloop gc off |", "|---|---|---|---|---|---|---|---|---|"]
    ratios = ["| workload | libuv real / CPython | / CPython gc off | / uvloop | / uvloop gc off | / bare C "
              "| reference / CPython | / CPython gc off |", "|---|---|---|---|---|---|---|---|"]
    targets = []
    for name, _, _, label in WORKLOADS:
        if name not in names:
            continue
        r = {k: results[k].get(name) for k in results}
        uv = r["libuv_real"]
        rates.append(f"| {label} | {fmt_rate(r['reference'])} | {fmt_rate(r['libuv'])} | {fmt_rate(uv)} "
                     f"| {fmt_rate(r['c'])} | {fmt_rate(r['cpython'])} | {fmt_rate(r['cpython_nogc'])} "
                     f"| {fmt_rate(r['uvloop'])} | {fmt_rate(r['uvloop_nogc'])} |")
        ratios.append(f"| {label} | {fmt_ratio(uv, r['cpython'])} | {fmt_ratio(uv, r['cpython_nogc'])} "
                      f"| {fmt_ratio(uv, r['uvloop'])} | {fmt_ratio(uv, r['uvloop_nogc'])} | {fmt_ratio(uv, r['c'])} "
                      f"| {fmt_ratio(r['reference'], r['cpython'])} | {fmt_ratio(r['reference'], r['cpython_nogc'])} |")
        short = name.split("_")[0]
        need = 5 if short == "W3" else 10
        targets.append(check(f"{name}: libuv (real) vs CPython", ratio(uv, r["cpython"]), need))
        targets.append(check(f"{name}: libuv (real) vs uvloop", ratio(uv, r["uvloop"]), 2))
        if name == "W1_call_soon_chain":
            targets.append(check(f"{name}: libuv (real) vs bare libuv C", ratio(uv, r["c"]), 1))
            targets.append(check(f"{name}: reference vs CPython (issue 3)", ratio(r["reference"], r["cpython"]), 20))
        if short in ("W5", "W6"):
            targets.append(check(f"{name}: reference vs CPython (issue 3)", ratio(r["reference"], r["cpython"]), 10))
    versions = subprocess.run([PYTHON, "-c", "import sys, uvloop; print(sys.version.split()[0], uvloop.__version__)"],
                              capture_output=True, text=True).stdout.split()
    lines = [
        f"Measured {started} on `{os.uname().nodename}` ({os.cpu_count()} CPUs), {reps} repetitions, "
        f"load average {loads[0]:.2f} before and {loads[1]:.2f} after. "
        f"CPython {versions[0]} and uvloop {versions[1]} both on {PYTHON}.",
        "",
        "Items per second (medians):",
        "",
        *rates,
        "",
        "Ratios of those medians:",
        "",
        *ratios,
        "",
        "Targets (CPython and uvloop as they run by default, garbage collector on):",
        "",
        "| target | needed | measured | |",
        "|---|---|---|---|",
        *targets,
    ]
    return "\n".join(lines)


def write_readme(table):
    readme = BENCH / "README.md"
    text = readme.read_text()
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    a, b = text.index(begin) + len(begin), text.index(end)
    readme.write_text(text[:a] + "\n" + table + "\n" + text[b:])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--build-dir", type=Path, default=REPO / "build-bench")
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--only", help="comma-separated workload prefixes (W1,W3,...); the README is not written")
    args = p.parse_args()
    names = [w[0] for w in WORKLOADS if not args.only or any(w[0].startswith(o) for o in args.only.split(","))]
    if not args.no_build:
        build(args.build_dir)
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    load0 = os.getloadavg()[0]
    results = {"cpp": run_cpp(args.build_dir, args.reps, names),
               "c": run_c(args.build_dir, args.reps, names),
               "cpython": run_python(args.reps, names, "asyncio", True),
               "cpython_nogc": run_python(args.reps, names, "asyncio", False),
               "uvloop": run_python(args.reps, names, "uvloop", True),
               "uvloop_nogc": run_python(args.reps, names, "uvloop", False)}
    for loop in LOOPS:
        results[loop] = {w: r for (w, l), r in results["cpp"].items() if l == loop}
    del results["cpp"]
    table = render(results, args.reps, started, (load0, os.getloadavg()[0]), names)
    print(table)
    if not args.only:
        write_readme(table)
        log("wrote bench/README.md")


if __name__ == "__main__":
    main()
