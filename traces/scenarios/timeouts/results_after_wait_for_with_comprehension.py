"""After wait_for times out some tasks, a comprehension with a conditional expression reads each task's outcome without raising.

`[t.result() if not t.cancelled() else None for t in tasks]` is the usual
way to collect what finished; a task cancelled by its wait_for reports
cancelled() and is skipped.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, tasks, sleep, cancellation
"""
import asyncio
from loopspec import log


async def job(n):
    await asyncio.sleep(n)
    return n * 10


async def guarded(t, limit):
    try:
        return await asyncio.wait_for(t, limit)
    except TimeoutError:
        return None


async def main():
    tasks = [asyncio.create_task(job(n)) for n in [1, 3, 2]]
    outcomes = await asyncio.gather(*[guarded(t, 2.5) for t in tasks])
    log(outcomes)
    log([t.result() if not t.cancelled() else None for t in tasks])
    log({i: t.cancelled() for i, t in enumerate(tasks)})
