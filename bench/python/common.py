"""Timing and output shared by the Python workloads.

Each workload file defines `WORKLOADS = [(name, run)]`, where run(loop)
runs the workload once on a fresh loop and returns how many items it processed.
Run a file as `/usr/bin/python3 wN_x.py --loop asyncio|uvloop --reps 5 [--no-gc]`;
it prints one JSON line per workload: {"workload", "loop", "gc", "items", "seconds"}.
/usr/bin/python3 is used for both loops (it has python3-uvloop), so CPython's
asyncio and uvloop run on the same interpreter.
"""
import argparse
import asyncio
import gc
import json
import time


def new_loop(kind):
    if kind == "uvloop":
        import uvloop
        return uvloop.new_event_loop()
    return asyncio.new_event_loop()


def timer_delays(n):
    """The shared pseudo-random delays: xorshift32 from 2463534242,
    (x % 1000000) ns, so in [0, 1 ms) (as bench/cpp and bench/c)."""
    x = 2463534242
    out = []
    for _ in range(n):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out.append((x % 1000000) * 1e-9)
    return out


def main(workloads):
    p = argparse.ArgumentParser()
    p.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    p.add_argument("--reps", type=int, default=5)
    p.add_argument("--no-gc", action="store_true", help="gc.disable() for the timed runs")
    args = p.parse_args()
    for name, run in workloads:
        seconds = []
        items = 0
        for _ in range(args.reps):
            gc.collect()  # each repetition starts from the same heap
            if args.no_gc:
                gc.disable()
            loop = new_loop(args.loop)
            asyncio.set_event_loop(loop)
            t0 = time.perf_counter()
            items = run(loop)
            seconds.append(time.perf_counter() - t0)
            asyncio.set_event_loop(None)
            loop.close()
            gc.enable()
        print(json.dumps({"workload": name, "loop": args.loop, "gc": not args.no_gc,
                          "items": items, "seconds": seconds}), flush=True)
