"""Counting finished tasks with generator expressions over their states: `sum(t.done() for t in tasks)`, `any`, `all`, and `sorted` with a lambda key.

Each count reads the tasks' states at that moment in the loop, so the
numbers climb as the sleeps of the workers run out.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.done
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def worker(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    tasks = [asyncio.create_task(worker(d), name=f"w{int(d)}") for d in [2.5, 0.5, 1.5]]
    for _ in range(4):
        done = sum(t.done() for t in tasks)
        log("done", done, any(t.done() for t in tasks), all(t.done() for t in tasks))
        await asyncio.sleep(1)
    by_result = sorted(tasks, key=lambda t: t.result())
    log([t.get_name() for t in by_result], max(t.result() for t in tasks))
