"""gather returns results in the order of its arguments, not of completion; sorted, min and max with a key rank them afterwards.

Each worker reports (name, latency) after its own delay; gather keeps the
argument order, sorted by latency gives the completion order, and slicing
the ranking takes the fastest two.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def probe(name, latency):
    await asyncio.sleep(latency)
    log("done", name)
    return (name, latency)


def latency_of(result):
    return result[1]


async def main():
    results = await asyncio.gather(probe("eu", 0.3), probe("us", 0.1), probe("ap", 0.2), probe("sa", 0.15))
    log("argument order", results)
    ranked = sorted(results, key=latency_of)
    log("ranked", ranked, "fastest two", ranked[:2])
    log("slowest", max(results, key=latency_of), "first fastest", min(results, key=latency_of))
    names = []
    for name, latency in ranked[::-1]:
        names.append(name)
    latencies = []
    for r in results:
        latencies.append(latency_of(r))
    log("slowest first", names, "mean", round(sum(latencies) / len(latencies), 3))
    for rank, result in enumerate(ranked, start=1):
        log(rank, result[0])
