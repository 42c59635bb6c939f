#!/usr/bin/env python3
"""Builds the benchmarks if needed, runs every program of bench/ in one go,
and writes the comparison table into bench/README.md.

    bench/run.py [--reps 5] [--runs 1] [--build-dir build-bench] [--no-build] [--only W1,W3]
    bench/run.py --allocs [--only W1,W3]

Programs, run one after another (never in parallel):
  - build-bench/bench/loopspec_bench: the C++ workloads on the reference loop,
    the libuv loop on both clocks and the C++ floor (Google Benchmark; a
    repetition is as many runs as fit in --benchmark_min_time, its items/s
    their mean);
  - build-bench/bench/bench_c_*: the bare libuv C programs (W1-W3);
  - bench/python/w*.py under /usr/bin/python3: CPython asyncio and uvloop,
    each with the garbage collector on (the default) and off.
W7 (the stream echo) has no floor and no C program; its items are messages,
and its megabytes per second are those times the message size.
Every figure is the median over --reps repetitions of items per second of
wall-clock time; ratios divide medians from this same run. With --runs N the
whole set runs N times in a row and every figure is the median of the N
runs' medians; the spread is max/min over every repetition of every run.
The results end with the targets of issues 3 and 5 and then issue 18's, each
figure that misses its need in bold.

--allocs runs build-bench/bench/loopspec_bench_allocs instead (the C++
workloads once each under a counting operator new) and prints allocations
per item; it times nothing and writes nothing.
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
    ("W7_stream_echo_64B", "w7_stream_echo.py", None, "W7 stream echo, 64 B (5k messages)"),
    ("W7_stream_echo_64KiB", "w7_stream_echo.py", None, "W7 stream echo, 64 KiB (500 messages)"),
]
MESSAGE_BYTES = {"W7_stream_echo_64B": 64, "W7_stream_echo_64KiB": 64 * 1024}  # W7's items are messages
C_TARGETS = sorted({w[2] for w in WORKLOADS if w[2]})
LOOPS = ["reference", "libuv", "libuv_real", "floor"]  # the C++ binary's runs
COLUMNS = [  # (key, heading), in table order
    ("reference", "reference"), ("libuv", "libuv (virtual)"), ("libuv_real", "libuv (real)"),
    ("floor", "C++ floor"), ("c", "bare libuv C"), ("cpython", "CPython"), ("cpython_nogc", "CPython gc off"),
    ("uvloop", "uvloop"), ("uvloop_nogc", "uvloop gc off"),
]
FLOOR_FRACTIONS = ["reference", "libuv", "libuv_real", "c"]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def build(build_dir, targets=("loopspec_bench", "loopspec_bench_allocs", *C_TARGETS)):
    """Configures build_dir (Release, the benchmarks on) if it is new, and builds `targets` in it."""
    if not (build_dir / "build.ninja").exists():
        subprocess.run(["cmake", "-S", str(REPO), "-B", str(build_dir), "-G", "Ninja",
                        "-DCMAKE_BUILD_TYPE=Release", "-DLOOPSPEC_BUILD_BENCH=ON"], check=True)
    subprocess.run(["cmake", "--build", str(build_dir), "--target", *targets], check=True)


def run_cpp(build_dir, reps, names):
    exe = build_dir / "bench" / "loopspec_bench"
    pattern = "^(" + "|".join(names) + ")/"
    log(f"C++: {exe.name} --benchmark_filter='{pattern}'")
    # The warm-up runs each workload untimed first: the memory the loops keep
    # from one repetition to the next (the recycler, the ready queue) is
    # faulted in before the first repetition instead of during it.
    out = subprocess.run([str(exe), f"--benchmark_filter={pattern}", "--benchmark_format=json",
                          f"--benchmark_repetitions={reps}", "--benchmark_min_time=0.5",
                          "--benchmark_min_warmup_time=0.25"],
                         check=True, capture_output=True, text=True).stdout
    rates = {}
    for b in json.loads(out)["benchmarks"]:
        if b.get("run_type") != "iteration":
            continue
        workload, loop = b["run_name"].split("/")[:2]
        rates.setdefault((workload, loop), []).append(b["items_per_second"])
    return rates


def rates_from_lines(stdout):
    out = {}
    for line in stdout.splitlines():
        r = json.loads(line)
        out[r["workload"]] = [r["items"] / s for s in r["seconds"]]
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
    if r < 1e4:  # W7's large messages
        return f"{r / 1e3:.2f}k"
    return f"{r / 1e3:.0f}k"


def fmt_ratio(a, b):
    if a is None or b is None:
        return "-"
    return f"{a / b:.1f}x"


def fmt_fraction(a, floor):
    return "-" if a is None or floor is None else f"{a / floor:.2f}"


def fmt_mbps(items_per_second, message_bytes):
    if items_per_second is None:
        return "-"
    mbps = items_per_second * message_bytes / 1e6
    return f"{mbps:.2f}" if mbps < 10 else f"{mbps:.1f}"


def fmt_spread(x):
    return "-" if x is None else f"{x:.2f}"


def check(label, got, need):
    ok = got is not None and got >= need
    return f"| {label} | {need:g}x | {'-' if got is None else f'{got:.1f}x'} | {'met' if ok else '**missed**'} |"


def table(heads, rows):
    return ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads), *("| " + " | ".join(r) + " |" for r in rows)]


def ratios_row(label, r):
    uv = r["libuv_real"]
    return [label, fmt_ratio(uv, r["cpython"]), fmt_ratio(uv, r["cpython_nogc"]), fmt_ratio(uv, r["uvloop"]),
            fmt_ratio(uv, r["uvloop_nogc"]), fmt_ratio(uv, r["c"]), fmt_ratio(r["reference"], r["cpython"]),
            fmt_ratio(r["reference"], r["cpython_nogc"])]


def targets_rows(name, r):
    def ratio(a, b):
        return None if a is None or b is None else a / b

    uv = r["libuv_real"]
    short = name.split("_")[0]
    if short == "W7":  # issue 15 asks for the figures, and sets no target
        return []
    need = 5 if short == "W3" else 10
    rows = [check(f"{name}: libuv (real) vs CPython", ratio(uv, r["cpython"]), need),
            check(f"{name}: libuv (real) vs uvloop", ratio(uv, r["uvloop"]), 2)]
    if name == "W1_call_soon_chain":
        rows.append(check(f"{name}: libuv (real) vs bare libuv C", ratio(uv, r["c"]), 1))
        rows.append(check(f"{name}: reference vs CPython (issue 3)", ratio(r["reference"], r["cpython"]), 20))
    if short in ("W5", "W6"):
        rows.append(check(f"{name}: reference vs CPython (issue 3)", ratio(r["reference"], r["cpython"]), 10))
    return rows


# Issue 18, per workload family: (times CPython, times uvloop, fraction of the floor).
ISSUE_18_NEEDS = {"W1": (20, 5, 1 / 2), "W2": (20, 5, 1 / 3), "W3": (8, 3, 1 / 2), "W4": (20, 5, 1 / 2),
                  "W5": (20, 5, 1 / 3), "W6": (20, 5, 1 / 2)}
ISSUE_18_LOOPS = [("reference", "reference"), ("libuv_real", "libuv (real)")]
ISSUE_18_SPREAD = 1.25


def meets(got, need, shown, need_shown=None, under=False):
    """A cell of issue 18's table: the figure, in bold with its need when it misses it."""
    if got is None:
        return "-"
    if (got < need) if under else (got >= need):
        return shown(got)
    return f"**{shown(got)}** (needs {'under ' if under else ''}{need_shown or shown(need)})"


def share(fraction):
    return "a half" if fraction == 1 / 2 else "a third"


def times(x):
    return f"{x:g}x" if x == int(x) else f"{x:.1f}x"


def two_places(x):
    return f"{x:.2f}"


def issue_18_rows(name, label, r, spreads):
    """Issue 18's targets for both loops on one workload, one row each: speed
    against CPython, uvloop and the C++ floor, and the spread."""
    needs = ISSUE_18_NEEDS.get(name.split("_")[0])
    if needs is None:  # W7 has no target
        return []
    cpython, uvloop, floor = needs
    rows = []
    for key, heading in ISSUE_18_LOOPS:
        def of(base):
            return None if r[key] is None or base is None else r[key] / base
        rows.append([label, heading, meets(of(r["cpython"]), cpython, times), meets(of(r["uvloop"]), uvloop, times),
                     meets(of(r["floor"]), floor, two_places, share(floor)),
                     meets(spreads[key].get(name), ISSUE_18_SPREAD, two_places, under=True)])
    return rows


def host_cpu():
    """The processor as /proc/cpuinfo and sysfs name it: the VMs are not all
    on one host, and the ratios against CPython move with it (README.md,
    "Reading the numbers")."""
    fields = {}
    with open("/proc/cpuinfo") as f:
        for line in f:
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    caches = Path("/sys/devices/system/cpu/cpu0/cache")
    l3 = [(d / "size").read_text().strip() for d in sorted(caches.glob("index*"))
          if (d / "level").read_text().strip() == "3"]
    return (f"{fields.get('model name', 'unknown')}, family {fields.get('cpu family', '?')} "
            f"model {fields.get('model', '?')}" + (f", L3 {l3[0]}" if l3 else ""))


def header(started, reps, loads):
    versions = subprocess.run([PYTHON, "-c", "import sys, uvloop; print(sys.version.split()[0], uvloop.__version__)"],
                              capture_output=True, text=True).stdout.split()
    if len(loads) == 1:
        runs = f"{reps} repetitions, load average {loads[0][0]:.2f} before and {loads[0][1]:.2f} after"
    else:
        each = ", ".join(f"{a:.2f} to {b:.2f}" for a, b in loads)
        runs = f"{len(loads)} consecutive runs of {reps} repetitions, load average {each} (before to after each run)"
    return (f"Measured {started} on `{os.uname().nodename}` ({os.cpu_count()} CPUs: {host_cpu()}), {runs}. "
            f"CPython {versions[0]} and uvloop {versions[1]} both on {PYTHON}.")


def section(title, heads, rows):
    """A titled table, or nothing when no workload of this run has a row in it."""
    return [title, "", *table(heads, rows), ""] if rows else []


def render(medians, spreads, reps, started, loads, names):
    rows = [(label, {k: medians[k].get(name) for k, _ in COLUMNS}, name)
            for name, _, _, label in WORKLOADS if name in names]
    headings = dict(COLUMNS)
    echo_columns = [k for k, _ in COLUMNS if k not in ("floor", "c")]
    targets = [t for _, r, n in rows for t in targets_rows(n, r)]
    issue_18 = [t for l, r, n in rows for t in issue_18_rows(n, l, r, spreads)]
    missed_18 = sum(cell.startswith("**") for row in issue_18 for cell in row)
    of = "medians" if len(loads) == 1 else f"medians of the {len(loads)} runs' medians"
    over = "the repetitions" if len(loads) == 1 else "every repetition of every run"
    return "\n".join([
        header(started, reps, loads), "",
        *section(f"Items per second ({of}):", ["workload", *headings.values()],
                 [[l, *(fmt_rate(r[k]) for k, _ in COLUMNS)] for l, r, _ in rows]),
        *section(f"W7, megabytes (10^6 bytes) echoed one way per second ({of}):",
                 ["workload", *(headings[k] for k in echo_columns)],
                 [[l, *(fmt_mbps(r[k], MESSAGE_BYTES[n]) for k in echo_columns)] for l, r, n in rows
                  if n in MESSAGE_BYTES]),
        *section("Fraction of the C++ floor (items per second over the floor's):",
                 ["workload", *(headings[k] for k in FLOOR_FRACTIONS)],
                 [[l, *(fmt_fraction(r[k], r["floor"]) for k in FLOOR_FRACTIONS)] for l, r, _ in rows
                  if r["floor"] is not None]),
        *section("Ratios of those medians:",
                 ["workload", "libuv real / CPython", "/ CPython gc off", "/ uvloop", "/ uvloop gc off", "/ bare C",
                  "reference / CPython", "/ CPython gc off"], [ratios_row(l, r) for l, r, _ in rows]),
        *section(f"Spread: the fastest over the slowest items per second over {over} (1.00 is steady):",
                 ["workload", *headings.values()],
                 [[l, *(fmt_spread(spreads[k].get(n)) for k, _ in COLUMNS)] for l, _, n in rows]),
        *(["Targets (CPython and uvloop as they run by default, garbage collector on):", "",
           "| target | needed | measured | |", "|---|---|---|---|", *targets, ""] if targets else []),
        *section(f"Issue 18's targets, for the reference loop and the libuv loop on the real clock (in bold "
                 f"the {missed_18} figures of {4 * len(issue_18)} that miss theirs in this run; the issue asks for "
                 f"none in each of three consecutive runs):",
                 ["workload", "loop", "/ CPython", "/ uvloop", "of the C++ floor", "spread"], issue_18),
    ]).rstrip("\n")


def measure(args, names):
    """One full run: {column: {workload: [items/s of each repetition]}}."""
    cpp = run_cpp(args.build_dir, args.reps, names)
    results = {"c": run_c(args.build_dir, args.reps, names),
               "cpython": run_python(args.reps, names, "asyncio", True),
               "cpython_nogc": run_python(args.reps, names, "asyncio", False),
               "uvloop": run_python(args.reps, names, "uvloop", True),
               "uvloop_nogc": run_python(args.reps, names, "uvloop", False)}
    for loop in LOOPS:
        results[loop] = {w: r for (w, l), r in cpp.items() if l == loop}
    return results


def summarize(runs):
    """Per column and workload: the median of the runs' medians, and max/min over all their repetitions."""
    medians, spreads = {}, {}
    for key, _ in COLUMNS:
        medians[key], spreads[key] = {}, {}
        for w in set().union(*(run[key] for run in runs)):
            per_run = [run[key][w] for run in runs if w in run[key]]
            medians[key][w] = statistics.median(statistics.median(r) for r in per_run)
            pooled = [x for r in per_run for x in r]
            spreads[key][w] = max(pooled) / min(pooled)
    return medians, spreads


def run_allocs(build_dir, names):
    exe = build_dir / "bench" / "loopspec_bench_allocs"
    log(f"allocations: {exe.name}")
    out = subprocess.run([str(exe), "^(" + "|".join(names) + ")/"], check=True, capture_output=True, text=True).stdout
    per_item = {}
    for line in out.splitlines():
        r = json.loads(line)
        per_item[tuple(r["run"].split("/"))] = r["allocations"] / r["items"]
    return per_item


def render_allocs(per_item, names):
    headings = dict(COLUMNS)
    rows = [[label, *(f"{per_item[(name, loop)]:.2f}" if (name, loop) in per_item else "-" for loop in LOOPS)]
            for name, _, _, label in WORKLOADS if name in names]
    return "\n".join(["Allocations per item (global operator new, one run on a fresh loop after one warm-up):", "",
                      *table(["workload", *(headings[l] for l in LOOPS)], rows)])


def write_readme(table_text):
    readme = BENCH / "README.md"
    text = readme.read_text()
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    a, b = text.index(begin) + len(begin), text.index(end)
    readme.write_text(text[:a] + "\n" + table_text + "\n" + text[b:])


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--runs", type=int, default=1, help="full runs in a row; figures are the median of their medians")
    p.add_argument("--build-dir", type=Path, default=REPO / "build-bench")
    p.add_argument("--no-build", action="store_true")
    p.add_argument("--only", help="comma-separated workload prefixes (W1,W3,...); the README is not written")
    p.add_argument("--allocs", action="store_true", help="print allocations per item of the C++ workloads, time nothing")
    args = p.parse_args()
    names = [w[0] for w in WORKLOADS if not args.only or any(w[0].startswith(o) for o in args.only.split(","))]
    if not args.no_build:
        build(args.build_dir)
    if args.allocs:
        print(render_allocs(run_allocs(args.build_dir, names), names))
        return
    started = time.strftime("%Y-%m-%d %H:%M %Z")
    runs, loads = [], []
    for i in range(args.runs):
        log(f"run {i + 1} of {args.runs}")
        load0 = os.getloadavg()[0]
        runs.append(measure(args, names))
        loads.append((load0, os.getloadavg()[0]))
    text = render(*summarize(runs), args.reps, started, loads, names)
    print(text)
    if not args.only:
        write_readme(text)
        log("wrote bench/README.md")


if __name__ == "__main__":
    main()
