"""TimerHeap pops timers in exactly heapq's order, ties included.

CPython's loop keeps TimerHandles in a heapq list that compares deadlines
only, so equal deadlines leave in an order fixed by the sift steps. The model
claims to repeat those steps; this test replays random operation sequences,
rich in ties, through heapq and through the C++ TimerHeap and compares; the
replay also checks top_when() against the top handle after every operation.
Usage: timer_heap_parity.py <timer_heap_replay binary>
"""
import heapq
import random
import subprocess
import sys


class Timer:
    def __init__(self, ident, when):
        self.ident, self.when = ident, when

    def __lt__(self, other):  # TimerHandle compares deadlines only
        return self.when < other.when


def program(rng):
    ops, live, next_id = [], [], 0  # pops of an empty heap are no-ops on both sides
    for _ in range(rng.randint(1, 300)):
        r = rng.random()
        if r < 0.6 or not live:
            ops.append(("push", next_id, rng.choice([0.1, 0.2, 0.3, rng.random()])))
            live.append(next_id)
            next_id += 1
        elif r < 0.95:
            ops.append(("pop",))
        else:
            ops.append(("purge", *rng.sample(live, k=min(len(live), rng.randint(1, 5)))))
    return ops


def heapq_order(ops):
    heap, out, timers = [], [], {}
    for op in ops:
        if op[0] == "push":
            timers[op[1]] = Timer(op[1], op[2])
            heapq.heappush(heap, timers[op[1]])
        elif op[0] == "pop":
            if heap:
                out.append(heapq.heappop(heap).ident)
        else:
            dead = set(op[1:])
            heap = [t for t in heap if t.ident not in dead]
            heapq.heapify(heap)
    while heap:
        out.append(heapq.heappop(heap).ident)
    return out


def as_text(ops):
    lines = []
    for op in ops:
        if op[0] == "push":
            lines.append(f"push {op[1]} {op[2]!r}")
        else:
            lines.append(" ".join(str(x) for x in op))
    return "\n".join(lines) + "\n"


def main():
    replay = sys.argv[1]
    rng = random.Random(20261122)
    for case in range(300):
        kept = program(rng)
        want = heapq_order(kept)
        run = subprocess.run([replay], input=as_text(kept), capture_output=True, text=True)
        if run.returncode != 0:
            print(f"case {case}: the replay exited {run.returncode}: {run.stderr.strip()}")
            return 1
        got = [int(x) for x in run.stdout.split()]
        if got != want:
            print(f"case {case}: TimerHeap order differs from heapq\n  ops: {kept[:20]}...\n"
                  f"  heapq:     {want[:30]}\n  TimerHeap: {got[:30]}")
            return 1
    print("300 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
